#include "bailiff/sim/calibration.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/sim/target_statistic.hpp"

namespace bailiff::sim {
namespace {

using ::bailiff::detail::JsonNode;

constexpr std::array<std::string_view, 28> kStatisticNames = {"proceedings_opened",
                                                              "robot_paid",
                                                              "robot_collected_tenge",
                                                              "robot_paid_share",
                                                              "robot_mean_paid_tenge",
                                                              "paid_share_discount",
                                                              "paid_share_voluntary",
                                                              "paid_share_overdue",
                                                              "paid_share_robot",
                                                              "paid_share_bailiff",
                                                              "mean_paid_discount_tenge",
                                                              "mean_paid_voluntary_tenge",
                                                              "mean_paid_overdue_tenge",
                                                              "mean_paid_robot_tenge",
                                                              "mean_paid_bailiff_tenge",
                                                              "period_robot_opened",
                                                              "period_robot_completed",
                                                              "period_robot_collected_tenge",
                                                              "period_official_savings_tenge",
                                                              "period_fines_in_force",
                                                              "period_imposed_tenge",
                                                              "period_collected_tenge",
                                                              "period_paid_share_tenge",
                                                              "period_mean_fine_tenge",
                                                              "period_robot_opened_tenge",
                                                              "period_robot_paid_share",
                                                              "period_robot_paid_share_tenge",
                                                              "period_robot_mean_opened_tenge"};

constexpr std::array<std::string_view, 3> kKindNames = {"point", "lower_bound", "range"};

constexpr std::array<std::string_view, 3> kGradeNames = {"official_national", "official_regional",
                                                         "secondary_press"};
constexpr std::array<std::int64_t, 3> kGradeWeightsPpm = {1'000'000, 700'000, 500'000};

constexpr std::int64_t kMinMultiplier = kMinMultiplierPpm;
constexpr std::int64_t kMaxMultiplier = kMaxMultiplierPpm;

double ppm_to_double(std::int64_t ppm) {
  return static_cast<double>(ppm) / static_cast<double>(kPpm);
}

std::int64_t to_ppm_clamped(double multiplier) {
  double v = multiplier * static_cast<double>(kPpm);
  if (!(v >= static_cast<double>(kMinMultiplier)))
    v = static_cast<double>(kMinMultiplier);  // NaN too
  if (v > static_cast<double>(kMaxMultiplier)) v = static_cast<double>(kMaxMultiplier);
  return std::llround(v);
}

/// The value in [low, high] (the model's range for an undated figure) closest to the figure:
/// its largest for a lower bound; the figure itself when the range reaches it.
double closest_in_range(const Target& t, double low, double high) {
  if (t.kind == TargetKind::kLowerBound) return high;
  if (high < t.value()) return high;
  if (low > t.upper()) return low;
  return std::clamp(t.value(), low, high);
}

/// Refuses a target whose scenario names a policy or a population that is neither a file nor
/// shipped, naming the targets file, the target, the field, the value and what is allowed
/// (the files' own errors would name the value as if it were a file).
void check_scenario_names(const Target& t) {
  const std::string of_target = " of target " + t.id;
  if (!input_exists(t.policy, "policies")) {
    throw InputError(t.file, "/scenario/policy", "scenario.policy" + of_target,
                     "a policy file or a shipped policy id (" + embedded_name_list("policies") + ")",
                     "\"" + t.policy + "\" (no such file or policy id)");
  }
  const std::optional<PopulationSpec> spec = PopulationSpec::parse(t.population);
  std::error_code error;
  const bool found =
      spec && (spec->kind == PopulationSpec::Kind::kSynthetic
                   ? input_exists(spec->name, "populations")
                   : std::filesystem::is_regular_file(spec->name, error));
  if (!found) {
    std::string presets;
    for (const std::string& name : embedded_names("populations")) {
      presets += (presets.empty() ? "" : ", ") + PopulationSpec::synthetic(name).text();
    }
    throw InputError(t.file, "/scenario/population", "scenario.population" + of_target,
                     "a shipped preset (" + presets + "), synthetic:FILE for a preset file or csv:PATH",
                     "\"" + t.population + "\" (no such " +
                         (spec && spec->kind == PopulationSpec::Kind::kCsv ? "file" : "preset or file") +
                         ")");
  }
}

/// The scenarios the targets name, each loaded once, and the runs of one evaluation.
class Evaluator {
 public:
  Evaluator(const std::vector<Target>& targets, const CalibrationOptions& options)
      : targets_(targets), options_(options) {
    for (const Target& t : targets) {
      target_scenario_.push_back(scenario_of(t, t.report_period));
      std::optional<std::size_t> late;
      if (t.period_until) late = scenario_of(t, DateWindow{t.report_period->from, *t.period_until});
      target_late_scenario_.push_back(late);
    }
  }

  /// Which scenarios an evaluation simulates: those a fit target uses (a trial point of the
  /// fit), the others (the checks, once at the start and the end), or all.
  enum class Scope { kFitting, kChecksOnly, kAll };

  /// Whether target \p i is evaluated in the kFitting scope (its scenario serves a fit target).
  bool fitting(std::size_t i) const { return scenarios_[target_scenario_[i]].fits; }

