#include "bailiff/byte_codec.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>

namespace bailiff {
namespace {

TEST(ByteCodec, IntegersAreWrittenBigEndian) {
  std::string out;
  put_u8(out, 0x01);
  put_u16(out, 0x0203);
  put_u32(out, 0x04050607);
  put_u64(out, 0x08090a0b0c0d0e0full);
  EXPECT_EQ(out, std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f", 15));
}

TEST(ByteCodec, StrIsU32LengthThenBytes) {
  std::string out;
  put_str(out, "abc");
  EXPECT_EQ(out, std::string({'\0', '\0', '\0', '\x03', 'a', 'b', 'c'}));
}

TEST(ByteCodec, IntegersRoundTrip) {
  for (const std::uint64_t v :
       {0ull, 1ull, 0xffull, 0x1234ull, 0xdeadbeefull, 0x0123456789abcdefull, ~0ull}) {
    std::string out;
    put_u64(out, v);
    ASSERT_EQ(out.size(), 8u);
    EXPECT_EQ(get_be(out.data(), 8), v);
    out.clear();
    put_u32(out, static_cast<std::uint32_t>(v));
    EXPECT_EQ(get_be(out.data(), 4), v & 0xffffffffull);
    out.clear();
    put_u16(out, static_cast<std::uint16_t>(v));
    EXPECT_EQ(get_be(out.data(), 2), v & 0xffffull);
  }
}

TEST(ByteCodec, GetBeReadsAnyWidth) {
  const std::string bytes("\x80\x00\x00\x00\x00\x00\x00\x01", 8);
  EXPECT_EQ(get_be(bytes.data(), 0), 0u);
  EXPECT_EQ(get_be(bytes.data(), 1), 0x80u);
  EXPECT_EQ(get_be(bytes.data(), 3), 0x800000u);
  EXPECT_EQ(get_be(bytes.data(), 8), 0x8000000000000001ull);
}

TEST(ByteCodec, HexDigitsInEitherCase) {
  EXPECT_EQ(hex_digit(0), '0');
  EXPECT_EQ(hex_digit(11), 'b');
  EXPECT_EQ(hex_digit(15, HexCase::kUpper), 'F');
  EXPECT_EQ(hex_digits(0x1b, 2), "1b");
  EXPECT_EQ(hex_digits(0x202e, 4, HexCase::kUpper), "202E");
  EXPECT_EQ(hex_digits(0x7, 4), "0007");
  EXPECT_EQ(hex_digits(0xabc, 2), "bc");  // the lowest digits only
}

TEST(ByteCodec, HexEncodeKnownVector) {
  const std::array<std::uint8_t, 5> bytes{0x00, 0x01, 0x7f, 0xab, 0xff};
  EXPECT_EQ(hex_encode(bytes), "00017fabff");
  EXPECT_EQ(hex_encode({}), "");
}

TEST(ByteCodec, HexRoundTrip) {
  std::array<std::uint8_t, 256> bytes{};
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i);
  const std::string text = hex_encode(bytes);
  std::array<std::uint8_t, 256> back{};
  ASSERT_TRUE(hex_decode(text, back, HexLetters::kLowerOnly));
  EXPECT_EQ(back, bytes);
}

TEST(ByteCodec, HexDecodeLettersAccepted) {
  std::array<std::uint8_t, 2> out{};
  EXPECT_TRUE(hex_decode("aBcD", out, HexLetters::kEitherCase));
  EXPECT_EQ(out, (std::array<std::uint8_t, 2>{0xab, 0xcd}));
  EXPECT_FALSE(hex_decode("aBcD", out, HexLetters::kLowerOnly));
  EXPECT_TRUE(hex_decode("abcd", out, HexLetters::kLowerOnly));
}

TEST(ByteCodec, HexDecodeRefusesABadDigitOrLength) {
  std::array<std::uint8_t, 2> out{};
  for (const char* bad : {"abcg", "ab d", "-1ab", "0x12", "ab\0d"}) {
    EXPECT_FALSE(hex_decode(std::string_view(bad, 4), out, HexLetters::kEitherCase)) << bad;
  }
  EXPECT_FALSE(hex_decode("abc", out, HexLetters::kEitherCase));
  EXPECT_FALSE(hex_decode("abcdef", out, HexLetters::kEitherCase));
  EXPECT_EQ(hex_value('g', HexLetters::kEitherCase), -1);
  EXPECT_EQ(hex_value('F', HexLetters::kLowerOnly), -1);
  EXPECT_EQ(hex_value('F', HexLetters::kEitherCase), 15);
  EXPECT_EQ(hex_value('9', HexLetters::kLowerOnly), 9);
}

}  // namespace
}  // namespace bailiff
