#include "bailiff/sim/behaviour.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"

namespace bailiff::sim {
namespace {

constexpr std::array<std::string_view, kPayStageCount> kStageNames = {
    "discount", "voluntary", "overdue", "robot", "bailiff"};

std::int64_t ppm(const ::bailiff::detail::JsonNode& node) { return node.as_integer(0, kPpm); }

Prob32 to_prob(std::int64_t ppm_value) {
  return Prob32::from_ratio(static_cast<std::uint64_t>(ppm_value), kPpm, Rounding::kHalfUp);
}

/// Survival table of a constant-plus-decaying hazard: h(d) = base + uplift * decay^d,
/// capped below certainty; decay^d by repeated integer products (no libm).
DiscreteSurvival make_table(std::int64_t base, std::int64_t uplift, std::int64_t decay) {
  std::vector<Prob32> hazards(kTableDays);
  std::int64_t factor = kPpm;
  for (std::uint32_t d = 0; d < kTableDays; ++d) {
    std::int64_t h = base + uplift * factor / kPpm;
    if (h > kPpm) h = kPpm;
    hazards[d] = to_prob(h);
    factor = factor * decay / kPpm;
  }
  return DiscreteSurvival(hazards);
}

}  // namespace

std::string_view pay_stage_name(PayStage stage) {
  return kStageNames[static_cast<std::size_t>(stage)];
}

BehaviourParams BehaviourParams::parse(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = ::bailiff::detail::parse_json_document(bytes, file);
  const ::bailiff::detail::JsonNode root(document, file, "");
  BehaviourParams params;
  params.name = root.at("behaviour").as_string();
  params.title = root.at("title").as_string();
  params.notice_decay_ppm = ppm(root.at("notice_decay_ppm"));
  const ::bailiff::detail::JsonNode list = root.at("segments");
  if (list.array_size() == 0 || list.array_size() > 64) list.fail("1 to 64 segments");
  std::int64_t total_share = 0;
  for (std::size_t i = 0; i < list.array_size(); ++i) {
    const ::bailiff::detail::JsonNode s = list.element(i);
    Segment segment;
    segment.name = s.at("name").as_string();
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
    const ::bailiff::detail::JsonNode uplift = s.at("notice_uplift_ppm");
    segment.sms_uplift_ppm = ppm(uplift.at("sms"));
    segment.egov_uplift_ppm = ppm(uplift.at("egov_push"));
    uplift.expect_only({"sms", "egov_push"});
    segment.arrest_uplift_ppm = ppm(s.at("arrest_uplift_ppm"));
    s.expect_only({"name", "share_ppm", "sms_reach_ppm", "egov_reach_ppm", "hazard_ppm",
                   "deadline_bump_ppm", "notice_uplift_ppm", "arrest_uplift_ppm"});
    params.segments.push_back(std::move(segment));
  }
  if (total_share != kPpm) {
    throw InputError(file, "/segments", "share_ppm",
                     "segment shares summing to 1000000 ppm (100%)",
                     std::to_string(total_share) + " ppm");
  }
  // description, sources (the evidence of each prior) and calibration (the record written by
  // bailiff calibrate) are documentation.
  root.expect_only({"behaviour", "title", "notice_decay_ppm", "segments", "description", "sources",
                    "calibration"});
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
                        {"notice_uplift_ppm", {{"sms", s.sms_uplift_ppm}, {"egov_push", s.egov_uplift_ppm}}},
                        {"arrest_uplift_ppm", s.arrest_uplift_ppm}});
  }
  out["segments"] = list;
  return out.dump(2) + "\n";
}

BehaviourModel::BehaviourModel(BehaviourParams params) : params_(std::move(params)) {
  std::vector<std::uint64_t> shares;
  for (const Segment& s : params_.segments) {
    shares.push_back(static_cast<std::uint64_t>(s.share_ppm));
    sms_reach_.push_back(to_prob(s.sms_reach_ppm));
    egov_reach_.push_back(to_prob(s.egov_reach_ppm));
    deadline_bump_.push_back(to_prob(s.deadline_bump_ppm));
    std::vector<DiscreteSurvival> stages;
    for (std::size_t k = 0; k < kPayStageCount; ++k) stages.push_back(make_table(s.hazard_ppm[k], 0, 0));
    stage_tables_.push_back(std::move(stages));
    std::vector<DiscreteSurvival> robot;
    for (std::size_t e = 0; e < 8; ++e) {
      const std::int64_t base = s.hazard_ppm[static_cast<std::size_t>(PayStage::kRobot)] +
                                ((e & 4u) != 0 ? s.arrest_uplift_ppm : 0);
      const std::int64_t uplift = ((e & 1u) != 0 ? s.sms_uplift_ppm : 0) +
                                  ((e & 2u) != 0 ? s.egov_uplift_ppm : 0);
      robot.push_back(make_table(base, uplift, params_.notice_decay_ppm));
    }
    robot_tables_.push_back(std::move(robot));
  }
  segment_draw_ = std::make_unique<Categorical>(shares);
}

const DiscreteSurvival& BehaviourModel::table(std::uint32_t segment, PayStage stage,
                                              RobotExposure e) const {
  return stage == PayStage::kRobot ? robot_tables_[segment][e.index()]
                                   : stage_tables_[segment][static_cast<std::size_t>(stage)];
}

std::int32_t BehaviourModel::draw_payment_day(CaseRng& rng, std::uint32_t segment,
                                              PayStage stage, std::uint32_t length,
                                              RobotExposure exposure) const {
  if (length == 0) return -1;
  const std::optional<std::uint32_t> day =
      table(segment, stage, exposure).sample_day_before(rng, length);
  if (day) return static_cast<std::int32_t>(*day);
  const bool has_deadline = stage == PayStage::kDiscount || stage == PayStage::kVoluntary;
  if (has_deadline && bernoulli(rng, deadline_bump_[segment])) {
    return static_cast<std::int32_t>(length - 1);
  }
  return -1;
}

}  // namespace bailiff::sim
