// Plural forms by each language's rules (report/plural.hpp): the counts of issue 27 (1, 2, 5,
// 11, 21, 101) and the teens, in Russian, Kazakh and English, through the message table.

#include <gtest/gtest.h>

#include "bailiff/report/headline.hpp"
#include "bailiff/report/plural.hpp"

namespace bailiff::report {
namespace {

TEST(Plural, RussianHasOneFewAndMany) {
  EXPECT_EQ(plural_form(1, Language::kRu), PluralForm::kOne);
  EXPECT_EQ(plural_form(2, Language::kRu), PluralForm::kFew);
  EXPECT_EQ(plural_form(5, Language::kRu), PluralForm::kMany);
  EXPECT_EQ(plural_form(11, Language::kRu), PluralForm::kMany);
  EXPECT_EQ(plural_form(12, Language::kRu), PluralForm::kMany);
  EXPECT_EQ(plural_form(14, Language::kRu), PluralForm::kMany);
  EXPECT_EQ(plural_form(21, Language::kRu), PluralForm::kOne);
  EXPECT_EQ(plural_form(22, Language::kRu), PluralForm::kFew);
  EXPECT_EQ(plural_form(101, Language::kRu), PluralForm::kOne);
  EXPECT_EQ(plural_form(111, Language::kRu), PluralForm::kMany);
  EXPECT_EQ(plural_form(0, Language::kRu), PluralForm::kMany);
  EXPECT_EQ(plural_form(-21, Language::kRu), PluralForm::kOne);
}

TEST(Plural, EnglishHasOneAndOtherKazakhOneForm) {
  for (const std::int64_t n : {2, 5, 11, 21, 101, 0}) {
    EXPECT_EQ(plural_form(n, Language::kEn), PluralForm::kMany) << n;
    EXPECT_EQ(plural_form(n, Language::kKk), PluralForm::kOne) << n;
  }
  EXPECT_EQ(plural_form(1, Language::kEn), PluralForm::kOne);
  EXPECT_EQ(plural_form(1, Language::kKk), PluralForm::kOne);
}

TEST(Plural, WordsAfterTheCountsOfTheIssue) {
  const auto days = [](std::int64_t n, Language l) {
    return std::string(plural("unit.calendar_days", n, l));
  };
  EXPECT_EQ(days(1, Language::kRu), "календарный день");
  EXPECT_EQ(days(2, Language::kRu), "календарных дня");
  EXPECT_EQ(days(5, Language::kRu), "календарных дней");
  EXPECT_EQ(days(11, Language::kRu), "календарных дней");
  EXPECT_EQ(days(21, Language::kRu), "календарный день");
  EXPECT_EQ(days(101, Language::kRu), "календарный день");
  EXPECT_EQ(days(1, Language::kEn), "day");
  EXPECT_EQ(days(21, Language::kEn), "days");
  EXPECT_EQ(days(101, Language::kEn), "days");
  for (const std::int64_t n : {1, 2, 5, 11, 21, 101})
    EXPECT_EQ(days(n, Language::kKk), "күнтізбелік күн") << n;
  EXPECT_EQ(std::string(plural("noun.case", 6553, Language::kRu)), "дела");
  EXPECT_EQ(std::string(plural("noun.case", 6555, Language::kRu)), "дел");
  EXPECT_EQ(std::string(plural("noun.case", 1, Language::kEn)), "case");
}

TEST(Plural, TheHeadlineCountsCasesInTheirForm) {
  ComparisonSummary s;
  s.handed_delta = {-6553, -6553, -6553};
  const std::string ru =
      comparison_headline(s, "A", "B", 1, Language::kRu, text_numbers(Language::kRu));
  EXPECT_NE(ru.find("ЧСИ передано на 6 553 дела меньше"), std::string::npos) << ru;
  s.handed_delta = {1, 1, 1};
  const std::string en = comparison_headline(s, "A", "B", 1, Language::kEn, kEnglishText);
  EXPECT_NE(en.find("private bailiffs receive 1 more case."), std::string::npos) << en;
}

}  // namespace
}  // namespace bailiff::report
