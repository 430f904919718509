#pragma once
/// \file Headline figures of a comparison, with their Monte Carlo intervals, and the
/// readable, JSON and CSV reports built from them. All figures are formed from integer sums.

#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/money.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/report/text.hpp"

namespace bailiff::report {

/// The Ministry's formula for "savings" (sim/metrics.hpp; docs/domain.md section 3).
using sim::kOfficialSavingsRate;

/// One figure over the replications (tiyn for money, a count otherwise): the point is their
/// mean, the interval their 5th to 95th percentiles. Both show Monte Carlo variation only:
/// the behaviour parameters are those of one file, so their uncertainty is not included.
struct Figure {
  std::int64_t value = 0;   ///< the mean over replications, rounded half away from zero
  std::int64_t p05 = 0;     ///< 5th percentile over replications (nearest rank)
  std::int64_t p95 = 0;     ///< 95th percentile over replications (nearest rank)
  std::int64_t seeded = 0;  ///< replication 0, the seeded run whose audit root is printed
  double std_error = 0;     ///< Monte Carlo standard error of the mean (0 for one replication)
};

/// The figure of per-replication \p values, the seeded run's first.
Figure figure_of(std::vector<std::int64_t> values);

/// Below this many replications the 5th and 95th percentiles are the smallest and largest
/// value (nearest rank), and the reports say so.
inline constexpr std::size_t kReplicationsForPercentiles = 20;

/// How every report labels its point and interval, for \p replications replications, which
/// took turns over a behaviour ensemble of \p ensemble_size draws (0: none), each computed by
/// \p method (by the exact method there is no sampling: only the draws differ).
std::string interval_label(std::size_t replications, std::uint32_t ensemble_size,
                           sim::Method method = sim::Method::kMonteCarlo);

/// A share of one run, as its two counts (paid of fines).
struct RunShare {
  std::int64_t part = 0;
  std::int64_t whole = 0;
};

/// The headline figures of one policy's runs.
struct Headline {
  /// The fines counted, their mean over the runs: the population's size, unless the exact
  /// ensemble varies a preset's assumed count (BehaviourParams::population_volume_ppm).
  std::int64_t cases = 0;
  Figure fines;  ///< the fines counted, per run (a point when the count is fixed)
  Figure paid;
  /// The runs at the 5th and 95th percentile (nearest rank) of the paid share, each run's paid
  /// over its own fines (with a fixed count, the runs of paid.p05 and paid.p95).
  RunShare paid_share_p05, paid_share_p95;
  Figure collected;
  Figure fees_paid;
  Figure handed_to_bailiff;
  Figure proceedings_opened;
  Figure notices_sent;
  Figure collected_in_robot;
};

/// Headline figures of a comparison: the policy, the baseline and both savings measures.
struct ComparisonSummary {
  Headline policy;
  Headline baseline;
  Figure fee_avoided_official;        ///< 25% of the policy's collection inside proceedings
  Figure fee_avoided_counterfactual;  ///< baseline fees minus policy fees, same fines
  /// Policy minus baseline per replication, same fines and draws (the Δ of the figures).
  Figure collected_delta, fees_delta, handed_delta;
};

/// Summarise \p comparison.
ComparisonSummary summarise(const sim::Comparison& comparison);

/// The readable report; \p details adds the breakdown by stage, region and segment.
std::string comparison_text(const sim::Scenario& scenario, const sim::Comparison& comparison, bool details);

/// The machine report (JSON).
std::string comparison_json(const sim::Scenario& scenario, const sim::Comparison& comparison);

/// The machine report (CSV: one row per figure and policy).
std::string comparison_csv(const sim::Scenario& scenario, const sim::Comparison& comparison);


}  // namespace bailiff::report
