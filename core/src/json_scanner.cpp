#include "json_scanner.hpp"

namespace bailiff::detail {
namespace {

/// \p text + the UTF-8 bytes of the code point \p cp (below U+110000, not a surrogate).
void append_utf8(std::string& text, std::uint32_t cp) {
  if (cp < 0x80) {
    text.push_back(static_cast<char>(cp));
    return;
  }
  const int continuations = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  static constexpr unsigned char kLead[] = {0, 0xC0, 0xE0, 0xF0};
  text.push_back(static_cast<char>(kLead[continuations] | (cp >> (6 * continuations))));
  for (int shift = 6 * (continuations - 1); shift >= 0; shift -= 6) {
    text.push_back(static_cast<char>(0x80 | ((cp >> shift) & 0x3F)));
  }
}

}  // namespace

std::optional<std::string_view> JsonScanner::string() {
  if (!take('"')) return std::nullopt;
  const char* const start = at_;
  while (at_ != end_) {
    const auto c = static_cast<unsigned char>(*at_);
    if (c == '"') {
      const std::string_view text(start, static_cast<std::size_t>(at_ - start));
      ++at_;
      return text;
    }
    if (c == '\\') return escaped_string(start);
    if (c < 0x20) return std::nullopt;
    if (c < 0x80) {
      ++at_;
    } else if (!multibyte_character()) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> JsonScanner::escaped_string(const char* start) {
  decoded_.assign(start, at_);
  while (at_ != end_) {
    const auto c = static_cast<unsigned char>(*at_);
    if (c == '"') {
      ++at_;
      return std::string_view(decoded_);
    }
    if (c < 0x20) return std::nullopt;
    if (c == '\\') {
      if (!escape()) return std::nullopt;
    } else if (c < 0x80) {
      decoded_.push_back(static_cast<char>(c));
      ++at_;
    } else {
      const char* const character = at_;
      if (!multibyte_character()) return std::nullopt;
      decoded_.append(character, at_);
    }
  }
  return std::nullopt;
}

bool JsonScanner::escape() {
  if (end_ - at_ < 2) return false;
  const char kind = at_[1];
  at_ += 2;
  static constexpr std::string_view kLetters = "\"\\/bfnrt";  // \" \\ \/ \b \f \n \r \t
  static constexpr std::string_view kMeanings = "\"\\/\b\f\n\r\t";
  if (const std::size_t simple = kLetters.find(kind); simple != std::string_view::npos) {
    decoded_.push_back(kMeanings[simple]);
    return true;
  }
  if (kind != 'u') return false;
  std::optional<std::uint32_t> code = code_unit();
  if (!code || (*code >= 0xDC00 && *code <= 0xDFFF)) return false;
  if (*code >= 0xD800 && *code <= 0xDBFF) {  // a high surrogate: its low one must follow
    if (end_ - at_ < 2 || at_[0] != '\\' || at_[1] != 'u') return false;
    at_ += 2;
    const std::optional<std::uint32_t> low = code_unit();
    if (!low || *low < 0xDC00 || *low > 0xDFFF) return false;
    code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
  }
  append_utf8(decoded_, *code);
  return true;
}

std::optional<std::uint32_t> JsonScanner::code_unit() {
  if (end_ - at_ < 4) return std::nullopt;
  std::uint32_t unit = 0;
  for (int i = 0; i < 4; ++i, ++at_) {
    const char c = *at_;
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return std::nullopt;
    unit = unit * 16 + static_cast<std::uint32_t>(digit);
  }
  return unit;
}

bool JsonScanner::multibyte_character() {
  const auto lead = static_cast<unsigned char>(*at_);
  // The first continuation byte's range depends on the lead (RFC 3629, table 3-7 of Unicode):
  // it excludes overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
  int continuations = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuations = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuations = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuations = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return false;
  }
  if (end_ - at_ <= continuations) return false;
  for (int i = 1; i <= continuations; ++i) {
    const auto c = static_cast<unsigned char>(at_[i]);
    if (c < low || c > high) return false;
    low = 0x80;
    high = 0xBF;
  }
  at_ += continuations + 1;
  return true;
}

std::optional<std::uint64_t> JsonScanner::positive_integer(int max_digits) {
  skip_whitespace();
  if (at_ == end_ || *at_ < '1' || *at_ > '9') return std::nullopt;
  std::uint64_t value = 0;
  int digits = 0;
  while (at_ != end_ && *at_ >= '0' && *at_ <= '9') {
    if (++digits > max_digits) return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(*at_ - '0');
    ++at_;
  }
  if (at_ != end_ && (*at_ == '.' || *at_ == 'e' || *at_ == 'E')) return std::nullopt;
  return value;
}

std::optional<bool> JsonScanner::boolean() {
  skip_whitespace();
  const auto rest = static_cast<std::size_t>(end_ - at_);
  if (rest >= 4 && std::string_view(at_, 4) == "true") {
    at_ += 4;
    return true;
  }
  if (rest >= 5 && std::string_view(at_, 5) == "false") {
    at_ += 5;
    return false;
  }
  return std::nullopt;
}

}  // namespace bailiff::detail
