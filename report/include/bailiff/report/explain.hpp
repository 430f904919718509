#pragma once
/// \file `bailiff explain`: one case's timeline in plain language (English or Russian), each
/// step with its date, amounts in tenge, the rule id and the legal article behind it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/provisional.hpp"
#include "bailiff/sim/decide_run.hpp"

namespace bailiff::report {

/// Language of the explanation.
enum class Lang { kEn, kRu };

/// "en" or "ru"; nullopt otherwise.
std::optional<Lang> parse_lang(std::string_view code);

/// One explained step.
struct ExplainedStep {
  DecodedDecision decision;
  std::string legal_basis;  ///< the policy's reference for the step's parameter on its date
  std::string text;         ///< the sentence in the chosen language
};

/// One case explained.
struct Explanation {
  Lang lang = Lang::kEn;
  std::string policy_id, policy_title;
  Fine fine;
  Date horizon;
  std::vector<ExplainedStep> steps;
  std::string outcome;  ///< one sentence
  std::string source;   ///< where the decisions come from (and whether the replay agrees)
  /// What the dates up to the horizon rely on that no law sets yet (empty inside final years).
  std::vector<ProvisionalNote> provisional;
};

/// Explain case \p case_id of a decide run (decisions replayed from policy and cases).
/// Throws InputError naming the cases file when the case is not in it.
Explanation explain_from_run(const sim::DecideRun& run, std::string_view case_id, Lang lang);

/// Explain case \p case_id of a decide bundle from its logged decisions; the case is also
/// replayed from the embedded inputs and the source line says whether both agree.
Explanation explain_from_bundle(std::string_view bytes, const std::string& file,
                                std::string_view case_id, Lang lang);

/// The readable explanation.
std::string explanation_text(const Explanation& e);

/// The machine form (JSON).
std::string explanation_json(const Explanation& e);

/// A date in words: "3 March 2025" / "3 марта 2025 г.".
std::string date_in_words(Date date, Lang lang);

/// An amount: "19,660.00 ₸" / "19 660,00 ₸".
std::string amount_in_words(Tiyn amount, Lang lang);

/// A decision as decoded from the log, from an engine decision.
DecodedDecision decoded(std::string_view case_id, std::uint32_t seq, const Decision& d);

}  // namespace bailiff::report
