#pragma once
/// \file How a case's region, article and payments read in a language: what `bailiff explain`
/// and the page's case explorer print about a fine before its steps.

#include <string>
#include <string_view>

#include "bailiff/report/language.hpp"
#include "bailiff/fine.hpp"
#include "bailiff/money.hpp"

namespace bailiff::report {

/// \p region in \p language: the shipped region table's Russian or Kazakh name when the table
/// knows the region (data/regions/kz.json), else as written; English as written.
std::string region_words(std::string_view region, Language language);

/// The reference to article \p article of the Code of Administrative Offences in
/// \p language. A case file writes part K of article N as "N p.K" (data/README.md):
/// "ч. 1 ст. 592 КоАП", "ӘҚБтК 592-бабының 1-бөлігі", "art. 592 p.1 of the Code of
/// Administrative Offences"; any other text is printed as written inside the same words.
std::string article_words(std::string_view article, Language language);

/// The title of policy \p id in \p language: for Russian and Kazakh the message table's name
/// of a shipped policy ("Действующий закон (с 20.08.2024)"), since a policy file's title is
/// English; otherwise the file's \p title as written.
std::string policy_words(std::string_view id, std::string_view title, Language language);

/// "4 May 2026: 54,062.50 ₸; ..." (or "none"): a fine's recorded payments in \p language.
std::string payments_words(const Fine& fine, Language language);

/// The sentence on payments the decisions did not apply (\p recorded in all up to the
/// horizon, \p applied by the decisions): more than was due, or paid after the case closed,
/// and that the model does not decide its return. Empty when everything was applied.
std::string unapplied_words(Tiyn recorded, Tiyn applied, Language language);

}  // namespace bailiff::report
