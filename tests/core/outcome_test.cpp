// How a case ended, from the engine's own decisions: the stage that closed it (by the
// closing decision's legal basis), the money paid, the fee paid and still due.

#include "bailiff/outcome.hpp"

#include <gtest/gtest.h>

#include "../support/fixtures.hpp"
#include "bailiff/engine.hpp"

namespace bailiff {
namespace {

Date d(const char* iso) { return *parse_iso_date(iso); }

CaseOutcome outcome_of(const char* policy, Fine fine) {
  const Engine engine(test::shipped_policy(policy), test::kz_calendar());
  return case_outcome(engine.decide(fine, d("2026-12-31")), fine.amount);
}

Fine fine(const char* in_force, std::int64_t amount_tenge, bool eligible = false) {
  Fine f;
  f.id = "O-1";
  f.amount = tenge(amount_tenge);
  f.in_force = d(in_force);
  f.discount_eligible = eligible;
  return f;
}

TEST(CaseOutcome, EachClosingStageIsNamedByItsBasis) {
  Fine discount = fine("2025-03-03", 19'660, true);
  discount.payments.push_back({d("2025-03-05"), tenge(9'830)});
  EXPECT_EQ(outcome_of("kz-2024-08-20", discount).outcome, Outcome::kPaidDiscount);
  Fine voluntary = fine("2025-03-03", 19'660);
  voluntary.payments.push_back({d("2025-03-20"), tenge(19'660)});
  EXPECT_EQ(outcome_of("kz-2024-08-20", voluntary).outcome, Outcome::kPaidVoluntary);
  Fine overdue = fine("2025-03-03", 19'660);
  overdue.payments.push_back({d("2025-04-10"), tenge(19'660)});
  EXPECT_EQ(outcome_of("kz-2024-08-20", overdue).outcome, Outcome::kPaidOverdue);
  Fine robot = fine("2025-03-03", 19'660);
  robot.payments.push_back({d("2025-05-01"), tenge(19'660)});
  const CaseOutcome in_window = outcome_of("kz-2024-08-20", robot);
  EXPECT_EQ(in_window.outcome, Outcome::kPaidRobot);
  EXPECT_TRUE(in_window.robot);
  EXPECT_EQ(in_window.fee_paid, 0);
  EXPECT_EQ(in_window.due, 0);
  EXPECT_EQ(outcome_of("kz-2024-08-20", fine("2025-03-03", 19'660)).outcome, Outcome::kUnpaidBailiff);
  EXPECT_EQ(outcome_name(Outcome::kPartlyBailiff), "partly_recovered_bailiff");
}

// Issue 14's case: kz-2024-pilot, 18,460 ₸ in force 2024-03-10, 18,460 ₸ paid on 2024-05-06
// after the hand-off. The fee assessed is 25% = 4,615 ₸; the payment covers the total due
// (23,075) in proportion: 18,460 x 4,615 / 23,075 = 3,692 ₸ to the fee, so 923 ₸ of the fee
// and 3,692 ₸ of the fine remain.
TEST(CaseOutcome, PartialRecoveryLeavesTheRestOfTheFeeDue) {
  Fine f = fine("2024-03-10", 18'460);
  f.payments.push_back({d("2024-05-06"), tenge(18'460)});
  const CaseOutcome o = outcome_of("kz-2024-pilot", f);
  EXPECT_EQ(o.outcome, Outcome::kPartlyBailiff);
  EXPECT_EQ(o.fee_paid, tenge(3'692));
  EXPECT_EQ(o.fee_due, tenge(923));
  EXPECT_EQ(o.due, tenge(3'692));
  EXPECT_EQ(o.paid, tenge(18'460));
  EXPECT_EQ(o.fee_rate, 2500);
}

}  // namespace
}  // namespace bailiff
