// The working-day calendar (data/calendars/kz.json): known holidays and transfers of
// 2024-2026, working-day arithmetic, roll-forward and the error outside the covered years
// (the provisional 2027: calendar_2027_test.cpp).

#include "bailiff/calendar.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"

namespace bailiff {
namespace {

Date d(const char* iso) {
  const std::optional<Date> date = parse_iso_date(iso);
  if (!date) throw std::runtime_error(std::string("bad date in test: ") + iso);
  return *date;
}

const Calendar& kz() { return test::kz_calendar(); }

TEST(Calendar, CoversTheYearsOfTheData) {
  EXPECT_EQ(kz().name(), "kz");
  EXPECT_EQ(kz().first_year(), 2024);
  EXPECT_EQ(kz().last_year(), 2027);
  EXPECT_EQ(kz().first_day(), d("2024-01-01"));
  EXPECT_EQ(kz().last_day(), d("2027-12-31"));
}

// Holidays and days off typed from the decrees and the Law "On holidays" (README of
// data/calendars), not read back from the file.
TEST(Calendar, KnownNonWorkingWeekdays2024) {
  for (const char* day : {"2024-01-01", "2024-01-02", "2024-03-08", "2024-03-21", "2024-03-22",
                          "2024-03-25" /* Nauryz Sat 23.03 moved */, "2024-05-01", "2024-05-07",
                          "2024-05-08" /* moved from Sat 04.05 by the order of 17.04.2024 */,
                          "2024-05-09", "2024-07-08" /* Capital Day Sat 06.07 moved */,
                          "2024-08-30", "2024-10-25", "2024-12-16"}) {
    EXPECT_FALSE(kz().is_working_day(d(day))) << day;
  }
  EXPECT_TRUE(kz().is_working_day(d("2024-05-04"))) << "Saturday made a working day";
  EXPECT_TRUE(kz().is_working_day(d("2024-06-17"))) << "Kurban Ait on Sunday 16.06 is not moved";
  EXPECT_TRUE(kz().is_working_day(d("2024-01-08"))) << "7 January on a Sunday is not moved";
  EXPECT_TRUE(kz().is_working_day(d("2024-08-20")));
}

TEST(Calendar, KnownNonWorkingWeekdays2025) {
  for (const char* day : {"2025-01-01", "2025-01-02", "2025-01-03" /* order No. 436 */,
                          "2025-01-07", "2025-03-10" /* 8 March on Saturday */, "2025-03-21",
                          "2025-03-24", "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09",
                          "2025-06-06" /* Kurban Ait */, "2025-07-07", "2025-09-01",
                          "2025-10-27", "2025-12-16"}) {
    EXPECT_FALSE(kz().is_working_day(d(day))) << day;
  }
  EXPECT_TRUE(kz().is_working_day(d("2025-01-05"))) << "Sunday made a working day (order 436)";
  EXPECT_TRUE(kz().is_working_day(d("2025-03-11")));
  EXPECT_TRUE(kz().is_working_day(d("2025-05-02")));
}

TEST(Calendar, KnownNonWorkingWeekdays2026) {
  for (const char* day : {"2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
                          "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11",
                          "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"}) {
    EXPECT_FALSE(kz().is_working_day(d(day))) << day;
  }
  // From 2026, 30 August is no longer Constitution Day (data/calendars/README.md).
  EXPECT_TRUE(kz().is_working_day(d("2026-08-31")));
  EXPECT_FALSE(kz().is_working_day(d("2026-08-30")));  // a Sunday anyway
}

TEST(Calendar, EveryListedDayOfTheDataIsApplied) {
  const nlohmann::json doc = nlohmann::json::parse(test::shipped("calendars/kz.json"));
  int checked = 0;
  for (const auto& year : doc.at("years")) {
    for (const char* list : {"holidays", "days_off"}) {
      for (const auto& entry : year.at(list)) {
        EXPECT_FALSE(kz().is_working_day(d(entry.at("date").get<std::string>().c_str())))
            << entry.dump();
        ++checked;
      }
    }
    for (const auto& entry : year.at("working_days")) {
      EXPECT_TRUE(kz().is_working_day(d(entry.at("date").get<std::string>().c_str())))
          << entry.dump();
      ++checked;
    }
  }
  EXPECT_EQ(checked, 15 + 3 + 1 + 15 + 7 + 1 + 14 + 5 + 15 + 4);
}

// Weekdays minus weekday holidays minus days off plus weekend working days, by hand:
// 2024: 262 - 11 - 3 + 1 = 249; 2025: 261 - 9 - 7 + 1 = 246; 2026: 261 - 9 - 5 = 247.
TEST(Calendar, WorkingDaysPerYear) {
  for (const auto& [year, expected] : {std::pair{2024, 249}, {2025, 246}, {2026, 247}}) {
    int count = 0;
    for (Date day = from_ymd(year, 1, 1); day <= from_ymd(year, 12, 31); day = day.plus_days(1)) {
      count += kz().is_working_day(day) ? 1 : 0;
    }
    EXPECT_EQ(count, expected) << year;
  }
}

TEST(Calendar, AddWorkingDaysSkipsWeekendsAndHolidays) {
  EXPECT_EQ(kz().add_working_days(d("2025-03-03"), 7), d("2025-03-13"));  // across 8-10 March
  EXPECT_EQ(kz().add_working_days(d("2025-03-14"), 7), d("2025-03-28"));  // across Nauryz
  EXPECT_EQ(kz().add_working_days(d("2024-04-26"), 7), d("2024-05-10"));  // May 2024, Sat 04.05
  EXPECT_EQ(kz().add_working_days(d("2024-05-03"), 1), d("2024-05-04"));  // working Saturday
  EXPECT_EQ(kz().add_working_days(d("2025-03-22"), 1), d("2025-03-26"));  // start on a holiday
  // Across the new year: 31.12 (1), 1-2.01 holidays, 3.01 day off, Sat 4.01, Sun 5.01 working (2).
  EXPECT_EQ(kz().add_working_days(d("2024-12-30"), 2), d("2025-01-05"));
  EXPECT_EQ(kz().add_working_days(d("2025-03-03"), 0), d("2025-03-03"));
  EXPECT_EQ(kz().add_working_days(d("2025-03-07"), 1), d("2025-03-11"));
}

TEST(Calendar, RollForward) {
  EXPECT_EQ(kz().roll_forward(d("2025-05-05")), d("2025-05-05"));  // working day: itself
  EXPECT_EQ(kz().roll_forward(d("2025-05-03")), d("2025-05-05"));  // Saturday
  EXPECT_EQ(kz().roll_forward(d("2025-05-01")), d("2025-05-02"));  // holiday
  EXPECT_EQ(kz().roll_forward(d("2026-03-21")), d("2026-03-26"));  // Nauryz + 2 days off
  EXPECT_EQ(kz().roll_forward(d("2025-01-01")), d("2025-01-05"));  // to a working Sunday
  EXPECT_EQ(kz().roll_forward(d("2024-03-22")), d("2024-03-26"));
  EXPECT_EQ(kz().roll_forward(d("2026-12-26")), d("2026-12-28"));
}

TEST(Calendar, OutsideTheCoveredYearsIsADomainErrorNamingTheRange) {
  try {
    (void)kz().is_working_day(d("2023-12-31"));
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "date 2023-12-31 is outside calendar \"kz\" (2024-2027): extend data/calendars "
                 "or shorten the horizon");
  }
  // The calendar without its provisional 2027 ends on 2026-12-31.
  const Calendar& final_years = test::kz_calendar_final_years();
  try {
    (void)final_years.is_working_day(d("2027-01-01"));
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "date 2027-01-01 is outside calendar \"kz\" (2024-2026): extend data/calendars "
                 "or shorten the horizon");
  }
  EXPECT_THROW((void)final_years.add_working_days(d("2026-12-31"), 1), DomainError);
  EXPECT_THROW((void)final_years.roll_forward(d("2027-01-02")), DomainError);
  EXPECT_EQ(final_years.roll_forward(d("2026-12-31")), d("2026-12-31"));
}

