#pragma once
/// \file Reading a CSV file of records that may hold clear IINs, line by line: RFC 4180
/// fields with their byte columns, values shown in errors without ever showing an IIN, and
/// the IIN column validated and replaced by its keyed pseudonym on its line. Shared by the
/// historical population (historical.cpp) and the recorded enforcement log (study/).

#include <cstddef>
#include <cstdint>
#include <istream>
#include <span>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/hmac.hpp"
#include "bailiff/iin.hpp"

namespace bailiff::sim::csv {

/// No record comes near this; a longer line is a wrong file (a binary, /dev/zero).
inline constexpr std::size_t kMaxLineBytes = 64 * 1024;
/// A UTF-8 byte-order mark, skipped at the start of a file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
/// Shortest key accepted for the IIN pseudonyms: shorter keys can be guessed.
inline constexpr std::size_t kMinIinKeyBytes = 16;

/// One field of a line: its text (quotes removed, "" unescaped) and the 1-based byte column
/// where it starts (the opening quote for a quoted field).
struct Field {
  std::string text;
  std::size_t column = 0;
};

/// Overwrite a buffer that held a clear IIN before it is reused or released.
void scrub(std::string& text);

/// How a value appears after "found" in an error: quoted and shortened; a value with a run
/// of 12 or more digits (possibly an IIN in the wrong column) is never shown.
std::string shown(std::string_view text);

/// "line L, column C".
std::string location(std::uint64_t line, std::size_t column);

/// The 0-based offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t invalid_utf8_at(std::string_view text);

/// Reads a file line by line (LF or CRLF), optionally feeding every byte read to a MAC,
/// and splits lines into fields.
class LineReader {
 public:
  /// Reads \p in, named \p file in errors; \p hasher (may be null) receives every byte.
  LineReader(const std::string& file, std::istream& in, HmacSha256* hasher)
      : file_(file), in_(in), hasher_(hasher) {}

  /// Reads the next line into \p line (without its LF or CRLF); false at the end of the
  /// file. A line longer than kMaxLineBytes is refused before it is buffered whole.
  bool next(std::string& line);

  /// Number of the line last read (1-based).
  std::uint64_t line_number() const { return line_; }

  /// Splits \p line into \p fields (RFC 4180: a field is either unquoted, without any
  /// quote, or entirely in double quotes with "" for a quote; a field cannot span lines);
  /// \p count receives the number of fields. \p offset is the number of bytes before
  /// \p line on its physical line (a skipped BOM); \p names name the columns in errors.
  void split(std::string_view line, std::size_t offset, std::span<const std::string_view> names,
             std::vector<Field>& fields, std::size_t& count) const;

 private:
  const std::string& file_;
  std::istream& in_;
  HmacSha256* hasher_;
  std::uint64_t line_ = 0;
};

/// Fewest different bytes in a key accepted for the IIN pseudonyms: "aaaaaaaaaaaaaaaa" is
/// 16 bytes long and guessed at once.
inline constexpr std::size_t kMinIinKeyDistinctBytes = 8;

/// What an IIN key must be, for the messages of every door.
inline constexpr std::string_view kIinKeyExpected =
    "a key of at least 16 bytes, at least 8 of them different, for the IIN pseudonyms "
    "(required for csv populations; --iin-key-file FILE or BAILIFF_IIN_KEY keep it off the "
    "command line)";

/// What is wrong with \p key as an IIN key, without showing it ("none", "5 bytes (not
/// shown)", "16 bytes, 1 of them different (not shown)"); nullopt when it will do.
std::optional<std::string> iin_key_problem(std::string_view key);

/// InputError unless \p key will do (iin_key_problem; the key is never shown).
void require_iin_key(const std::string& key);

/// The IIN in \p field (column \p name of line \p line of \p file) replaced by its keyed
/// pseudonym under \p key; the field's text is scrubbed. An invalid IIN is an InputError
/// saying what is wrong without showing the value.
std::string pseudonymise_iin(const std::string& file, std::uint64_t line, Field& field,
                             std::string_view name, std::string_view key);

}  // namespace bailiff::sim::csv
