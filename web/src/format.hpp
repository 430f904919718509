#pragma once
/// \file Numbers as the page shows them: tenge with ₸ and thousands separators (a space in
/// Russian and Kazakh, a comma in English), counts and percentages.

#include <cstdint>
#include <string>

namespace bailiff::web {

/// "25 430 892 202 ₸" from tiyn (rounded half away from zero to the tenge).
std::string tenge(std::int64_t tiyn);
/// "25,4 млрд ₸" / "25.4 bn ₸": compact, for axes and tight cells.
std::string tenge_compact(std::int64_t tiyn);
/// "1 000 000".
std::string count(std::int64_t value);
/// "90,6%" from a ratio of integers, one decimal.
std::string percent(std::int64_t numerator, std::int64_t denominator, int decimals = 1);
/// Digits of \p value grouped by three with the current language's separator.
std::string grouped(std::int64_t value);

}  // namespace bailiff::web
