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

/// One input file as the run read it: what it is for, where it came from, its exact bytes
/// and their digest (so that a bundle embeds what was decided, never a second read).
struct InputFile {
  std::string role;   ///< "policy", "calendar", "cases"
  std::string name;   ///< path or "embedded:..."
  std::string bytes;  ///< the bytes parsed
  Digest sha256{};    ///< SHA-256 of bytes
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

/// Parse the three inputs and decide every case up to \p horizon (default: the last day of
/// the calendar's last final year, Calendar::last_final_day()). Throws InputError on a malformed
/// input, DomainError (naming the case) when a case leaves the calendar or the policy's dated
/// range.
DecideRun run_decide(const LoadedInput& policy, const LoadedInput& calendar,
                     const LoadedInput& cases, std::optional<Date> horizon);

}  // namespace bailiff::sim
