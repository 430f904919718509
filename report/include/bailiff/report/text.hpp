#pragma once
/// \file What the plain-text reports share: the number formatting (format.hpp) and padding
/// that counts code points, so Cyrillic columns line up like ASCII ones.

#include <cstddef>
#include <string>

#include "bailiff/report/format.hpp"

namespace bailiff::report {

/// \p text padded with spaces to \p width code points (UTF-8); longer text is left as is.
std::string pad_right(std::string text, std::size_t width);

}  // namespace bailiff::report
