#pragma once
/// \file Numbers, money and dates as a reader sees them: the one place they are formatted,
/// for every language and for both media (text reports and the page). All rounding is
/// integer arithmetic, half away from zero, so the words are as reproducible as the figures.

#include <cstdint>
#include <string>
#include <string_view>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"
#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// How numbers are written in one language and medium.
struct NumberStyle {
  std::string_view group;     ///< between groups of three digits
  std::string_view decimal;   ///< before the fraction
  std::string_view space;     ///< between a number and its unit
  std::string_view no_value;  ///< a share whose denominator is not positive
};

/// English text: the style of the command-line reports, which are in English.
inline constexpr NumberStyle kEnglishText{",", ".", " ", "n/a"};

/// Text reports and terminals: "1,234.5" and "n/a" in English; "1 234,5" (an ASCII space)
/// and "—" in Russian and Kazakh.
NumberStyle text_numbers(Language language);

/// The page: as text_numbers, but a no-break space groups digits and precedes units, so a
/// figure never wraps, and "—" marks a share with nothing to divide by in every language.
NumberStyle screen_numbers(Language language);

/// \p value with its digits grouped by three: "15,000,000" / "15 000 000".
std::string grouped(std::int64_t value, const NumberStyle& style);

/// numerator / denominator with \p decimals decimals, rounded half away from zero:
/// decimal(254309, 10, 1) = "25,430.9"; denominator > 0.
std::string decimal(std::int64_t numerator, std::int64_t denominator, int decimals,
                    const NumberStyle& style);

/// 100 * numerator / denominator with \p decimals decimals and "%": "84.1%"; the style's
/// no_value when the denominator is not positive.
std::string percent(std::int64_t numerator, std::int64_t denominator, int decimals,
                    const NumberStyle& style);

/// The exact amount: "19,660.00 ₸" / "19 660,00 ₸".
std::string tenge(Tiyn amount, const NumberStyle& style);

/// Rounded to the tenge: "19,660 ₸".
std::string whole_tenge(Tiyn amount, const NumberStyle& style);

/// Millions of tenge with one decimal, without unit: "25,430.9".
std::string million_tenge(Tiyn amount, const NumberStyle& style);

/// Short for axes and tight cells: "25.4 bn ₸", "912.0 mln ₸" ("млрд", "млн" in Russian and
/// Kazakh); below a million, whole_tenge.
std::string compact_tenge(Tiyn amount, Language language, const NumberStyle& style);

/// \p amount in the unit compact_tenge chooses for \p unit_of (so the bounds of an interval
/// read in the unit of its largest value: "0.7 M ₸ to 1.1 M ₸").
std::string compact_tenge_in(Tiyn amount, Tiyn unit_of, Language language, const NumberStyle& style);

/// A date in words: "3 March 2025", "3 марта 2025 г.", "2025 жылғы 3 наурыз".
std::string long_date(Date date, Language language);

}  // namespace bailiff::report
