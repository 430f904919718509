#pragma once
/// \file A pull scanner over JSON text for the fast path of a reader of one fixed shape
/// (cases_stream.hpp). It reads a strict subset of JSON: strings (escapes decoded as nlohmann
/// decodes them; no control byte, no ill-formed UTF-8), integers from 1 without a sign,
/// fraction or exponent, true and false. It says no (false or nullopt) to anything else, valid
/// JSON or not, and never throws: the reader then hands the whole document to the strict DOM
/// reader (json_reader.hpp), which gives its value or its exact error. So whatever the scanner
/// takes, nlohmann's parser takes too, with the same value (checked against it in
/// tests/core/cases_stream_test.cpp).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bailiff::detail {

/// Reads JSON tokens from a text, front to back, skipping the whitespace between them.
class JsonScanner {
 public:
  /// Scan \p text (not copied: it must outlive the scanner and the views it returns).
  explicit JsonScanner(std::string_view text) : at_(text.data()), end_(text.data() + text.size()) {}

  /// Take \p c when it is the next byte after whitespace.
  bool take(char c) {
    skip_whitespace();
    if (at_ == end_ || *at_ != c) return false;
    ++at_;
    return true;
  }

  /// True when only whitespace is left.
  bool at_end() {
    skip_whitespace();
    return at_ == end_;
  }

  /// The next byte after whitespace without taking it, '\0' at the end.
  char peek() {
    skip_whitespace();
    return at_ == end_ ? '\0' : *at_;
  }

  /// A string without control bytes or ill-formed UTF-8 (nlohmann's rules: the shortest form,
  /// no surrogates, nothing above U+10FFFF), its escapes decoded (a \u surrogate only as the
  /// first of a pair). The view is into the text, or, when the string holds an escape, into the
  /// scanner: valid until the next call of string().
  std::optional<std::string_view> string();

  /// An integer from 1 to 10^max_digits - 1 written without a sign, leading zero, fraction or
  /// exponent (max_digits at most 18).
  std::optional<std::uint64_t> positive_integer(int max_digits);

  /// true or false.
  std::optional<bool> boolean();

 private:
  void skip_whitespace() {
    while (at_ != end_ && (*at_ == ' ' || *at_ == '\n' || *at_ == '\r' || *at_ == '\t')) ++at_;
  }
  /// Take the UTF-8 character of 2 to 4 bytes at at_ (a lead byte); false when ill-formed.
  bool multibyte_character();
  /// The rest of a string from \p start (after its quote), at_ at its first backslash, decoded
  /// into decoded_.
  std::optional<std::string_view> escaped_string(const char* start);
  /// Take the escape at at_ (a backslash) and append what it stands for to decoded_.
  bool escape();
  /// Take 4 hex digits: a UTF-16 code unit.
  std::optional<std::uint32_t> code_unit();

  const char* at_;
  const char* end_;
  std::string decoded_;  ///< the last string that held an escape
};

}  // namespace bailiff::detail
