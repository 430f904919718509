#include "bailiff/byte_codec.hpp"

namespace bailiff {

char hex_digit(unsigned nibble, HexCase letters) {
  static constexpr char kLower[] = "0123456789abcdef";
  static constexpr char kUpper[] = "0123456789ABCDEF";
  return (letters == HexCase::kUpper ? kUpper : kLower)[nibble & 15u];
}

std::string hex_digits(std::uint64_t value, int count, HexCase letters) {
  std::string out;
  for (int shift = 4 * (count - 1); shift >= 0; shift -= 4) {
    out.push_back(hex_digit(static_cast<unsigned>(value >> shift), letters));
  }
  return out;
}

std::string hex_encode(std::span<const std::uint8_t> bytes) {
  std::string out(2 * bytes.size(), '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    out[2 * i] = hex_digit(bytes[i] >> 4);
    out[2 * i + 1] = hex_digit(bytes[i]);
  }
  return out;
}

int hex_value(char c, HexLetters accepted) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (accepted == HexLetters::kEitherCase && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool hex_decode(std::string_view text, std::span<std::uint8_t> out, HexLetters accepted) {
  if (text.size() != 2 * out.size()) return false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int high = hex_value(text[2 * i], accepted);
    const int low = hex_value(text[2 * i + 1], accepted);
    if (high < 0 || low < 0) return false;
    out[i] = static_cast<std::uint8_t>((high << 4) | low);
  }
  return true;
}

}  // namespace bailiff
