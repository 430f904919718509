// The sweep and sensitivity studies (study/sweep_run.hpp, study/sensitivity_run.hpp): one
// comparison per point or variant, in grid order, the unchanged baseline served by the run
// cache, the same figures on any number of threads, progress by point, and the refusals.

#include <gtest/gtest.h>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/study/sensitivity_run.hpp"
#include "bailiff/study/sweep_run.hpp"

namespace bailiff::study {
namespace {

/// The Taraz pilot, \p cases fines, by the exact method (a study's default at scale) unless
/// \p method says otherwise.
std::shared_ptr<const sim::Scenario> pilot(std::uint64_t cases,
                                           sim::Method method = sim::Method::kExact) {
  sim::ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.cases = cases;
  choice.method = method;
  return std::make_shared<const sim::Scenario>(sim::load_scenario(choice));
}

std::vector<study::SweepAxis> axes(std::initializer_list<const char*> sets) {
  std::vector<study::SweepAxis> out;
  for (const char* set : sets) out.push_back(study::parse_sweep_axis(set, "(test)", "set"));
  return out;
}

std::int64_t collected(const sim::Comparison& c) {
  return c.policy_runs.front().metrics.collected();
}

TEST(SweepRun, RunsEveryPointInGridOrderAndReportsProgress) {
  std::vector<std::pair<std::uint64_t, std::uint64_t>> seen;
  const SweepResult s = run_sweep(
      pilot(2000), axes({"robot_window=1,2", "simplified_max_debt=20,40"}), 7, 2, test::threads(2),
      [&](std::uint64_t done, std::uint64_t total) { seen.emplace_back(done, total); });
  ASSERT_EQ(s.points.size(), 4u);
  EXPECT_EQ(s.points[1], (study::SweepPoint{0, 1}));
  ASSERT_EQ(s.comparisons.size(), 4u);
  for (const sim::Comparison& c : s.comparisons) {
    EXPECT_EQ(c.method, sim::Method::kExact);
    EXPECT_EQ(c.policy_runs.size(), 2u);
    EXPECT_EQ(c.seed, 7u);
    // The baseline is no point's variant: the same run every time.
    EXPECT_EQ(c.baseline_runs.front().audit_root,
              s.comparisons.front().baseline_runs.front().audit_root);
  }
  EXPECT_NE(s.comparisons[0].policy_runs.front().audit_root,
            s.comparisons[3].policy_runs.front().audit_root);
  EXPECT_EQ(seen,
            (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}}));
}

TEST(SweepRun, GivesTheSameFiguresOnAnyNumberOfThreads) {
  const auto base = pilot(1500);
  const SweepResult one = run_sweep(base, axes({"robot_window=1,3"}), 3, 1, test::threads(1));
  const SweepResult two = run_sweep(base, axes({"robot_window=1,3"}), 3, 1, test::threads(2));
  for (std::size_t p = 0; p < 2; ++p) {
    EXPECT_EQ(one.comparisons[p].policy_runs.front().audit_root,
              two.comparisons[p].policy_runs.front().audit_root);
    EXPECT_EQ(collected(one.comparisons[p]), collected(two.comparisons[p]));
  }
}

TEST(SweepRun, DefaultReplicationsAreTheScenarios) {
  const auto base = pilot(300, sim::Method::kMonteCarlo);  // 10 replications
  const SweepResult s = run_sweep(base, axes({"robot_window=2"}), 1, 0, test::threads(1));
  EXPECT_EQ(s.comparisons.front().policy_runs.size(), sim::default_replications(*base));
}

TEST(SweepRun, RefusesNoAxesTooManyPointsAndABadValueBeforeRunning) {
  const auto base = pilot(1000);
  try {
    run_sweep(base, {}, 1, 1, test::threads(1));
    FAIL() << "no axes ran";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "(sweep):set: set: expected at least one parameter with its values, "
                 "found none");
  }
  study::SweepAxis wide{"robot_window", std::vector<std::string>(101, "1"), "(test)", "set"};
  try {
    run_sweep(base, {wide, wide}, 1, 1, test::threads(1));
    FAIL() << "10,201 points ran";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "(sweep):set: set: expected at most 10000 points, found 10201 points");
  }
  bool ran = false;
  EXPECT_THROW(run_sweep(base, axes({"robot_window=1,\"x\""}), 1, 1, test::threads(1),
                         [&](std::uint64_t, std::uint64_t) { ran = true; }),
               InputError);
  EXPECT_FALSE(ran);
}

TEST(SensitivityRun, VariesEachGroupLowAndHighOverTheSameDrawsAsSimulate) {
  const std::shared_ptr<const sim::Scenario> base = pilot(1500);
  ASSERT_TRUE(base->choice.behaviour_draws);
  constexpr std::uint32_t kDraws = 4;  // the first four draws of the posterior
  std::uint64_t last_done = 0, last_total = 0;
  const SensitivityResult r =
      run_sensitivity(base, 5, kDraws, test::threads(2), [&](std::uint64_t done, std::uint64_t total) {
        last_done = done;
        last_total = total;
      });
  EXPECT_TRUE(r.ranges.from_posterior);  // the shipped calibrated behaviour has an ensemble
  ASSERT_FALSE(r.ranges.ranges.empty());
  EXPECT_EQ(r.low.size(), r.ranges.ranges.size());
  EXPECT_EQ(r.high.size(), r.ranges.ranges.size());
  // The centre is simulate's figure: the same comparison over the same draws.
  sim::ComparisonRun plain(*base, 5, kDraws);
  while (plain.step(test::threads(2), 4)) {
  }
  const sim::Comparison simulated = plain.finish();
  ASSERT_EQ(r.central.policy_runs.size(), kDraws);
  EXPECT_EQ(r.central.draws, simulated.draws);
  for (std::size_t k = 0; k < kDraws; ++k) {
    EXPECT_EQ(r.central.policy_runs[k].audit_root, simulated.policy_runs[k].audit_root);
    EXPECT_EQ(r.central.baseline_runs[k].audit_root, simulated.baseline_runs[k].audit_root);
  }
  for (std::size_t i = 0; i < r.ranges.ranges.size(); ++i) {
    EXPECT_EQ(r.low[i].draws, simulated.draws);
    EXPECT_EQ(r.high[i].draws, simulated.draws);
  }
  EXPECT_EQ(last_done, 2 * r.ranges.ranges.size());
  EXPECT_EQ(last_total, last_done);
  bool some_group_moves = false;
  for (std::size_t i = 0; i < r.ranges.ranges.size(); ++i)
    some_group_moves |= collected(r.low[i]) != collected(r.high[i]);
  EXPECT_TRUE(some_group_moves);
  const SensitivityResult again = run_sensitivity(base, 5, kDraws, test::threads(1));
  EXPECT_EQ(collected(again.central), collected(r.central));
  EXPECT_EQ(collected(again.high.back()), collected(r.high.back()));
}

TEST(SensitivityRun, WithTheDrawsOffEachVariantIsOneParameterSet) {
  sim::ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.cases = 1500;
  choice.method = sim::Method::kExact;
  choice.behaviour_draws = false;
  const auto base = std::make_shared<const sim::Scenario>(sim::load_scenario(choice));
  const SensitivityResult r = run_sensitivity(base, 5, 0, test::threads(2));
  EXPECT_EQ(r.central.ensemble_size, 0u);
  EXPECT_EQ(r.central.policy_runs.size(), 1u);  // exact, one parameter set: one replication
  EXPECT_EQ(r.low.front().policy_runs.size(), 1u);
}

}  // namespace
}  // namespace bailiff::study
