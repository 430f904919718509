#include "bailiff/sim/decide_run.hpp"

#include "bailiff/cases.hpp"
#include "bailiff/error.hpp"

namespace bailiff::sim {
namespace {

InputFile describe(std::string role, const LoadedInput& input) {
  return {std::move(role), input.name, input.bytes, sha256(input.bytes)};
}

}  // namespace

DecideRun run_decide(const LoadedInput& policy, const LoadedInput& calendar,
                     const LoadedInput& cases, std::optional<Date> horizon) {
  DecideRun run{describe("policy", policy),
                describe("calendar", calendar),
                describe("cases", cases),
                Policy::parse(policy.bytes, policy.name),
                Calendar::parse(calendar.bytes, calendar.name),
                {},
                parse_cases(cases.bytes, cases.name),
                {},
                {},
                {},
                {},
                {}};
  run.horizon = horizon.value_or(run.calendar.last_final_day());
  const Engine engine(run.policy, run.calendar);
  run.timelines.reserve(run.fines.size());
  run.states.reserve(run.fines.size());
  for (const Fine& fine : run.fines) {
    try {
      CaseRun decided = engine.run(fine, run.horizon);
      run.timelines.push_back(std::move(decided.decisions));
      run.states.push_back(decided.state);
    } catch (const DomainError& e) {
      throw DomainError(cases.name + ": case " + fine.id + ": " + e.what());
    }
    run.case_digests.push_back(case_digest(fine.id, run.timelines.back()));
  }
  run.header = {kEngineVersion, run.policy_file.sha256, run.calendar_file.sha256,
                run.cases_file.sha256, 0, run.fines.size()};
  run.root = run_root_of_cases(run.header, run.case_digests);
  return run;
}

}  // namespace bailiff::sim
