#pragma once
/// \file The page's language, switchable at run time; its strings come from report's one
/// message table.

#include <string_view>

#include "bailiff/report/language.hpp"
#include "bailiff/report/messages.hpp"

namespace bailiff::web {

using report::Language;

/// Set / get the page's current language.
void set_language(Language language);
Language language();

/// The message \p key in the current language (the key itself when missing, so a missing
/// translation shows rather than crashes).
inline const char* tr(std::string_view key) { return report::message(key, language()); }

}  // namespace bailiff::web
