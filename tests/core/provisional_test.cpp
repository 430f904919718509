// What a result rests on that no law sets yet (core/provisional.hpp): the provisional years
// of the calendar and the policy values flagged `assumption`, here the MRP of 2027.

#include "bailiff/provisional.hpp"

#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/engine.hpp"

namespace bailiff {
namespace {

Date d(const char* iso) {
  return *parse_iso_date(iso);
}

const Policy& national() {
  return test::shipped_policy("kz-2024-08-20");
}

TEST(PolicyAssumption, Mrp2027IsAFlaggedAssumptionInEveryShippedPolicy) {
  for (const char* name : {"kz-2024-08-20", "kz-2024-pilot", "kz-pre-robot"}) {
    const Policy& policy = test::shipped_policy(name);
    ASSERT_EQ(policy.assumed_values().size(), 1u) << name;
    const AssumedValue& mrp = policy.assumed_values()[0];
    EXPECT_EQ(mrp.parameter, "mrp");
    EXPECT_EQ(mrp.from, d("2027-01-01"));
    EXPECT_NE(mrp.assumption.find("MRP 2027 = 4,325 tenge"), std::string::npos) << mrp.assumption;
    EXPECT_EQ(policy.at(d("2027-01-01")).mrp, tenge(4'325));
  }
}

TEST(PolicyAssumption, FixtureValueParses) {
  const Policy p = Policy::parse(test::fixture("policy/valid-assumed-mrp.json"), "assumed");
  ASSERT_EQ(p.assumed_values().size(), 1u);
  EXPECT_EQ(p.assumed_values()[0].from, d("2025-01-01"));
  EXPECT_EQ(p.assumed_values()[0].assumption, "MRP 2025 assumed: 2024 value raised by 6.5%");
  EXPECT_TRUE(Policy::parse(test::fixture("policy/valid-minimal.json"), "minimal")
                  .assumed_values()
                  .empty());
}

// The 20 MRP limit in 2027 is 20 x 4,325 = 86,500 tenge with the assumed MRP: a fine of
// exactly that goes to the robot, one tiyn more goes straight to a private bailiff. In force
// Mon 2027-02-22, not admitted: referral 02-22 + 50 = Tue 2027-04-13.
TEST(PolicyAssumption, Mrp2027SetsTheRobotLimit) {
  const Engine engine(national(), test::kz_calendar());
  Fine f;
  f.id = "MRP-27";
  f.in_force = d("2027-02-22");
  f.amount = tenge(86'500);
  std::vector<Decision> out = engine.decide(f, d("2027-04-30"));
  ASSERT_GE(out.size(), 2u);
  EXPECT_EQ(out[1].date, d("2027-04-13"));
  EXPECT_EQ(out[1].action, Action::kProceedingOpened);
  f.amount += 1;
  out = engine.decide(f, d("2027-04-30"));
  ASSERT_GE(out.size(), 2u);
  EXPECT_EQ(out[1].action, Action::kHandedToPrivateBailiff);
}

// Issue 24, item 13: inside the final years only the calendar's assumed day is named, from it.
TEST(ProvisionalNotes, InsideTheFinalYearsOnlyTheAssumedDay) {
  const Policy* policies[] = {&national()};
  EXPECT_TRUE(provisional_notes(test::kz_calendar(), policies, d("2026-08-30")).empty());
  const std::vector<ProvisionalNote> notes =
      provisional_notes(test::kz_calendar(), policies, d("2026-12-31"));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].source, "calendar kz, 2026-08-31");
  EXPECT_EQ(notes[0].from, d("2026-08-31"));
  EXPECT_TRUE(notes[0].day);
  EXPECT_NE(notes[0].assumption.find("taspanews.kz, 18.03.2026"), std::string::npos);
}

TEST(ProvisionalNotes, From2027TheCalendarAndTheMrp) {
  const Policy* policies[] = {&national(), &test::shipped_policy("kz-pre-robot"), &national()};
  const std::vector<ProvisionalNote> notes =
      provisional_notes(test::kz_calendar(), policies, d("2027-01-01"));
  // the assumed day, three calendar assumptions, the MRP of each policy once
  ASSERT_EQ(notes.size(), 6u);
  EXPECT_EQ(notes[0].source, "calendar kz, 2026-08-31");
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(notes[i + 1].source, "calendar kz, year 2027");
    EXPECT_EQ(notes[i + 1].from, d("2027-01-01"));
    EXPECT_EQ(notes[i + 1].assumption, test::kz_calendar().provisional_years()[0].assumptions[i]);
  }
  EXPECT_NE(notes[2].assumption.find("Kurban Ait"), std::string::npos);
  EXPECT_EQ(notes[4].source, "policy kz-2024-08-20, mrp from 2027-01-01");
  EXPECT_EQ(notes[5].source, "policy kz-pre-robot, mrp from 2027-01-01");
}

TEST(ProvisionalNotes, AnAssumedValueWithoutAProvisionalYear) {
  const Policy p = Policy::parse(test::fixture("policy/valid-assumed-mrp.json"), "assumed");
  const Calendar c = Calendar::parse(test::fixture("calendar/valid-minimal.json"), "minimal");
  const Policy* policies[] = {&p};
  EXPECT_TRUE(provisional_notes(c, policies, d("2024-12-31")).empty());
  const std::vector<ProvisionalNote> notes = provisional_notes(c, policies, d("2025-01-01"));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].source, "policy valid-assumed-mrp, mrp from 2025-01-01");
}

}  // namespace
}  // namespace bailiff
