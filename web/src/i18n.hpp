#pragma once
/// \file The page's strings in Russian, Kazakh and English: one table, switchable at run time.

#include <string_view>

namespace bailiff::web {

/// The page's languages.
enum class Language { kRu, kKk, kEn };

/// Set / get the current language.
void set_language(Language language);
Language language();

/// "ru", "kk", "en".
const char* language_code(Language language);
/// Parse "ru"/"kk"/"en"; false when unknown.
bool parse_language(std::string_view code, Language& out);

/// The string \p key in the current language (the key itself when missing, so a missing
/// translation shows rather than crashes).
const char* tr(std::string_view key);
/// The string \p key in \p language.
const char* tr(std::string_view key, Language language);

}  // namespace bailiff::web
