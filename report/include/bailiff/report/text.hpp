#pragma once
/// \file What the plain-text reports share: the number formatting (format.hpp), padding
/// that counts code points, so Cyrillic columns line up like ASCII ones, and CSV fields.

#include <cstddef>
#include <string>
#include <string_view>

#include "bailiff/report/format.hpp"

namespace bailiff::report {

/// The number of code points of UTF-8 \p text.
std::size_t display_width(std::string_view text);

/// \p text padded with spaces to \p width code points (UTF-8); longer text is left as is.
std::string pad_right(std::string text, std::size_t width);

/// \p text right-aligned in \p width code points.
std::string pad_left(std::string text, std::size_t width);

/// \p text as one CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma,
/// a quote or a line break.
std::string csv_field(std::string_view text);

}  // namespace bailiff::report
