#pragma once
/// \file `bailiff diff`: the same cases under two policies, case by case: the first step
/// whose decision changed, each side's outcome and the fee difference, with a summary by
/// kind of change ("paid inside the robot window instead of paying a 25% fee").

#include <optional>
#include <string>
#include <vector>

#include "bailiff/outcome.hpp"
#include "bailiff/provisional.hpp"
#include "bailiff/sim/decide_run.hpp"

namespace bailiff::report {

/// One case compared.
struct CaseDiff {
  std::string id;
  bool changed = false;
  std::size_t first_step = 0;  ///< index of the first differing step (when changed)
  std::optional<Decision> step_a, step_b;  ///< the steps there (absent: that timeline ended)
  CaseOutcome a, b;
  Tiyn fee_delta = 0;  ///< a.fee_paid - b.fee_paid
};

/// One line of the summary: every changed case with the same pair of outcomes.
struct ChangeKind {
  Outcome a{}, b{};
  bool same_outcome = false;
  std::string text;  ///< "paid inside the robot window instead of paying a 25% fee"
  std::uint64_t cases = 0;
  Tiyn fee_delta = 0;
  Tiyn paid_delta = 0;
};

/// The comparison of two runs over the same cases.
struct PolicyDiff {
  std::string policy_a, title_a, policy_b, title_b, cases_file;
  Date horizon;
  /// What the dates up to the horizon rely on that no law sets yet (empty inside final years).
  std::vector<ProvisionalNote> provisional;
  std::vector<CaseDiff> cases;
  std::vector<ChangeKind> kinds;  ///< by decreasing count, then text
  std::uint64_t unchanged = 0;
  Tiyn fee_delta = 0;
};

/// Compare two runs of the same cases file (throws DomainError if the cases differ).
PolicyDiff diff_policies(const sim::DecideRun& a, const sim::DecideRun& b);

/// The readable comparison.
std::string policy_diff_text(const PolicyDiff& diff);

/// The machine form (JSON).
std::string policy_diff_json(const PolicyDiff& diff);

}  // namespace bailiff::report
