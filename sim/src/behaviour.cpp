#include "bailiff/sim/behaviour.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/sim/parameter_groups.hpp"

namespace bailiff::sim {
namespace {

constexpr std::array<std::string_view, kPayStageCount> kStageNames = {
    "discount", "voluntary", "overdue", "robot", "bailiff"};

std::int64_t ppm(const ::bailiff::detail::JsonNode& node) { return node.as_integer(0, kPpm); }

Prob32 to_prob(std::int64_t ppm_value) {
  return Prob32::from_ratio(static_cast<std::uint64_t>(ppm_value), kPpm, Rounding::kHalfUp);
}

/// The hazard (base + uplift_now) * multiplier, capped below certainty.
Prob32 scaled_hazard(std::int64_t base, std::int64_t uplift_now, std::int64_t multiplier_ppm) {
  return to_prob(std::min<std::int64_t>((base + uplift_now) * multiplier_ppm / kPpm, kPpm));
}

/// Survival table of a constant-plus-decaying hazard scaled by an amount multiplier:
/// h(d) = (base + uplift * decay^d) * multiplier, capped below certainty; decay^d by repeated
/// integer products (no libm). Once the integer decay^d reaches 0 (at once without an
/// uplift) every later day has the base hazard, computed once.
DiscreteSurvival make_table(std::int64_t base, std::int64_t uplift, std::int64_t decay,
                            std::int64_t multiplier_ppm) {
  std::vector<Prob32> hazards(kTableDays);
  std::int64_t factor = kPpm;
  std::uint32_t d = 0;
  for (; d < kTableDays && uplift != 0 && factor != 0; ++d) {
    hazards[d] = scaled_hazard(base, uplift * factor / kPpm, multiplier_ppm);
    factor = factor * decay / kPpm;
  }
  std::fill(hazards.begin() + d, hazards.end(), scaled_hazard(base, 0, multiplier_ppm));
  return DiscreteSurvival(hazards);
}

/// Doublings of band 0 below the reference (band b covers [2^(b-3), 2^(b-2)) x reference).
constexpr std::int64_t kBandsBelowReference = 3;

/// The hazard multiplier of amount band \p band: per_doubling^(band - 3), in ppm, by integer
/// products and quotients.
std::int64_t band_multiplier(const AmountEffect& effect, std::uint32_t band) {
  std::int64_t m = kPpm;
  const std::int64_t doublings = static_cast<std::int64_t>(band) - kBandsBelowReference;
  for (std::int64_t k = 0; k < doublings; ++k) m = m * effect.per_doubling_ppm / kPpm;
  for (std::int64_t k = 0; k > doublings; --k) m = m * kPpm / effect.per_doubling_ppm;
  return m;
}

CoverageRamp parse_ramp(const ::bailiff::detail::JsonNode& r) {
  CoverageRamp ramp;
  ramp.region = r.at("region").as_string("a region's name or \"*\"");
  ramp.from = r.at("from").as_date();
  if (const auto delay = r.find("delay_days")) ramp.delay_days = delay->as_integer(0, 3660);
  ramp.ramp_days = r.at("ramp_days").as_integer(0, 3660);
  ramp.start_ppm = ppm(r.at("start_ppm"));
  ramp.plateau_ppm = ppm(r.at("plateau_ppm"));
  r.expect_only({"region", "from", "delay_days", "ramp_days", "start_ppm", "plateau_ppm"});
  return ramp;
}

BehaviourEnsemble parse_ensemble(const ::bailiff::detail::JsonNode& e) {
  BehaviourEnsemble ensemble;
  ensemble.method = e.at("method").as_string();
  const ::bailiff::detail::JsonNode names = e.at("parameters");
  if (names.array_size() == 0 || names.array_size() > kCalibratedCount) {
    names.fail("1 to " + std::to_string(kCalibratedCount) + " parameter group names");
  }
  for (std::size_t k = 0; k < names.array_size(); ++k) {
    const ::bailiff::detail::JsonNode name = names.element(k);
    std::string text = name.as_string();
    if (!calibrated_parameter_index(text)) name.fail("a parameter group of bailiff calibrate");
    if (std::find(ensemble.parameters.begin(), ensemble.parameters.end(), text) != ensemble.parameters.end()) {
      name.fail("each parameter group once");
    }
    ensemble.parameters.push_back(std::move(text));
  }
  const auto row = [&](const ::bailiff::detail::JsonNode& list, std::int64_t min, std::int64_t max) {
    if (list.array_size() != ensemble.parameters.size()) {
      list.fail(std::to_string(ensemble.parameters.size()) + " values, one per parameter");
    }
    std::vector<std::int64_t> values;
    for (std::size_t k = 0; k < list.array_size(); ++k) values.push_back(list.element(k).as_integer(min, max));
    return values;
  };
  ensemble.standard_errors_ppm = row(e.at("standard_errors_ppm"), 0, kMaxMultiplierPpm * 100);
  const ::bailiff::detail::JsonNode draws = e.at("draws_ppm");
  if (draws.array_size() == 0 || draws.array_size() > 100'000) draws.fail("1 to 100000 draws");
  // Relative to the file's fitted values, a draw may reach (bound / fitted value): keep it wide.
  for (std::size_t i = 0; i < draws.array_size(); ++i) {
    ensemble.draws_ppm.push_back(row(draws.element(i), 0, kMaxMultiplierPpm * 100));
  }
  for (const std::int64_t v : ensemble.draws_ppm.front()) {
    if (v != kPpm) draws.element(0).fail("draw 0 all 1000000 (the file's own parameters)");
  }
  e.expect_only({"method", "parameters", "standard_errors_ppm", "draws_ppm", "description"});
  return ensemble;
}

}  // namespace

std::string_view pay_stage_name(PayStage stage) {
  return kStageNames[static_cast<std::size_t>(stage)];
}

BehaviourParams BehaviourParams::parse(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = ::bailiff::detail::parse_json_document(bytes, file);
  const ::bailiff::detail::JsonNode root(document, file, "");
  BehaviourParams params;
  params.name = root.at("behaviour").as_name();
  params.title = root.at("title").as_name();
  params.notice_decay_ppm = ppm(root.at("notice_decay_ppm"));
  const ::bailiff::detail::JsonNode list = root.at("segments");
  if (list.array_size() == 0 || list.array_size() > 64) list.fail("1 to 64 segments");
  std::int64_t total_share = 0;
  for (std::size_t i = 0; i < list.array_size(); ++i) {
    const ::bailiff::detail::JsonNode s = list.element(i);
    Segment segment;
    segment.name = s.at("name").as_name();
    segment.share_ppm = ppm(s.at("share_ppm"));
    total_share += segment.share_ppm;
    segment.sms_reach_ppm = ppm(s.at("sms_reach_ppm"));
    segment.egov_reach_ppm = ppm(s.at("egov_reach_ppm"));
    const ::bailiff::detail::JsonNode hazards = s.at("hazard_ppm");
    for (std::size_t k = 0; k < kPayStageCount; ++k) {
      segment.hazard_ppm[k] = ppm(hazards.at(kStageNames[k]));
    }
    hazards.expect_only(kStageNames);
    segment.deadline_bump_ppm = ppm(s.at("deadline_bump_ppm"));
    if (const auto bump = s.find("robot_deadline_bump_ppm")) segment.robot_deadline_bump_ppm = ppm(*bump);
    if (const auto account = s.find("account_ppm")) segment.account_ppm = ppm(*account);
    const ::bailiff::detail::JsonNode uplift = s.at("notice_uplift_ppm");
    segment.sms_uplift_ppm = ppm(uplift.at("sms"));
    segment.egov_uplift_ppm = ppm(uplift.at("egov_push"));
    uplift.expect_only({"sms", "egov_push"});
    segment.arrest_uplift_ppm = ppm(s.at("arrest_uplift_ppm"));
    s.expect_only({"name", "share_ppm", "sms_reach_ppm", "egov_reach_ppm", "hazard_ppm",
                   "deadline_bump_ppm", "robot_deadline_bump_ppm", "notice_uplift_ppm",
                   "arrest_uplift_ppm", "account_ppm"});
    params.segments.push_back(std::move(segment));
  }
  if (total_share != kPpm) {
    throw InputError(file, "/segments", "share_ppm",
                     "segment shares summing to 1000000 ppm (100%)",
                     std::to_string(total_share) + " ppm");
  }
  if (const auto coverage = root.find("robot_coverage")) {
    params.coverage_before_ppm = ppm(coverage->at("before_ppm"));
    const ::bailiff::detail::JsonNode ramps = coverage->at("ramps");
    if (ramps.array_size() > 256) ramps.fail("at most 256 ramps");
    for (std::size_t i = 0; i < ramps.array_size(); ++i) params.coverage.push_back(parse_ramp(ramps.element(i)));
    coverage->expect_only({"before_ppm", "ramps"});
  }
  if (const auto effect = root.find("amount_effect")) {
    params.amount_effect.reference_tenge = effect->at("reference_tenge").as_integer(1, 1'000'000'000);
    params.amount_effect.per_doubling_ppm = effect->at("per_doubling_ppm").as_integer(100'000, 10'000'000);
    effect->expect_only({"reference_tenge", "per_doubling_ppm"});
  }
  if (const auto balance = root.find("account_balance_median_tenge")) {
    params.balance_median_tenge = balance->as_integer(0, 1'000'000'000);
  }
  if (const auto volume = root.find("population_volume_ppm")) {
    params.population_volume_ppm = volume->as_integer(kMinMultiplierPpm, kMaxMultiplierPpm);
  }
  if (const auto ensemble = root.find("ensemble")) params.ensemble = parse_ensemble(*ensemble);
  // description, sources (the evidence of each prior) and calibration (the record written by
  // bailiff calibrate) are documentation.
  root.expect_only({"behaviour", "title", "notice_decay_ppm", "segments", "robot_coverage",
                    "amount_effect", "account_balance_median_tenge", "population_volume_ppm",
                    "ensemble", "description",
                    "sources", "calibration"});
  return params;
}

std::string BehaviourParams::to_json() const {
  using Json = nlohmann::ordered_json;
  Json out;
  out["behaviour"] = name;
  out["title"] = title;
  out["notice_decay_ppm"] = notice_decay_ppm;
  Json list = Json::array();
  for (const Segment& s : segments) {
    Json hazards;
    for (std::size_t k = 0; k < kPayStageCount; ++k) hazards[std::string(kStageNames[k])] = s.hazard_ppm[k];
    list.push_back(Json{{"name", s.name},
                        {"share_ppm", s.share_ppm},
                        {"sms_reach_ppm", s.sms_reach_ppm},
                        {"egov_reach_ppm", s.egov_reach_ppm},
                        {"hazard_ppm", hazards},
                        {"deadline_bump_ppm", s.deadline_bump_ppm},
                        {"robot_deadline_bump_ppm", s.robot_deadline_bump_ppm},
                        {"notice_uplift_ppm", {{"sms", s.sms_uplift_ppm}, {"egov_push", s.egov_uplift_ppm}}},
                        {"arrest_uplift_ppm", s.arrest_uplift_ppm},
                        {"account_ppm", s.account_ppm}});
  }
  out["segments"] = list;
  Json ramps = Json::array();
  for (const CoverageRamp& r : coverage) {
    Json ramp{{"region", r.region}, {"from", to_iso(r.from)}};
    if (r.delay_days != 0) ramp["delay_days"] = r.delay_days;
    ramp["ramp_days"] = r.ramp_days;
    ramp["start_ppm"] = r.start_ppm;
    ramp["plateau_ppm"] = r.plateau_ppm;
    ramps.push_back(ramp);
  }
  out["robot_coverage"] = Json{{"before_ppm", coverage_before_ppm}, {"ramps", ramps}};
  out["amount_effect"] = Json{{"reference_tenge", amount_effect.reference_tenge},
                              {"per_doubling_ppm", amount_effect.per_doubling_ppm}};
  out["account_balance_median_tenge"] = balance_median_tenge;
  if (population_volume_ppm != kPpm) out["population_volume_ppm"] = population_volume_ppm;
  if (!ensemble.draws_ppm.empty()) {
    out["ensemble"] = Json{{"method", ensemble.method},
                           {"parameters", ensemble.parameters},
                           {"standard_errors_ppm", ensemble.standard_errors_ppm},
                           {"draws_ppm", ensemble.draws_ppm}};
  }
  return out.dump(2) + "\n";
}

BehaviourModel::BehaviourModel(BehaviourParams params) : params_(std::move(params)) {
  std::vector<std::uint64_t> shares;
  for (const Segment& s : params_.segments) {
    shares.push_back(static_cast<std::uint64_t>(s.share_ppm));
    sms_reach_.push_back(to_prob(s.sms_reach_ppm));
    egov_reach_.push_back(to_prob(s.egov_reach_ppm));
    deadline_bump_.push_back(to_prob(s.deadline_bump_ppm));
    robot_deadline_bump_.push_back(to_prob(s.robot_deadline_bump_ppm));
    account_.push_back(to_prob(s.account_ppm));
    for (std::uint32_t band = 0; band < kAmountBands; ++band) {
      const std::int64_t multiplier = band_multiplier(params_.amount_effect, band);
      for (std::size_t k = 0; k < kPayStageCount; ++k) {
        // The private bailiff recovers by enforcement: the amount effect stops at the hand-off.
        const bool voluntary = static_cast<PayStage>(k) != PayStage::kBailiff;
        tables_.push_back(make_table(s.hazard_ppm[k], 0, 0, voluntary ? multiplier : kPpm));
      }
      for (std::size_t e = 0; e < 8; ++e) {
        const std::int64_t base = s.hazard_ppm[static_cast<std::size_t>(PayStage::kRobot)] +
                                  ((e & 4u) != 0 ? s.arrest_uplift_ppm : 0);
        const std::int64_t uplift = ((e & 1u) != 0 ? s.sms_uplift_ppm : 0) +
                                    ((e & 2u) != 0 ? s.egov_uplift_ppm : 0);
        tables_.push_back(make_table(base, uplift, params_.notice_decay_ppm, multiplier));
      }
    }
  }
  segment_draw_ = std::make_unique<Categorical>(shares);
}

const DiscreteSurvival& BehaviourModel::table(std::uint32_t segment, std::uint32_t band,
                                              PayStage stage, RobotExposure e) const {
  return tables_[table_index(segment, band, stage, e)];
}

std::size_t BehaviourModel::table_index(std::uint32_t segment, std::uint32_t band,
                                        PayStage stage, RobotExposure e) const {
  const std::size_t first = (std::size_t{segment} * kAmountBands + band) * kTablesPerBand;
  return first + (stage == PayStage::kRobot ? kPayStageCount + e.index()
                                            : static_cast<std::size_t>(stage));
}

std::uint32_t BehaviourModel::amount_band(Tiyn amount) const {
  // Band b holds amounts in [reference x 2^(b-3), reference x 2^(b-2)); the ends are open.
  const Tiyn reference = checked_mul(params_.amount_effect.reference_tenge, kTiynPerTenge);
  std::uint32_t band = 0;
  Tiyn upper = reference / 4;  // the upper end of band 0 (2^-2 x reference)
  while (band + 1 < kAmountBands && amount >= upper) {
    ++band;
    upper *= 2;
  }
  return band;
}

std::int32_t BehaviourModel::draw_payment_day(CaseRng& rng, std::uint32_t segment,
                                              std::uint32_t band, PayStage stage,
                                              std::uint32_t length, RobotExposure exposure,
                                              bool at_deadline) const {
  if (length == 0) return -1;
  const std::optional<std::uint32_t> day =
      table(segment, band, stage, exposure).sample_day_before(rng, length);
  if (day) return static_cast<std::int32_t>(*day);
  if (!at_deadline) return -1;
  const bool bumped = stage == PayStage::kDiscount || stage == PayStage::kVoluntary || stage == PayStage::kRobot;
  if (bumped && bernoulli(rng, deadline_bump(segment, stage))) return static_cast<std::int32_t>(length - 1);
  return -1;
}

Prob32 BehaviourModel::deadline_bump(std::uint32_t segment, PayStage stage) const {
  switch (stage) {
    case PayStage::kDiscount:
    case PayStage::kVoluntary: return deadline_bump_[segment];
    case PayStage::kRobot: return robot_deadline_bump_[segment];
    default: return {};
  }
}

Prob32 BehaviourModel::balance_covers(Tiyn debt) const {
  if (params_.balance_median_tenge == 0) return {};
  const Tiyn median = checked_mul(params_.balance_median_tenge, kTiynPerTenge);
  const Tiyn total = checked_add(median, std::max<Tiyn>(debt, 0));
  return Prob32::from_ratio(static_cast<std::uint64_t>(median), static_cast<std::uint64_t>(total),
                            Rounding::kHalfUp);
}

bool BehaviourModel::draw_arrest_recovery(CaseRng& rng, std::uint32_t segment, Tiyn debt) const {
  if (!bernoulli(rng, account_[segment]) || params_.balance_median_tenge == 0) return false;
  return bernoulli(rng, balance_covers(debt));
}

}  // namespace bailiff::sim
