// Policy edits by parameter name (sim::edit_policy) and the front doors' date texts
// (sim::parse_horizon, sim::parse_report_period).

#include "bailiff/sim/policy_edit.hpp"

#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/date_options.hpp"

namespace bailiff::sim {
namespace {

const std::string kFile = "embedded:policies/kz-2024-08-20.json";

std::string shipped_policy_bytes() {
  return test::shipped("policies/kz-2024-08-20.json");
}

std::string error_of(const ParameterEdit& edit) {
  try {
    edit_policy(shipped_policy_bytes(), kFile, edit);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(PolicyEdit, TheLastEntryTakesTheValue) {
  const std::string edited =
      edit_policy(shipped_policy_bytes(), kFile, {"simplified_max_debt", "40", "mrp", {}});
  const Policy policy = Policy::parse(edited, "edited");
  EXPECT_EQ(policy.at(from_ymd(2025, 1, 1)).simplified_max_mrp, 40);
  EXPECT_EQ(policy.at(from_ymd(2024, 3, 1)).simplified_max_mrp, 0);  // the earlier entry stays
  const Policy window = Policy::parse(
      edit_policy(shipped_policy_bytes(), kFile, {"robot_window", "2", "calendar_months", {}}),
      "w");
  EXPECT_EQ(window.at(from_ymd(2025, 1, 1)).robot_window.count, 2);
}

TEST(PolicyEdit, FromADayDropsTheLaterEntries) {
  const std::string edited = edit_policy(shipped_policy_bytes(), kFile,
                                         {"simplified_max_debt", "10", "", from_ymd(2024, 6, 1)});
  const Policy policy = Policy::parse(edited, "edited");
  EXPECT_EQ(policy.at(from_ymd(2024, 5, 31)).simplified_max_mrp, 0);
  EXPECT_EQ(policy.at(from_ymd(2024, 6, 1)).simplified_max_mrp, 10);
  EXPECT_EQ(policy.at(from_ymd(2025, 6, 1)).simplified_max_mrp, 10);
}

TEST(PolicyEdit, AnUnchangedValueParsesToTheSameRules) {
  const std::string edited =
      edit_policy(shipped_policy_bytes(), kFile, {"robot_window", "1", "", {}});
  EXPECT_EQ(Policy::parse(edited, "e").at(from_ymd(2025, 1, 1)).robot_window.count,
            test::shipped_policy("kz-2024-08-20").at(from_ymd(2025, 1, 1)).robot_window.count);
}

TEST(PolicyEdit, RefusalsNameTheParameterAndWhatWasExpected) {
  EXPECT_EQ(error_of({"robot_windw", "2", "", {}})
                .find(kFile + ":/parameters: parameter: expected one of mrp, "),
            0u);
  EXPECT_EQ(
      error_of({"robot_window", "2", "calendar_days", {}}),
      kFile +
          ":/parameters/robot_window/unit: unit: expected calendar_months, found calendar_days");
  EXPECT_EQ(error_of({"robot_window", "two", "", {}}),
            kFile + ":/parameters/robot_window: value: expected a JSON value, found two");
  EXPECT_NE(error_of({"robot_window", "\"two\"", "", {}}).find("(edited robot_window)"),
            std::string::npos);
}

TEST(DateOptions, EmptyIsNoneAndBadTextNamesTheOption) {
  EXPECT_FALSE(parse_horizon("", "(python)", "horizon"));
  EXPECT_EQ(*parse_horizon("2026-06-30", "(python)", "horizon"), from_ymd(2026, 6, 30));
  EXPECT_THROW(parse_horizon("2026-13-01", "(command line)", "--horizon"), InputError);
  try {
    parse_report_period("2025-06-01..2025-01-01", "(python)", "report_period");
    FAIL() << "a reversed period was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(
        std::string(e.what()).find("(python):report_period: report period: expected FROM..TO"), 0u);
  }
  EXPECT_FALSE(parse_report_period("", "(python)", "report_period"));
}

}  // namespace
}  // namespace bailiff::sim
