#include "json_scanner.hpp"

namespace bailiff::detail {

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
    if (c == '\\' || c < 0x20) return std::nullopt;
    if (c < 0x80) {
      ++at_;
    } else if (!multibyte_character()) {
      return std::nullopt;
    }
  }
  return std::nullopt;
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
