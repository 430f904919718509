// Calibration: target files (shipped and malformed), a small deterministic fit, and the
// fitted behaviour file's round trip.

#include "bailiff/study/calibration.hpp"
#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/study/calibrated_behaviour.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/calibration_report.hpp"

namespace bailiff::study {
namespace {

sim::BehaviourParams default_behaviour() {
  return sim::BehaviourParams::parse(test::shipped("behaviour/default.json"), "default.json");
}

TEST(CalibrationTargets, ShippedTargetsParse) {
  const std::vector<Target> targets = load_targets("shipped");
  ASSERT_EQ(targets.size(), 18u);
  std::size_t fit = 0;
  for (const Target& t : targets) {
    EXPECT_FALSE(t.figure.empty()) << t.id;
    EXPECT_FALSE(t.source.empty()) << t.id;
    EXPECT_FALSE(t.definition.empty()) << t.id;
    EXPECT_GT(t.value(), 0.0) << t.id;
    if (t.fit) ++fit;
  }
  EXPECT_EQ(fit, 18u);  // every shipped figure is fitted jointly
  // Sorted by name; the Taraz share is the ratio 226 / 4,000.
  const auto it = std::find_if(targets.begin(), targets.end(),
                               [](const Target& t) { return t.id == "taraz-pilot-paid-share"; });
  ASSERT_NE(it, targets.end());
  EXPECT_EQ(it->statistic, Statistic::kRobotPaidShare);
  EXPECT_EQ(it->numerator, 226);
  EXPECT_EQ(it->denominator, 4000);
  EXPECT_EQ(it->policy, "kz-2024-pilot");
  EXPECT_TRUE(it->fit);
}

TEST(CalibrationTargets, ValidFixture) {
  const Target t = Target::parse(test::fixture("targets/valid.json"), "valid.json");
  EXPECT_EQ(t.id, "tiny");
  EXPECT_EQ(t.population, "synthetic:taraz-pilot");
  ASSERT_TRUE(t.horizon.has_value());
  EXPECT_EQ(to_iso(*t.horizon), "2024-06-30");
  EXPECT_EQ(t.evaluation_cases, 2000u);
  EXPECT_DOUBLE_EQ(t.value(), 0.0565);
}

struct BadTarget {
  const char* file;
  const char* location;
  const char* field;
  const char* expected;  ///< part of the message
};

class MalformedTarget : public ::testing::TestWithParam<BadTarget> {};

TEST_P(MalformedTarget, NamesFilePointerFieldAndExpectation) {
  const BadTarget& bad = GetParam();
  const std::string name = std::string("targets/") + bad.file;
  try {
    Target::parse(test::fixture(name), name);
    FAIL() << "no error for " << bad.file;
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), name);
    EXPECT_EQ(e.location(), bad.location) << e.what();
    EXPECT_EQ(e.field(), bad.field) << e.what();
    EXPECT_NE(std::string(e.what()).find(bad.expected), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, MalformedTarget,
    ::testing::Values(
        BadTarget{"bad-json.json", "line 4, column 10", "(document)", "valid JSON"},
        BadTarget{"missing-value.json", "/", "value", "a field \"value\""},
        BadTarget{"unknown-statistic.json", "/statistic", "statistic", "robot_paid_share"},
        BadTarget{"bad-role.json", "/role", "role", "\"fit\""},
        BadTarget{"count-with-denominator.json", "/value/denominator", "denominator",
                  "1 for a count statistic"},
        BadTarget{"zero-fit-target.json", "/value/numerator", "numerator", "positive"},
        BadTarget{"zero-denominator.json", "/value/denominator", "denominator", "from 1"},
        BadTarget{"bad-population.json", "/scenario/population", "population", "synthetic:NAME"},
        BadTarget{"negative-cases.json", "/scenario/evaluation_cases", "evaluation_cases",
                  "from 0"},
        BadTarget{"bad-horizon.json", "/scenario/horizon", "horizon", "YYYY-MM-DD"},
        BadTarget{"string-numerator.json", "/value/numerator", "numerator", "an integer"},
        BadTarget{"bad-kind.json", "/kind", "kind",
                  "\"point\", \"lower_bound\" (\"over N\") or \"range\""},
        BadTarget{"range-without-upper.json", "/", "upper", "a field \"upper\""},
        BadTarget{"upper-on-a-point.json", "/upper", "upper", "only a target of kind \"range\""},
        BadTarget{"range-inverted.json", "/upper", "upper", "an upper end at or above the value"},
        BadTarget{"period-missing.json", "/scenario", "report_period", "a field \"report_period\""},
        BadTarget{"period-on-a-plain-statistic.json", "/scenario/report_period", "report_period",
                  "robot_paid_share is not a period statistic"},
        BadTarget{"period-malformed.json", "/scenario/report_period", "report_period",
                  "FROM on or before TO"},
        BadTarget{"region-without-period.json", "/scenario/region", "region",
                  "no region without a report_period"},
        BadTarget{"tolerance-too-large.json", "/tolerance_ppm", "tolerance_ppm",
                  "from 0 to 1000000"},
        BadTarget{"bad-grade.json", "/grade", "grade",
                  "\"official_national\", \"official_regional\" or \"secondary_press\""},
        BadTarget{"missing-grade.json", "/", "grade", "a field \"grade\""},
        BadTarget{"period-until-not-after.json", "/scenario/report_period_until",
                  "report_period_until", "a day after the report period's end 2024-06-30"},
        BadTarget{"period-until-without-period.json", "/scenario/report_period_until",
                  "report_period_until", "no report_period_until without a report_period"}));

// The grade sets the weight: 1 for a national official figure, 0.7 regional, 0.5 secondary
// press, each halved for a count; weight_ppm in the file overrides it.
TEST(CalibrationTargets, GradeSetsTheWeight) {
  Target t = Target::parse(test::fixture("targets/valid.json"), "valid.json");
  EXPECT_EQ(t.grade, SourceGrade::kOfficialNational);
  EXPECT_EQ(t.weight_ppm, 1'000'000);  // a ratio
  const std::vector<Target> shipped = load_targets("shipped");
  const auto weight_of = [&shipped](std::string_view id) {
    for (const Target& s : shipped)
      if (s.id == id) return s.weight_ppm;
    ADD_FAILURE() << "no target " << id;
    return std::int64_t{0};
  };
  EXPECT_EQ(weight_of("national-2024-2025-savings"), 500'000);     // national, a count
  EXPECT_EQ(weight_of("zhambyl-2025-mean-collected"), 1'000'000);  // regional, set by the file
  EXPECT_EQ(weight_of("zhambyl-2025-completed"), 350'000);         // regional, a count
  EXPECT_EQ(weight_of("zhetysu-2024-proceedings"), 350'000);       // regional, a count
  EXPECT_EQ(weight_of("national-winter-paid-share"), 500'000);     // secondary press, a ratio
  EXPECT_EQ(weight_of("national-winter-proceedings"), 250'000);    // secondary press, a count
  EXPECT_EQ(source_grade_weight_ppm(SourceGrade::kOfficialRegional), 700'000);
  EXPECT_EQ(source_grade_name(SourceGrade::kSecondaryPress), "secondary_press");
}

// An undated figure is compared with the model's range over its window's two ends: the
// statistic at the end closest to the figure, never outside the range.
TEST(CalibrationTargets, UndatedFigureIsComparedWithTheRangeOfItsWindow) {
  std::vector<Target> targets = load_targets("shipped");
  std::erase_if(targets, [](const Target& t) {
    return t.id != "national-winter-proceedings" && t.id != "national-winter-paid-share";
  });
  ASSERT_EQ(targets.size(), 2u);
  ASSERT_TRUE(targets[0].period_until.has_value() && targets[1].period_until.has_value());
  CalibrationOptions options;
  options.method = sim::Method::kExact;
  const sim::BehaviourParams params =
      sim::BehaviourParams::parse(test::shipped("behaviour/calibrated.json"), "calibrated.json");
  const std::vector<TargetFit> fits = evaluate_targets(params, targets, options);
  // Opened proceedings grow with the window: the range's ends are the two windows' counts.
  ASSERT_EQ(targets[1].id, "national-winter-proceedings");  // sorted by name
  const TargetFit& opened = fits[1];
  EXPECT_LT(opened.simulated_low, opened.simulated_high);
  // "Over 280,000" is a lower bound: the model's largest value is compared.
  EXPECT_DOUBLE_EQ(opened.simulated, opened.simulated_high);
  // A share: the figure itself when the range reaches it, else the nearer end.
  const TargetFit& share = fits[0];
  EXPECT_GE(share.simulated, share.simulated_low);
  EXPECT_LE(share.simulated, share.simulated_high);
  const double figure = targets[0].value();
  if (figure < share.simulated_low) {
    EXPECT_DOUBLE_EQ(share.simulated, share.simulated_low);
  }
  if (figure > share.simulated_high) {
    EXPECT_DOUBLE_EQ(share.simulated, share.simulated_high);
  }
}

TEST(CalibrationTargets, KindsToleranceAndPeriod) {
  const Target t = Target::parse(test::fixture("targets/valid-period-range.json"), "range");
  EXPECT_EQ(t.statistic, Statistic::kPeriodRobotCollected);
  EXPECT_EQ(t.kind, TargetKind::kRange);
  EXPECT_EQ(t.tolerance_ppm, 50'000);
  EXPECT_EQ(to_iso(*t.published), "2024-07-02");
  EXPECT_EQ(to_iso(t.report_period->from), "2024-03-01");
  EXPECT_EQ(t.region, "Zhambyl");
  // A range 5..6 mln with 5%: within from 4.75 to 6.3 mln; the fit's residual is zero inside.
  EXPECT_TRUE(t.within(4'750'000));
  EXPECT_TRUE(t.within(6'300'000));
  EXPECT_FALSE(t.within(4'749'000));
  EXPECT_FALSE(t.within(6'301'000));
  EXPECT_DOUBLE_EQ(t.relative_residual(5'500'000), 0.0);
  EXPECT_DOUBLE_EQ(t.relative_residual(4'000'000), -0.2);
  EXPECT_DOUBLE_EQ(t.relative_residual(7'200'000), 0.2);
  Target point = t;
  point.kind = TargetKind::kPoint;
  point.tolerance_ppm = kDefaultTolerancePpm;  // ±15% of 5 mln
  EXPECT_TRUE(point.within(5'750'000));
  EXPECT_FALSE(point.within(5'760'000));
  EXPECT_TRUE(point.within(4'250'000));
  EXPECT_DOUBLE_EQ(point.relative_residual(5'500'000), 0.1);
  Target bound = point;
  bound.kind = TargetKind::kLowerBound;  // "over 5 mln": within from 4.25 mln up, no upper limit
  EXPECT_TRUE(bound.within(50'000'000));
  EXPECT_FALSE(bound.within(4'240'000));
  EXPECT_DOUBLE_EQ(bound.relative_residual(50'000'000), 0.0);
  EXPECT_DOUBLE_EQ(bound.relative_residual(4'000'000), -0.2);
}

TEST(CalibrationTargets, DirectoryErrors) {
  EXPECT_THROW(load_targets(std::string(BAILIFF_SOURCE_DIR) + "/tests/fixtures/no-such-dir"),
               InputError);
  // The fixture folder holds malformed files: the first one (by name) is reported.
  try {
    load_targets(std::string(BAILIFF_SOURCE_DIR) + "/tests/fixtures/targets");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(e.file().find("bad-grade.json"), std::string::npos) << e.what();
  }
}

TEST(CalibrationTargets, VariantSetReplacesTheShippedTargetOfTheSameId) {
  const std::string dir =
      std::string(BAILIFF_SOURCE_DIR) + "/data/targets/variants/zhetysu-completed";
  const std::vector<Target> shipped = load_targets("shipped");
  const std::vector<Target> variant = load_targets("shipped+" + dir);
  ASSERT_EQ(variant.size(), shipped.size());
  for (std::size_t i = 0; i < shipped.size(); ++i) {
    EXPECT_EQ(variant[i].id, shipped[i].id);  // same order, same ids
    if (shipped[i].id == "zhetysu-2024-proceedings") {
      EXPECT_EQ(shipped[i].statistic, Statistic::kPeriodRobotOpened);
      EXPECT_EQ(variant[i].statistic, Statistic::kPeriodRobotCompleted);
      EXPECT_NE(variant[i].file.find("variants/zhetysu-completed"), std::string::npos);
    } else {
      EXPECT_EQ(variant[i].file, shipped[i].file);
    }
  }
  try {
    load_targets("shipped+" + std::string(BAILIFF_SOURCE_DIR) + "/tests/fixtures/no-such-dir");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("expected \"shipped\", a directory of target files or "
                                         "shipped+DIRECTORY, found not a directory"),
              std::string::npos)
        << e.what();
  }
}

std::vector<Target> tiny_targets() {
  // The shipped targets (every one fitted) and one check, evaluated on tiny populations.
  std::vector<Target> targets;
  for (const Target& t : load_targets("shipped")) {
    if (t.fit || t.id == "taraz-pilot-mean-paid") targets.push_back(t);
  }
  return targets;
}

TEST(Calibration, FitOnTinyPopulationReducesObjectiveAndIsDeterministic) {
  const sim::BehaviourParams base = default_behaviour();
  const std::vector<Target> targets = tiny_targets();
  CalibrationOptions options;
  options.cases_override = 4000;
  options.max_iterations = 3;
  const CalibrationResult a = calibrate(base, targets, options);
  EXPECT_LT(a.objective_after, a.objective_before);
  EXPECT_GE(a.iterations, 1u);
  EXPECT_GT(a.evaluations, 1u);
  ASSERT_EQ(a.fit_after.size(), targets.size());
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) EXPECT_EQ(a.before[k], sim::kPpm);
  EXPECT_NE(a.after, a.before);

  tasks::ThreadPool two(2);
  options.tasks = &two;  // same integer sums, same fit
  const CalibrationResult b = calibrate(base, targets, options);
  EXPECT_EQ(a.after, b.after);
  EXPECT_EQ(a.objective_after, b.objective_after);
  EXPECT_EQ(a.fitted.to_json(), b.fitted.to_json());
}

TEST(Calibration, WrittenBehaviourRoundTrips) {
  const sim::BehaviourParams base = default_behaviour();
  const std::vector<Target> targets = tiny_targets();
  CalibrationOptions options;
  options.cases_override = 2000;
  options.max_iterations = 1;
  const CalibrationResult r = calibrate(base, targets, options);
  const std::string bytes = calibrated_behaviour_json(r, targets, options, "default");
  const sim::BehaviourParams back = sim::BehaviourParams::parse(bytes, "calibrated.json");
  EXPECT_EQ(back.to_json(), r.fitted.to_json());
  EXPECT_EQ(back.name, "calibrated");
  EXPECT_EQ(bytes, calibrated_behaviour_json(r, targets, options, "default"));
  EXPECT_NE(bytes.find("\"multiplier_ppm\""), std::string::npos);
  // The fitted values are what the simulation then sees.
  const std::vector<TargetFit> again = evaluate_targets(back, targets, options);
  ASSERT_EQ(again.size(), r.fit_after.size());
  for (std::size_t i = 0; i < again.size(); ++i)
    EXPECT_EQ(again[i].simulated, r.fit_after[i].simulated);
}

// population_volume has a prior of its own (standard deviation 0.10, the mean fine's
// uncertainty), where the other groups share the weak common prior (0.5 a unit).
TEST(Calibration, ThePopulationsVolumeHasItsOwnPrior) {
  const sim::BehaviourParams base = default_behaviour();
  std::vector<Target> shares;  // no count: the volume moves no target, only the prior term
  for (const Target& t : tiny_targets())
    if (!statistic_is_count(t.statistic)) shares.push_back(t);
  CalibrationOptions options;
  options.method = sim::Method::kExact;
  options.cases_override = 2000;
  options.max_iterations = 0;
  const auto objective_at = [&](std::size_t group, std::int64_t ppm) {
    sim::Multipliers m = sim::unit_multipliers();
    m[group] = ppm;
    options.first_start = m;
    return calibrate(base, shares, options).objective_after;
  };
  const std::size_t volume = *sim::calibrated_parameter_index("population_volume");
  const double at_prior = objective_at(volume, sim::kPpm);
  EXPECT_NEAR(objective_at(volume, 1'100'000) - at_prior, 1.0, 1e-9);  // (0.1 / 0.10)^2
  const std::size_t coverage = *sim::calibrated_parameter_index("robot_coverage");
  EXPECT_EQ(sim::calibrated_parameter(coverage).prior_sd, 0.0);  // the common prior
}

// A group the targets cannot identify is held at its prior for a stated reason: the fit never
// moves it, the ensemble still varies it, and the written file records why and how to
// reproduce the fit.
TEST(Calibration, AHeldGroupStaysAtItsPriorAndTheFileSaysWhy) {
  const sim::BehaviourParams base = default_behaviour();
  const std::vector<Target> targets = tiny_targets();
  CalibrationOptions options;
  options.cases_override = 2000;
  options.max_iterations = 2;
  options.starts = 2;
  options.ensemble_draws = 20;
  const std::size_t notice = *sim::calibrated_parameter_index("notice_uplift");
  options.held.push_back({notice, "no target compares proceedings with and without a notice"});
  const CalibrationResult r = calibrate(base, targets, options);
  EXPECT_EQ(r.after[notice], sim::kPpm);
  EXPECT_NE(r.after, r.before);  // the others moved
  EXPECT_GT(r.standard_error_ppm[notice], 0);
  bool varied = false;
  for (const sim::Multipliers& draw : r.ensemble) varied = varied || draw[notice] != sim::kPpm;
  EXPECT_TRUE(varied);
  const std::string bytes = calibrated_behaviour_json(r, targets, options, "default");
  const nlohmann::json doc = nlohmann::json::parse(bytes);
  EXPECT_EQ(doc["calibration"]["parameters"][notice]["held_at_prior"],
            "no target compares proceedings with and without a notice");
  EXPECT_NE(doc["description"].get<std::string>().find(
                "--hold 'notice_uplift=no target compares proceedings with and without a notice'"),
            std::string::npos);
  const std::optional<FitRecord> record = fit_record(bytes);
  ASSERT_TRUE(record.has_value());
  ASSERT_EQ(record->held.size(), 1U);
  EXPECT_EQ(record->held[0].group, notice);
}

// A preset's count of fines is an assumption the fit carries as population_volume: every
// count a target reads scales with it, evaluated on a sample or by the exact method at the
// preset's own size alike, and every share stays where it was.
TEST(Calibration, CountsScaleWithThePopulationsVolumeAndSharesDoNot) {
  sim::BehaviourParams base = default_behaviour();
  const std::vector<Target> targets = tiny_targets();
  CalibrationOptions options;
  options.method = sim::Method::kExact;
  options.cases_override = 3000;
  const std::vector<TargetFit> at_one = evaluate_targets(base, targets, options);
  base.population_volume_ppm = 1'200'000;
  const std::vector<TargetFit> at_more = evaluate_targets(base, targets, options);
  std::size_t counts = 0;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (targets[i].period_until) continue;  // an undated figure: the range's nearest point
    const bool count = statistic_is_count(targets[i].statistic);
    counts += count ? 1 : 0;
    EXPECT_NEAR(at_more[i].simulated, at_one[i].simulated * (count ? 1.2 : 1.0),
                1e-9 * std::abs(at_one[i].simulated) + 1e-9)
        << targets[i].id;
  }
  EXPECT_GE(counts, 5u);
}

// The shipped targets end inside the final years, so their fit relies on nothing
// provisional; a target whose horizon reaches 2027 brings the calendar's assumptions and the
// assumed MRP of its policy into the result (and so into both calibrate reports).
TEST(Calibration, ProvisionalOnlyWhenATargetReaches2027) {
  const sim::BehaviourParams base = default_behaviour();
  CalibrationOptions options;
  options.cases_override = 500;
  options.max_iterations = 1;
  Target t = Target::parse(test::fixture("targets/valid.json"), "valid.json");
  EXPECT_TRUE(calibrate(base, {t}, options).provisional.empty());
  t.horizon = from_ymd(2027, 1, 31);
  const CalibrationResult r = calibrate(base, {t}, options);
  ASSERT_EQ(r.provisional.size(), 5u);  // the assumed 2026-08-31 first (issue 24, item 13)
  EXPECT_EQ(r.provisional[0].source, "calendar kz, 2026-08-31");
  EXPECT_EQ(r.provisional[1].source, "calendar kz, year 2027");
  EXPECT_EQ(r.provisional[4].source, "policy kz-2024-pilot, mrp from 2027-01-01");
  const report::CalibrationRun run{"default", "test", options.seed, options.cases_override, ""};
  EXPECT_NE(report::calibration_report_text(run, {t}, r, 0.0)
                .find("Provisional  dates from 2026-08-31 rely on a provisional calendar"),
            std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(report::calibration_report_json(run, {t}, r));
  EXPECT_EQ(json.at("provisional").size(), 5u);
}

}  // namespace
}  // namespace bailiff::study
