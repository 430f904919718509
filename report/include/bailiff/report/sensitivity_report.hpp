#pragma once
/// \file The report of `bailiff sensitivity`: a tornado of the headline figures over each
/// behaviour parameter group at its low and high value (study/sensitivity.hpp), the groups
/// ordered by the swing they cause, as text, CSV or JSON.

#include <string>
#include <vector>

#include "bailiff/study/sensitivity_run.hpp"

namespace bailiff::report {

/// The readable tornado: per figure, the groups by swing with the figure at each end.
std::string sensitivity_text(const study::SensitivityResult& run);

/// One row per figure and group: figure, parameter, low and high multipliers, the figure at
/// the low end, at the high end and at the file's values.
std::string sensitivity_csv(const study::SensitivityResult& run);

/// The same as JSON, with where the ranges come from.
std::string sensitivity_json(const study::SensitivityResult& run);

}  // namespace bailiff::report