TEST(Calendar, MinimalFixtureParses) {
  const Calendar c = Calendar::parse(test::fixture("calendar/valid-minimal.json"), "fixture");
  EXPECT_EQ(c.name(), "fixture");
  EXPECT_EQ(c.first_year(), 2024);
  EXPECT_EQ(c.last_year(), 2025);
  EXPECT_FALSE(c.is_working_day(d("2024-03-25")));
  EXPECT_TRUE(c.is_working_day(d("2024-05-04")));
  EXPECT_TRUE(c.is_working_day(d("2024-05-01")));  // not listed in this fixture
  EXPECT_TRUE(c.is_working_day(d("2025-01-05")));
  EXPECT_THROW((void)c.is_working_day(d("2026-01-01")), DomainError);
}

TEST(Calendar, AWeekWithoutWorkingDaysIsRefusedNotLooped) {
  const std::string bytes =
      R"({"calendar": "never", "weekend": ["monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday"],
          "years": [{"year": 2024, "decrees": [], "holidays": [], "days_off": [],
                     "working_days": []}]})";
  const Calendar c = Calendar::parse(bytes, "never.json");
  EXPECT_THROW((void)c.roll_forward(d("2024-01-01")), DomainError);
  EXPECT_THROW((void)c.add_working_days(d("2024-01-01"), 1), DomainError);
}

}  // namespace
}  // namespace bailiff