  /// The targets' statistics under \p params, for the scenarios of \p scope (the others'
  /// targets stay zero).
  std::vector<TargetFit> evaluate(const BehaviourParams& params, Scope scope = Scope::kAll) const {
    const auto skipped = [scope](const Entry& e) {
      return (scope == Scope::kFitting && !e.fits) || (scope == Scope::kChecksOnly && e.fits);
    };
    const BehaviourModel model(params);
    const Digest behaviour_digest = sha256(params.to_json());
    std::vector<TargetCounters> counters;
    for (const Entry& e : scenarios_) {
      if (skipped(e)) {
        counters.emplace_back();
        continue;
      }
      RunSpec spec = run_spec(e.scenario, Role::kPolicy, options_.seed);
      spec.behaviour = &model;  // the parameters being fitted, not the scenario's
      spec.behaviour_digest = behaviour_digest;
      TaskSystem& tasks = options_.tasks ? *options_.tasks : serial_tasks();
      counters.push_back(options_.method == Method::kExact
                             ? TargetCounters::of(expected_metrics(spec, tasks, /*series=*/false))
                             : TargetCounters::of(simulate(spec, tasks).metrics));
    }
    std::vector<TargetFit> out;
    for (std::size_t i = 0; i < targets_.size(); ++i) {
      const Entry& e = scenarios_[target_scenario_[i]];
      if (skipped(e)) {
        out.emplace_back();
        continue;
      }
      const Target& target = targets_[i];
      const double value =
          statistic_value(target.statistic, counters[target_scenario_[i]], e.count_scale);
      TargetFit fit;
      fit.simulated = fit.simulated_low = fit.simulated_high = value;
      if (const std::optional<std::size_t> late = target_late_scenario_[i]) {
        const double late_value =
            statistic_value(target.statistic, counters[*late], scenarios_[*late].count_scale);
        fit.simulated_low = std::min(value, late_value);
        fit.simulated_high = std::max(value, late_value);
        fit.simulated = closest_in_range(target, fit.simulated_low, fit.simulated_high);
      }
      fit.residual = fit.simulated - target.value();
      fit.relative_residual = target.relative_residual(fit.simulated);
      fit.within = target.within(fit.simulated);
      out.push_back(fit);
    }
    return out;
  }

  /// What the targets' scenarios rely on that no law sets yet (each note once).
  std::vector<ProvisionalNote> provisional() const {
    std::vector<ProvisionalNote> notes;
    for (const Entry& e : scenarios_) {
      const Policy* policies[] = {&e.scenario.policy.value};
      for (ProvisionalNote& note :
           provisional_notes(e.scenario.calendar.value, policies, e.scenario.horizon)) {
        const auto same = [&note](const ProvisionalNote& n) {
          return n.source == note.source && n.assumption == note.assumption;
        };
        if (std::none_of(notes.begin(), notes.end(), same)) notes.push_back(std::move(note));
      }
    }
    return notes;
  }

 private:
  struct Entry {
    Scenario scenario;
    double count_scale = 1;  ///< default size / evaluated size
    bool fits = false;       ///< some fit target uses it
  };

  std::uint64_t cases_for(const Target& t) const {
    return options_.cases_override != 0 ? options_.cases_override : t.evaluation_cases;
  }

  /// The index of the scenario of target \p t over \p period, loaded once.
  std::size_t scenario_of(const Target& t, const std::optional<DateWindow>& period) {
    const std::string key =
        t.population + "|" + t.policy + "|" + (t.horizon ? to_iso(*t.horizon) : "") + "|" +
        std::to_string(cases_for(t)) + "|" +
        (period ? to_iso(period->from) + ".." + to_iso(period->to) : "") + "|" + t.region;
    if (index_.count(key) == 0) {
      index_[key] = scenarios_.size();
      scenarios_.push_back(load(t, period));
    }
    Entry& e = scenarios_[index_[key]];
    e.fits = e.fits || t.fit;
    return index_[key];
  }

  Entry load(const Target& t, const std::optional<DateWindow>& period) const {
    check_scenario_names(t);
    ScenarioChoice choice;
    choice.policy = t.policy;
    choice.baseline = t.policy;
    choice.population = t.population;
    choice.horizon = t.horizon;
    choice.report_period = period;
    choice.region = t.region;
    choice.iin_key = options_.iin_key;
    choice.cases = 0;
    std::uint64_t default_size = 0;
    try {
      default_size = load_scenario(choice).population->size();
      choice.cases = cases_for(t);
      Entry e{load_scenario(choice), 1.0};
      e.count_scale =
          static_cast<double>(default_size) / static_cast<double>(e.scenario.population->size());
      return e;
    } catch (const DomainError& error) {
      throw InputError(t.file, "/scenario", "scenario", "a scenario that can be simulated",
                       error.what());
    }
  }

  const std::vector<Target>& targets_;
  const CalibrationOptions& options_;
  std::vector<Entry> scenarios_;
  std::map<std::string, std::size_t> index_;
  std::vector<std::size_t> target_scenario_;
  std::vector<std::optional<std::size_t>> target_late_scenario_;  ///< an undated figure's late end
};

/// The residual vector of the least-squares problem: the fit targets' relative residuals
/// over their tolerance (a target's tolerance is read as one standard deviation of its
/// relative error), times their weight, then the prior residuals of the multipliers.
Eigen::VectorXd residual_vector(const std::vector<TargetFit>& fits,
                                const std::vector<Target>& targets, const Multipliers& m,
                                double prior_weight) {
  std::vector<double> r;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].fit) continue;
    const double tolerance = std::max(ppm_to_double(targets[i].tolerance_ppm), 1e-6);
    r.push_back(ppm_to_double(targets[i].weight_ppm) * fits[i].relative_residual / tolerance);
  }
  for (std::int64_t v : m) r.push_back(prior_weight * (ppm_to_double(v) - 1.0));
  return Eigen::Map<const Eigen::VectorXd>(r.data(), static_cast<Eigen::Index>(r.size()));
}

/// A standard normal deviate from 12 uniform 32-bit words (Irwin-Hall: their sum minus 6),
/// exact integer sums, so the same on every platform; its tails end at +-6.
double normal_deviate(CaseRng& rng) {
  std::uint64_t sum = 0;
  for (int i = 0; i < 12; ++i) sum += rng.next_u32();
  return static_cast<double>(sum) / 4294967296.0 - 6.0;
}

