#include "bailiff/iin.hpp"

#include <gtest/gtest.h>

#include <string>

namespace bailiff {
namespace {

// Check digits worked by hand with the rule of docs/domain.md section 5.
//
// 900515301234: digits 9 0 0 5 1 5 3 0 1 2 3, weights 1..11:
//   9 + 0 + 0 + 20 + 5 + 30 + 21 + 0 + 9 + 20 + 33 = 147 = 13*11 + 4  -> check 4.
// 851207404569: digits 8 5 1 2 0 7 4 0 4 5 6, weights 1..11:
//   8 + 10 + 3 + 8 + 0 + 42 + 28 + 0 + 36 + 50 + 66 = 251 = 22*11 + 9  -> check 9.
// 010203500781: digits 0 1 0 2 0 3 5 0 0 7 8, weights 1..11:
//   0 + 2 + 0 + 8 + 0 + 18 + 35 + 0 + 0 + 70 + 88 = 221 = 20*11 + 1  -> check 1.
// 880412300248: digits 8 8 0 4 1 2 3 0 0 2 4,
//   weights 1..11: 8 + 16 + 0 + 16 + 5 + 12 + 21 + 0 + 0 + 20 + 44 = 142 = 12*11 + 10 -> 10,
//   so weights 3 4 5 6 7 8 9 10 11 1 2:
//   24 + 32 + 0 + 24 + 7 + 16 + 27 + 0 + 0 + 2 + 8 = 140 = 12*11 + 8  -> check 8.
// 88041230025x: digits 8 8 0 4 1 2 3 0 0 2 5,
//   weights 1..11: 8 + 16 + 0 + 16 + 5 + 12 + 21 + 0 + 0 + 20 + 55 = 153 = 13*11 + 10 -> 10,
//   weights 3..11,1,2: 24 + 32 + 0 + 24 + 7 + 16 + 27 + 0 + 0 + 2 + 10 = 142 = 12*11 + 10
//   -> 10 again: no valid IIN starts with these 11 digits.
constexpr const char* kValidFirstWeights[] = {"900515301234", "851207404569", "010203500781"};
constexpr const char* kValidSecondWeights = "880412300248";

TEST(ValidateIin, AcceptsCheckDigitFromFirstWeights) {
  for (const char* iin : kValidFirstWeights) EXPECT_EQ(validate_iin(iin), std::nullopt) << iin;
}

TEST(ValidateIin, AcceptsCheckDigitFromSecondWeights) {
  EXPECT_EQ(validate_iin(kValidSecondWeights), std::nullopt);
}

TEST(ValidateIin, RejectsWrongLength) {
  EXPECT_EQ(validate_iin(""), IinError::kWrongLength);
  EXPECT_EQ(validate_iin("90051530123"), IinError::kWrongLength);
  EXPECT_EQ(validate_iin("9005153012340"), IinError::kWrongLength);
  EXPECT_EQ(validate_iin(" 900515301234"), IinError::kWrongLength);
}

TEST(ValidateIin, RejectsNonDigits) {
  EXPECT_EQ(validate_iin("90051530123a"), IinError::kNotDigits);
  EXPECT_EQ(validate_iin("9005-5301234"), IinError::kNotDigits);
  EXPECT_EQ(validate_iin("900515 01234"), IinError::kNotDigits);
  EXPECT_EQ(validate_iin(std::string("90051530123") + '\0'), IinError::kNotDigits);
}

TEST(ValidateIin, RejectsCheckDigitMismatch) {
  EXPECT_EQ(validate_iin("900515301235"), IinError::kCheckDigitMismatch);
  EXPECT_EQ(validate_iin("851207404560"), IinError::kCheckDigitMismatch);
  // First weights give 10; taking that as 0 instead of using the second weights is wrong.
  EXPECT_EQ(validate_iin("880412300240"), IinError::kCheckDigitMismatch);
}

TEST(ValidateIin, RejectsUncomputableCheckDigitWhateverTheLastDigit) {
  for (char last = '0'; last <= '9'; ++last) {
    EXPECT_EQ(validate_iin(std::string("88041230025") + last), IinError::kUncomputableCheckDigit);
  }
}

TEST(DescribeIinError, SaysWhatWasExpected) {
  for (const IinError error : {IinError::kWrongLength, IinError::kNotDigits,
                               IinError::kCheckDigitMismatch, IinError::kUncomputableCheckDigit}) {
    EXPECT_NE(describe(error).find("expected"), std::string_view::npos);
  }
  EXPECT_NE(describe(IinError::kWrongLength).find("12"), std::string_view::npos);
  EXPECT_NE(describe(IinError::kNotDigits).find("digits"), std::string_view::npos);
  EXPECT_NE(describe(IinError::kCheckDigitMismatch).find("check digit"), std::string_view::npos);
  EXPECT_NE(describe(IinError::kUncomputableCheckDigit).find("10"), std::string_view::npos);
}

TEST(IinPseudonym, HasPrefixAnd16LowercaseHexChars) {
  const std::string p = iin_pseudonym("900515301234", "key");
  ASSERT_EQ(p.size(), 18u);
  EXPECT_EQ(p.substr(0, 2), "p_");
  for (const char c : p.substr(2)) {
    EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << p;
  }
}

TEST(IinPseudonym, IsStableAndPinned) {
  EXPECT_EQ(iin_pseudonym("900515301234", "key"), iin_pseudonym("900515301234", "key"));
  // First 16 hex chars of HMAC-SHA256("key", "900515301234").
  EXPECT_EQ(iin_pseudonym("900515301234", "key"), "p_580600de6082f1e5");
}

TEST(IinPseudonym, DependsOnKeyAndIin) {
  EXPECT_NE(iin_pseudonym("900515301234", "key"), iin_pseudonym("900515301234", "kez"));
  EXPECT_NE(iin_pseudonym("900515301234", "key"), iin_pseudonym("851207404569", "key"));
}

TEST(IinPseudonym, NeverContainsTheIin) {
  for (const char* key : {"", "key", "another key"}) {
    for (int serial = 0; serial < 1000; ++serial) {
      std::string iin = "90051530" + std::to_string(10000 + serial).substr(1);
      EXPECT_EQ(iin_pseudonym(iin, key).find(iin), std::string::npos) << iin;
    }
  }
}

// Issue 24, item 8: an IIN inside a run of 13 to 20 digits passed as "not an IIN".
TEST(ContainsValidIin, FindsAnIinInsideALongerRunOfDigits) {
  for (const char* text : {"900515301234", "C-1900515301234", "9005153012341", "19005153012340",
                           "00000000900515301234", "art. 12900515301234 p.1", "p_880412300248x"}) {
    EXPECT_TRUE(contains_valid_iin(text)) << text;
  }
}

TEST(ContainsValidIin, IgnoresRunsWithoutOne) {
  // 900515301235 fails the check digit; so does every 12-digit window of 1111111111111.
  for (const char* text : {"", "C-1", "90051530123", "900515301235", "1111111111111",
                           "9005153012-34", "100000000000"}) {
    EXPECT_FALSE(contains_valid_iin(text)) << text;
  }
}

TEST(HideIins, ReplacesEachRunHoldingAnIinAndKeepsTheRest) {
  EXPECT_EQ(hide_iins("cases-1900515301234.json: 900515301235 and 880412300248"),
            "cases-(not shown: it may be an IIN).json: 900515301235 and (not shown: it may be an "
            "IIN)");
  EXPECT_EQ(hide_iins("no digits here"), "no digits here");
  EXPECT_EQ(hide_iins("900515301234"), std::string(kIinNotShown));
}

}  // namespace
}  // namespace bailiff
