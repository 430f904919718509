// Sensitivity ranges (study/sensitivity.hpp): the posterior's percentiles of each parameter
// group, or the stated x0.5 / x2 assumption without an ensemble, and one group held alone in
// every draw.

#include <gtest/gtest.h>

#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/sensitivity.hpp"

namespace bailiff::study {
using namespace ::bailiff::sim;
namespace {

ScenarioInputs shipped_inputs() {
  ScenarioChoice choice;
  choice.cases = 1000;
  return load_scenario_inputs(choice);
}

TEST(Sensitivity, RangesArePosteriorPercentilesOrTheStatedAssumption) {
  BehaviourParams p = BehaviourParams::parse(shipped_inputs().behaviour.bytes, "calibrated");
  p.ensemble = {};
  const SensitivityRanges assumed = sensitivity_ranges(p);
  EXPECT_FALSE(assumed.from_posterior);
  ASSERT_EQ(assumed.ranges.size(), kCalibratedCount);
  EXPECT_EQ(assumed.ranges[3].low_ppm, kAssumedLowPpm);
  EXPECT_EQ(assumed.ranges[3].high_ppm, kAssumedHighPpm);
  // 20 draws of one group: 1,000,000 then 100,000 x k; nearest rank: the 1st and the 19th.
  p.ensemble.method = "laplace";
  p.ensemble.parameters = {"robot_coverage"};
  p.ensemble.standard_errors_ppm = {1};
  for (int k = 0; k < 20; ++k) p.ensemble.draws_ppm.push_back({k == 0 ? 1'000'000 : 100'000 * k});
  const SensitivityRanges posterior = sensitivity_ranges(p);
  EXPECT_TRUE(posterior.from_posterior);
  EXPECT_EQ(posterior.draws, 20u);
  ASSERT_EQ(posterior.ranges.size(), 1u);
  EXPECT_EQ(posterior.ranges[0].group, *calibrated_parameter_index("robot_coverage"));
  EXPECT_EQ(posterior.ranges[0].low_ppm, 100'000);
  EXPECT_EQ(posterior.ranges[0].high_ppm, 1'800'000);
  // One group moved alone and held there in every draw (its column at x1 of the new values).
  const BehaviourParams moved =
      with_group_held(p, *calibrated_parameter_index("robot_coverage"), 500'000);
  ASSERT_EQ(moved.ensemble.draws_ppm.size(), 20u);
  for (const std::vector<std::int64_t>& draw : moved.ensemble.draws_ppm)
    EXPECT_EQ(draw, std::vector<std::int64_t>{1'000'000});
  EXPECT_EQ(moved.ensemble.standard_errors_ppm, std::vector<std::int64_t>{0});
  EXPECT_EQ(moved.segments[0].hazard_ppm, p.segments[0].hazard_ppm);
  for (std::size_t i = 0; i < p.coverage.size(); ++i) {
    if (p.coverage[i].region == "*") {
      EXPECT_EQ(moved.coverage[i].plateau_ppm, (p.coverage[i].plateau_ppm + 1) / 2);
      EXPECT_EQ(behaviour_draw(moved, 7).coverage[i].plateau_ppm, moved.coverage[i].plateau_ppm);
    }
  }
}

TEST(Sensitivity, AHeldGroupLeavesEveryOtherGroupToTheDraw) {
  const BehaviourParams p = BehaviourParams::parse(shipped_inputs().behaviour.bytes, "calibrated");
  ASSERT_GT(p.ensemble.draws_ppm.size(), 3u);
  const std::size_t group = *calibrated_parameter_index("robot_hazard");
  const BehaviourParams held = with_group_held(p, group, 2'000'000);
  for (const std::size_t draw : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
    // The draw's multipliers, with the held group at x2 of the file's values.
    Multipliers m = unit_multipliers();
    for (std::size_t k = 0; k < p.ensemble.parameters.size(); ++k)
      m[*calibrated_parameter_index(p.ensemble.parameters[k])] = p.ensemble.draws_ppm[draw][k];
    m[group] = 2'000'000;
    BehaviourParams got = behaviour_draw(held, draw);
    BehaviourParams want = apply_multipliers(p, m, p.name);
    got.ensemble = want.ensemble = {};  // the values drawn, not the ensemble they came from
    EXPECT_EQ(got.to_json(), want.to_json()) << "draw " << draw;
  }
}

}  // namespace
}  // namespace bailiff::study
