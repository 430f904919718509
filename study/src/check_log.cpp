// A whole log's check: cases streamed one at a time through check_case.

#include "bailiff/study/record_check.hpp"

namespace bailiff::study {

CheckResult check_log(RecordLogReader& log, const Policy& policy, const Calendar& calendar,
                      const CheckOptions& options, Date as_of, const FindingSink& sink,
                      const CaseSink& cases) {
  CheckResult result;
  result.log = log.name();
  result.format = log.format();
  result.policy = policy.id();
  result.as_of = as_of;
  result.options = options;
  const Engine engine(policy, calendar);
  RecordedCase c;
  while (log.next(c)) {
    ++result.cases;
    result.events += c.events.size();
    std::vector<Finding> found = check_case(c, engine, options, as_of);
    if (cases) cases(c, found);
    if (found.empty()) continue;
    ++result.cases_with_finding;
    for (Finding& f : found) {
      if (f.charged)
        result.charged_without_basis = checked_add(result.charged_without_basis, f.at_stake);
      if (sink) {
        sink(f);
      } else {
        result.findings.push_back(std::move(f));
      }
    }
  }
  return result;
}

Date latest_date(RecordLogReader& log) {
  Date latest;
  bool any = false;
  RecordedCase c;
  while (log.next(c)) {
    const Date last = c.events.empty() ? c.fine.in_force : c.events.back().date;
    if (!any || last > latest) latest = last;
    any = true;
  }
  return latest;
}

}  // namespace bailiff::study
