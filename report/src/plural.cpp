// Plural forms: the CLDR cardinal rules for integers in Russian (one, few, many), English
// (one, other) and Kazakh, whose nouns stay singular after a numeral.

#include "bailiff/report/plural.hpp"

#include "bailiff/report/messages.hpp"

namespace bailiff::report {

PluralForm plural_form(std::int64_t count, Language language) {
  const std::uint64_t n =
      count < 0 ? 0 - static_cast<std::uint64_t>(count) : static_cast<std::uint64_t>(count);
  switch (language) {
    case Language::kKk:
      return PluralForm::kOne;
    case Language::kEn:
      return n == 1 ? PluralForm::kOne : PluralForm::kMany;
    case Language::kRu:
    default: {
      const std::uint64_t last = n % 10, last_two = n % 100;
      if (last == 1 && last_two != 11) return PluralForm::kOne;
      if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return PluralForm::kFew;
      return PluralForm::kMany;
    }
  }
}

const char* plural(std::string_view key, std::int64_t count, Language language) {
  const PluralForm form = plural_form(count, language);
  std::string row(key);
  row += form == PluralForm::kOne ? ".one" : form == PluralForm::kFew ? ".few" : ".many";
  const char* text = message(row, language);
  if (form == PluralForm::kFew && row == text) return message(std::string(key) + ".many", language);
  return text;
}

}  // namespace bailiff::report
