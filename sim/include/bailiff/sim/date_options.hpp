#pragma once
/// \file The dates a front door takes as text (a horizon, a report period), read with one
/// error wording whether they came from the command line or from Python.

#include <optional>
#include <string>

#include "bailiff/date.hpp"
#include "bailiff/sim/report_period.hpp"

namespace bailiff::sim {

/// A horizon typed as "YYYY-MM-DD": nullopt when \p text is empty; InputError
/// `SOURCE:OPTION: horizon: expected a date YYYY-MM-DD, found TEXT` when it is not a date
/// (\p source e.g. "(command line)", \p option e.g. "--horizon").
std::optional<Date> parse_horizon(const std::string& text, const std::string& source,
                                  const std::string& option);

/// A report period typed as "FROM..TO": nullopt when \p text is empty; InputError naming
/// \p source and \p option when it is not two dates with FROM on or before TO.
std::optional<DateWindow> parse_report_period(const std::string& text, const std::string& source,
                                              const std::string& option);

}  // namespace bailiff::sim
