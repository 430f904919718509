// The provisional year 2027 of data/calendars/kz.json: its days off computed by hand from the
// statutory rules (data/calendars/README.md, "2027"), the provisional flag, the calendar's new
// end, and terms of the engine that run across the New Year 2026/2027.

#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/calendar.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"

namespace bailiff {
namespace {

Date d(const char* iso) {
  const std::optional<Date> date = parse_iso_date(iso);
  if (!date) throw std::runtime_error(std::string("bad date in test: ") + iso);
  return *date;
}

const Calendar& kz() {
  return test::kz_calendar();
}

TEST(Calendar2027, IsCoveredAndProvisional) {
  EXPECT_EQ(kz().last_year(), 2027);
  EXPECT_EQ(kz().last_day(), d("2027-12-31"));
  EXPECT_EQ(kz().last_final_day(), d("2026-12-31"));
  ASSERT_EQ(kz().provisional_years().size(), 1u);
  EXPECT_EQ(kz().provisional_years()[0].year, 2027);
  EXPECT_EQ(kz().provisional_years()[0].assumptions.size(), 3u);
  EXPECT_FALSE(kz().is_provisional(d("2026-12-31")));
  EXPECT_TRUE(kz().is_provisional(d("2027-01-01")));
  EXPECT_TRUE(kz().is_provisional(d("2027-12-31")));
  EXPECT_FALSE(kz().is_provisional(d("2028-01-01")));  // not covered at all
  EXPECT_FALSE(kz().is_provisional(d("2024-06-01")));
}

// 2027 starts on a Friday. Holidays on a weekday: 01-01 (Fri), 01-07 (Thu, Christmas),
// 03-08 (Mon), 03-15 (Mon, Constitution Day), 03-22 and 03-23 (Nauryz), 05-07 (Fri), 07-06
// (Tue), 10-25 (Mon), 12-16 (Thu). On a weekend, moved to the next working day (Law art. 5):
// Sat 01-02 -> Mon 01-04; Sun 03-21 -> Wed 03-24 (03-22 and 03-23 are holidays themselves);
// Sat 05-01 -> Mon 05-03; Sun 05-09 -> Mon 05-10.
TEST(Calendar2027, StatutoryDaysOff) {
  for (const char* day : {"2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08", "2027-03-15",
                          "2027-03-22", "2027-03-23", "2027-03-24", "2027-05-03", "2027-05-07",
                          "2027-05-10", "2027-07-06", "2027-10-25", "2027-12-16"}) {
    EXPECT_FALSE(kz().is_working_day(d(day))) << day;
  }
  for (const char* day : {"2027-01-05", "2027-01-06", "2027-01-08", "2027-03-25", "2027-05-04",
                          "2027-05-11", "2027-12-17"}) {
    EXPECT_TRUE(kz().is_working_day(d(day))) << day;
  }
  // Kurban Ait is assumed on Sunday 05-16: a Labour Code day off, never moved, so Monday
  // 05-17 works. 30 August is no longer a holiday (from 2026): Monday 2027-08-30 works.
  EXPECT_FALSE(kz().is_working_day(d("2027-05-16")));
  EXPECT_TRUE(kz().is_working_day(d("2027-05-17")));
  EXPECT_TRUE(kz().is_working_day(d("2027-08-30")));
}

// 261 weekdays (52 weeks and a Friday) - 10 weekday holidays - 4 days off = 247.
TEST(Calendar2027, WorkingDays) {
  int count = 0;
  for (Date day = d("2027-01-01"); day <= d("2027-12-31"); day = day.plus_days(1)) {
    count += kz().is_working_day(day) ? 1 : 0;
  }
  EXPECT_EQ(count, 247);
}

TEST(Calendar2027, TermsAcrossTheNewYear) {
  // From Wed 2026-12-30, 7 working days: 12-31 (1); 01-01 and Sat 01-02 holidays, Sun 01-03,
  // Mon 01-04 the day off carried from 01-02; 01-05 (2), 01-06 (3); 01-07 Christmas; 01-08
  // (4); 01-11 (5), 01-12 (6), 01-13 (7).
  EXPECT_EQ(kz().add_working_days(d("2026-12-30"), 7), d("2027-01-13"));
  EXPECT_EQ(kz().roll_forward(d("2027-01-01")), d("2027-01-05"));
  EXPECT_EQ(kz().roll_forward(d("2027-03-20")), d("2027-03-25"));  // Sat, Nauryz, 03-24 off
  EXPECT_EQ(kz().roll_forward(d("2027-05-01")), d("2027-05-04"));  // Sat, Sun, 05-03 off
  EXPECT_EQ(kz().roll_forward(d("2027-12-31")), d("2027-12-31"));  // a Friday
}

TEST(Calendar2027, DatesBeyond2027AreRefused) {
  try {
    (void)kz().is_working_day(d("2028-01-01"));
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "date 2028-01-01 is outside calendar \"kz\" (2024-2027): extend data/calendars "
                 "or shorten the horizon");
  }
  EXPECT_THROW((void)kz().add_working_days(d("2027-12-31"), 1), DomainError);
  EXPECT_FALSE(kz().add_working_days_within(d("2027-12-31"), 1).has_value());
  EXPECT_FALSE(kz().roll_forward_within(d("2028-01-01")).has_value());
}

TEST(Calendar2027, ProvisionalFixtureParses) {
  const Calendar c = Calendar::parse(test::fixture("calendar/valid-provisional.json"), "fixture");
  EXPECT_EQ(c.last_final_day(), d("2024-12-31"));
  ASSERT_EQ(c.provisional_years().size(), 1u);
  EXPECT_EQ(c.provisional_years()[0].year, 2025);
  EXPECT_EQ(c.provisional_years()[0].assumptions,
            (std::vector<std::string>{"no order transferring days off in 2025 exists yet",
                                      "Kurban Ait assumed on a Sunday"}));
  // A calendar whose every year is final ends its final days on its last day.
  const Calendar minimal = Calendar::parse(test::fixture("calendar/valid-minimal.json"), "minimal");
  EXPECT_TRUE(minimal.provisional_years().empty());
  EXPECT_EQ(minimal.last_final_day(), minimal.last_day());
}

// ---- the engine across 2026/2027, policy kz-2024-08-20 -------------------------------------

Engine national() {
  return Engine(test::shipped_policy("kz-2024-08-20"), kz());
}

Fine fine(const char* in_force, std::int64_t amount_tenge, bool admitted) {
  Fine f;
  f.id = "NY-1";
  f.amount = tenge(amount_tenge);
  f.in_force = d(in_force);
  f.discount_eligible = admitted;
  return f;
}

// 5 MRP 2026 = 21,625 tenge, admitted, in force Thu 2026-12-24. Discount term, 7 working
// days: 12-25 (1), 12-28 (2), 12-29 (3), 12-30 (4), 12-31 (5), then 01-01 to 01-04 off (two
// holidays, a Sunday and the carried day off), 01-05 (6), 01-06 (7): the last day is
// 2027-01-06 and the window closes on 2027-01-07. Without 2027 it could not be dated.
TEST(EngineAcrossNewYear2027, DiscountWindowSpansTheHolidays) {
  Fine f = fine("2026-12-24", 21'625, true);
  const CaseRun undated =
      Engine(test::shipped_policy("kz-2024-08-20"), test::kz_calendar_final_years())
          .run(f, d("2026-12-31"));
  EXPECT_TRUE(undated.state.pending_undated);

  const CaseRun open = national().run(f, d("2026-12-31"));
  EXPECT_TRUE(open.decisions.empty());
  EXPECT_FALSE(open.state.pending_undated);
  EXPECT_EQ(open.state.pending, Milestone::kDiscountCloses);
  EXPECT_EQ(open.state.pending_date, d("2027-01-07"));

  f.payments.push_back({d("2027-01-06"), tenge(10'812) + 50});  // half of 21,625, on the last day
  const std::vector<Decision> paid = national().decide(f, d("2027-01-31"));
  ASSERT_EQ(paid.size(), 1u);
  EXPECT_EQ(paid[0].action, Action::kClosedAsPaid);
  EXPECT_EQ(paid[0].date, d("2027-01-06"));
}

// Not admitted, in force Thu 2026-12-24: voluntary term 12-24 + 30 = Sat 2027-01-23, rolled
// to Mon 01-25, expires Tue 01-26; referral 12-24 + 50 = Fri 2027-02-12, a working day.
TEST(EngineAcrossNewYear2027, VoluntaryTermAndReferralRoll) {
  const std::vector<Decision> out =
      national().decide(fine("2026-12-24", 21'625, false), d("2027-02-28"));
  ASSERT_GE(out.size(), 2u);
  EXPECT_EQ(out[0].action, Action::kVoluntaryTermExpired);
  EXPECT_EQ(out[0].date, d("2027-01-26"));
  EXPECT_EQ(out[1].action, Action::kProceedingOpened);
  EXPECT_EQ(out[1].date, d("2027-02-12"));
}

// In force Mon 2026-10-12, not admitted: referral Tue 2026-12-01 opens the robot's proceeding;
// its one-month window ends 2027-01-01, a holiday, rolled over 01-02 (holiday), 01-03 (Sunday)
// and 01-04 (carried day off) to Tue 01-05: the hand-off is on Wed 2027-01-06.
TEST(EngineAcrossNewYear2027, RobotWindowRollsOverTheCarriedDayOff) {
  const Fine f = fine("2026-10-12", 21'625, false);
  const CaseRun at_default = national().run(f, kz().last_final_day());
  EXPECT_EQ(at_default.state.stage, Stage::kRobot);
  EXPECT_FALSE(at_default.state.pending_undated);
  EXPECT_EQ(at_default.state.pending_date, d("2027-01-06"));
  const std::vector<Decision> out = national().decide(f, d("2027-01-31"));
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back().action, Action::kHandedToPrivateBailiff);
  EXPECT_EQ(out.back().date, d("2027-01-06"));
}

// A step that needs a working day of 2028 stays undated: in force 2027-12-10, the voluntary
// term's last day 2028-01-09 is beyond the calendar.
// And a voluntary term over Nauryz 2027: in force Mon 2027-02-22, + 30 = Wed 03-24, the day
// off carried from Sunday 03-21, rolled to Thu 03-25: the term expires on Fri 03-26.
TEST(EngineAcrossNewYear2027, VoluntaryTermOverNauryz) {
  const std::vector<Decision> out =
      national().decide(fine("2027-02-22", 21'625, false), d("2027-03-31"));
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].action, Action::kVoluntaryTermExpired);
  EXPECT_EQ(out[0].date, d("2027-03-26"));
}

TEST(EngineAcrossNewYear2027, TermInto2028IsUndated) {
  const CaseRun run = national().run(fine("2027-12-10", 21'625, false), d("2027-12-31"));
  EXPECT_TRUE(run.decisions.empty());
  EXPECT_TRUE(run.state.pending_undated);
}

}  // namespace
}  // namespace bailiff
