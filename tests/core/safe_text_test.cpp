// Text that could spoof a report (issue 24, item 5): what the readers refuse and how the
// reports escape it.
#include "bailiff/safe_text.hpp"

#include <gtest/gtest.h>

namespace bailiff {
namespace {

TEST(SafeText, PlainTextInAnyScriptIsSafe) {
  for (const char* text :
       {"EX-04-private-bailiff", "Алматы", "Жамбыл облысы", "ст. 592 ч. 1", "№ 5", ""}) {
    EXPECT_EQ(unsafe_character(text), std::nullopt) << text;
    EXPECT_EQ(printable(text), text);
  }
}

TEST(SafeText, ControlAndBidirectionalCharactersAreNamedWithTheirByte) {
  EXPECT_EQ(unsafe_character("C-1\x1b[8m"), "a control character U+001B at byte 3");
  EXPECT_EQ(unsafe_character("a\nAUTHENTIC"), "a control character U+000A at byte 1");
  EXPECT_EQ(unsafe_character(std::string_view("x\0y", 3)), "a control character U+0000 at byte 1");
  EXPECT_EQ(unsafe_character("x\x7f"), "a control character U+007F at byte 1");
  EXPECT_EQ(unsafe_character("x\xc2\x85"), "a control character U+0085 at byte 1");
  EXPECT_EQ(unsafe_character("ab\xe2\x80\xae"),
            "a bidirectional formatting character U+202E at byte 2");
  EXPECT_EQ(unsafe_character("\xe2\x81\xa6x"),
            "a bidirectional formatting character U+2066 at byte 0");
  EXPECT_EQ(unsafe_character("\xd8\x9c"), "a bidirectional formatting character U+061C at byte 0");
  EXPECT_EQ(unsafe_character("\xe2\x80\x8f"),
            "a bidirectional formatting character U+200F at byte 0");
  EXPECT_EQ(unsafe_character("ok\xff"), "a byte that is not UTF-8 (0xFF) at byte 2");
  EXPECT_EQ(unsafe_character("\xc0\xaf"), "a byte that is not UTF-8 (0xC0) at byte 0");  // overlong
  EXPECT_EQ(unsafe_character("\xed\xa0\x80"),
            "a byte that is not UTF-8 (0xED) at byte 0");  // surrogate
  EXPECT_EQ(unsafe_character("\xe2\x80"),
            "a byte that is not UTF-8 (0xE2) at byte 0");  // cut short
}

TEST(SafeText, PrintableEscapesWhatCouldSpoofAndKeepsTheRest) {
  EXPECT_EQ(printable("C-1\x1b[8m\nAUTHENTIC"), "C-1\\x1B[8m\\x0AAUTHENTIC");
  EXPECT_EQ(printable("Тараз\xe2\x80\xae"), "Тараз\\u{202E}");
  EXPECT_EQ(printable("x\xc2\x85y\xff"), "x\\u{0085}y\\xFF");
  for (const char* text : {"\x1b[2J", "a\xe2\x80\xae" "b", "\xff\xfe", "\r\n\t"}) {
    EXPECT_EQ(unsafe_character(printable(text)), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace bailiff
