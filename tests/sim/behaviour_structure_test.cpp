// The structure of the behaviour model: the robot's roll-out (coverage by date and region),
// payment that falls with the amount, the deadline spike before the robot's window closes,
// the arrested account's balance as mechanical recovery, and what each does to a run.

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/robot_coverage.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {
namespace {

using test::threads;

Date d(const char* iso) { return *parse_iso_date(iso); }

BehaviourParams with_ramps() {
  BehaviourParams p;
  p.coverage_before_ppm = 800'000;
  p.coverage.push_back({"*", d("2024-08-20"), 100, 50'000, 250'000});
  p.coverage.push_back({"Zhambyl", d("2024-01-01"), 10, 100'000, 300'000});
  p.coverage.push_back({"Abai", d("2024-08-20"), 0, 900'000, 900'000});
  return p;
}

TEST(RobotCoverage, RampsByDateAndRegion) {
  const RobotCoverage c(with_ramps(), {"Zhambyl", "Almaty (city)", "Abai"});
  constexpr std::uint16_t kZhambyl = 0, kAlmaty = 1, kAbai = 2;
  EXPECT_EQ(c.ppm_at(kAlmaty, d("2024-05-01")), 800'000);   // before every ramp
  EXPECT_EQ(c.ppm_at(kZhambyl, d("2023-12-31")), 800'000);
  EXPECT_EQ(c.ppm_at(kZhambyl, d("2024-01-01")), 100'000);  // the pilot's first day
  EXPECT_EQ(c.ppm_at(kZhambyl, d("2024-01-06")), 200'000);  // 100,000 + 200,000 x 5 / 10
  EXPECT_EQ(c.ppm_at(kZhambyl, d("2024-03-01")), 300'000);  // plateau
  EXPECT_EQ(c.ppm_at(kAlmaty, d("2024-08-20")), 50'000);
  EXPECT_EQ(c.ppm_at(kAlmaty, d("2024-09-09")), 90'000);    // 50,000 + 200,000 x 20 / 100
  EXPECT_EQ(c.ppm_at(kZhambyl, d("2024-09-09")), 90'000);   // the latest ramp to start
  EXPECT_EQ(c.ppm_at(kAlmaty, d("2025-06-01")), 250'000);
  EXPECT_EQ(c.ppm_at(kAbai, d("2024-08-20")), 900'000);     // own ramp first on the same day
}

BehaviourParams one_segment_behaviour() {
  BehaviourParams p;
  p.name = "test";
  Segment s;
  s.name = "all";
  s.share_ppm = kPpm;
  s.hazard_ppm = {150'000, 0, 0, 0, 0};
  s.robot_deadline_bump_ppm = 400'000;
  s.account_ppm = kPpm;
  p.segments.push_back(s);
  p.amount_effect = {10'000, 500'000};
  p.balance_median_tenge = 10'000;
  return p;
}

// A delayed ramp stays at its start for delay_days, then rises over ramp_days.
TEST(RobotCoverage, DelayedRampStaysAtItsStartThenRises) {
  BehaviourParams p = one_segment_behaviour();
  p.coverage.push_back({"*", d("2024-08-20"), 100, 10'000, 510'000, 60});
  const RobotCoverage c(p, {"Zhetysu"});
  EXPECT_EQ(c.ppm_at(0, d("2024-08-20")), 10'000);
  EXPECT_EQ(c.ppm_at(0, d("2024-10-18")), 10'000);   // day 59: still delayed
  EXPECT_EQ(c.ppm_at(0, d("2024-10-19")), 10'000);   // day 60: the ramp's first day
  EXPECT_EQ(c.ppm_at(0, d("2024-11-08")), 110'000);  // 10,000 + 500,000 x 20 / 100
  EXPECT_EQ(c.ppm_at(0, d("2025-01-27")), 510'000);  // day 160: the plateau
  // Written only when set, and read back.
  const BehaviourParams back = BehaviourParams::parse(p.to_json(), "delayed.json");
  ASSERT_EQ(back.coverage.size(), 1u);
  EXPECT_EQ(back.coverage[0].delay_days, 60);
}


TEST(BehaviourStructure, AmountBandsAreWholeDoublingsAroundTheReference) {
  const BehaviourModel model(one_segment_behaviour());
  EXPECT_EQ(model.amount_band(tenge(2'499)), 0u);
  EXPECT_EQ(model.amount_band(tenge(2'500)), 1u);
  EXPECT_EQ(model.amount_band(tenge(10'000) - 1), 2u);
  EXPECT_EQ(model.amount_band(tenge(10'000)), 3u);  // the reference: multiplier 1
  EXPECT_EQ(model.amount_band(tenge(20'000)), 4u);
  EXPECT_EQ(model.amount_band(tenge(160'000)), 7u);
  EXPECT_EQ(model.amount_band(tenge(1'000'000'000)), 7u);
}

// The share of \p n draws of a one-day discount stage that pay on day 0.
double paid_share(const BehaviourModel& model, std::uint32_t band, PayStage stage, int n) {
  int paid = 0;
  for (int i = 0; i < n; ++i) {
    CaseRng rng(99, static_cast<std::uint64_t>(i), kStreamStage);
    if (model.draw_payment_day(rng, 0, band, stage, 1, {}, false) == 0) ++paid;
  }
  return static_cast<double>(paid) / n;
}

TEST(BehaviourStructure, EachDoublingOfTheFineScalesTheHazard) {
  const BehaviourModel model(one_segment_behaviour());
  constexpr int kDraws = 200'000;
  // 15% a day at the reference; x0.5 per doubling up, x2 per halving. 5 standard errors.
  for (const auto& [band, p] : {std::pair{3u, 0.15}, std::pair{4u, 0.075}, std::pair{2u, 0.30}}) {
    const double tolerance = 5 * std::sqrt(p * (1 - p) / kDraws);
    EXPECT_NEAR(paid_share(model, band, PayStage::kDiscount, kDraws), p, tolerance) << band;
  }
}

TEST(BehaviourStructure, DeadlineSpikeBeforeTheRobotWindowClosesOnlyAtItsDeadline) {
  const BehaviourModel model(one_segment_behaviour());  // robot hazard 0, bump 40%
  int at_deadline = 0, at_horizon = 0;
  constexpr int kDraws = 100'000;
  for (int i = 0; i < kDraws; ++i) {
    CaseRng a(5, static_cast<std::uint64_t>(i), kStreamStage);
    CaseRng b(5, static_cast<std::uint64_t>(i), kStreamStage);
    const std::int32_t day = model.draw_payment_day(a, 0, 3, PayStage::kRobot, 30, {}, true);
    if (day >= 0) {
      EXPECT_EQ(day, 29);
      ++at_deadline;
    }
    if (model.draw_payment_day(b, 0, 3, PayStage::kRobot, 30, {}, false) >= 0) ++at_horizon;
  }
  EXPECT_NEAR(static_cast<double>(at_deadline) / kDraws, 0.40, 5 * std::sqrt(0.24 / kDraws));
  EXPECT_EQ(at_horizon, 0);  // a stage cut by the horizon has no deadline
}

TEST(BehaviourStructure, ArrestRecoversADebtWithProbabilityMedianOverMedianPlusDebt) {
  const BehaviourModel model(one_segment_behaviour());  // an account always; median 10,000
  constexpr int kDraws = 200'000;
  for (const auto& [debt, p] : {std::pair{10'000, 0.5}, std::pair{30'000, 0.25}}) {
    int recovered = 0;
    for (int i = 0; i < kDraws; ++i) {
      CaseRng rng(3, static_cast<std::uint64_t>(i), kStreamArrest);
      if (model.draw_arrest_recovery(rng, 0, tenge(debt))) ++recovered;
    }
    EXPECT_NEAR(static_cast<double>(recovered) / kDraws, p, 5 * std::sqrt(p * (1 - p) / kDraws)) << debt;
  }
  BehaviourParams none = one_segment_behaviour();
  none.segments[0].account_ppm = 0;
  const BehaviourModel no_account(none);
  for (int i = 0; i < 1000; ++i) {
    CaseRng rng(3, static_cast<std::uint64_t>(i), kStreamArrest);
    EXPECT_FALSE(no_account.draw_arrest_recovery(rng, 0, tenge(1)));
  }
}

// A shipped scenario whose behaviour file has its coverage replaced.
Scenario national_with_coverage(std::int64_t before_ppm) {
  ScenarioChoice choice;
  choice.cases = 20'000;
  choice.behaviour = "default";  // the priors: every segment may hold an account
  choice.behaviour_draws = false;
  ScenarioInputs inputs = load_scenario_inputs(choice);
  BehaviourParams params = BehaviourParams::parse(inputs.behaviour.bytes, inputs.behaviour.name);
  params.coverage.clear();
  params.coverage_before_ppm = before_ppm;
  inputs.behaviour.bytes = params.to_json();
  return scenario_from_inputs(choice, std::move(inputs));
}

TEST(BehaviourStructure, CoverageDecidesHowManyReferralsTheRobotTakes) {
  const Comparison none = run_comparison(national_with_coverage(0), 1, 1, threads(1), {});
  const Comparison all = run_comparison(national_with_coverage(kPpm), 1, 1, threads(1), {});
  const Metrics& n = none.policy_runs[0].metrics;
  const Metrics& a = all.policy_runs[0].metrics;
  EXPECT_EQ(n.proceedings_opened, 0);
  EXPECT_EQ(n.arrest_recoveries, 0);
  EXPECT_GT(a.proceedings_opened, 1000);
  EXPECT_GT(a.arrest_recoveries, 0);
  // Without the robot every referral goes to a private bailiff, as under the baseline: the
  // same fines and draws, so the same hand-offs.
  EXPECT_EQ(n.handed_to_bailiff, none.baseline_runs[0].metrics.handed_to_bailiff);
  EXPECT_LT(a.handed_to_bailiff, n.handed_to_bailiff);
}

TEST(BehaviourStructure, BadRampsAndEnsemblesAreRefused) {
  const std::string base = R"({"behaviour": "b", "title": "t", "notice_decay_ppm": 0, "segments": [
      {"name": "all", "share_ppm": 1000000, "sms_reach_ppm": 0, "egov_reach_ppm": 0,
       "hazard_ppm": {"discount": 0, "voluntary": 0, "overdue": 0, "robot": 0, "bailiff": 0},
       "deadline_bump_ppm": 0, "notice_uplift_ppm": {"sms": 0, "egov_push": 0},
       "arrest_uplift_ppm": 0}], )";
  const auto message = [&](const std::string& tail) {
    try {
      BehaviourParams::parse(base + tail + "}", "b.json");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(R"("robot_coverage": {"before_ppm": 1000000, "ramps": [{"region": "*", "from": "2024-08-20",
      "ramp_days": 30, "start_ppm": 0, "plateau_ppm": 1200000}]})"),
            "b.json:/robot_coverage/ramps/0/plateau_ppm: plateau_ppm: expected an integer from 0 to "
            "1000000, found 1200000");
  EXPECT_EQ(message(R"("ensemble": {"method": "laplace", "parameters": ["robot_hazrd"],
      "standard_errors_ppm": [1], "draws_ppm": [[1000000]]})"),
            "b.json:/ensemble/parameters/0: 0: expected a parameter group of bailiff calibrate, found "
            "\"robot_hazrd\"");
  EXPECT_EQ(message(R"("ensemble": {"method": "laplace", "parameters": ["robot_hazard"],
      "standard_errors_ppm": [1], "draws_ppm": [[900000]]})"),
            "b.json:/ensemble/draws_ppm/0: 0: expected draw 0 all 1000000 (the file's own parameters), "
            "found an array");
  EXPECT_EQ(message(R"("ensemble": {"method": "laplace", "parameters": ["robot_hazard"],
      "standard_errors_ppm": [1], "draws_ppm": [[1000000], [1, 2]]})"),
            "b.json:/ensemble/draws_ppm/1: 1: expected 1 values, one per parameter, found an array");
}

}  // namespace
}  // namespace bailiff::sim
