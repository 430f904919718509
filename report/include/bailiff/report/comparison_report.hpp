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

/// One headline figure: its value in the seeded run and its 90% interval over replications.
struct Figure {
  std::int64_t value = 0;  ///< tiyn for money, count for cases
  std::int64_t p05 = 0;    ///< 5th percentile over replications (nearest rank)
  std::int64_t p95 = 0;    ///< 95th percentile over replications (nearest rank)
};

/// The headline figures of one policy's runs.
struct Headline {
  std::int64_t cases = 0;
  Figure paid;
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
