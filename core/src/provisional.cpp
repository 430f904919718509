#include "bailiff/provisional.hpp"

#include <algorithm>

namespace bailiff {

std::vector<ProvisionalNote> provisional_notes(const Calendar& calendar,
                                               std::span<const Policy* const> policies,
                                               Date latest) {
  std::vector<ProvisionalNote> notes;
  const std::int32_t last_year = to_ymd(latest).year;
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

}  // namespace bailiff