/// The Laplace approximation at the fit: covariance (J'J)^-1 of the free multipliers (those
/// not at a bound), their standard errors, and the ensemble N(after, covariance).
void laplace_ensemble(CalibrationResult& result, const Eigen::MatrixXd& jacobian,
                      const CalibrationOptions& options) {
  std::vector<Eigen::Index> free;
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    result.at_bound[k] = result.after[k] <= kMinMultiplier || result.after[k] >= kMaxMultiplier;
    if (!result.at_bound[k]) free.push_back(static_cast<Eigen::Index>(k));
  }
  const auto f = static_cast<Eigen::Index>(free.size());
  Eigen::MatrixXd j(jacobian.rows(), f);
  for (Eigen::Index c = 0; c < f; ++c) j.col(c) = jacobian.col(free[static_cast<std::size_t>(c)]);
  // The prior rows make J'J positive definite; the factorisation fails only for a
  // degenerate Jacobian.
  const Eigen::MatrixXd information = j.transpose() * j;
  const Eigen::MatrixXd covariance = information.ldlt().solve(Eigen::MatrixXd::Identity(f, f));
  const Eigen::LLT<Eigen::MatrixXd> factor(covariance);
  if (factor.info() != Eigen::Success) {
    throw DomainError("calibrate: the fit's information matrix is not positive definite");
  }
  const Eigen::MatrixXd l = factor.matrixL();
  for (Eigen::Index c = 0; c < f; ++c) {
    result.standard_error_ppm[static_cast<std::size_t>(free[static_cast<std::size_t>(c)])] =
        std::llround(std::sqrt(covariance(c, c)) * static_cast<double>(kPpm));
  }
  result.ensemble.push_back(result.after);
  for (std::uint32_t d = 1; d < options.ensemble_draws; ++d) {
    CaseRng rng(options.seed, options.ensemble_counter + d, kStreamEnsemble);
    Eigen::VectorXd z(f);
    for (Eigen::Index c = 0; c < f; ++c) z[c] = normal_deviate(rng);
    const Eigen::VectorXd delta = l * z;
    Multipliers draw = result.after;
    for (Eigen::Index c = 0; c < f; ++c) {
      const auto k = static_cast<std::size_t>(free[static_cast<std::size_t>(c)]);
      draw[k] = to_ppm_clamped(ppm_to_double(result.after[k]) + delta[c]);
    }
    result.ensemble.push_back(draw);
  }
}

/// The \p q-quantile (0..1) of \p sorted values, nearest rank.
double quantile(const std::vector<double>& sorted, double q) {
  const auto n = static_cast<double>(sorted.size());
  const auto rank = static_cast<std::size_t>(std::clamp(std::ceil(q * n) - 1.0, 0.0, n - 1.0));
  return sorted[rank];
}

std::vector<CalibrationResult::Predictive> predictive_intervals(const BehaviourParams& base,
                                                                const std::vector<Target>& targets,
                                                                const std::vector<Multipliers>& ensemble,
                                                                const CalibrationOptions& options);

/// The ensemble relative to the fitted values (what a behaviour file carries): each draw's
/// multiplier over the fit's, in ppm, rounded half up; draw 0 is all 1,000,000.
BehaviourEnsemble relative_ensemble(const CalibrationResult& result) {
  BehaviourEnsemble e;
  e.method = "laplace";
  const auto relative = [](std::int64_t value, std::int64_t fitted) {
    return (value * kPpm + fitted / 2) / fitted;
  };
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    e.parameters.emplace_back(calibrated_parameter(k).name);
    e.standard_errors_ppm.push_back(relative(result.standard_error_ppm[k], result.after[k]));
  }
  for (const Multipliers& draw : result.ensemble) {
    std::vector<std::int64_t> row;
    for (std::size_t k = 0; k < kCalibratedCount; ++k)
      row.push_back(relative(draw[k], result.after[k]));
    e.draws_ppm.push_back(std::move(row));
  }
  return e;
}

}  // namespace

std::string_view statistic_name(Statistic statistic) {
  return kStatisticNames[static_cast<std::size_t>(statistic)];
}

bool statistic_is_count(Statistic statistic) {
  switch (statistic) {
    case Statistic::kRobotPaidShare:
    case Statistic::kRobotMeanPaid:
    case Statistic::kPaidShareDiscount:
    case Statistic::kPaidShareVoluntary:
    case Statistic::kPaidShareOverdue:
    case Statistic::kPaidShareRobot:
    case Statistic::kPaidShareBailiff:
    case Statistic::kMeanPaidDiscount:
    case Statistic::kMeanPaidVoluntary:
    case Statistic::kMeanPaidOverdue:
    case Statistic::kMeanPaidRobot:
    case Statistic::kMeanPaidBailiff:
    case Statistic::kPeriodPaidShareTenge:
    case Statistic::kPeriodMeanFine:
    case Statistic::kPeriodRobotPaidShare:
    case Statistic::kPeriodRobotPaidShareTenge:
    case Statistic::kPeriodRobotMeanOpened:
      return false;
    default:
      return true;
  }
}

bool statistic_needs_period(Statistic statistic) {
  return static_cast<std::size_t>(statistic) >=
         static_cast<std::size_t>(Statistic::kPeriodRobotOpened);
}

std::string_view source_grade_name(SourceGrade grade) {
  return kGradeNames[static_cast<std::size_t>(grade)];
}

std::int64_t source_grade_weight_ppm(SourceGrade grade) {
  return kGradeWeightsPpm[static_cast<std::size_t>(grade)];
}

std::string_view target_kind_name(TargetKind kind) {
  return kKindNames[static_cast<std::size_t>(kind)];
}

bool Target::within(double simulated) const {
  const double tolerance = ppm_to_double(tolerance_ppm);
  switch (kind) {
    case TargetKind::kLowerBound:
      return simulated >= value() * (1.0 - tolerance);
    case TargetKind::kRange:
      return simulated >= value() * (1.0 - tolerance) && simulated <= upper() * (1.0 + tolerance);
    case TargetKind::kPoint:
      break;
  }
  return std::fabs(simulated - value()) <= tolerance * value();
}

double Target::relative_residual(double simulated) const {
  const double low = value(), high = upper();
  switch (kind) {
    case TargetKind::kLowerBound:
      return simulated >= low ? 0.0 : (simulated - low) / low;
    case TargetKind::kRange:
      if (simulated < low) return (simulated - low) / low;
      return simulated > high ? (simulated - high) / high : 0.0;
    case TargetKind::kPoint:
      break;
  }
  return (simulated - low) / low;
}

