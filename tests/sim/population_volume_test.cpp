// The population's volume (BehaviourParams::population_volume_ppm): the exact method scales a
// synthetic preset's own count, which the preset assumes, by it; a sample of the preset and
// the Monte Carlo keep the count they were given; each draw of an ensemble carries its own.

#include <gtest/gtest.h>

#include <cmath>

#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/simulator.hpp"

namespace bailiff::sim {
namespace {

constexpr std::uint64_t kSeed = 7;

Scenario taraz(std::uint64_t cases, Method method) {
  ScenarioChoice choice;
  choice.behaviour = "default";
  choice.population = "synthetic:taraz-pilot";
  choice.policy = "kz-2024-pilot";
  choice.cases = cases;
  choice.method = method;
  return load_scenario(choice);
}

/// The exact expectations of \p scenario's policy run under its behaviour at \p volume_ppm.
ExpectedMetrics expected_at(const Scenario& scenario, std::int64_t volume_ppm) {
  BehaviourParams params = scenario.behaviour_params.value;
  params.population_volume_ppm = volume_ppm;
  const BehaviourModel model(params);
  RunSpec spec = run_spec(scenario, Role::kPolicy, kSeed);
  spec.behaviour = &model;
  return expected_metrics(spec, serial_tasks(), /*series=*/false);
}

void expect_scaled(const Moments& scaled, const Moments& base, double factor, const char* what) {
  EXPECT_NEAR(scaled.mean, base.mean * factor, 1e-9 * std::abs(base.mean * factor) + 1e-9) << what;
}

TEST(PopulationVolume, TheExactMethodScalesAPresetsOwnCountAndEverySum) {
  const Scenario whole = taraz(0, Method::kExact);
  ASSERT_TRUE(whole.population->volume_is_assumed());
  const ExpectedMetrics base = expected_at(whole, 1'000'000);
  const ExpectedMetrics more = expected_at(whole, 1'150'000);
  EXPECT_NEAR(base.cases.mean, static_cast<double>(whole.population->size()), 1e-6);
  expect_scaled(more.cases, base.cases, 1.15, "cases");
  expect_scaled(more.fees_paid, base.fees_paid, 1.15, "fees");
  expect_scaled(more.proceedings_opened, base.proceedings_opened, 1.15, "proceedings");
  const auto robot = static_cast<std::size_t>(PayStage::kRobot);
  expect_scaled(more.collected_by_stage[robot], base.collected_by_stage[robot], 1.15, "robot");
  for (std::size_t r = 0; r < base.by_region.size(); ++r)
    expect_scaled(more.by_region[r].paid, base.by_region[r].paid, 1.15, "region paid");
  // A share does not move: the same fines, more of them.
  EXPECT_NEAR(more.paid_by_stage[robot].mean / more.cases.mean,
              base.paid_by_stage[robot].mean / base.cases.mean, 1e-12);
}

TEST(PopulationVolume, ASampleOfThePresetKeepsTheCountItWasGiven) {
  const Scenario sample = taraz(20'000, Method::kExact);
  EXPECT_FALSE(sample.population->volume_is_assumed());
  EXPECT_NEAR(expected_at(sample, 1'150'000).cases.mean, 20'000.0, 1e-6);
  // Asked for by the preset's own count, the count is the preset's assumption again.
  EXPECT_TRUE(taraz(taraz(0, Method::kExact).population->size(), Method::kExact)
                  .population->volume_is_assumed());
}

TEST(PopulationVolume, TheMonteCarloSimulatesThePopulationsOwnCount) {
  const Scenario whole = taraz(0, Method::kMonteCarlo);
  BehaviourParams params = whole.behaviour_params.value;
  params.population_volume_ppm = 1'150'000;
  const BehaviourModel model(params);
  RunSpec spec = run_spec(whole, Role::kPolicy, kSeed);
  spec.behaviour = &model;
  EXPECT_EQ(simulate(spec, serial_tasks()).metrics.cases,
            static_cast<std::int64_t>(whole.population->size()));
}

TEST(PopulationVolume, TheGroupScalesTheCountUncappedAndWithinTheBounds) {
  BehaviourParams params;
  params.population_volume_ppm = 900'000;
  Multipliers m = unit_multipliers();
  m[*calibrated_parameter_index("population_volume")] = 1'500'000;
  EXPECT_EQ(apply_multipliers(params, m, "x").population_volume_ppm, 1'350'000);
  params.population_volume_ppm = 1'500'000;
  m[*calibrated_parameter_index("population_volume")] = kMaxMultiplierPpm;
  EXPECT_EQ(apply_multipliers(params, m, "x").population_volume_ppm, kMaxMultiplierPpm);
}

TEST(PopulationVolume, EachDrawOfTheEnsembleCarriesItsOwnCount) {
  Scenario whole = taraz(0, Method::kExact);
  BehaviourEnsemble& e = whole.behaviour_params.value.ensemble;
  e.method = "laplace";
  e.parameters = {"population_volume"};
  e.standard_errors_ppm = {100'000};
  e.draws_ppm = {{1'000'000}, {800'000}, {1'250'000}};
  ComparisonRun run(whole, kSeed, 3);
  while (run.step(serial_tasks(), 1'000'000)) {
  }
  const Comparison c = run.finish();
  const auto size = static_cast<double>(whole.population->size());
  ASSERT_EQ(c.policy_runs.size(), 3U);
  // Rounded from sums of doubles: within one fine of the scaled count.
  EXPECT_NEAR(static_cast<double>(c.policy_runs[0].metrics.cases), size, 1.0);
  EXPECT_NEAR(static_cast<double>(c.policy_runs[1].metrics.cases), size * 0.8, 1.0);
  EXPECT_NEAR(static_cast<double>(c.baseline_runs[2].metrics.cases), size * 1.25, 1.0);
}

}  // namespace
}  // namespace bailiff::sim
