// CaseSimulator, one case at a time (the page's case explorer): after a case it reports
// that case's fine as the population drew it, not a default-constructed one.

#include "bailiff/sim/case_simulator.hpp"

#include <gtest/gtest.h>

#include "../support/fixtures.hpp"

namespace bailiff::sim {
namespace {

TEST(CaseSimulator, ReportsTheFineOfTheCaseItSimulated) {
  const Scenario scenario = test::taraz_pilot(100);
  const RunSpec spec = run_spec(scenario, Role::kPolicy, 11);
  CaseSimulator simulator(spec);
  Metrics m(scenario.population->regions().size(), scenario.behaviour->params().segments.size());
  for (const std::uint64_t index : {7u, 42u}) {
    simulator.run(index, m);
    const FineDraw expected = scenario.population->at(index, 11);
    EXPECT_GT(simulator.draw().amount, 0);
    EXPECT_EQ(simulator.draw().amount, expected.amount);
    EXPECT_EQ(simulator.draw().in_force, expected.in_force);
    EXPECT_EQ(simulator.draw().region, expected.region);
  }
}

}  // namespace
}  // namespace bailiff::sim
