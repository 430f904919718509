#pragma once
/// \file The reports of `bailiff decide`: each case's timeline, where it stands on the
/// horizon, the inputs' digests and the run root.

#include <string>

#include "bailiff/sim/decide_run.hpp"

namespace bailiff::report {

/// Why the case in \p state is still open on \p horizon, in one English sentence ("the
/// next step (referral) is due on 2027-01-09, after the horizon"); empty when it is closed.
std::string open_reason(const CaseState& state, Date horizon, const Calendar& calendar);

/// The readable report: each case's timeline, then the inputs' digests and the run root.
std::string decide_report_text(const sim::DecideRun& run);

/// The machine report (JSON, fixed key order, integers as tenge strings "123.45").
std::string decide_report_json(const sim::DecideRun& run);

}  // namespace bailiff::report
