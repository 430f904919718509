#pragma once
/// \file Errors raised on bad input: every one names where the bad value is and what was
/// expected, so that a user can fix the file without reading code.

#include <stdexcept>
#include <string>
#include <string_view>

namespace bailiff {

/// \p text with every ASCII control byte (0x00-0x1F, 0x7F) written as `\xNN`, so that text
/// taken from an input file cannot move a terminal's cursor or change its colours when it
/// is printed. Other bytes (UTF-8 included) are kept.
std::string escape_control_bytes(std::string_view text);

/// Bad input in a file the user supplied (policy, calendar, cases, behaviour...).
/// The message reads `FILE:LOCATION: FIELD: expected EXPECTED, found FOUND`.
class InputError : public std::runtime_error {
 public:
  /// \param file      the file's name as the user gave it
  /// \param location  `line N`, `line N, column M` or a JSON pointer such as `/cases/3/in_force`
  /// \param field     the field's name
  /// \param expected  what a valid value looks like
  /// \param found     what was there instead (may be empty)
  /// Control bytes in any part are escaped (escape_control_bytes), and digits that may be an
  /// IIN are not shown (hide_iins, iin.hpp): the message never echoes one.
  InputError(std::string file, std::string location, std::string field, std::string expected,
             std::string found = {});

  const std::string& file() const { return file_; }          ///< The file named.
  const std::string& location() const { return location_; }  ///< Line or JSON pointer.
  const std::string& field() const { return field_; }        ///< The offending field.

 private:
  std::string file_, location_, field_;
};

/// A computation left the domain the engine supports (money overflow, a date outside the
/// calendar's years, a parameter with no value in force): not a crash, a clear refusal.
class DomainError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace bailiff
