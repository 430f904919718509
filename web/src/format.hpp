#pragma once
/// \file The page's numbers: report's one formatting, in the page's current language and the
/// screen style (no-break spaces, so a figure never wraps).

#include <cstdint>
#include <ctime>
#include <string>

#include "bailiff/date.hpp"
#include "bailiff/report/format.hpp"
#include "i18n.hpp"

namespace bailiff::web {

/// Today's date on the reader's clock (UTC): the dated value in force, the brief's date.
inline Date today() { return Date{static_cast<std::int32_t>(std::time(nullptr) / 86'400)}; }

/// The screen style of the current language.
inline report::NumberStyle screen() { return report::screen_numbers(language()); }

/// "25 430 892 202 ₸" from tiyn, rounded to the tenge.
inline std::string tenge(std::int64_t tiyn) { return report::whole_tenge(tiyn, screen()); }
/// "25,4 млрд ₸" / "25.4 bn ₸": compact, for axes and tight cells.
inline std::string tenge_compact(std::int64_t tiyn) { return report::compact_tenge(tiyn, language(), screen()); }
/// "1 000 000".
inline std::string count(std::int64_t value) { return report::grouped(value, screen()); }
/// "90,6%" from a ratio of integers, one decimal; "—" without a denominator.
inline std::string percent(std::int64_t numerator, std::int64_t denominator) {
  return report::percent(numerator, denominator, 1, screen());
}

}  // namespace bailiff::web
