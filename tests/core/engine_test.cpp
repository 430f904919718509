// The engine's step API: open / next_step / amount_to_close / advance / pay, driven event by
// event as a simulation does, and its refusals of misordered or impossible calls.

#include "bailiff/engine.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"

namespace bailiff {
namespace {

Date d(const char* iso) { return *parse_iso_date(iso); }

Engine national() { return Engine(test::shipped_policy("kz-2024-08-20"), test::kz_calendar()); }

// 5 MRP 2025 = 19,660 tenge, admitted, in force Mon 2025-03-03, unpaid.
Fine speeding() {
  Fine f;
  f.id = "S-1";
  f.amount = tenge(19'660);
  f.in_force = d("2025-03-03");
  f.discount_eligible = true;
  return f;
}

void expect_step(const Engine& e, const CaseState& s, Milestone m, const char* date) {
  const std::optional<ScheduledStep> next = e.next_step(s);
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->milestone, m);
  EXPECT_EQ(to_iso(next->date), date);
}

// Dates by hand: discount last day = 7th working day after 03-03 = Thu 03-13 (8-10 March off),
// so the window closes 03-14; term 03-03 + 30 = Wed 04-02, expires 04-03; referral 03-03 + 50
// = Tue 04-22; robot window 04-22 + 1 month = Thu 05-22, expires 05-23.
TEST(EngineSteps, WalkAnUnpaidCaseThroughEveryMilestone) {
  const Engine engine = national();
  std::vector<Decision> out;
  CaseState s = engine.open(speeding());
  EXPECT_EQ(s.stage, Stage::kVoluntary);
  EXPECT_TRUE(s.discount_open);
  EXPECT_EQ(s.fine, 1'966'000);
  EXPECT_EQ(s.discounted, 983'000);
  EXPECT_EQ(s.principal_due, 1'966'000);
  EXPECT_EQ(s.today, d("2025-03-03"));
  EXPECT_EQ(engine.amount_to_close(s), 983'000);
  expect_step(engine, s, Milestone::kDiscountCloses, "2025-03-14");

  engine.advance(s, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].action, Action::kDiscountWindowClosed);
  EXPECT_EQ(to_iso(out[0].date), "2025-03-14");
  EXPECT_FALSE(s.discount_open);
  EXPECT_EQ(engine.amount_to_close(s), 1'966'000);
  expect_step(engine, s, Milestone::kVoluntaryExpires, "2025-04-03");

  engine.advance(s, out);
  EXPECT_EQ(s.stage, Stage::kOverdue);
  EXPECT_EQ(out.back().action, Action::kVoluntaryTermExpired);
  expect_step(engine, s, Milestone::kReferral, "2025-04-22");

  engine.advance(s, out);
  EXPECT_EQ(s.stage, Stage::kRobot);
  EXPECT_TRUE(s.measures);
  ASSERT_EQ(out.size(), 6u);
  EXPECT_EQ(out[2].action, Action::kProceedingOpened);
  EXPECT_EQ(out[3].action, Action::kNoticeSms);
  EXPECT_EQ(out[4].action, Action::kNoticeEgovPush);
  EXPECT_EQ(out[5].action, Action::kAccountArrested);
  EXPECT_EQ(out[5].amount, 1'966'000);  // one account, within the debt
  EXPECT_EQ(engine.amount_to_close(s), 1'966'000);
  expect_step(engine, s, Milestone::kRobotWindowExpires, "2025-05-23");

  engine.advance(s, out);
  EXPECT_EQ(s.stage, Stage::kPrivateBailiff);
  EXPECT_EQ(out.back().action, Action::kHandedToPrivateBailiff);
  EXPECT_EQ(out.back().fee, 491'500);  // 25% of 19,660 = 4,915.00
  EXPECT_EQ(s.fee_due, 491'500);
  EXPECT_EQ(engine.next_step(s), std::nullopt);
  EXPECT_EQ(engine.amount_to_close(s), 2'457'500);

  // 10,000 paid: fee share 10,000 x 4,915 / 24,575 = 2,000.00 exactly.
  out.clear();
  engine.pay(s, d("2025-05-30"), tenge(10'000), out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].action, Action::kFeeCharged);
  EXPECT_EQ(out[0].amount, 200'000);
  EXPECT_EQ(out[1].action, Action::kPaymentReceived);
  EXPECT_EQ(s.principal_due, 1'166'000);
  EXPECT_EQ(s.fee_due, 291'500);
  EXPECT_EQ(s.fee_paid, 200'000);
  EXPECT_EQ(s.paid, 800'000);
  EXPECT_EQ(engine.amount_to_close(s), 1'457'500);

  out.clear();
  engine.pay(s, d("2025-06-01"), 1'457'500, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].action, Action::kFeeCharged);
  EXPECT_EQ(out[1].action, Action::kClosedAsPaid);
  EXPECT_EQ(out[2].action, Action::kMeasuresLifted);
  EXPECT_EQ(s.stage, Stage::kClosed);
  EXPECT_FALSE(s.measures);
  EXPECT_EQ(engine.amount_to_close(s), 0);
  EXPECT_EQ(engine.next_step(s), std::nullopt);

  // A payment after closing is ignored.
  out.clear();
  engine.pay(s, d("2025-06-02"), 100, out);
  EXPECT_TRUE(out.empty());
}

TEST(EngineSteps, WhatIfOnACopyLeavesTheOriginal) {
  const Engine engine = national();
  const CaseState original = engine.open(speeding());
  CaseState copy = original;
  std::vector<Decision> out;
  engine.pay(copy, d("2025-03-05"), 983'000, out);
  EXPECT_EQ(copy.stage, Stage::kClosed);
  EXPECT_EQ(original.stage, Stage::kVoluntary);
  EXPECT_EQ(engine.amount_to_close(original), 983'000);
}

TEST(EngineSteps, DiscountOfAnOddTiynFavoursTheDebtor) {
  // 50% of 19,660.01 = 9,830.005: the forgiven half is rounded half up (9,830.01), so
  // 9,830.00 closes the fine.
  Fine f = speeding();
  f.amount = 1'966'001;
  EXPECT_EQ(national().open(f).discounted, 983'000);
}

TEST(EngineSteps, NotEligibleStartsWithTheVoluntaryTerm) {
  Fine f = speeding();
  f.discount_eligible = false;
  const Engine engine = national();
  const CaseState s = engine.open(f);
  EXPECT_FALSE(s.discount_open);
  EXPECT_EQ(engine.amount_to_close(s), 1'966'000);
  expect_step(engine, s, Milestone::kVoluntaryExpires, "2025-04-03");
}

TEST(EngineSteps, PilotRobotArrestsNothing) {
  const Engine engine(test::shipped_policy("kz-2024-pilot"), test::kz_calendar());
  Fine f = speeding();
  f.discount_eligible = false;
  CaseState s = engine.open(f);
  std::vector<Decision> out;
  engine.advance(s, out);  // term expired
  engine.advance(s, out);  // referral: robot, SMS only
  EXPECT_EQ(s.stage, Stage::kRobot);
  EXPECT_FALSE(s.measures);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[2].action, Action::kNoticeSms);
  // 5 calendar days: 04-22 + 5 = Sun 04-27 -> Mon 04-28, expires 04-29.
  expect_step(engine, s, Milestone::kRobotWindowExpires, "2025-04-29");
}

TEST(EngineSteps, EligibleReferralTheRobotDoesNotReachGoesToAPrivateBailiff) {
  const Engine engine = national();
  Fine f = speeding();
  f.discount_eligible = false;
  CaseState s = engine.open(f);
  s.robot_available = false;  // the simulation's roll-out draw
  std::vector<Decision> out;
  engine.advance(s, out);  // term expired
  expect_step(engine, s, Milestone::kReferral, "2025-04-22");
  engine.advance(s, out);  // referral: 19,660 <= 20 MRP, yet no robot proceeding
  EXPECT_EQ(s.stage, Stage::kPrivateBailiff);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].action, Action::kHandedToPrivateBailiff);
  EXPECT_EQ(out[1].rule, "bailiff.referral_robot_not_reached");
  EXPECT_EQ(out[1].fee, tenge(4'915));  // 25% of 19,660, as before the robot
  EXPECT_FALSE(engine.next_step(s).has_value());
}

TEST(EngineMisuse, PaymentBeforeTheLastEvent) {
  const Engine engine = national();
  CaseState s = engine.open(speeding());
  std::vector<Decision> out;
  try {
    engine.pay(s, d("2025-03-02"), 100, out);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(), "payment on 2025-03-02 precedes the last event 2025-03-03");
  }
  engine.pay(s, d("2025-03-05"), 100, out);
  EXPECT_THROW(engine.pay(s, d("2025-03-04"), 100, out), DomainError);
  EXPECT_EQ(out.size(), 1u);
}

TEST(EngineMisuse, PaymentOnOrAfterThePendingStep) {
  const Engine engine = national();
  CaseState s = engine.open(speeding());
  std::vector<Decision> out;
  try {
    engine.pay(s, d("2025-03-14"), 983'000, out);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "payment on 2025-03-14 is on or after the pending step on 2025-03-14: advance() "
                 "first");
  }
  EXPECT_THROW(engine.pay(s, d("2025-04-30"), 983'000, out), DomainError);
  EXPECT_TRUE(out.empty());
  EXPECT_TRUE(s.discount_open);  // nothing changed
}

TEST(EngineMisuse, NonPositivePayment) {
  const Engine engine = national();
  CaseState s = engine.open(speeding());
  std::vector<Decision> out;
  try {
    engine.pay(s, d("2025-03-05"), 0, out);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(), "payment of a non-positive amount on 2025-03-05");
  }
  EXPECT_THROW(engine.pay(s, d("2025-03-05"), -1, out), DomainError);
}

TEST(EngineMisuse, AdvanceWithNothingPending) {
  const Engine engine = national();
  CaseState s = engine.open(speeding());
  std::vector<Decision> out;
  engine.pay(s, d("2025-03-05"), 983'000, out);
  try {
    engine.advance(s, out);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(), "advance() with no pending step");
  }
}

TEST(EngineMisuse, ImpossibleFines) {
  const Engine engine = national();
  Fine f = speeding();
  f.amount = 0;
  try {
    (void)engine.open(f);
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(), "case S-1: fine amount must be positive");
  }
  f = speeding();
  f.in_force = d("2023-06-01");  // before the policy's first values
  EXPECT_THROW((void)engine.open(f), DomainError);
}

TEST(EngineDecide, HorizonStopsTheTimeline) {
  const Engine engine = national();
  EXPECT_TRUE(engine.decide(speeding(), d("2025-03-13")).empty());
  EXPECT_EQ(engine.decide(speeding(), d("2025-03-14")).size(), 1u);
  EXPECT_EQ(engine.decide(speeding(), d("2025-05-22")).size(), 6u);
  EXPECT_EQ(engine.decide(speeding(), d("2025-05-23")).size(), 7u);
  EXPECT_EQ(engine.decide(speeding(), d("2026-12-31")).size(), 7u);
}

TEST(EngineDecide, PaymentOnAMilestoneDayComesAfterIt) {
  // Paid 9,830 on 03-14, the first day without the discount: the window closes first, so
  // the payment is partial.
  Fine f = speeding();
  f.payments = {{d("2025-03-14"), tenge(9'830)}};
  const std::vector<Decision> out = national().decide(f, d("2025-03-31"));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].action, Action::kDiscountWindowClosed);
  EXPECT_EQ(out[1].action, Action::kPaymentReceived);
  EXPECT_EQ(out[1].due_after, tenge(9'830));
}

TEST(EngineDecide, ActionNames) {
  EXPECT_EQ(action_name(Action::kPaymentReceived), "payment_received");
  EXPECT_EQ(action_name(Action::kClosedAsPaid), "closed_as_paid");
  EXPECT_EQ(action_name(Action::kDiscountWindowClosed), "discount_window_closed");
  EXPECT_EQ(action_name(Action::kVoluntaryTermExpired), "voluntary_term_expired");
  EXPECT_EQ(action_name(Action::kProceedingOpened), "proceeding_opened");
  EXPECT_EQ(action_name(Action::kNoticeSms), "notice_sent_sms");
  EXPECT_EQ(action_name(Action::kNoticeEgovPush), "notice_sent_egov_push");
  EXPECT_EQ(action_name(Action::kAccountArrested), "account_arrested");
  EXPECT_EQ(action_name(Action::kHandedToPrivateBailiff), "handed_to_private_bailiff");
  EXPECT_EQ(action_name(Action::kFeeCharged), "fee_charged");
  EXPECT_EQ(action_name(Action::kMeasuresLifted), "measures_lifted");
}

// Near the calendar's end no step is dated past it: the case stays open with its next step
// undated, instead of aborting the run (issue 10, finding 10). The calendar is kz.json
// without its provisional 2027, so it ends 2026-12-31.
Engine ending_2026() {
  return Engine(test::shipped_policy("kz-2024-08-20"), test::kz_calendar_final_years());
}

// 5 MRP 2026 = 21,625 tenge, not admitted, in force Mon 2026-10-12: term to 11-11, expires
// 11-12; referral 10-12 + 50 = Tue 12-01, robot opens; window 12-01 + 1 month = Fri 2027-01-01,
// which needs a 2027 calendar to roll: undated.
Fine late_fine(const char* in_force) {
  Fine f;
  f.id = "L-1";
  f.amount = tenge(21'625);
  f.in_force = d(in_force);
  return f;
}

TEST(EngineCalendarEnd, UnpaidCaseStopsBeforeAnUndatableStep) {
  const CaseRun run = ending_2026().run(late_fine("2026-10-12"), d("2026-12-31"));
  ASSERT_EQ(run.decisions.size(), 5u);
  EXPECT_EQ(run.decisions[0].action, Action::kVoluntaryTermExpired);
  EXPECT_EQ(to_iso(run.decisions[0].date), "2026-11-12");
  EXPECT_EQ(run.decisions[1].action, Action::kProceedingOpened);
  EXPECT_EQ(to_iso(run.decisions[1].date), "2026-12-01");
  EXPECT_EQ(run.decisions[4].action, Action::kAccountArrested);
  EXPECT_EQ(run.state.stage, Stage::kRobot);
  EXPECT_EQ(run.state.pending, Milestone::kRobotWindowExpires);
  EXPECT_TRUE(run.state.pending_undated);
}

TEST(EngineCalendarEnd, CasePaidOnItsFirstDayNearTheEndCloses) {
  Fine fine = late_fine("2026-12-02");
  fine.payments.push_back({d("2026-12-02"), tenge(21'625)});
  const CaseRun run = ending_2026().run(fine, d("2026-12-31"));
  ASSERT_EQ(run.decisions.size(), 1u);
  EXPECT_EQ(run.decisions[0].action, Action::kClosedAsPaid);
  EXPECT_EQ(run.state.stage, Stage::kClosed);
}

TEST(EngineCalendarEnd, TermEndingPastTheCalendarIsNotAnError) {
  Fine fine = speeding();
  fine.discount_eligible = false;
  fine.in_force = d("2026-12-10");  // the term's last day, 2027-01-09, is past the calendar
  const CaseRun run = ending_2026().run(fine, d("2026-12-31"));
  EXPECT_TRUE(run.decisions.empty());
  EXPECT_EQ(run.state.pending, Milestone::kVoluntaryExpires);
  EXPECT_TRUE(run.state.pending_undated);
}

TEST(EngineCalendarEnd, HorizonBeforeEntryIntoForceDecidesNothing) {
  const CaseRun run = ending_2026().run(late_fine("2026-12-02"), d("2026-11-30"));
  EXPECT_TRUE(run.decisions.empty());
  EXPECT_EQ(run.state.pending, Milestone::kVoluntaryExpires);
  EXPECT_TRUE(run.state.pending_undated);  // 2027-01-01 needs the 2027 calendar to roll
}

TEST(EngineCalendarEnd, PaymentsAfterTheHorizonAreNotProcessed) {
  Fine fine = late_fine("2026-10-12");
  fine.payments.push_back({d("2026-12-10"), tenge(21'625)});
  const CaseRun run = ending_2026().run(fine, d("2026-11-30"));
  ASSERT_EQ(run.decisions.size(), 1u);
  EXPECT_EQ(run.decisions[0].action, Action::kVoluntaryTermExpired);
  EXPECT_EQ(run.state.pending, Milestone::kReferral);
  EXPECT_EQ(to_iso(run.state.pending_date), "2026-12-01");
}

TEST(EngineCalendarEnd, AdvancingAnUndatableStepIsRefused) {
  const Engine engine = ending_2026();
  CaseState s = engine.open(late_fine("2026-12-02"));
  ASSERT_TRUE(s.pending_undated);
  std::vector<Decision> out;
  try {
    engine.advance(s, out);
    FAIL() << "advance() took an undatable step";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "the next step (voluntary_term_expires) falls after the calendar's last day "
                 "2026-12-31");
  }
}

TEST(EngineCalendarEnd, MilestoneNames) {
  EXPECT_EQ(milestone_name(Milestone::kDiscountCloses), "discount_window_closes");
  EXPECT_EQ(milestone_name(Milestone::kVoluntaryExpires), "voluntary_term_expires");
  EXPECT_EQ(milestone_name(Milestone::kReferral), "referral");
  EXPECT_EQ(milestone_name(Milestone::kRobotWindowExpires), "robot_window_expires");
}

}  // namespace
}  // namespace bailiff
