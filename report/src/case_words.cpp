// A case's region, article and payments in the reader's language (report/case_words.hpp).

#include "bailiff/report/case_words.hpp"

#include <cctype>

#include "bailiff/report/format.hpp"
#include "bailiff/report/messages.hpp"
#include "bailiff/safe_text.hpp"
#include "bailiff/sim/region_names.hpp"

namespace bailiff::report {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  return true;
}

/// "592 p.1" split into article "592" and part "1"; false for any other text.
bool split_part(std::string_view text, std::string_view& article, std::string_view& part) {
  const std::size_t mark = text.find(" p.");
  if (mark == std::string_view::npos) return false;
  article = text.substr(0, mark);
  part = text.substr(mark + 3);
  return all_digits(article) && all_digits(part);
}

}  // namespace

std::string region_words(std::string_view region, Language language) {
  if (language != Language::kEn) {
    if (const auto names = sim::RegionNames::shipped().names_of(region)) {
      return language == Language::kRu ? names->russian : names->kazakh;
    }
  }
  return printable(region);
}

std::string policy_words(std::string_view id, std::string_view title, Language language) {
  if (language != Language::kEn) {
    const std::string key = "policy.name." + std::string(id);
    if (const std::string_view name = message(key, language); name != key) return std::string(name);
  }
  return printable(title);
}

std::string article_words(std::string_view article, Language language) {
  std::string_view number, part;
  if (language != Language::kEn && split_part(article, number, part)) {
    return fill("case.article.part", language,
                {{"article", std::string(number)}, {"part", std::string(part)}});
  }
  return fill("case.article", language, {{"article", printable(article)}});
}

std::string payments_words(const Fine& fine, Language language) {
  const NumberStyle numbers = text_numbers(language);
  std::string out;
  for (const Payment& p : fine.payments) {
    out += (out.empty() ? "" : "; ") + long_date(p.date, language) + ": " + tenge(p.amount, numbers);
  }
  return out.empty() ? message("explain.payments.none", language) : out;
}

std::string unapplied_words(Tiyn recorded, Tiyn applied, Language language) {
  if (recorded <= applied) return "";
  const NumberStyle numbers = text_numbers(language);
  return fill("explain.unapplied", language,
              {{"recorded", tenge(recorded, numbers)}, {"excess", tenge(recorded - applied, numbers)}});
}

}  // namespace bailiff::report
