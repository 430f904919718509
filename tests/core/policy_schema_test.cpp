// The policy's named choices: one list for the parser and the page's widgets.

#include "bailiff/policy_schema.hpp"

#include <gtest/gtest.h>

#include "bailiff/money.hpp"

namespace bailiff {
namespace {

TEST(PolicySchema, ListsEachFieldsChoicesInEnumeratorOrder) {
  using List = std::vector<std::string_view>;
  EXPECT_EQ(policy_choices("mrp_reference_date"), (List{"action_date", "entry_into_force"}));
  EXPECT_EQ(policy_choices("rounding"), (List{"half_up", "down", "up"}));
  EXPECT_EQ(policy_choices("mode"), (List{"whole", "marginal"}));
  EXPECT_TRUE(policy_choices("mrp").empty());
  for (const std::string_view name : policy_choices("rounding")) EXPECT_TRUE(parse_rounding(name)) << name;
}

TEST(PolicySchema, QuotesChoicesForMessages) {
  EXPECT_EQ(quoted_choices("mode"), "\"whole\" or \"marginal\"");
  EXPECT_EQ(quoted_choices("rounding"), "\"half_up\", \"down\" or \"up\"");
  EXPECT_EQ(quoted_choices("mrp_reference_date"), "\"action_date\" or \"entry_into_force\"");
  EXPECT_EQ(quoted_choices("unknown"), "");
}

}  // namespace
}  // namespace bailiff
