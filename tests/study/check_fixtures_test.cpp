// One hand-worked fixture per finding kind: the shipped example log (data/records/
// example.csv) and tests/fixtures/records/more_kinds.csv, decided under kz-2024-08-20.
// The expected findings are worked out by hand from the policy (data/policies/
// kz-2024-08-20.json) and the example cases' timelines (tests/golden/decide_example.txt):
// 30-day voluntary term, referral 50 days after entry into force, a 20-MRP simplified
// limit, a one-month robot window, 50% discount within 7 working days, fee 25% up to 60 MRP.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "../support/fixtures.hpp"
#include "bailiff/study/record_check.hpp"

namespace bailiff::study {
namespace {

constexpr const char* kKey = "example-key-0001";

struct Expected {
  std::string case_id;
  FindingKind kind;
  std::string date;
  Tiyn at_stake;
  bool charged;
};

CheckResult check(const std::string& bytes, CheckOptions options, std::optional<Date> as_of = {}) {
  if (!as_of) {
    std::istringstream first(bytes);
    RecordLogReader reader(first, "log", kKey);
    as_of = latest_date(reader);
  }
  std::istringstream in(bytes);
  RecordLogReader reader(in, "log", kKey);
  return check_log(reader, test::shipped_policy("kz-2024-08-20"), test::kz_calendar(), options,
                   *as_of);
}

void expect_findings(const CheckResult& r, const std::vector<Expected>& expected) {
  ASSERT_EQ(r.findings.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Finding& f = r.findings[i];
    const Expected& e = expected[i];
    EXPECT_EQ(f.case_id, e.case_id) << i;
    EXPECT_EQ(finding_kind_name(f.kind), finding_kind_name(e.kind)) << e.case_id;
    EXPECT_EQ(to_iso(f.date), e.date) << e.case_id;
    EXPECT_EQ(f.at_stake, e.at_stake) << e.case_id;
    EXPECT_EQ(f.charged, e.charged) << e.case_id;
    EXPECT_FALSE(f.rule.empty()) << e.case_id;
    if (f.kind != FindingKind::kCannotJudge) {
      EXPECT_FALSE(f.legal_basis.empty()) << e.case_id;
    }
  }
}

TEST(CheckFixtures, TheShippedExampleGivesItsHandWorkedFindings) {
  const CheckResult r = check(test::shipped("records/example.csv"), CheckOptions{});
  EXPECT_EQ(to_iso(r.as_of), "2026-06-01");  // the latest date in the log (RL-11's fee)
  EXPECT_EQ(r.cases, 12u);
  EXPECT_EQ(r.cases_with_finding, 8u);
  // Charged without a basis: RL-06's 9,830 (the discount), RL-07's fee of 4,915 (25% of
  // 19,660 = 5 MRP of 2025, taken inside the robot's window), RL-11's 3,243.75 fee.
  EXPECT_EQ(r.charged_without_basis, 983000 + 491500 + 324375);
  expect_findings(
      r,
      {
          // 157,280 = 40 MRP of 2025 > 20: the law hands it directly to a private bailiff.
          {"RL-05-over-limit", FindingKind::kProceedingOverLimit, "2025-07-22", 15728000, false},
          // Paid 19,660 on the 4th day of the discount window: 9,830 settled it.
          {"RL-06-no-discount", FindingKind::kDiscountNotHonoured, "2025-03-07", 983000, true},
          // Handed over two days into the one-month window (it ran to 2025-04-26).
          {"RL-07-early-handoff", FindingKind::kHandoffBeforeWindow, "2025-03-28", 1966000, false},
          {"RL-07-early-handoff", FindingKind::kFeeAboveScale, "2025-04-01", 491500, true},
          // The SMS the policy requires on the proceeding's day is not in the log; the arrest is
          // twice the 12,975 debt.
          {"RL-08-arrest", FindingKind::kArrestBeyondDebt, "2026-04-21", 1297500, false},
          {"RL-08-arrest", FindingKind::kNoticeMissing, "2026-04-21", 0, false},
          // 11,625 arrested on 2026-03-26, paid in full on 2026-04-20, never lifted.
          {"RL-09-not-lifted", FindingKind::kMeasuresNotLifted, "2026-04-20", 1162500, false},
          // Paid on 2025-04-25 inside the voluntary term; handed over on 2025-06-10.
          {"RL-10-after-payment", FindingKind::kHandoffAfterPayment, "2025-06-10", 3932000, false},
          // A fee (25% of 12,975) charged on a day nothing was recovered.
          {"RL-11-fee-unrecovered", FindingKind::kFeeWithoutRecovery, "2026-06-01", 324375, true},
          // In force in 2023: the calendar covers 2024-2027.
          {"RL-12-before-calendar", FindingKind::kCannotJudge, "2023-05-10", 0, false},
      });
}

TEST(CheckFixtures, TheOtherKindsGiveTheirHandWorkedFindings) {
  const CheckResult r = check(test::fixture("records/more_kinds.csv"), CheckOptions{});
  expect_findings(
      r, {
             // An arrest in a case paid within the voluntary term: no proceeding, no basis.
             {"K1-arrest-without-basis", FindingKind::kActionWithoutBasis, "2025-04-25", 3932000,
              false},
             // The robot's proceeding requires one account arrested; none is recorded.
             {"K2-arrest-missing", FindingKind::kActionMissing, "2025-03-26", 0, false},
             // The debt handed over is recorded as 44,250, the law's is 43,250.
             {"K3-debt-differs", FindingKind::kAmountDiffers, "2026-04-04", 100000, false},
             // 5,000 taken after the case was closed as paid.
             {"K4-paid-twice", FindingKind::kCollectedBeyondDue, "2025-05-05", 500000, true},
             // The proceeding recorded on 2025-03-31, the law's day 2025-03-26.
             {"K5-late-proceeding", FindingKind::kDateDiffers, "2025-03-31", 0, false},
         });
}

TEST(CheckFixtures, TheToleranceIsCountedInWorkingDays) {
  // 2025-03-26 (Wednesday) + 3 working days = 2025-03-31 (Monday): matched; + 2 is not.
  CheckOptions options;
  options.tolerance_working_days = 3;
  const std::string log = test::fixture("records/more_kinds.csv");
  for (const Finding& f : check(log, options).findings) {
    EXPECT_NE(f.kind, FindingKind::kDateDiffers) << f.case_id;
  }
  options.tolerance_working_days = 2;
  bool late = false;
  for (const Finding& f : check(log, options).findings)
    late = late || f.kind == FindingKind::kDateDiffers;
  EXPECT_TRUE(late);
}

TEST(CheckFixtures, EventsAfterTheAsOfDateCannotBeJudged) {
  const CheckResult r =
      check(test::shipped("records/example.csv"), CheckOptions{}, parse_iso_date("2026-05-31"));
  // RL-11's fee of 2026-06-01 is after it: not judged, and said so.
  std::vector<const Finding*> rl11;
  for (const Finding& f : r.findings) {
    if (f.case_id == "RL-11-fee-unrecovered") rl11.push_back(&f);
  }
  ASSERT_EQ(rl11.size(), 1u);
  EXPECT_EQ(rl11[0]->kind, FindingKind::kCannotJudge);
  EXPECT_EQ(rl11[0]->cannot_judge, CannotJudge::kAfterAsOf);
  EXPECT_EQ(to_iso(rl11[0]->date), "2026-06-01");
}

TEST(CheckFixtures, EventsAfterTheCalendarsLastDayCannotBeJudged) {
  const std::string log =
      "case_id,record,date,action,amount_tenge,debtor_iin,region,article,discount_eligible\n"
      "C1,fine,2027-12-01,,19660,880101300123,Almaty,,0\n"
      "C1,event,2028-01-10,handed_to_private_bailiff,19660,,,,\n";
  const CheckResult r = check(log, CheckOptions{}, parse_iso_date("2028-02-01"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].kind, FindingKind::kCannotJudge);
  EXPECT_EQ(r.findings[0].cannot_judge, CannotJudge::kAfterAsOf);
  EXPECT_EQ(r.findings[0].reason, "2027-12-31");
}

TEST(CheckFixtures, MeasuresLiftedWithinTheStatedDaysAreOnTime) {
  const std::string lifted_late =
      "case_id,record,date,action,amount_tenge,debtor_iin,region,article,discount_eligible\n"
      "L1,fine,2025-02-03,,19660,880101300123,Zhambyl,,0\n"
      "L1,event,2025-03-26,proceeding_opened,19660,,,,\n"
      "L1,event,2025-03-26,notice_sent_sms,19660,,,,\n"
      "L1,event,2025-03-26,notice_sent_egov_push,19660,,,,\n"
      "L1,event,2025-03-26,account_arrested,19660,,,,\n"
      "L1,event,2025-04-01,closed_as_paid,19660,,,,\n"
      "L1,event,2025-04-03,measures_lifted,,,,,\n";
  // Paid on Tuesday 2025-04-01; lifted on Thursday: 2 working days later.
  CheckOptions options;
  options.lift_working_days = 1;
  const CheckResult late = check(lifted_late, options);
  ASSERT_EQ(late.findings.size(), 1u);
  EXPECT_EQ(late.findings[0].kind, FindingKind::kMeasuresNotLifted);
  EXPECT_EQ(late.findings[0].at_stake, 1966000);
  options.lift_working_days = 2;
  EXPECT_TRUE(check(lifted_late, options).findings.empty());
}

}  // namespace
}  // namespace bailiff::study
