#pragma once
/// \file The languages every report and the page can be read in.

#include <optional>
#include <string>
#include <string_view>

#include "bailiff/policy.hpp"

namespace bailiff::report {

/// Russian, Kazakh and English.
enum class Language { kRu, kKk, kEn };

/// Every language, in the order the page offers them.
inline constexpr Language kLanguages[] = {Language::kRu, Language::kKk, Language::kEn};

/// "ru", "kk", "en".
const char* language_code(Language language);

/// The language of a code ("ru", "kk", "en"); nullopt for any other text.
std::optional<Language> parse_language(std::string_view code);

/// A policy file's \p text in \p language (empty when the file gives none).
const std::string& in_language(const TranslatedText& text, Language language);

}  // namespace bailiff::report
