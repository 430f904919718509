#pragma once
/// \file `bailiff explain`: one case's timeline in plain Russian, Kazakh or English, each
/// step with its date, amounts in tenge, the rule id and the legal article behind it.

#include <string>
#include <string_view>
#include <vector>

#include "bailiff/audit/case_evidence.hpp"
#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// One explained step.
struct ExplainedStep {
  DecodedDecision decision;
  /// The policy's reference for the step's parameter on its date, as logged.
  std::string legal_basis;
  /// The act and article behind the step in the chosen language, from the policy file's
  /// `basis` of the step's parameter (its reference when the file gives none).
  std::string basis;
  std::string text;         ///< the sentence in the chosen language
  /// What the step hinges on that no source settles (an assumed day, the assumed 2027 MRP,
  /// the reading of acts on non-working days): each printed on its own line.
  std::vector<ProvisionalNote> notes;
};

/// One case explained.
struct Explanation {
  Language language = Language::kEn;
  std::string policy_id, policy_title;
  Fine fine;
  Date horizon;
  std::vector<ExplainedStep> steps;
  std::string outcome;  ///< one sentence
  /// What the steps did not apply of the recorded payments (an overpayment, or a payment
  /// after the close) and that its return is not modelled; empty when all was applied.
  std::string unapplied;
  /// For a case open at the horizon with a next step: that step and its date (or why it
  /// cannot be dated), as decide reports it; empty otherwise.
  std::string next_step;
  std::string source;   ///< where the decisions come from (and whether the replay agrees)
  /// What the dates up to the horizon rely on that no law sets yet (empty inside final years).
  std::vector<ProvisionalNote> provisional;
};

/// The words for one case's evidence.
Explanation explain(const audit::CaseEvidence& evidence, Language language);

/// Explain case \p case_id of a decide run (decisions replayed from policy and cases).
/// Throws InputError naming the cases file when the case is not in it.
Explanation explain_from_run(const sim::DecideRun& run, std::string_view case_id, Language language);

/// Explain case \p case_id of a decide bundle from its logged decisions; the case is also
/// replayed from the embedded inputs and the source line says whether both agree.
Explanation explain_from_bundle(std::string_view bytes, const std::string& file,
                                std::string_view case_id, Language language);

/// The readable explanation.
std::string explanation_text(const Explanation& e);

/// The machine form (JSON).
std::string explanation_json(const Explanation& e);

}  // namespace bailiff::report
