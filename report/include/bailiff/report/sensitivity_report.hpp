#pragma once
/// \file The report of `bailiff sensitivity`: a tornado of the headline figures over each
/// behaviour parameter group at its low and high value (sim/sensitivity.hpp), the groups
/// ordered by the swing they cause, as text, CSV or JSON.

#include <string>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/sensitivity.hpp"

namespace bailiff::report {

/// A sensitivity analysis that ran.
struct SensitivityRun {
  const sim::Scenario* base = nullptr;
  sim::SensitivityRanges ranges;
  sim::Comparison central;                 ///< every group at the file's values
  std::vector<sim::Comparison> low, high;  ///< per range, the group at its low and high value
};

/// The readable tornado: per figure, the groups by swing with the figure at each end.
std::string sensitivity_text(const SensitivityRun& run);

/// One row per figure and group: figure, parameter, low and high multipliers, the figure at
/// the low end, at the high end and at the file's values.
std::string sensitivity_csv(const SensitivityRun& run);

/// The same as JSON, with where the ranges come from.
std::string sensitivity_json(const SensitivityRun& run);

}  // namespace bailiff::report
