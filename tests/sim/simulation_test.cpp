// The simulation: determinism across threads, common random numbers between a policy and
// its baseline, pinned audit roots (checked natively and under node), bad inputs.

#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "bailiff/sim/comparison_run.hpp"
#include "../support/fixtures.hpp"
#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {

using namespace ::bailiff::report;
namespace {

using test::threads;

ScenarioChoice taraz(std::uint64_t cases) {
  ScenarioChoice choice;
  choice.policy = "kz-2024-pilot";
  choice.baseline = "kz-pre-robot";
  choice.population = "synthetic:taraz-pilot";
  choice.cases = cases;
  return choice;
}

ScenarioChoice national(std::uint64_t cases) {
  ScenarioChoice choice;
  choice.cases = cases;
  return choice;
}

constexpr auto kDiscount = static_cast<std::size_t>(PayStage::kDiscount);
constexpr auto kVoluntary = static_cast<std::size_t>(PayStage::kVoluntary);
constexpr auto kOverdue = static_cast<std::size_t>(PayStage::kOverdue);
constexpr auto kRobot = static_cast<std::size_t>(PayStage::kRobot);

TEST(Simulation, SameResultForAnyNumberOfThreads) {
#ifdef __EMSCRIPTEN__
  GTEST_SKIP() << "the WebAssembly build runs one thread";
#endif
  const Scenario scenario = load_scenario(national(30'000));
  const std::string one = comparison_json(scenario, run_comparison(scenario, 7, 2, threads(1), {}));
  EXPECT_EQ(one, comparison_json(scenario, run_comparison(scenario, 7, 2, threads(2), {})));
  EXPECT_EQ(one, comparison_json(scenario, run_comparison(scenario, 7, 2, threads(3), {})));
}

TEST(Simulation, PolicyAndBaselineShareTheStagesBeforeReferral) {
  // Common random numbers: the same fines, debtors and draws under both policies, so every
  // payment before the referral is identical; only enforcement differs.
  const Scenario scenario = load_scenario(national(20'000));
  const Comparison c = run_comparison(scenario, 11, 1, threads(1), {});
  const Metrics& a = c.policy_runs[0].metrics;
  const Metrics& b = c.baseline_runs[0].metrics;
  for (std::size_t stage : {kDiscount, kVoluntary, kOverdue}) {
    EXPECT_EQ(a.paid_by_stage[stage], b.paid_by_stage[stage]) << stage;
    EXPECT_EQ(a.collected_by_stage[stage], b.collected_by_stage[stage]) << stage;
  }
  EXPECT_GT(a.proceedings_opened, 0);
  EXPECT_EQ(b.proceedings_opened, 0);
  EXPECT_EQ(b.paid_by_stage[kRobot], 0);
  EXPECT_EQ(a.notices_sms, a.proceedings_opened);
  EXPECT_EQ(a.notices_egov, a.proceedings_opened);
  EXPECT_EQ(a.accounts_arrested, a.proceedings_opened);
  EXPECT_LT(a.handed_to_bailiff, b.handed_to_bailiff);
}

TEST(Simulation, PilotSendsSmsOnlyAndNoArrest) {
  const Scenario scenario = load_scenario(taraz(20'000));
  const Comparison c = run_comparison(scenario, 3, 1, threads(1), {});
  const Metrics& m = c.policy_runs[0].metrics;
  EXPECT_GT(m.proceedings_opened, 0);
  EXPECT_EQ(m.notices_sms, m.proceedings_opened);
  EXPECT_EQ(m.notices_egov, 0);
  EXPECT_EQ(m.accounts_arrested, 0);
}

TEST(Simulation, TotalsAddUpAcrossGroupsAndSeries) {
  const Scenario scenario = load_scenario(national(10'000));
  const Comparison c = run_comparison(scenario, 5, 1, threads(1), {});
  const Metrics& m = c.policy_runs[0].metrics;
  GroupTotals regions, segments;
  for (const GroupTotals& g : m.by_region) regions.add(g);
  for (const GroupTotals& g : m.by_segment) segments.add(g);
  std::int64_t by_day = 0;
  for (std::int64_t v : m.paid_by_day) by_day += v;
  EXPECT_EQ(regions.cases, m.cases);
  EXPECT_EQ(segments.cases, m.cases);
  EXPECT_EQ(regions.paid, m.paid());
  EXPECT_EQ(segments.paid, m.paid());
  EXPECT_EQ(by_day, m.paid());
  EXPECT_EQ(regions.collected, m.collected());
  EXPECT_EQ(regions.fees, m.fees_paid);
  EXPECT_EQ(regions.handed, m.handed_to_bailiff);
}

TEST(Simulation, ReplicationsUseDerivedSeedsAndGiveIntervals) {
  EXPECT_EQ(replication_seed(42, 0), 42u);
  EXPECT_NE(replication_seed(42, 1), replication_seed(42, 2));
  const Scenario scenario = load_scenario(national(5'000));
  const ComparisonSummary s = summarise(run_comparison(scenario, 42, 5, threads(1), {}));
  EXPECT_LE(s.policy.paid.p05, s.policy.paid.value);
  EXPECT_GE(s.policy.paid.p95, s.policy.paid.value);
  EXPECT_LT(s.policy.paid.p05, s.policy.paid.p95);
}

TEST(Simulation, GoldenAuditRootsNativeAndWasm) {
  // Pinned: the same bytes must come out of g++ and em++ builds (this test runs under both).
  const Scenario scenario = load_scenario(national(50'000));
  const Comparison c = run_comparison(scenario, 20240820, 1, threads(1), {});
  EXPECT_EQ(to_hex(c.policy_runs[0].audit_root), "3e94d6ad1b1db5ba8530b00de60f74c9d76620cc493cb02027881f1c32cee121");
  EXPECT_EQ(to_hex(c.baseline_runs[0].audit_root), "a0d4c593774744d4e8d5cc90c6eb65d5cf44e1802d41940c9451ec3a389b0937");
  EXPECT_EQ(c.policy_runs[0].metrics.paid(), 48023);
  EXPECT_EQ(c.policy_runs[0].metrics.fees_paid, 2677790300);
}

// The default horizon is the last day of the calendar's last final year, so adding the
// provisional 2027 moves no default result; a horizon inside 2027 is accepted when asked for.
TEST(Simulation, DefaultHorizonIsTheEndOfTheLastFinalYear) {
  EXPECT_EQ(load_scenario(national(10)).horizon, from_ymd(2026, 12, 31));
  ScenarioChoice into_2027 = national(10);
  into_2027.horizon = from_ymd(2027, 12, 31);
  EXPECT_EQ(load_scenario(into_2027).horizon, from_ymd(2027, 12, 31));
}

TEST(Simulation, RefusesBadScenarios) {
  ScenarioChoice unknown = national(10);
  unknown.population = "synthetic:atlantis";
  try {
    load_scenario(unknown);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("national"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("taraz-pilot"), std::string::npos) << e.what();
  }
  ScenarioChoice kind = national(10);
  kind.population = "census:national";
  EXPECT_THROW(load_scenario(kind), InputError);
  ScenarioChoice policy = national(10);
  policy.policy = "kz-1999";
  EXPECT_THROW(load_scenario(policy), InputError);
  ScenarioChoice beyond = national(10);
  beyond.horizon = from_ymd(2028, 1, 1);
  try {
    load_scenario(beyond);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_EQ(std::string(e.what()),
              "horizon 2028-01-01 is beyond calendar embedded:calendars/kz.json (last day "
              "2027-12-31)");
  }
  ScenarioChoice early = national(10);
  early.horizon = from_ymd(2025, 6, 30);
  EXPECT_THROW(load_scenario(early), DomainError);
}

/// A one-segment behaviour file with the given share and discount-stage hazard.
std::string one_segment(const std::string& share_ppm, const std::string& discount_ppm) {
  return R"({"behaviour": "x", "title": "t", "notice_decay_ppm": 500000,
    "segments": [{"name": "a", "share_ppm": )" + share_ppm +
         R"(, "sms_reach_ppm": 0, "egov_reach_ppm": 0,
      "hazard_ppm": {"discount": )" + discount_ppm +
         R"(, "voluntary": 0, "overdue": 0, "robot": 0, "bailiff": 0},
      "deadline_bump_ppm": 0, "notice_uplift_ppm": {"sms": 0, "egov_push": 0},
      "arrest_uplift_ppm": 0}]})";
}

TEST(Behaviour, SharesMustSumToOne) {
  try {
    BehaviourParams::parse(one_segment("600000", "0"), "b.json");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "b.json:/segments: share_ppm: expected segment shares summing to 1000000 ppm "
              "(100%), found 600000 ppm");
  }
}

TEST(Behaviour, NegativeOrExcessiveHazardIsRefused) {
  try {
    BehaviourParams::parse(one_segment("1000000", "-5"), "b.json");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "b.json:/segments/0/hazard_ppm/discount: discount: expected an integer from 0 to "
              "1000000, found -5");
  }
  EXPECT_THROW(BehaviourParams::parse(one_segment("1000000", "1000001"), "b.json"), InputError);
}

TEST(Behaviour, WrittenFileReadsBackTheSame) {
  const BehaviourParams p = BehaviourParams::parse(
      std::string(find_embedded("behaviour/default.json")->bytes), "default.json");
  const BehaviourParams q = BehaviourParams::parse(p.to_json(), "written.json");
  EXPECT_EQ(p.to_json(), q.to_json());
  ASSERT_EQ(q.segments.size(), 4u);
  EXPECT_EQ(q.segments[0].name, "prompt");
}

}  // namespace
}  // namespace bailiff::sim
