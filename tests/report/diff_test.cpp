// `bailiff diff` on the shipped example cases: kz-2024-08-20 against kz-pre-robot.

#include <gtest/gtest.h>

#include "bailiff/report/policy_diff.hpp"

namespace bailiff::sim {

using namespace ::bailiff::report;
namespace {

PolicyDiff example_diff() {
  const LoadedInput calendar = load_input("kz", "calendars");
  const LoadedInput cases = load_input("example", "cases");
  return diff_policies(run_decide(load_input("kz-2024-08-20", "policies"), calendar, cases, std::nullopt),
                       run_decide(load_input("kz-pre-robot", "policies"), calendar, cases, std::nullopt));
}

TEST(PolicyDiff, ExampleCasesRobotAgainstPreRobot) {
  const PolicyDiff d = example_diff();
  ASSERT_EQ(d.cases.size(), 7u);
  EXPECT_EQ(d.unchanged, 2u);  // paid with the discount, paid in the voluntary term
  EXPECT_FALSE(d.cases[0].changed);
  EXPECT_FALSE(d.cases[1].changed);

  const CaseDiff& robot = d.cases[2];  // EX-03-robot-window
  EXPECT_TRUE(robot.changed);
  EXPECT_EQ(robot.first_step, 1u);
  ASSERT_TRUE(robot.step_a && robot.step_b);
  EXPECT_EQ(robot.step_a->action, Action::kProceedingOpened);
  EXPECT_EQ(robot.step_b->action, Action::kHandedToPrivateBailiff);
  EXPECT_EQ(robot.a.outcome, Outcome::kPaidRobot);
  EXPECT_EQ(robot.b.outcome, Outcome::kPartlyBailiff);
  EXPECT_EQ(robot.fee_delta, -tenge(3932));  // 20% of 19,660 went to the fee under B

  ASSERT_FALSE(d.kinds.empty());
  EXPECT_EQ(d.kinds[0].text,
            "paid inside the robot window instead of being partly recovered by a private bailiff "
            "with a 25% fee");
  EXPECT_EQ(d.kinds[0].cases, 2u);
  EXPECT_EQ(d.kinds[0].fee_delta, -tenge(3932) - tenge(2325));
  EXPECT_EQ(d.fee_delta, -tenge(6257));

  const std::string text = policy_diff_text(d);
  EXPECT_NE(text.find("paid inside the robot window instead of being partly recovered by a private "
                      "bailiff with a 25% fee: 2 cases, fees -6,257.00 ₸"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("identical timelines: 2 cases"), std::string::npos);
  const std::string json = policy_diff_json(d);
  EXPECT_NE(json.find("\"fee_delta_tenge\": \"-6257.00\""), std::string::npos) << json;
}

TEST(PolicyDiff, OutcomeOfPaidWithFee) {
  // Same policy on both sides: nothing changes.
  const LoadedInput calendar = load_input("kz", "calendars");
  const LoadedInput cases = load_input("example", "cases");
  const DecideRun a = run_decide(load_input("kz-pre-robot", "policies"), calendar, cases, std::nullopt);
  const PolicyDiff d = diff_policies(a, a);
  EXPECT_EQ(d.unchanged, 7u);
  EXPECT_TRUE(d.kinds.empty());
  EXPECT_EQ(case_outcome(a.timelines[3], a.fines[3].amount).outcome, Outcome::kPaidBailiff);
  EXPECT_EQ(case_outcome(a.timelines[3], a.fines[3].amount).fee_rate, 2500);
}

}  // namespace
}  // namespace bailiff::sim
