#pragma once
/// \file Deciding a file of cases under a policy: the shared back end of `bailiff decide`,
/// the audit commands and the browser's case explorer.

#include <optional>
#include <string>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/calendar.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff::sim {

/// One input file as the run saw it.
struct InputFile {
  std::string name;  ///< path or "embedded:..."
  Digest sha256{};   ///< digest of its bytes
};

/// The result of deciding every case of a cases file.
struct DecideRun {
  InputFile policy_file, calendar_file, cases_file;
  Policy policy;
  Calendar calendar;
  Date horizon;                                  ///< last day simulated
  std::vector<Fine> fines;                       ///< in file order
  std::vector<std::vector<Decision>> timelines;  ///< one per fine
  std::vector<CaseState> states;                 ///< one per fine: where it stands on the horizon
  std::vector<Digest> case_digests;              ///< one per fine
  RunHeader header;
  Digest root{};  ///< run root over header and cases
};

/// Parse the three inputs and decide every case up to \p horizon (default: the calendar's
/// last day). Throws InputError on a malformed input, DomainError (naming the case) when a
/// case leaves the calendar or the policy's dated range.
DecideRun run_decide(const LoadedInput& policy, const LoadedInput& calendar,
                     const LoadedInput& cases, std::optional<Date> horizon);

/// Why the case in \p state is still open on \p horizon, in one English sentence ("the
/// next step (referral) is due on 2027-01-09, after the horizon"); empty when it is closed.
std::string open_reason(const CaseState& state, Date horizon, const Calendar& calendar);

/// The readable report: each case's timeline, then the inputs' digests and the run root.
std::string decide_report_text(const DecideRun& run);

/// The machine report (JSON, fixed key order, integers as tenge strings "123.45").
std::string decide_report_json(const DecideRun& run);

}  // namespace bailiff::sim