Target Target::parse(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = ::bailiff::detail::parse_json_document(bytes, file);
  const JsonNode root(document, file, "");
  if (!root.raw().is_object()) root.fail("an object with the fields of a target");
  Target t;
  t.file = file;
  t.id = root.at("target").as_name();
  if (t.id.empty()) root.at("target").fail("a non-empty target id");
  t.title = root.at("title").as_name();
  t.figure = root.at("figure").as_string();
  t.source = root.at("source").as_string();
  t.definition = root.at("definition").as_string();

  const JsonNode statistic = root.at("statistic");
  const std::string name = statistic.as_string();
  std::string known;
  bool found = false;
  for (std::size_t k = 0; k < kStatisticNames.size(); ++k) {
    if (k != 0) known += ", ";
    known += kStatisticNames[k];
    if (name == kStatisticNames[k]) {
      t.statistic = static_cast<Statistic>(k);
      found = true;
    }
  }
  if (!found) statistic.fail("one of " + known);

  const JsonNode value = root.at("value");
  t.numerator = value.at("numerator").as_integer(0, 1'000'000'000'000'000);
  t.denominator = value.at("denominator").as_integer(1, 1'000'000'000'000'000);
  if (statistic_is_count(t.statistic) && t.denominator != 1) {
    value.at("denominator").fail("1 for a count statistic (" + name + ")");
  }
  value.expect_only({"numerator", "denominator"});

  if (const auto kind = root.find("kind")) {
    const std::string kind_name = kind->as_string();
    const auto at = std::find(kKindNames.begin(), kKindNames.end(), kind_name);
    if (at == kKindNames.end()) kind->fail("\"point\", \"lower_bound\" (\"over N\") or \"range\"");
    t.kind = static_cast<TargetKind>(at - kKindNames.begin());
  }
  const std::optional<JsonNode> upper = root.find("upper");
  if (t.kind == TargetKind::kRange) {
    if (!upper) root.at("upper");  // throws: a range needs its upper end
    t.upper_numerator = upper->at("numerator").as_integer(0, 1'000'000'000'000'000);
    t.upper_denominator = upper->at("denominator").as_integer(1, 1'000'000'000'000'000);
    upper->expect_only({"numerator", "denominator"});
    if (t.upper() < t.value())
      upper->fail("an upper end at or above the value " + std::to_string(t.value()));
  } else if (upper) {
    upper->fail("no \"upper\" (only a target of kind \"range\" has one)");
  }
  if (const auto tolerance = root.find("tolerance_ppm"))
    t.tolerance_ppm = tolerance->as_integer(0, kPpm);
  if (const auto published = root.find("published")) t.published = published->as_date();

  const JsonNode role = root.at("role");
  const std::string role_name = role.as_string();
  if (role_name == "fit") {
    t.fit = true;
  } else if (role_name == "check") {
    t.fit = false;
  } else {
    role.fail("\"fit\" (in the objective) or \"check\" (reported only)");
  }
  if (t.fit && t.numerator == 0) {
    value.at("numerator").fail("a positive value for a fit target (residuals are relative)");
  }
  const JsonNode grade = root.at("grade");
  const std::string grade_name = grade.as_string();
  const auto grade_at = std::find(kGradeNames.begin(), kGradeNames.end(), grade_name);
  if (grade_at == kGradeNames.end()) {
    grade.fail("\"official_national\", \"official_regional\" or \"secondary_press\"");
  }
  t.grade = static_cast<SourceGrade>(grade_at - kGradeNames.begin());
  t.weight_ppm = source_grade_weight_ppm(t.grade) / (statistic_is_count(t.statistic) ? 2 : 1);
  if (const auto weight = root.find("weight_ppm")) t.weight_ppm = weight->as_integer(0, 100 * kPpm);

  const JsonNode scenario = root.at("scenario");
  t.population = scenario.at("population").as_string();
  if (!PopulationSpec::parse(t.population)) {
    scenario.at("population").fail("synthetic:NAME or csv:PATH");
  }
  t.policy = scenario.at("policy").as_string();
  if (t.policy.empty()) scenario.at("policy").fail("a policy file or shipped name");
  if (const auto horizon = scenario.find("horizon")) t.horizon = horizon->as_date();
  t.evaluation_cases =
      static_cast<std::uint64_t>(scenario.at("evaluation_cases").as_integer(0, 1'000'000'000));
  if (const auto period = scenario.find("report_period")) {
    t.report_period = parse_date_window(period->as_string());
    if (!t.report_period) period->fail("FROM..TO, two dates YYYY-MM-DD with FROM on or before TO");
  }
  if (statistic_needs_period(t.statistic) && !t.report_period) {
    scenario.at("report_period");  // throws: a period statistic needs its window
  }
  if (!statistic_needs_period(t.statistic) && t.report_period) {
    scenario.at("report_period").fail("no report_period (" + name + " is not a period statistic)");
  }
  if (const auto until = scenario.find("report_period_until")) {
    if (!t.report_period) until->fail("no report_period_until without a report_period");
    t.period_until = until->as_date();
    if (*t.period_until <= t.report_period->to) {
      until->fail("a day after the report period's end " + to_iso(t.report_period->to) +
                  " (the latest day an undated figure's window may end)");
    }
  }
  if (const auto region = scenario.find("region")) {
    t.region = region->as_string();
    if (!t.report_period) region->fail("no region without a report_period");
  }
  scenario.expect_only({"population", "policy", "horizon", "evaluation_cases", "report_period",
                        "report_period_until", "region"});
  root.expect_only({"target", "title", "figure", "source", "grade", "published", "definition",
                    "statistic", "value", "kind", "upper", "tolerance_ppm", "role", "weight_ppm",
                    "scenario"});
  return t;
}

namespace {

/// The (name, bytes) of the target files \p spec names: "shipped" or a directory, in name order.
std::vector<std::pair<std::string, std::string>> target_files(const std::string& spec) {
  std::vector<std::pair<std::string, std::string>> files;
  if (spec == "shipped") {
    std::vector<std::string> names = embedded_names("targets");
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      const LoadedInput input = load_input(name, "targets");
      files.emplace_back(input.name, input.bytes);
    }
  } else {
    std::error_code error;
    if (!std::filesystem::is_directory(spec, error)) {
      throw InputError(spec, "line 1", "--targets",
                       "\"shipped\", a directory of target files or shipped+DIRECTORY",
                       "not a directory");
    }
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(spec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        paths.push_back(entry.path().string());
      }
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) files.emplace_back(path, read_file(path));
  }
  if (files.empty()) {
    throw InputError(spec, "line 1", "--targets", "at least one target file (*.json)", "none");
  }
  return files;
}

/// The targets of \p spec's files, each id once.
std::vector<Target> parse_targets(const std::string& spec) {
  std::vector<Target> targets;
  std::set<std::string> ids;
  for (const auto& [name, bytes] : target_files(spec)) {
    targets.push_back(Target::parse(bytes, name));
    if (!ids.insert(targets.back().id).second) {
      throw InputError(name, "/target", "target", "a target id no other file uses",
                       "\"" + targets.back().id + "\"");
    }
  }
  return targets;
}

}  // namespace

std::vector<Target> load_targets(const std::string& spec) {
  constexpr std::string_view kOverlay = "shipped+";
  std::vector<Target> targets;
  if (spec.rfind(kOverlay, 0) == 0) {
    // A variant set: the shipped targets with the directory's replacing those of the same id.
    targets = parse_targets("shipped");
    for (Target& t : parse_targets(spec.substr(kOverlay.size()))) {
      const auto same = std::find_if(targets.begin(), targets.end(),
                                     [&t](const Target& s) { return s.id == t.id; });
      if (same != targets.end()) {
        *same = std::move(t);
      } else {
        targets.push_back(std::move(t));
      }
    }
  } else {
    targets = parse_targets(spec);
  }
  if (std::none_of(targets.begin(), targets.end(), [](const Target& t) { return t.fit; })) {
    throw InputError(spec, "line 1", "role", "at least one target with role \"fit\"", "none");
  }
  return targets;
}

std::vector<TargetFit> evaluate_targets(const BehaviourParams& params,
                                        const std::vector<Target>& targets,
                                        const CalibrationOptions& options) {
  return Evaluator(targets, options).evaluate(params);
}

Multipliers starting_point(std::uint64_t seed, std::uint32_t start) {
  // Each multiplier x 1/4, 1/2, 1, 2 or 4, equally likely: integer draws, the same start on
  // every platform.
  constexpr std::array<std::int64_t, 5> kFactorsPpm = {250'000, 500'000, 1'000'000, 2'000'000,
                                                       4'000'000};
  CaseRng rng(seed, start, kStreamCalibrationStart);
  Multipliers m{};
  for (std::int64_t& v : m)
    v = kFactorsPpm[rng.below(static_cast<std::uint32_t>(kFactorsPpm.size()))];
  return m;
}

CalibrationResult calibrate(const BehaviourParams& base, const std::vector<Target>& targets,
                            const CalibrationOptions& options) {
  const Evaluator evaluator(targets, options);
  CalibrationResult result;
  result.before.fill(kPpm);

  struct Point {
    std::vector<TargetFit> fits;
    Eigen::VectorXd r;
    double objective = 0;
  };
  std::map<Multipliers, Point> cache;  // the objective is deterministic: never run twice
  std::uint32_t iteration = 0;
  double best_objective = 0;
  // A point's fits completed with the check targets (simulated only for the reports).
  auto with_checks = [&](const Multipliers& m, std::vector<TargetFit> fits) {
    const std::vector<TargetFit> checks =
        evaluator.evaluate(apply_multipliers(base, m, base.name), Evaluator::Scope::kChecksOnly);
    for (std::size_t i = 0; i < fits.size(); ++i) {
      if (!evaluator.fitting(i)) fits[i] = checks[i];
    }
    return fits;
  };
  auto eval = [&](const Multipliers& m) -> const Point& {
    const auto it = cache.find(m);
    if (it != cache.end()) return it->second;
    Point p;
    if (options.shared_fits != nullptr) {
      // Fits shared by calls over the same targets (leave-one-out): every target evaluated.
      auto shared = options.shared_fits->find(m);
      if (shared == options.shared_fits->end()) {
        shared = options.shared_fits
                     ->emplace(m, evaluator.evaluate(apply_multipliers(base, m, base.name)))
                     .first;
      }
      p.fits = shared->second;
    } else {
      p.fits = evaluator.evaluate(apply_multipliers(base, m, base.name), Evaluator::Scope::kFitting);
    }
    p.r = residual_vector(p.fits, targets, m, options.prior_weight);
    p.objective = p.r.squaredNorm();
    ++result.evaluations;
    if (result.evaluations == 1 || p.objective < best_objective) best_objective = p.objective;
    if (options.progress) options.progress(result.evaluations, iteration, best_objective);
    return cache.emplace(m, std::move(p)).first->second;
  };

  const auto n = static_cast<Eigen::Index>(kCalibratedCount);
  // Forward-difference Jacobian, steps of 5% of each multiplier (common random numbers
  // make the differences smooth; smaller steps would see the integer counts' steps).
  auto jacobian_at = [&](const Multipliers& at, const Point& current) {
    Eigen::MatrixXd jacobian(current.r.size(), n);
    for (Eigen::Index k = 0; k < n; ++k) {
      Multipliers probe = at;
      const auto kk = static_cast<std::size_t>(k);
      std::int64_t h = std::max<std::int64_t>(at[kk] / 20, 10'000);
      if (at[kk] + h > kMaxMultiplier) h = -h;
      probe[kk] = at[kk] + h;
      const Point& p = eval(probe);
      jacobian.col(k) = (p.r - current.r) / ppm_to_double(h);
    }
    return jacobian;
  };

  const Point& start = eval(result.before);
  result.objective_before = start.objective;
  result.fit_before = with_checks(result.before, start.fits);

  // Levenberg-Marquardt from \p from; returns where it stopped.
  auto fit_from = [&](Multipliers x) -> std::pair<Multipliers, std::uint32_t> {
    double lambda = 1e-2;
    std::uint32_t ran = 0;
    for (iteration = 1; iteration <= options.max_iterations; ++iteration) {
      const Point current = eval(x);
      const Eigen::MatrixXd jacobian = jacobian_at(x, current);
      const Eigen::MatrixXd a = jacobian.transpose() * jacobian;
      const Eigen::VectorXd g = jacobian.transpose() * current.r;
      bool accepted = false;
      bool converged = false;
      for (int attempt = 0; attempt < 10 && !accepted; ++attempt) {
        Eigen::MatrixXd damped = a;
        Eigen::VectorXd rhs = -g;
        for (Eigen::Index k = 0; k < n; ++k) {
          damped(k, k) += lambda * std::max(a(k, k), 1e-12);
          // A multiplier at a bound that the gradient pushes outwards stays there (projected
          // steps would otherwise stall the other directions).
          const std::int64_t v = x[static_cast<std::size_t>(k)];
          if ((v <= kMinMultiplier && g[k] > 0) || (v >= kMaxMultiplier && g[k] < 0)) {
            damped.row(k).setZero();
            damped.col(k).setZero();
            damped(k, k) = 1.0;
            rhs[k] = 0.0;
          }
        }
        const Eigen::VectorXd step = damped.ldlt().solve(rhs);
        Multipliers trial = x;
        bool moved = false;
        for (std::size_t k = 0; k < kCalibratedCount; ++k) {
          trial[k] = to_ppm_clamped(ppm_to_double(x[k]) + step[static_cast<Eigen::Index>(k)]);
          moved = moved || trial[k] != x[k];
        }
        if (!moved) {
          converged = true;
          break;
        }
        const Point& p = eval(trial);
        if (p.objective < current.objective) {
          accepted = true;
          // Converged when no multiplier moved by more than 0.1% or the objective barely fell.
          bool small = true;
          for (std::size_t k = 0; k < kCalibratedCount; ++k) {
            small = small && std::llabs(trial[k] - x[k]) * 1000 <= x[k];
          }
          converged = small || current.objective - p.objective <= 1e-4 * current.objective;
          x = trial;
          lambda = std::max(lambda / 3.0, 1e-7);
        } else {
          lambda *= 4.0;
        }
      }
      ran = iteration;
      if (converged || !accepted) break;
    }
    return {x, ran};
  };
  // The objective has local minima: fit from the prior and from further starting points,
  // keep the best end (the earliest start on a tie).
  Multipliers x = result.before;
  for (std::uint32_t s = 0; s < std::max<std::uint32_t>(1, options.starts); ++s) {
    const Multipliers first = options.first_start ? *options.first_start : result.before;
    const auto [end, ran] = fit_from(s == 0 ? first : starting_point(options.seed, s));
    result.start_objectives.push_back(eval(end).objective);
    if (s == 0 || eval(end).objective < eval(x).objective) {
      x = end;
      result.iterations = ran;
    }
  }
  const Point end = eval(x);
  result.after = x;
  result.objective_after = end.objective;
  // An evaluation without a fit (max_iterations 0) has no posterior to draw from.
  if (options.ensemble_draws > 0 && options.max_iterations > 0) {
    laplace_ensemble(result, jacobian_at(x, end), options);
  }
  result.fit_after = with_checks(x, end.fits);
  // The variant readings: each fitted from this fit, its draws (its fit first) joining the
  // ensemble as further members of the mixture.
  for (std::size_t k = 0; k < options.mixture.size() && !result.ensemble.empty(); ++k) {
    const MixtureMember& member = options.mixture[k];
    CalibrationOptions variant = options;
    variant.mixture.clear();
    variant.first_start = x;
    variant.starts = 1;
    variant.ensemble_draws = member.draws;
    variant.ensemble_counter = (k + 1) * 1'000'000;
    variant.predictive_draws = 0;
    const std::vector<Target> variant_targets = load_targets(member.targets);
    const CalibrationResult fitted = calibrate(base, variant_targets, variant);
    result.ensemble.insert(result.ensemble.end(), fitted.ensemble.begin(), fitted.ensemble.end());
    CalibrationResult::Member m{member.targets, static_cast<std::uint32_t>(fitted.ensemble.size()),
                                fitted.objective_after, fitted.after, 0};
    for (std::size_t i = 0; i < variant_targets.size(); ++i)
      m.within += variant_targets[i].fit && fitted.fit_after[i].within ? 1 : 0;
    result.members.push_back(m);
  }
  if (options.predictive_draws > 0) {
    if (!result.ensemble.empty()) {
      result.predictive = predictive_intervals(base, targets, result.ensemble, options);
    } else if (options.max_iterations == 0 && !base.ensemble.draws_ppm.empty()) {
      // An evaluated file's own ensemble (draws relative to its values, so multipliers on it).
      std::vector<Multipliers> draws;
      for (const std::vector<std::int64_t>& row : base.ensemble.draws_ppm) {
        Multipliers m = unit_multipliers();
        for (std::size_t k = 0; k < base.ensemble.parameters.size(); ++k)
          m[*calibrated_parameter_index(base.ensemble.parameters[k])] = row[k];
        draws.push_back(m);
      }
      result.predictive = predictive_intervals(base, targets, draws, options);
    }
  }
  result.fitted = apply_multipliers(base, x, "calibrated");
  result.fitted.ensemble =
      result.ensemble.empty() ? BehaviourEnsemble{} : relative_ensemble(result);
  result.provisional = evaluator.provisional();
  result.fitted.title = "Calibrated behaviour: '" + base.name +
                        "' with the multipliers fitted by `bailiff calibrate` to data/targets/";
  return result;
}

namespace {

/// Every target's value under at most options.predictive_draws draws of \p ensemble (evenly
/// spread, draw 0 first): its 5th, 50th and 95th percentile and whether the figure is inside.
std::vector<CalibrationResult::Predictive> predictive_intervals(const BehaviourParams& base,
                                                                const std::vector<Target>& targets,
                                                                const std::vector<Multipliers>& ensemble,
                                                                const CalibrationOptions& options) {
  const std::size_t used = std::min<std::size_t>(options.predictive_draws, ensemble.size());
  std::vector<std::vector<double>> values(targets.size());
  const Evaluator evaluator(targets, options);
  for (std::size_t j = 0; j < used; ++j) {
    const Multipliers& draw = ensemble[j * ensemble.size() / used];
    const std::vector<TargetFit> fits = evaluator.evaluate(apply_multipliers(base, draw, base.name));
    for (std::size_t i = 0; i < targets.size(); ++i) values[i].push_back(fits[i].simulated);
  }
  std::vector<CalibrationResult::Predictive> out;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    std::vector<double>& v = values[i];
    std::sort(v.begin(), v.end());
    CalibrationResult::Predictive p{quantile(v, 0.05), quantile(v, 0.5), quantile(v, 0.95),
                                    static_cast<std::uint32_t>(used), false};
    const Target& t = targets[i];
    // Inside: the figure's reach (a lower bound: anything above it) meets [p5, p95].
    p.inside = t.kind == TargetKind::kLowerBound ? p.p95 >= t.value()
                                                 : p.p95 >= t.value() && p.p5 <= t.upper();
    out.push_back(p);
  }
  return out;
}

}  // namespace

namespace {

/// The one-step leave-one-out predictions: the Jacobian of the residuals at the fit (forward
/// differences of 5%, as the fit's), then for each fit target the Gauss-Newton step of the
/// residuals without its row, taken in full (clamped to the bounds), and the model evaluated
/// there: the refit's first step, without the trial and error of Levenberg-Marquardt.
std::vector<TargetFit> one_step_leave_one_out(const BehaviourParams& base,
                                              const std::vector<Target>& targets,
                                              const Multipliers& fitted,
                                              const CalibrationOptions& options) {
  const Evaluator evaluator(targets, options);
  const auto fits_at = [&](const Multipliers& m) {
    return evaluator.evaluate(apply_multipliers(base, m, base.name));
  };
  const std::vector<TargetFit> at_fit = fits_at(fitted);
  const Eigen::VectorXd r0 = residual_vector(at_fit, targets, fitted, options.prior_weight);
  const auto n = static_cast<Eigen::Index>(kCalibratedCount);
  Eigen::MatrixXd jacobian(r0.size(), n);
  for (Eigen::Index k = 0; k < n; ++k) {
    const auto kk = static_cast<std::size_t>(k);
    Multipliers probe = fitted;
    std::int64_t h = std::max<std::int64_t>(fitted[kk] / 20, 10'000);
    if (fitted[kk] + h > kMaxMultiplier) h = -h;
    probe[kk] = fitted[kk] + h;
    jacobian.col(k) = (residual_vector(fits_at(probe), targets, probe, options.prior_weight) - r0) /
                      ppm_to_double(h);
  }
  std::vector<TargetFit> out = at_fit;
  Eigen::Index row = 0;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].fit) continue;
    // The residuals without target i's row (the rows are the fit targets in order, then the
    // prior's).
    Eigen::MatrixXd j(jacobian.rows() - 1, n);
    Eigen::VectorXd r(r0.size() - 1);
    j << jacobian.topRows(row), jacobian.bottomRows(jacobian.rows() - row - 1);
    r << r0.head(row), r0.tail(r0.size() - row - 1);
    const Eigen::VectorXd step = (j.transpose() * j).ldlt().solve(-(j.transpose() * r));
    Multipliers m = fitted;
    for (std::size_t k = 0; k < kCalibratedCount; ++k)
      m[k] = to_ppm_clamped(ppm_to_double(fitted[k]) + step[static_cast<Eigen::Index>(k)]);
    out[i] = fits_at(m)[i];
    ++row;
  }
  return out;
}

}  // namespace

std::vector<TargetFit> leave_one_out(const BehaviourParams& base, const std::vector<Target>& targets,
                                     const Multipliers& fitted, const CalibrationOptions& options) {
  if (options.max_iterations <= 1) return one_step_leave_one_out(base, targets, fitted, options);
  CalibrationOptions refit = options;
  refit.first_start = fitted;
  refit.starts = 1;
  refit.ensemble_draws = 0;
  refit.mixture.clear();
  refit.predictive_draws = 0;
  refit.progress = nullptr;
  // The refits share their evaluations: each starts where the others did (the fit and its
  // Jacobian's probes), so only the steps away from it cost new evaluations.
  std::map<Multipliers, std::vector<TargetFit>> shared;
  refit.shared_fits = &shared;
  std::vector<TargetFit> out = evaluate_targets(apply_multipliers(base, fitted, base.name), targets,
                                                options);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].fit) continue;
    std::vector<Target> without = targets;
    without[i].fit = false;
    // A set of one fit target has nothing left to fit: its prediction is the fit itself.
    if (std::none_of(without.begin(), without.end(), [](const Target& t) { return t.fit; })) continue;
    out[i] = calibrate(base, without, refit).fit_after[i];
  }
  return out;
}

