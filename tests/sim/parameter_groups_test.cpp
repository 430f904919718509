// The multipliers of the parameter groups (sim/parameter_groups.hpp) that calibration fits:
// identity, scale and cap on the behaviour parameters, and an ensemble's draws applied by name.

#include "bailiff/sim/parameter_groups.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "../support/fixtures.hpp"
#include "bailiff/sim/behaviour.hpp"

namespace bailiff::sim {
namespace {

BehaviourParams default_behaviour() {
  return BehaviourParams::parse(test::shipped("behaviour/default.json"), "default.json");
}

TEST(CalibrationMultipliers, IdentityScaleAndCap) {
  const BehaviourParams base = default_behaviour();
  const BehaviourParams same = apply_multipliers(base, unit_multipliers(), base.name);
  EXPECT_EQ(same.to_json(), base.to_json());

  Multipliers m = unit_multipliers();
  m[0] = 500'000;     // robot_hazard
  m[1] = 2'000'000;   // notice_uplift
  m[2] = 10'000'000;  // pre_referral_hazard
  m[3] = 3'000'000;   // robot_deadline
  m[4] = 1'500'000;   // arrest_recovery
  m[5] = 20'000'000;  // pilot_coverage: capped at certainty
  m[6] = 2'000'000;   // robot_coverage (plateau of "*")
  m[7] = 2'000'000;   // amount_effect: strength doubled
  m[8] = 4'000'000;   // robot_coverage_start (start of "*")
  const BehaviourParams scaled = apply_multipliers(base, m, "x");
  const Segment& s0 = base.segments[0];
  const Segment& t0 = scaled.segments[0];
  const auto robot = static_cast<std::size_t>(PayStage::kRobot);
  const auto discount = static_cast<std::size_t>(PayStage::kDiscount);
  const auto bailiff = static_cast<std::size_t>(PayStage::kBailiff);
  EXPECT_EQ(t0.hazard_ppm[robot], s0.hazard_ppm[robot] / 2);
  EXPECT_EQ(t0.arrest_uplift_ppm, s0.arrest_uplift_ppm / 2);
  EXPECT_EQ(t0.sms_uplift_ppm, s0.sms_uplift_ppm * 2);
  EXPECT_EQ(t0.egov_uplift_ppm, s0.egov_uplift_ppm * 2);
  EXPECT_EQ(t0.hazard_ppm[discount], std::min(kPpm, s0.hazard_ppm[discount] * 10));
  EXPECT_LE(t0.hazard_ppm[discount], kPpm);
  EXPECT_EQ(t0.robot_deadline_bump_ppm, std::min(kPpm, s0.robot_deadline_bump_ppm * 3));
  EXPECT_EQ(t0.account_ppm, std::min(kPpm, s0.account_ppm * 3 / 2));
  EXPECT_EQ(t0.hazard_ppm[bailiff], s0.hazard_ppm[bailiff]);  // not calibrated
  EXPECT_EQ(t0.share_ppm, s0.share_ppm);
  ASSERT_EQ(scaled.coverage.size(), 2u);  // the pilot region's ramp, then the national one
  EXPECT_EQ(scaled.coverage[0].region, "Zhambyl");
  EXPECT_EQ(scaled.coverage[0].plateau_ppm, kPpm);
  EXPECT_EQ(scaled.coverage[1].region, "*");
  EXPECT_EQ(scaled.coverage[1].plateau_ppm, std::min(kPpm, base.coverage[1].plateau_ppm * 2));
  EXPECT_EQ(scaled.coverage[1].start_ppm, base.coverage[1].start_ppm * 4);
  const std::int64_t strength = kPpm - base.amount_effect.per_doubling_ppm;
  EXPECT_EQ(scaled.amount_effect.per_doubling_ppm, kPpm - 2 * strength);
  EXPECT_EQ(scaled.name, "x");
}

TEST(CalibrationMultipliers, EnsembleDrawZeroIsTheFileAndDrawsApplyByName) {
  BehaviourParams base = default_behaviour();
  base.ensemble.method = "laplace";
  base.ensemble.parameters = {"robot_coverage", "robot_hazard"};
  base.ensemble.standard_errors_ppm = {100'000, 200'000};
  base.ensemble.draws_ppm = {{kPpm, kPpm}, {500'000, 2'000'000}};
  EXPECT_EQ(behaviour_draw(base, 0).to_json(), base.to_json());
  const BehaviourParams one = behaviour_draw(base, 1);
  Multipliers m = unit_multipliers();
  m[6] = 500'000;
  m[0] = 2'000'000;
  EXPECT_EQ(one.to_json(), apply_multipliers(base, m, base.name).to_json());
  // The ensemble survives a round trip through the file format.
  const BehaviourParams back = BehaviourParams::parse(base.to_json(), "round-trip.json");
  EXPECT_EQ(back.ensemble.draws_ppm, base.ensemble.draws_ppm);
  EXPECT_EQ(back.ensemble.parameters, base.ensemble.parameters);
}

}  // namespace
}  // namespace bailiff::sim
