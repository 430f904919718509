// Per-case outcomes (study/per_case.hpp): the first fines simulated one at a time as the
// run's Monte Carlo simulated them, so that over the whole population they add up to the
// run's own counters; and their CSV.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "../support/fixtures.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/study/per_case.hpp"

namespace bailiff::study {
namespace {

sim::Scenario pilot(std::uint64_t cases) {
  sim::ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.policy = "kz-2024-pilot";
  choice.cases = cases;
  choice.method = sim::Method::kMonteCarlo;
  return sim::load_scenario(choice);
}

TEST(PerCase, AddsUpToTheRunOverTheWholePopulation) {
  const sim::Scenario scenario = pilot(1500);
  const sim::Comparison run = sim::run_comparison(scenario, 11, 2, test::threads(2), {});
  const std::vector<CaseOutcome> outcomes = per_case_outcomes(scenario, run.seeds.front(), 5000);
  ASSERT_EQ(outcomes.size(), 3000u);
  for (const sim::Role role : {sim::Role::kPolicy, sim::Role::kBaseline}) {
    const sim::Metrics& m =
        (role == sim::Role::kPolicy ? run.policy_runs : run.baseline_runs).front().metrics;
    std::map<std::string, std::int64_t> paid_by_stage;
    std::vector<std::int64_t> paid_by_day(sim::kSeriesDays);
    Tiyn fees = 0;
    for (const CaseOutcome& o : outcomes) {
      if (o.role != role) continue;
      fees += o.fee;
      if (o.stage_paid.empty()) {
        EXPECT_EQ(o.day_paid, -1);
        continue;
      }
      ++paid_by_stage[o.stage_paid];
      ++paid_by_day[std::min<std::size_t>(static_cast<std::size_t>(o.day_paid),
                                          sim::kSeriesDays - 1)];
    }
    EXPECT_EQ(fees, m.fees_paid);
    EXPECT_EQ(paid_by_day, m.paid_by_day);
    for (std::size_t s = 0; s < sim::kPayStageCount; ++s) {
      const std::string stage(sim::pay_stage_name(static_cast<sim::PayStage>(s)));
      EXPECT_EQ(paid_by_stage[stage], m.paid_by_stage[s]) << stage;
    }
  }
  EXPECT_GT(outcomes.front().amount, 0);
  EXPECT_EQ(outcomes[1500].index, 0u);
  EXPECT_EQ(outcomes[1500].role, sim::Role::kBaseline);
  EXPECT_EQ(outcomes[1500].amount, outcomes[0].amount);  // the same fine under both
}

TEST(PerCase, WritesOneCsvLinePerFineAndPolicy) {
  const sim::Scenario scenario = pilot(1000);
  std::vector<CaseOutcome> outcomes = per_case_outcomes(scenario, 3, 2);
  outcomes[0].amount = 1'234'550;
  outcomes[0].stage_paid = "robot";
  outcomes[0].day_paid = 61;
  outcomes[0].fee = 0;
  outcomes[0].region = "Region, with comma";
  outcomes[2].stage_paid.clear();
  outcomes[2].day_paid = -1;
  outcomes[2].fee = 500;
  const std::string csv = per_case_csv(scenario, outcomes);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "policy,case,amount_tenge,segment,region,stage_paid,day_paid,fee_tenge");
  EXPECT_NE(csv.find("\nkz-2024-pilot,0,12345.50," + outcomes[0].segment +
                     ",\"Region, with comma\",robot,61,0.00\n"),
            std::string::npos);
  EXPECT_NE(csv.find("\nkz-pre-robot,0,"), std::string::npos);
  EXPECT_NE(csv.find(",,5.00\n"), std::string::npos);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5);
}

}  // namespace
}  // namespace bailiff::study
