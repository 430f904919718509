// The one message table: every row complete in the three languages, with the same
// placeholders in each, and fill() replacing them in one pass.

#include "bailiff/report/messages.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace bailiff::report {
namespace {

std::multiset<std::string> placeholders(std::string_view text) {
  std::multiset<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.insert(std::string(text.substr(open + 1, close - open - 1)));
  }
  return names;
}

TEST(Messages, EveryRowHasThreeLanguagesAndTheSamePlaceholders) {
  std::set<std::string_view> keys;
  ASSERT_GT(message_rows().size(), 100u);
  for (const MessageRow& row : message_rows()) {
    EXPECT_TRUE(keys.insert(row.key).second) << "duplicate key " << row.key;
    for (const char* text : {row.ru, row.kk, row.en}) EXPECT_NE(std::string(text), "") << row.key;
    EXPECT_EQ(placeholders(row.ru), placeholders(row.en)) << row.key;
    EXPECT_EQ(placeholders(row.kk), placeholders(row.en)) << row.key;
  }
}

TEST(Messages, LooksUpByLanguageAndShowsAMissingKey) {
  EXPECT_STREQ(message("scenario.run", Language::kRu), "Рассчитать");
  EXPECT_STREQ(message("scenario.run", Language::kKk), "Есептеу");
  EXPECT_STREQ(message("scenario.run", Language::kEn), "Run");
  EXPECT_STREQ(message("no.such.key", Language::kKk), "no.such.key");
}

TEST(Messages, FillReplacesPlaceholdersOnceAndLeavesUnknownOnesVisible) {
  EXPECT_EQ(fill("explain.policy", Language::kEn, {{"id", "P"}, {"title", "{id} stays"}}), "Policy P: {id} stays");
  EXPECT_EQ(fill("explain.policy", Language::kRu, {{"id", "P"}}), "Политика P: {title}");
  EXPECT_EQ(fill("explain.payments", Language::kKk, {{"payments", "жоқ"}}), "Борышкердің төлемдері: жоқ.");
}

}  // namespace
}  // namespace bailiff::report
