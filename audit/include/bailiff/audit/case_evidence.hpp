#pragma once
/// \file One case's evidence, for `bailiff explain`: its fine, its decisions (replayed from a
/// decide run, or as logged in a bundle and checked against a replay of that case) and the
/// policy whose references name each decision's legal basis. The words are report's.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/provisional.hpp"
#include "bailiff/sim/decide_run.hpp"

namespace bailiff::audit {

/// How a bundle's logged decisions of a case compare with a replay of that case.
enum class ReplayAgreement {
  kNotFromBundle,  ///< the decisions are a replay (a decide run): nothing to compare
  kSame,           ///< the log and the replay give the same records
  kDiffers,        ///< they differ from step first_difference on
  kNotLogged,      ///< the log has no decision of the case
};

/// One case and where its decisions come from.
struct CaseEvidence {
  Policy policy;
  Fine fine;
  Date horizon;
  std::vector<DecodedDecision> decisions;
  std::vector<std::string> sources;  ///< the input names (run) or the bundle's file name
  ReplayAgreement agreement = ReplayAgreement::kNotFromBundle;
  std::size_t first_difference = 0;  ///< 0-based step where the log and the replay part
  /// What the case's dates rely on that no law sets yet: up to the horizon, or to its next
  /// step when that is later; an assumed day only when the case's dates run over it.
  std::vector<ProvisionalNote> provisional;
  /// Per decision, what it hinges on that no source settles (decision_notes).
  std::vector<std::vector<ProvisionalNote>> step_notes;
  CaseState at_horizon;    ///< the case's state at the horizon, replayed
  Date calendar_last_day;  ///< the last day the calendar can date
};

/// The decision record of an engine decision, as the log's decoder gives it.
DecodedDecision as_decoded(std::string_view case_id, std::uint32_t seq, const Decision& decision);

/// Case \p case_id of a decide run. Throws InputError naming the cases file (and the first
/// case ids it holds) when the case is not in it.
CaseEvidence case_from_run(const sim::DecideRun& run, std::string_view case_id);

/// Case \p case_id of a decide bundle \p bytes (read from \p file): its logged decisions,
/// compared with a replay of the case from the bundle's embedded inputs. Throws InputError
/// when the bundle cannot be read or has no such case.
CaseEvidence case_from_bundle(std::string_view bytes, const std::string& file, std::string_view case_id);

}  // namespace bailiff::audit