std::vector<TargetFit> leave_one_out_of_run(std::string_view bytes, const BehaviourParams& base,
                                            const CalibrationResult& result,
                                            const std::vector<Target>& targets,
                                            const CalibrationOptions& options,
                                            std::uint32_t iterations) {
  CalibrationOptions refit = options;
  refit.max_iterations = iterations;
  if (result.iterations == 0 && options.max_iterations == 0) {
    if (const std::optional<FitRecord> record = fit_record(bytes)) {
      const LoadedInput from = load_input(record->from, "behaviour");
      return leave_one_out(BehaviourParams::parse(from.bytes, from.name), targets,
                           record->multipliers, refit);
    }
  }
  return leave_one_out(base, targets, result.after, refit);
}

std::optional<Statistic> statistic_from_name(std::string_view name) {
  const auto at = std::find(kStatisticNames.begin(), kStatisticNames.end(), name);
  if (at == kStatisticNames.end()) return std::nullopt;
  return static_cast<Statistic>(at - kStatisticNames.begin());
}

std::vector<RecordCheck> record_checks(std::string_view bytes) {
  std::vector<RecordCheck> out;
  const nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("calibration") || !doc["calibration"].is_object()) return out;
  const nlohmann::json& targets = doc["calibration"].value("targets", nlohmann::json::array());
  if (!targets.is_array()) return out;
  for (const nlohmann::json& t : targets) {
    if (!t.is_object() || t.value("role", "") != "fit" || t.value("grade", "") != "official_national" ||
        !t.contains("ensemble_interval") || !t["ensemble_interval"].is_object()) {
      continue;
    }
    const std::optional<Statistic> statistic = statistic_from_name(t.value("statistic", ""));
    const auto kind = std::find(kKindNames.begin(), kKindNames.end(), t.value("kind", "point"));
    const nlohmann::json& value = t.value("value", nlohmann::json::object());
    const nlohmann::json& interval = t["ensemble_interval"];
    if (!statistic || kind == kKindNames.end() || !value.is_object()) continue;
    RecordCheck check;
    check.target = t.value("target", "");
    check.figure = t.value("figure", "");
    check.statistic = *statistic;
    check.kind = static_cast<TargetKind>(kind - kKindNames.begin());
    const double denominator = value.value("denominator", 1.0);
    check.value = denominator > 0 ? value.value("numerator", 0.0) / denominator : 0.0;
    check.p5 = interval.value("p5", 0.0);
    check.p95 = interval.value("p95", 0.0);
    check.draws = interval.value("draws", 0u);
    check.inside = interval.value("figure_inside", false);
    out.push_back(std::move(check));
  }
  return out;
}

