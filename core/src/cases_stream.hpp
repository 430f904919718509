#pragma once
/// \file The two readers behind parse_cases (cases.hpp): the cases document read front to back
/// into fines without a JSON DOM (the fast path), and the DOM reader that gives every error.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/fine.hpp"

namespace bailiff::detail {

/// True when \p text is 12 ASCII digits: the form of a clear IIN, never taken as a debtor.
bool looks_like_iin(std::string_view text);

/// The fines of the cases document \p bytes when it lies in the subset of JSON the scanner
/// takes (json_scanner.hpp: any whitespace, key order and escapes; amounts as whole tenge or
/// decimal strings) and passes every check of parse_cases; nullopt for any other document,
/// valid or not. parse_cases then reads that document through the DOM reader, which gives the
/// same fines or the exact error: no message depends on this reader. Never throws (but
/// std::bad_alloc).
std::optional<std::vector<Fine>> stream_cases(std::string_view bytes);

/// The cases document \p bytes (named \p file in messages) read through the strict JSON DOM
/// (json_reader.hpp): its fines, or an InputError naming the file, the JSON pointer, the field
/// and what was expected.
std::vector<Fine> parse_cases_document(std::string_view bytes, const std::string& file);

}  // namespace bailiff::detail
