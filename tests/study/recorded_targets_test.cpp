// Targets from a historical population's recorded payments: the engine decides each record's
// stage of payment; the fixture's five records are worked by hand.

#include "bailiff/study/recorded_targets.hpp"

#include <gtest/gtest.h>

#include <string>

#include "bailiff/error.hpp"

namespace bailiff::study {
namespace {

sim::ScenarioChoice records(const std::string& population) {
  sim::ScenarioChoice choice;
  choice.population = population;
  choice.baseline = choice.policy;
  choice.iin_key = "test-key-16-bytes";
  return choice;
}

TEST(RecordedTargets, TheFixturesPaymentsByStage) {
  // valid.csv: TR-0001 pays 9,830 (half of 19,660) four days after entry, discount-eligible,
  // and TR-0004 pays the full 19,660 on its first day, eligible: both close in the discount
  // window. TR-0003 pays its 36,920 on 2024-05-02, after the referral of 2024-04-29 to a
  // private bailiff (no robot before 20.08.2024): short of the fee, so it stays open. TR-0002
  // and TR-0005 record no payment. So two targets: 2 of 5 in the discount stage, and the
  // mean sum those two paid toward their fines.
  const std::vector<Target> targets = recorded_payment_targets(
      records(std::string("csv:") + BAILIFF_SOURCE_DIR + "/tests/fixtures/csv/valid.csv"));
  ASSERT_EQ(targets.size(), 2u);
  const Target& t = targets[0];
  EXPECT_EQ(t.id, "recorded-paid-share-discount");
  EXPECT_EQ(t.statistic, Statistic::kPaidShareDiscount);
  EXPECT_EQ(t.numerator, 2);
  EXPECT_EQ(t.denominator, 5);
  EXPECT_TRUE(t.fit);
  EXPECT_EQ(t.figure, "2 of 5 records closed as paid in the discount stage");
  EXPECT_EQ(statistic_name(t.statistic), "paid_share_discount");

  // TR-0004 pays the full fine inside the window, but the engine takes only the discounted
  // 9,830 that closes it: both records paid 9,830 toward their fines.
  const Target& mean = targets[1];
  EXPECT_EQ(mean.id, "recorded-mean-paid-discount");
  EXPECT_EQ(mean.statistic, Statistic::kMeanPaidDiscount);
  EXPECT_EQ(statistic_name(mean.statistic), "mean_paid_discount_tenge");
  EXPECT_DOUBLE_EQ(mean.value(), 9830.0);
  EXPECT_EQ(mean.figure,
            "9,830.00 tenge on average over the 2 records closed as paid in the discount stage");
  EXPECT_TRUE(mean.fit);
}

TEST(RecordedTargets, ASyntheticPopulationHasNoRecords) {
  try {
    recorded_payment_targets(records("synthetic:taraz-pilot"));
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(
        std::string(e.what()),
        "synthetic:taraz-pilot:line 1: --population: expected csv:PATH (historical records with "
        "their recorded payments), found synthetic:taraz-pilot");
  }
}

}  // namespace
}  // namespace bailiff::study
