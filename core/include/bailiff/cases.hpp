#pragma once
/// \file Reading a cases file: fines with their payments (format in data/README.md).

#include <string>
#include <string_view>
#include <vector>

#include "bailiff/fine.hpp"

namespace bailiff {

/// Parse a cases document `{"cases": [...]}`. Throws InputError naming the file, the JSON
/// pointer, the field and what was expected. A debtor given as a clear IIN is refused.
std::vector<Fine> parse_cases(std::string_view bytes, const std::string& file);

}  // namespace bailiff
