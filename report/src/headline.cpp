// The headline sentence of a comparison, from the message table: one clause per figure
// (fees, collection, hand-offs), each chosen by the sign of A - B so that every language
// says "less" or "more" in its own words.

#include "bailiff/report/headline.hpp"

#include <algorithm>
#include <functional>

#include "bailiff/report/messages.hpp"
#include "bailiff/report/plural.hpp"

namespace bailiff::report {
namespace {

/// Formats one amount (money or count) of a clause in the unit fit for \p unit_of, the
/// largest amount of that clause (so a value and its interval share one unit).
using Show = std::function<std::string(std::int64_t amount, std::int64_t unit_of)>;

/// The clause of \p key_prefix ".less", ".more" or ".same" for the difference \p delta, its
/// magnitude in {value} and the interval of that magnitude in {interval}.
std::string clause(std::string_view key_prefix, const Figure& delta, std::size_t replications,
                   Language language, const Show& show, std::string_view noun = {}) {
  const char* direction = delta.value < 0 ? ".less" : delta.value > 0 ? ".more" : ".same";
  const std::int64_t sign = delta.value < 0 ? -1 : 1;
  // The interval of the magnitude: for a fall, the bounds change sides.
  const std::int64_t low = sign < 0 ? -delta.p95 : delta.p05;
  const std::int64_t high = sign < 0 ? -delta.p05 : delta.p95;
  const std::int64_t value = sign * delta.value;
  const std::int64_t largest = std::max({value, low < 0 ? -low : low, high < 0 ? -high : high});
  const std::string interval =
      replications > 1
          ? fill("headline.interval", language, {{"low", show(low, largest)}, {"high", show(high, largest)}})
          : "";
  // The noun after the count in its plural form ("на 6 553 дела меньше").
  const std::string counted = noun.empty() ? "" : plural(noun, value, language);
  return fill(std::string(key_prefix) + direction, language,
              {{"value", show(value, largest)}, {"interval", interval}, {"cases", counted}});
}

}  // namespace

std::string comparison_headline(const ComparisonSummary& summary, std::string_view a,
                                std::string_view b, std::size_t replications, Language language,
                                const NumberStyle& numbers) {
  const Show money = [&](std::int64_t tiyn, std::int64_t unit_of) {
    return compact_tenge_in(tiyn, unit_of, language, numbers);
  };
  const Show cases = [&](std::int64_t n, std::int64_t) { return grouped(n, numbers); };
  return fill(
      "headline", language,
      {{"a", std::string(a)},
       {"b", std::string(b)},
       {"fees", clause("headline.fees", summary.fees_delta, replications, language, money)},
       {"collected",
        clause("headline.collected", summary.collected_delta, replications, language, money)},
       {"handed", clause("headline.handed", summary.handed_delta, replications, language, cases,
                         "noun.case")}});
}

}  // namespace bailiff::report
