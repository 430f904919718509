#pragma once
/// \file The one message table: every sentence and label of the reports and the page, in
/// Russian, Kazakh and English.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// One message in the three languages.
struct MessageRow {
  std::string_view key;
  const char* ru;
  const char* kk;
  const char* en;
};

/// Every row, in the table's order (for the tests of the table).
const std::vector<MessageRow>& message_rows();

/// The message \p key in \p language, as a NUL-terminated string that lives as long as the
/// program; the key itself when the table has no such row (a gap shows, it does not crash).
const char* message(std::string_view key, Language language);

/// A value for a placeholder "{name}" of a message.
struct Placeholder {
  std::string_view name;
  std::string value;
};

/// The message \p key in \p language with each "{name}" replaced by its value, in one pass
/// (a value is never itself expanded); a placeholder without a value stays as written.
std::string fill(std::string_view key, Language language, std::initializer_list<Placeholder> values);

}  // namespace bailiff::report
