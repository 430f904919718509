#include "bailiff/provisional.hpp"

#include <algorithm>

namespace bailiff {

std::vector<ProvisionalNote> provisional_notes(const Calendar& calendar,
                                               std::span<const Policy* const> policies,
                                               Date latest) {
  std::vector<ProvisionalNote> notes;
  const std::int32_t last_year = to_ymd(latest).year;
  for (const AssumedDay& assumed : calendar.assumed_days()) {
    if (assumed.date > latest) break;
    notes.push_back({assumed.date, "calendar " + calendar.name() + ", " + to_iso(assumed.date),
                     assumed.assumption, true});
  }
  for (const ProvisionalYear& year : calendar.provisional_years()) {
    if (year.year > last_year) break;
    for (const std::string& assumption : year.assumptions) {
      notes.push_back({from_ymd(year.year, 1, 1),
                       "calendar " + calendar.name() + ", year " + std::to_string(year.year),
                       assumption});
    }
  }
  for (const Policy* policy : policies) {
    for (const AssumedValue& value : policy->assumed_values()) {
      if (value.from > latest) continue;
      ProvisionalNote note{
          value.from,
          "policy " + policy->id() + ", " + value.parameter + " from " + to_iso(value.from),
          value.assumption};
      const auto same = [&note](const ProvisionalNote& n) {
        return n.source == note.source && n.assumption == note.assumption;
      };
      if (std::none_of(notes.begin(), notes.end(), same)) notes.push_back(std::move(note));
    }
  }
  return notes;
}

std::vector<ProvisionalNote> crossed_days_only(std::vector<ProvisionalNote> notes,
                                               std::span<const CaseSpan> spans) {
  const auto uncrossed = [spans](const ProvisionalNote& note) {
    return note.day && std::none_of(spans.begin(), spans.end(), [&note](const CaseSpan& s) {
             return s.from <= note.from && note.from <= s.to;
           });
  };
  notes.erase(std::remove_if(notes.begin(), notes.end(), uncrossed), notes.end());
  return notes;
}

namespace {

/// Whether decision \p d applies the value of parameter \p name.
bool applies(const Decision& d, std::string_view name) {
  if (name == "mrp") {
    return d.action == Action::kProceedingOpened || d.action == Action::kHandedToPrivateBailiff ||
           d.action == Action::kFeeCharged;
  }
  return Policy::kNames[static_cast<std::size_t>(d.basis_param)] == name;
}

}  // namespace

std::vector<ProvisionalNote> decision_notes(const Decision& d, Date since, const Policy& policy,
                                            const Calendar& calendar) {
  std::vector<ProvisionalNote> notes;
  for (const ProvisionalYear& year : calendar.provisional_years()) {
    if (year.year > to_ymd(d.date).year) break;
    if (year.year < to_ymd(since).year) continue;
    std::string joined;
    for (const std::string& assumption : year.assumptions) {
      joined += (joined.empty() ? "" : "; ") + assumption;
    }
    notes.push_back({from_ymd(year.year, 1, 1),
                     "calendar " + calendar.name() + ", year " + std::to_string(year.year), joined});
  }
  for (const AssumedDay& assumed : calendar.assumed_days()) {
    if (assumed.date >= since && assumed.date <= d.date) {
      notes.push_back({assumed.date, "calendar " + calendar.name() + ", " + to_iso(assumed.date),
                       assumed.assumption, true});
    }
  }
  for (const AssumedValue& value : policy.assumed_values()) {
    if (value.from <= d.date && applies(d, value.parameter)) {
      notes.push_back({value.from,
                       "policy " + policy.id() + ", " + value.parameter + " from " + to_iso(value.from),
                       value.assumption});
    }
  }
  if (d.action == Action::kHandedToPrivateBailiff && d.rule == "bailiff.robot_window_expired") {
    const PolicyRules& rules = policy.at(d.date);
    const bool moved = rules.acts_roll_forward && !calendar.is_working_day(d.date.plus_days(-1));
    if (moved || (!rules.acts_roll_forward && !calendar.is_working_day(d.date))) {
      notes.push_back({d.date,
                       "policy " + policy.id() + ", acts_roll_forward = " +
                           (rules.acts_roll_forward ? "true" : "false"),
                       std::string(rules.basis(Param::kActsRollForward))});
    }
  }
  return notes;
}

}  // namespace bailiff
