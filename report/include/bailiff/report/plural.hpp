#pragma once
/// \file Plural forms by each language's rules: one function chooses the form of a word after
/// a count, for every report and the page ("1 календарный день", "2 календарных дня",
/// "5 календарных дней"; "1 day", "2 days"; Kazakh keeps the singular after a numeral).

#include <cstdint>
#include <string>
#include <string_view>

#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// The form a word takes after a count.
enum class PluralForm {
  kOne,   ///< ru: 1, 21, 101 (not 11); en: 1; kk: every count
  kFew,   ///< ru: 2-4, 22-24, 102 (not 12-14)
  kMany,  ///< ru: 0, 5-20, 11-14, 25...; en: every count but 1
};

/// The form of a word after \p count in \p language (the sign of \p count is ignored).
PluralForm plural_form(std::int64_t count, Language language);

/// The message \p key in the form for \p count: the row "KEY.one", "KEY.few" or "KEY.many" of
/// the message table (a missing ".few" row falls back to ".many", as English has two forms).
const char* plural(std::string_view key, std::int64_t count, Language language);

}  // namespace bailiff::report
