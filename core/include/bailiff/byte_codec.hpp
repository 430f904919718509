#pragma once
/// \file The byte codec every binary record and every hex text of the project is written
/// with: unsigned integers as big-endian bytes (most significant byte first) appended to and
/// read from byte strings, length-prefixed strings, and hexadecimal digits.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace bailiff {

/// Appends \p v as 1 byte.
inline void put_u8(std::string& out, std::uint8_t v) {
  out.push_back(static_cast<char>(v));
}

/// Appends the \p bytes (0 to 8) lowest bytes of \p v, big-endian.
inline void put_be(std::string& out, std::uint64_t v, int bytes) {
  for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
    put_u8(out, static_cast<std::uint8_t>(v >> shift));
  }
}

/// Appends \p v as 2 big-endian bytes.
inline void put_u16(std::string& out, std::uint16_t v) {
  put_be(out, v, 2);
}

/// Appends \p v as 4 big-endian bytes.
inline void put_u32(std::string& out, std::uint32_t v) {
  put_be(out, v, 4);
}

/// Appends \p v as 8 big-endian bytes.
inline void put_u64(std::string& out, std::uint64_t v) {
  put_be(out, v, 8);
}

/// Appends \p s as a `str`: its length as a u32 (put_u32), then its bytes.
inline void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

/// The unsigned integer in the \p bytes (0 to 8) big-endian bytes at \p p; the caller has
/// checked that they are there.
inline std::uint64_t get_be(const char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

/// Which letters a hex writer uses for the digits 10 to 15.
enum class HexCase {
  kLower,  ///< "a" to "f": digests, key ids, `\x1b` escapes
  kUpper,  ///< "A" to "F": code points (U+202E), percent-encoding (%2F)
};

/// Which letters a hex reader accepts for the digits 10 to 15.
enum class HexLetters {
  kLowerOnly,   ///< "a" to "f" only: one spelling per value (key files, key ids)
  kEitherCase,  ///< "a" to "f" and "A" to "F" (digests)
};

/// The hex digit of \p nibble (0 to 15).
char hex_digit(unsigned nibble, HexCase letters = HexCase::kLower);

/// The \p count lowest hex digits of \p value, most significant first: hex_digits(0x1b, 2)
/// is "1b", hex_digits(0x202E, 4, HexCase::kUpper) is "202E".
std::string hex_digits(std::uint64_t value, int count, HexCase letters = HexCase::kLower);

/// \p bytes as 2 lowercase hex digits each, in order.
std::string hex_encode(std::span<const std::uint8_t> bytes);

/// The value (0 to 15) of the hex digit \p c, or -1 when \p c is not one that \p accepted
/// allows.
int hex_value(char c, HexLetters accepted);

/// Reads \p text, exactly 2 hex digits per byte of \p out, into \p out. False when \p text
/// has another length or holds a character that is not a hex digit \p accepted allows; \p out
/// then holds an unspecified prefix of the bytes.
bool hex_decode(std::string_view text, std::span<std::uint8_t> out, HexLetters accepted);

}  // namespace bailiff
