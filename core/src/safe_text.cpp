#include "bailiff/safe_text.hpp"

#include <cstdint>

#include "bailiff/byte_codec.hpp"
#include "bailiff/iin.hpp"

namespace bailiff {
namespace {

struct Character {
  std::uint32_t code = 0;
  std::size_t length = 0;  ///< 0: not UTF-8 here
};

// The UTF-8 character at \p at (shortest form only, no surrogates).
Character decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07u;
  } else {
    return {};
  }
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {};
    code = (code << 6) | (byte(at + i) & 0x3Fu);
  }
  if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return {};
  }
  return {code, length};
}

bool is_control(std::uint32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool is_bidi(std::uint32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::optional<std::string> unsafe_character(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII, the usual character
      ++at;
      continue;
    }
    const Character c = decode(text, at);
    if (c.length != 0 && !is_control(c.code) && !is_bidi(c.code)) {
      at += c.length;
      continue;
    }
    const std::string where = " at byte " + std::to_string(at);
    if (c.length == 0)
      return "a byte that is not UTF-8 (0x" +
             hex_digits(static_cast<unsigned char>(text[at]), 2, HexCase::kUpper) + ")" + where;
    if (is_control(c.code))
      return "a control character U+" + hex_digits(c.code, 4, HexCase::kUpper) + where;
    return "a bidirectional formatting character U+" + hex_digits(c.code, 4, HexCase::kUpper) +
           where;
  }
  return std::nullopt;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const Character c = decode(text, at);
    if (c.length == 0) {
      out += "\\x" + hex_digits(static_cast<unsigned char>(text[at]), 2, HexCase::kUpper);
      at += 1;
      continue;
    }
    if (c.code < 0x80 && is_control(c.code)) {
      out += "\\x" + hex_digits(c.code, 2, HexCase::kUpper);
    } else if (is_control(c.code) || is_bidi(c.code)) {
      out += "\\u{" + hex_digits(c.code, 4, HexCase::kUpper) + "}";
    } else {
      out.append(text.substr(at, c.length));
    }
    at += c.length;
  }
  return hide_iins(out);
}

}  // namespace bailiff
