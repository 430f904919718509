#include "bailiff/report/language.hpp"

namespace bailiff::report {

const char* language_code(Language language) {
  switch (language) {
    case Language::kKk: return "kk";
    case Language::kEn: return "en";
    case Language::kRu: break;
  }
  return "ru";
}

std::optional<Language> parse_language(std::string_view code) {
  for (const Language language : kLanguages) {
    if (code == language_code(language)) return language;
  }
  return std::nullopt;
}

const std::string& in_language(const TranslatedText& text, Language language) {
  switch (language) {
    case Language::kRu:
      return text.ru;
    case Language::kKk:
      return text.kk;
    case Language::kEn:
      break;
  }
  return text.en;
}

}  // namespace bailiff::report
