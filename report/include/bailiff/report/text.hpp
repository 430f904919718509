#pragma once
/// \file Plain-text formatting shared by the readable reports: counts with thousands
/// separators, percentages from integer ratios, and padding that counts code points (so
/// Cyrillic columns line up like ASCII ones).

#include <cstddef>
#include <cstdint>
#include <string>

namespace bailiff::report {

/// "15,000,000".
std::string format_count(std::int64_t value);

/// "84.1%" from a ratio of integers, rounded half up to \p decimals decimals; "n/a" when
/// the denominator is not positive.
std::string format_percent(std::int64_t numerator, std::int64_t denominator, int decimals = 1);

/// \p text padded with spaces to \p width code points (UTF-8); longer text is left as is.
std::string pad_right(std::string text, std::size_t width);

}  // namespace bailiff::report