std::optional<FitRecord> fit_record(std::string_view bytes) {
  const nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("calibration")) return std::nullopt;
  const nlohmann::json& c = doc["calibration"];
  if (!c.is_object() || !c.contains("from") || !c["from"].is_string() || !c.contains("parameters") ||
      !c["parameters"].is_array() || c["parameters"].size() != kCalibratedCount) {
    return std::nullopt;
  }
  FitRecord record;
  record.from = c["from"].get<std::string>();
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    const nlohmann::json& p = c["parameters"][k];
    if (!p.is_object() || p.value("name", "") != calibrated_parameter(k).name ||
        !p.contains("multiplier_ppm") || !p["multiplier_ppm"].is_number_integer()) {
      return std::nullopt;
    }
    record.multipliers[k] = p["multiplier_ppm"].get<std::int64_t>();
  }
  return record;
}

namespace {

/// The --mixture arguments that reproduce \p options' mixture.
std::string mixture_args(const CalibrationOptions& options) {
  std::string out;
  for (const MixtureMember& m : options.mixture) {
    const std::string dir = m.targets.rfind("shipped+", 0) == 0 ? m.targets.substr(8) : m.targets;
    out += " --mixture " + dir + "=" + std::to_string(m.draws);
  }
  return out;
}

}  // namespace

