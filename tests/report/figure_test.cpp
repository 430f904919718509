// A figure over replications: the mean as the point, nearest-rank percentiles, the seeded
// run kept apart, the standard error of the mean, and the label every report prints.

#include <gtest/gtest.h>

#include "bailiff/report/comparison_report.hpp"

#include <utility>
#include <vector>

namespace bailiff::report {
namespace {

TEST(Figure, PointIsTheMeanNotTheSeededRun) {
  const Figure f = figure_of({10, 20, 30, 40});
  EXPECT_EQ(f.seeded, 10);
  EXPECT_EQ(f.value, 25);
  EXPECT_EQ(f.p05, 10);  // nearest rank at n = 4: the extremes
  EXPECT_EQ(f.p95, 40);
  // sd = 12.909944..., se = sd / 2
  EXPECT_NEAR(f.std_error, 6.454972243679028, 1e-12);
}

TEST(Figure, MeanRoundsHalfAwayFromZero) {
  EXPECT_EQ(figure_of({1, 2}).value, 2);     // 1.5
  EXPECT_EQ(figure_of({-1, -2}).value, -2);  // -1.5
  EXPECT_EQ(figure_of({1, 1, 2}).value, 1);  // 1.33
}

TEST(Figure, OneReplicationHasNoStandardError) {
  const Figure f = figure_of({7});
  EXPECT_EQ(f.value, 7);
  EXPECT_EQ(f.p05, 7);
  EXPECT_EQ(f.p95, 7);
  EXPECT_EQ(f.std_error, 0.0);
}

TEST(Figure, PercentilesByNearestRankAtTwentyReplications) {
  std::vector<std::int64_t> values;
  for (std::int64_t v = 20; v >= 1; --v) values.push_back(v);  // seeded run first: 20
  const Figure f = figure_of(values);
  EXPECT_EQ(f.seeded, 20);
  EXPECT_EQ(f.p05, 1);   // rank ceil(0.05 x 20) = 1
  EXPECT_EQ(f.p95, 19);  // rank ceil(0.95 x 20) = 19: no longer the extreme
  EXPECT_EQ(f.value, 11);  // 10.5
}

TEST(Figure, LabelSaysWhatTheIntervalIsAndWhenItIsTheExtremes) {
  EXPECT_EQ(interval_label(1, 0), "point: the mean of 1 replication");
  EXPECT_EQ(interval_label(10, 0),
            "point: the mean of 10 replications; interval: 5th to 95th percentile over them (Monte Carlo "
            "variation only: the behaviour parameters' uncertainty is not included); with fewer than 20 "
            "replications these percentiles are the smallest and largest value");
  EXPECT_EQ(interval_label(20, 0).find("fewer than"), std::string::npos);
}

TEST(Figure, LabelOfAnEnsembleSaysBehaviourUncertaintyIsIncluded) {
  EXPECT_EQ(interval_label(10, 200),
            "point: the mean of 10 replications, replication r simulating draw r mod 200 of the behaviour's "
            "posterior ensemble (10 distinct draws; draw 0 is the calibrated point); interval: 5th to 95th "
            "percentile over them (behaviour uncertainty and Monte Carlo sampling together); with fewer than "
            "20 replications these percentiles are the smallest and largest value");
  EXPECT_NE(interval_label(300, 200).find("(200 distinct draws;"), std::string::npos);
  EXPECT_EQ(interval_label(300, 200).find("fewer than"), std::string::npos);
}

TEST(Figure, LabelOfTheExactMethodSaysThereIsNoSampling) {
  EXPECT_EQ(interval_label(1, 0, sim::Method::kExact),
            "point: the exact expectation (no Monte Carlo sampling); the behaviour parameters' uncertainty is "
            "not included");
  EXPECT_EQ(interval_label(1, 200, sim::Method::kExact), interval_label(1, 0, sim::Method::kExact));
  EXPECT_EQ(interval_label(10, 200, sim::Method::kExact),
            "point: the mean of the exact expectations under 10 draws r mod 200 of the behaviour's posterior "
            "ensemble (10 distinct draws; draw 0 is the calibrated point; no Monte Carlo sampling); interval: "
            "5th to 95th percentile over them (the posterior's uncertainty only: behaviour, roll-out and, for a "
            "preset's own count, the number of fines); with fewer than 20 draws these "
            "percentiles are the smallest and largest value");
  EXPECT_EQ(interval_label(200, 200, sim::Method::kExact).find("fewer than"), std::string::npos);
}

// When the exact ensemble scales a preset's assumed count, every run counts its own fines:
// the paid share's interval is taken over each run's own share, not over the paid counts.
TEST(Figure, PaidShareIntervalIsOverEachRunsOwnShareWhenTheCountVaries) {
  sim::Comparison c;
  c.method = sim::Method::kExact;
  const std::vector<std::pair<std::int64_t, std::int64_t>> runs = {
      {900, 1'000}, {1'000, 1'250}, {760, 800}};  // shares 90%, 80%, 95%
  for (const auto& [paid, cases] : runs) {
    sim::RunResult r;
    r.metrics.cases = cases;
    r.metrics.paid_by_stage[0] = paid;
    c.policy_runs.push_back(r);
    c.baseline_runs.push_back(r);
  }
  const ComparisonSummary s = summarise(c);
  EXPECT_EQ(s.policy.cases, 1'017);  // (1000 + 1250 + 800) / 3, rounded
  EXPECT_EQ(s.policy.fines.p05, 800);
  EXPECT_EQ(s.policy.fines.p95, 1'250);
  // The lowest share is the run of 1,000 paid (80%), though the fewest paid are 760 (95%).
  EXPECT_EQ(s.policy.paid_share_p05.part, 1'000);
  EXPECT_EQ(s.policy.paid_share_p05.whole, 1'250);
  EXPECT_EQ(s.policy.paid_share_p95.part, 760);
  EXPECT_EQ(s.policy.paid_share_p95.whole, 800);
}

}  // namespace
}  // namespace bailiff::report
