// `simulate --report-period`: events counted by their own date inside a calendar window,
// whatever day each fine entered into force, optionally in one region.

#include <gtest/gtest.h>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {
namespace {

using test::threads;

constexpr std::uint64_t kCases = 40'000;

ScenarioChoice three_years(const char* window, std::string region = "") {
  ScenarioChoice choice;
  choice.population = "synthetic:national-2024-2026";
  choice.cases = kCases;
  choice.report_period = parse_date_window(window);
  choice.region = std::move(region);
  return choice;
}

PeriodCounts period_of(const ScenarioChoice& choice, bool baseline = false) {
  const Comparison c = run_comparison(load_scenario(choice), 20240820, 1, threads(2), {});
  return (baseline ? c.baseline_runs : c.policy_runs).front().metrics.period;
}

void expect_sum(const PeriodCounts& a, const PeriodCounts& b, const PeriodCounts& whole) {
  EXPECT_EQ(a.fines_in_force + b.fines_in_force, whole.fines_in_force);
  EXPECT_EQ(a.imposed + b.imposed, whole.imposed);
  EXPECT_EQ(a.collected + b.collected, whole.collected);
  EXPECT_EQ(a.robot_opened + b.robot_opened, whole.robot_opened);
  EXPECT_EQ(a.robot_completed + b.robot_completed, whole.robot_completed);
  EXPECT_EQ(a.robot_collected + b.robot_collected, whole.robot_collected);
  EXPECT_EQ(a.handed_to_bailiff + b.handed_to_bailiff, whole.handed_to_bailiff);
}

TEST(ReportPeriod, ParsesWindows) {
  const std::optional<DateWindow> w = parse_date_window("2025-01-01..2025-12-31");
  ASSERT_TRUE(w);
  EXPECT_EQ(to_iso(w->from), "2025-01-01");
  EXPECT_EQ(to_iso(w->to), "2025-12-31");
  EXPECT_TRUE(parse_date_window("2025-03-01..2025-03-01"));
  for (const char* bad : {"", "2025-01-01", "2025-01-01..", "..2025-01-01", "2025-02-01..2025-01-31",
                          "2025-01-01...2025-02-01", "2025-13-01..2025-12-31", "2025-01-01-2025-12-31"}) {
    EXPECT_FALSE(parse_date_window(bad)) << bad;
  }
}

TEST(ReportPeriod, PinnedOnASmallPopulation) {
  // Pinned (natively and under node): the 2025 figures of 40,000 fines of 2024-2026.
  const PeriodCounts p = period_of(three_years("2025-01-01..2025-12-31"));
  EXPECT_EQ(p.fines_in_force, 13312);
  EXPECT_EQ(p.imposed, 17076676000);
  EXPECT_EQ(p.collected, 14418584000);
  EXPECT_EQ(p.robot_opened, 1086);
  EXPECT_EQ(p.robot_completed, 260);
  EXPECT_EQ(p.robot_collected, 553212000);
  EXPECT_EQ(p.handed_to_bailiff, 1064);
  // The baseline has no robot: nothing opened or completed by it.
  const PeriodCounts b = period_of(three_years("2025-01-01..2025-12-31"), true);
  EXPECT_EQ(b.robot_opened, 0);
  EXPECT_EQ(b.robot_completed, 0);
  EXPECT_EQ(b.fines_in_force, p.fines_in_force);
  EXPECT_GT(b.handed_to_bailiff, p.handed_to_bailiff);
}

TEST(ReportPeriod, AdjacentWindowsAddUp) {
  expect_sum(period_of(three_years("2024-08-20..2025-03-31")), period_of(three_years("2025-04-01..2025-10-24")),
             period_of(three_years("2024-08-20..2025-10-24")));
}

TEST(ReportPeriod, RegionsAddUpToTheWhole) {
  const Scenario scenario = load_scenario(three_years("2025-01-01..2025-06-30"));
  const std::vector<std::string>& regions = scenario.population->regions();
  PeriodCounts sum;
  for (const std::string& region : regions) sum.add(period_of(three_years("2025-01-01..2025-06-30", region)));
  expect_sum(sum, PeriodCounts{}, period_of(three_years("2025-01-01..2025-06-30")));
}

TEST(ReportPeriod, FinesInForceFollowTheYearlyVolumes) {
  // Equal yearly volumes: each year holds about a third of the fines (binomial sd ~ 94).
  const std::int64_t y2024 = period_of(three_years("2024-01-01..2024-12-31")).fines_in_force;
  const std::int64_t y2025 = period_of(three_years("2025-01-01..2025-12-31")).fines_in_force;
  const std::int64_t y2026 = period_of(three_years("2026-01-01..2026-12-31")).fines_in_force;
  EXPECT_EQ(y2024 + y2025 + y2026, static_cast<std::int64_t>(kCases));
  for (const std::int64_t y : {y2024, y2025, y2026}) EXPECT_NEAR(static_cast<double>(y), kCases / 3.0, 5 * 94.0);
}

TEST(ReportPeriod, NoPeriodCountsNothing) {
  ScenarioChoice choice = three_years("2025-01-01..2025-12-31");
  choice.report_period.reset();
  const PeriodCounts p = period_of(choice);
  EXPECT_EQ(p.fines_in_force, 0);
  EXPECT_EQ(p.robot_opened, 0);
  EXPECT_EQ(p.collected, 0);
}

TEST(ReportPeriod, RefusesWhatItCannotCount) {
  try {
    load_scenario(three_years("2025-01-01..2025-06-30", "Atlantis"));
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.location(), "--region");
    EXPECT_NE(std::string(e.what()).find("Zhambyl"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("found Atlantis"), std::string::npos) << e.what();
  }
  ScenarioChoice region_alone = three_years("2025-01-01..2025-06-30", "Zhambyl");
  region_alone.report_period.reset();
  EXPECT_THROW(load_scenario(region_alone), InputError);
  ScenarioChoice past_horizon = three_years("2026-06-01..2026-12-31");
  past_horizon.population = "synthetic:national";  // fines of 2025 only
  past_horizon.horizon = parse_iso_date("2026-09-30");
  try {
    load_scenario(past_horizon);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_EQ(std::string(e.what()),
              "report period 2026-06-01..2026-12-31 ends after the horizon 2026-09-30: nothing is simulated after it");
  }
}

}  // namespace
}  // namespace bailiff::sim
