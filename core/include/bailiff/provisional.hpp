#pragma once
/// \file What a result rests on that is not yet law: the provisional years of its calendar,
/// its assumed days and the policy values flagged as assumptions, once the result's dates
/// reach them; and, for one decision, the assumptions its own date or amounts hinge on.

#include <span>
#include <string>
#include <vector>

#include "bailiff/calendar.hpp"
#include "bailiff/date.hpp"
#include "bailiff/decision.hpp"
#include "bailiff/policy.hpp"

namespace bailiff {

/// One assumption a result relies on, for the reports.
struct ProvisionalNote {
  Date from;           ///< the first day it applies: 1 January of the year, the value's date
  std::string source;  ///< "calendar kz, year 2027" or "policy kz-2024-08-20, mrp from 2027-01-01"
  std::string assumption;  ///< the sentence from the input file
  bool day = false;        ///< one assumed day of the calendar (AssumedDay), not a year or value
};

/// The assumptions behind a result whose dates run up to \p latest: each assumed day of
/// \p calendar on or before \p latest, each assumption of every provisional year of
/// \p calendar on or before \p latest's year, then each value of each policy in \p policies flagged
/// as an assumption that takes effect on or before \p latest (the same note from two
/// policies is reported once). Empty when \p latest precedes all.
std::vector<ProvisionalNote> provisional_notes(const Calendar& calendar,
                                               std::span<const Policy* const> policies,
                                               Date latest);

/// The dates a decided case's result runs over: from its entry into force to its last
/// decision, or to its next step when it is open at the horizon with a dated one.
struct CaseSpan {
  Date from;
  Date to;
};

/// \p notes without the assumed days (ProvisionalNote::day) that no span of \p spans crosses:
/// a day whose status is assumed matters to decided cases only when their dates run over it.
std::vector<ProvisionalNote> crossed_days_only(std::vector<ProvisionalNote> notes,
                                               std::span<const CaseSpan> spans);

/// What decision \p d of a case decided under \p policy hinges on that no source settles, one
/// note each: a provisional year of \p calendar from \p since's year to the decision's (its
/// assumptions joined by "; "); an assumed day of \p calendar from \p since (the case's previous decision, or
/// its entry into force) to the decision's date; a policy value flagged as an assumption in
/// force on that date that the decision applies (the MRP for a proceeding, a hand-off or a
/// fee; otherwise the parameter of its legal basis); and, for a hand-off after the robot's
/// window that falls on a non-working day or was moved past one, the reading of
/// `acts_roll_forward` in force (source "policy ID, acts_roll_forward = false", the
/// parameter's reference as the sentence).
std::vector<ProvisionalNote> decision_notes(const Decision& d, Date since, const Policy& policy,
                                            const Calendar& calendar);

}  // namespace bailiff
