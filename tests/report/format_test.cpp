// The one number, money and date formatting: every language and both media.

#include "bailiff/report/format.hpp"

#include <gtest/gtest.h>

namespace bailiff::report {
namespace {

const std::string kNbsp = "\xC2\xA0";

TEST(Format, GroupsDigitsByLanguageAndMedium) {
  EXPECT_EQ(grouped(15'000'000, text_numbers(Language::kEn)), "15,000,000");
  EXPECT_EQ(grouped(15'000'000, text_numbers(Language::kRu)), "15 000 000");
  EXPECT_EQ(grouped(15'000'000, screen_numbers(Language::kKk)), "15" + kNbsp + "000" + kNbsp + "000");
  EXPECT_EQ(grouped(-1'234, kEnglishText), "-1,234");
  EXPECT_EQ(grouped(999, kEnglishText), "999");
  EXPECT_EQ(grouped(0, kEnglishText), "0");
  EXPECT_EQ(grouped(INT64_MIN, kEnglishText), "-9,223,372,036,854,775,808");
}

TEST(Format, DecimalsRoundHalfAwayFromZero) {
  EXPECT_EQ(decimal(254'309, 10, 1, kEnglishText), "25,430.9");
  EXPECT_EQ(decimal(5, 100, 1, kEnglishText), "0.1");    // 0.05 -> 0.1
  EXPECT_EQ(decimal(-5, 100, 1, kEnglishText), "-0.1");  // -0.05 -> -0.1
  EXPECT_EQ(decimal(-4, 100, 1, kEnglishText), "0.0");  // what rounds to zero has no sign
  EXPECT_EQ(decimal(1, 3, 3, text_numbers(Language::kRu)), "0,333");
  EXPECT_EQ(decimal(7, 2, 0, kEnglishText), "4");
}

TEST(Format, PercentOfIntegersAndTheMarkForNoDenominator) {
  EXPECT_EQ(percent(841, 1000, 1, kEnglishText), "84.1%");
  EXPECT_EQ(percent(906, 1000, 1, screen_numbers(Language::kRu)), "90,6%");
  EXPECT_EQ(percent(1, 8, 1, kEnglishText), "12.5%");
  EXPECT_EQ(percent(-1, 8, 1, kEnglishText), "-12.5%");
  EXPECT_EQ(percent(2'550, 10'000, 0, kEnglishText), "26%");
  EXPECT_EQ(percent(3, 0, 1, kEnglishText), "n/a");
  EXPECT_EQ(percent(3, -1, 1, text_numbers(Language::kRu)), "—");
  EXPECT_EQ(percent(3, 0, 1, screen_numbers(Language::kEn)), "—");
}

TEST(Format, Money) {
  EXPECT_EQ(tenge(123'456'789, kEnglishText), "1,234,567.89 ₸");
  EXPECT_EQ(tenge(123'456'789, text_numbers(Language::kRu)), "1 234 567,89 ₸");
  EXPECT_EQ(tenge(-50, kEnglishText), "-0.50 ₸");
  EXPECT_EQ(whole_tenge(123'456'750, screen_numbers(Language::kEn)), "1,234,568" + kNbsp + "₸");
  EXPECT_EQ(whole_tenge(-150, kEnglishText), "-2 ₸");
  EXPECT_EQ(million_tenge(2'543'094'000'000, kEnglishText), "25,430.9");
  EXPECT_EQ(million_tenge(-5'000'000, kEnglishText), "-0.1");
  EXPECT_EQ(compact_tenge(2'543'094'000'000, Language::kEn, screen_numbers(Language::kEn)),
            "25.4" + kNbsp + "bn" + kNbsp + "₸");
  EXPECT_EQ(compact_tenge(91'200'000'000, Language::kRu, screen_numbers(Language::kRu)),
            "912,0" + kNbsp + "млн" + kNbsp + "₸");
  EXPECT_EQ(compact_tenge(99'999'999, Language::kKk, screen_numbers(Language::kKk)),
            "1" + kNbsp + "000" + kNbsp + "000" + kNbsp + "₸");
  // In the unit of another amount: an interval's bounds share the unit of its largest.
  EXPECT_EQ(compact_tenge_in(71'857'300, 110'000'000, Language::kEn, kEnglishText), "0.7 M ₸");
  EXPECT_EQ(compact_tenge_in(-2'000'000, 150'000'000'000, Language::kRu, text_numbers(Language::kRu)),
            "0,0 млрд ₸");
  EXPECT_EQ(compact_tenge_in(71'857'300, 71'857'300, Language::kEn, kEnglishText), "718,573 ₸");
}

TEST(Format, LongDates) {
  const Date d = from_ymd(2025, 3, 3);
  EXPECT_EQ(long_date(d, Language::kEn), "3 March 2025");
  EXPECT_EQ(long_date(d, Language::kRu), "3 марта 2025 г.");
  EXPECT_EQ(long_date(d, Language::kKk), "2025 жылғы 3 наурыз");
  EXPECT_EQ(long_date(from_ymd(2026, 12, 31), Language::kKk), "2026 жылғы 31 желтоқсан");
}

TEST(Format, LanguageCodesRoundTrip) {
  for (const Language l : kLanguages) EXPECT_EQ(parse_language(language_code(l)), l);
  EXPECT_FALSE(parse_language("de"));
  EXPECT_FALSE(parse_language("RU"));
  EXPECT_FALSE(parse_language(""));
}

}  // namespace
}  // namespace bailiff::report
