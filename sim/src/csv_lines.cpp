// Reading CSV records that may hold clear IINs (moved from historical.cpp so that the
// recorded enforcement log reads its files with the same rules and messages).

#include "bailiff/sim/csv_lines.hpp"

#include <array>

#include <algorithm>
#include <optional>

#include "bailiff/error.hpp"

namespace bailiff::sim::csv {
namespace {

constexpr std::size_t kShownLimit = 40;
constexpr std::size_t kIinDigits = 12;

// True when `text` contains a run of `min_run` or more ASCII digits.
bool has_digit_run(std::string_view text, std::size_t min_run) {
  std::size_t run = 0;
  for (const char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run >= min_run) return true;
  }
  return false;
}

std::string column_name(std::span<const std::string_view> names, std::size_t count) {
  return count <= names.size() ? std::string(names[count - 1]) : "(extra column)";
}

}  // namespace

void scrub(std::string& text) {
  std::fill(text.begin(), text.end(), '\0');
}

std::string shown(std::string_view text) {
  if (text.empty()) return "an empty field";
  if (has_digit_run(text, kIinDigits)) {
    return std::to_string(text.size()) +
           " characters with 12 or more digits in a row (not shown: it may be an IIN)";
  }
  std::string out = "\"";
  if (text.size() > kShownLimit) {
    out.append(text.substr(0, kShownLimit - 3)).append("...");
  } else {
    out.append(text);
  }
  return out + "\"";
}

std::string location(std::uint64_t line, std::size_t column) {
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    std::uint32_t min = 0, cp = 0;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xE0) == 0xC0) {
      length = 2, min = 0x80, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      length = 3, min = 0x800, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      length = 4, min = 0x10000, cp = b & 0x07;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool LineReader::next(std::string& line) {
  line.clear();
  std::streambuf& buffer = *in_.rdbuf();
  bool line_feed = false;
  for (;;) {
    const int c = buffer.sbumpc();
    if (c == std::char_traits<char>::eof()) break;
    if (c == '\n') {
      line_feed = true;
      break;
    }
    if (line.size() == kMaxLineBytes) {
      throw InputError(file_, "line " + std::to_string(line_ + 1), "(line)",
                       "a line of at most " + std::to_string(kMaxLineBytes) +
                           " bytes ending in a line feed (is this a CSV file?)",
                       "a longer one");
    }
    line.push_back(static_cast<char>(c));
  }
  if (!line_feed && line.empty()) {
    if (in_.bad()) {
      throw InputError(file_, "line " + std::to_string(line_ + 1), "(file)", "a readable file",
                       "a read error");
    }
    return false;
  }
  ++line_;
  if (hasher_ != nullptr) {
    hasher_->update(line);
    if (line_feed) hasher_->update("\n");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

void LineReader::split(std::string_view line, std::size_t offset,
                       std::span<const std::string_view> names, std::vector<Field>& fields,
                       std::size_t& count) const {
  count = 0;
  std::size_t i = 0;
  for (;;) {
    if (count == fields.size()) fields.emplace_back();
    Field& field = fields[count++];
    field.text.clear();
    field.column = offset + i + 1;
    if (i < line.size() && line[i] == '"') {
      ++i;
      for (;;) {
        if (i >= line.size()) {
          throw InputError(file_, location(line_, field.column), column_name(names, count),
                           "a closing double quote before the end of the line (a quoted "
                           "field cannot span lines)",
                           "an unterminated quote");
        }
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field.text.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.text.push_back(line[i++]);
      }
      if (i < line.size() && line[i] != ',') {
        throw InputError(file_, location(line_, offset + i + 1), column_name(names, count),
                         "a comma or the end of the line after a quoted field",
                         "more text after the closing quote");
      }
    } else {
      const std::size_t end = std::min(line.find(',', i), line.size());
      const std::string_view text = line.substr(i, end - i);
      if (text.find('"') != std::string_view::npos) {
        throw InputError(file_, location(line_, field.column), column_name(names, count),
                         "a field without double quotes, or one entirely in double quotes "
                         "with \"\" for a quote",
                         "a double quote inside an unquoted field");
      }
      field.text.assign(text);
      i = end;
    }
    if (i >= line.size()) return;
    ++i;  // the comma
  }
}

std::optional<std::string> iin_key_problem(std::string_view key) {
  if (key.empty()) return "none";
  if (key.size() < kMinIinKeyBytes) return std::to_string(key.size()) + " bytes (not shown)";
  std::array<bool, 256> seen{};
  std::size_t distinct = 0;
  for (const char c : key) {
    bool& mark = seen[static_cast<unsigned char>(c)];
    if (!mark) ++distinct;
    mark = true;
  }
  if (distinct < kMinIinKeyDistinctBytes) {
    return std::to_string(key.size()) + " bytes, " + std::to_string(distinct) +
           " of them different (not shown)";
  }
  return std::nullopt;
}

void require_iin_key(const std::string& key) {
  if (const std::optional<std::string> problem = iin_key_problem(key)) {
    throw InputError("(command line)", "--iin-key", "--iin-key", std::string(kIinKeyExpected), *problem);
  }
}

std::string pseudonymise_iin(const std::string& file, std::uint64_t line, Field& field,
                             std::string_view name, std::string_view key) {
  const std::optional<IinError> error = validate_iin(field.text);
  if (!error) {
    std::string pseudonym = iin_pseudonym(field.text, key);
    scrub(field.text);
    return pseudonym;
  }
  std::string expected(describe(*error));
  constexpr std::string_view kPrefix = "IIN: expected ";
  if (expected.rfind(kPrefix, 0) == 0) expected.erase(0, kPrefix.size());
  const std::size_t n = field.text.size();
  std::string found;
  switch (*error) {
    case IinError::kWrongLength:
      if (n == 0) {
        throw InputError(file, location(line, field.column), std::string(name), "a 12-digit IIN",
                         "an empty field");
      }
      found = std::to_string(n) + (n == 1 ? " character" : " characters");
      break;
    case IinError::kNotDigits:
      found = "12 characters that are not all digits";
      break;
    case IinError::kCheckDigitMismatch:
      found = "12 digits failing the check digit";
      break;
    case IinError::kUncomputableCheckDigit:
      found = "12 digits whose check digit cannot be computed";
      break;
  }
  scrub(field.text);
  throw InputError(file, location(line, field.column), std::string(name),
                   "a 12-digit IIN: " + expected, found + " (value not shown)");
}

}  // namespace bailiff::sim::csv