std::string calibrated_behaviour_json(const CalibrationResult& result,
                                      const std::vector<Target>& targets,
                                      const CalibrationOptions& options,
                                      const std::string& base_name) {
  using Json = nlohmann::ordered_json;
  Json doc = Json::parse(result.fitted.to_json());
  Json out;
  for (const auto& [key, value] : doc.items()) {
    out[key] = value;
    if (key == "title") {
      out["description"] =
          "Written by `bailiff calibrate`: the behaviour '" + base_name + "' with " +
          std::to_string(kCalibratedCount) +
          " groups of parameters multiplied by the factors under "
          "calibration.parameters (ppm, 1000000 = unchanged), fitted by least squares on the "
          "relative residuals over the tolerances of the targets with role fit; ensemble: "
          "posterior draws from the Laplace approximation at the fit, relative to this file's "
          "values (draw 0 = this file). Every other number is the prior of '" +
          base_name +
          "' and keeps its source there. Reproduce with: bailiff "
          "calibrate --behaviour " +
          base_name + " --seed " + std::to_string(options.seed) +
          (options.cases_override != 0 ? " --cases " + std::to_string(options.cases_override)
                                       : "") +
          (options.method == Method::kExact ? " --method exact" : "") +
          (options.starts > 1 ? " --starts " + std::to_string(options.starts) : "") +
          " --draws " + std::to_string(options.ensemble_draws) + mixture_args(options) +
          (options.predictive_draws > 0
               ? " --predictive-draws " + std::to_string(options.predictive_draws)
               : "") +
          " --output FILE.json";
    }
  }
  Json calibration;
  calibration["from"] = base_name;
  calibration["seed"] = options.seed;
  if (options.cases_override != 0) calibration["cases"] = options.cases_override;
  calibration["method"] = std::string(method_name(options.method));
  calibration["starts"] = result.start_objectives.size();
  calibration["iterations"] = result.iterations;
  Json params = Json::array();
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    params.push_back(Json{{"name", calibrated_parameter(k).name},
                          {"applies_to", calibrated_parameter(k).applies_to},
                          {"multiplier_ppm", result.after[k]},
                          {"standard_error_ppm", result.standard_error_ppm[k]},
                          {"at_bound", result.at_bound[k]}});
  }
  calibration["parameters"] = params;
  Json members = Json::array();
  for (const CalibrationResult::Member& m : result.members) {
    members.push_back(Json{{"targets", m.targets},
                           {"draws", m.draws},
                           {"objective", m.objective},
                           {"fit_targets_within", m.within},
                           {"multipliers_ppm", m.after}});
  }
  if (!members.empty()) calibration["mixture"] = members;
  Json list = Json::array();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    Json row{{"target", t.id},
             {"role", t.fit ? "fit" : "check"},
             {"grade", source_grade_name(t.grade)},
             {"statistic", statistic_name(t.statistic)},
             {"kind", target_kind_name(t.kind)},
             {"value", {{"numerator", t.numerator}, {"denominator", t.denominator}}},
             {"figure", t.figure},
             {"relative_residual_ppm", std::llround(result.fit_after[i].relative_residual * 1e6)},
             {"fitted", result.fit_after[i].simulated}};
    if (!result.predictive.empty()) {
      const CalibrationResult::Predictive& p = result.predictive[i];
      row["ensemble_interval"] = Json{{"p5", p.p5}, {"p50", p.p50}, {"p95", p.p95},
                                      {"draws", p.draws}, {"figure_inside", p.inside}};
    }
    list.push_back(row);
  }
  calibration["targets"] = list;
  out["calibration"] = calibration;
  return out.dump(2) + "\n";
}

}  // namespace bailiff::sim
