#pragma once
/// \file What a result rests on that is not yet law: the provisional years of its calendar
/// and the policy values flagged as assumptions, once the result's dates reach them.

#include <span>
#include <string>
#include <vector>

#include "bailiff/calendar.hpp"
#include "bailiff/date.hpp"
#include "bailiff/policy.hpp"

namespace bailiff {

/// One assumption a result relies on, for the reports.
struct ProvisionalNote {
  Date from;           ///< the first day it applies: 1 January of the year, the value's date
  std::string source;  ///< "calendar kz, year 2027" or "policy kz-2024-08-20, mrp from 2027-01-01"
  std::string assumption;  ///< the sentence from the input file
};

/// The assumptions behind a result whose dates run up to \p latest: each assumption of every
/// provisional year of \p calendar on or before \p latest's year, then each value of each
/// policy in \p policies flagged as an assumption that takes effect on or before \p latest
/// (the same note from two policies is reported once). Empty when \p latest precedes all.
std::vector<ProvisionalNote> provisional_notes(const Calendar& calendar,
                                               std::span<const Policy* const> policies,
                                               Date latest);

}  // namespace bailiff
