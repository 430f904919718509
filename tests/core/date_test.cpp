// Civil dates: day numbers, year/month/day, weekdays, month arithmetic and ISO parsing.

#include "bailiff/date.hpp"

#include <gtest/gtest.h>

#include <string>

namespace bailiff {
namespace {

Date ymd(int y, int m, int d) { return from_ymd(y, m, d); }

TEST(Date, KnownDayNumbers) {
  EXPECT_EQ(ymd(1970, 1, 1).days, 0);
  EXPECT_EQ(ymd(1969, 12, 31).days, -1);
  EXPECT_EQ(ymd(2024, 1, 1).days, 19723);
  EXPECT_EQ(ymd(2025, 3, 26).days, 20173);
  EXPECT_EQ(ymd(2026, 12, 31).days, 20818);
  EXPECT_EQ(ymd(1900, 1, 1).days, -25567);
  EXPECT_EQ(ymd(2199, 12, 31).days, 84005);
  EXPECT_EQ(ymd(2000, 3, 1).days - ymd(2000, 2, 28).days, 2);  // 2000 is a leap year
  EXPECT_EQ(ymd(1900, 3, 1).days - ymd(1900, 2, 28).days, 1);  // 1900 is not
  EXPECT_EQ(ymd(2100, 3, 1).days - ymd(2100, 2, 28).days, 1);  // nor 2100
}

TEST(Date, EveryDayFrom1900To2199RoundTrips) {
  const Date first = ymd(1900, 1, 1), last = ymd(2199, 12, 31);
  YearMonthDay expected{1900, 1, 1};
  int weekday_index = 0;  // 1900-01-01 was a Monday
  for (Date d = first; d <= last; d = d.plus_days(1)) {
    const YearMonthDay got = to_ymd(d);
    ASSERT_EQ(got.year, expected.year) << d.days;
    ASSERT_EQ(got.month, expected.month) << d.days;
    ASSERT_EQ(got.day, expected.day) << d.days;
    ASSERT_EQ(from_ymd(got.year, got.month, got.day), d);
    ASSERT_EQ(static_cast<int>(weekday(d)), weekday_index) << to_iso(d);
    const std::string iso = to_iso(d);
    ASSERT_EQ(parse_iso_date(iso), d) << iso;
    // The next day by hand: day + 1, or the 1st of the next month / year.
    if (expected.day < days_in_month(expected.year, expected.month)) {
      ++expected.day;
    } else if (expected.month < 12) {
      expected = {expected.year, expected.month + 1, 1};
    } else {
      expected = {expected.year + 1, 1, 1};
    }
    weekday_index = (weekday_index + 1) % 7;
  }
  EXPECT_EQ(expected.year, 2200);
}

TEST(Date, Weekdays) {
  EXPECT_EQ(weekday(ymd(1970, 1, 1)), Weekday::kThursday);
  EXPECT_EQ(weekday(ymd(1969, 12, 31)), Weekday::kWednesday);
  EXPECT_EQ(weekday(ymd(1900, 1, 1)), Weekday::kMonday);
  EXPECT_EQ(weekday(ymd(2000, 2, 29)), Weekday::kTuesday);
  EXPECT_EQ(weekday(ymd(2024, 8, 20)), Weekday::kTuesday);   // Order 697 in force
  EXPECT_EQ(weekday(ymd(2025, 5, 3)), Weekday::kSaturday);
  EXPECT_EQ(weekday(ymd(2025, 5, 4)), Weekday::kSunday);
  EXPECT_EQ(weekday(ymd(2199, 12, 31)), Weekday::kTuesday);
}

TEST(Date, DaysInMonth) {
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2025, 2), 28);
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2000, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(days_in_month(2025, 4), 30);
  EXPECT_EQ(days_in_month(2025, 12), 31);
}

TEST(Date, PlusMonthsClampsToTheMonthsLastDay) {
  EXPECT_EQ(plus_months(ymd(2024, 1, 31), 1), ymd(2024, 2, 29));
  EXPECT_EQ(plus_months(ymd(2023, 1, 31), 1), ymd(2023, 2, 28));
  EXPECT_EQ(plus_months(ymd(2024, 3, 31), -1), ymd(2024, 2, 29));
  EXPECT_EQ(plus_months(ymd(2025, 3, 31), -1), ymd(2025, 2, 28));
  EXPECT_EQ(plus_months(ymd(2024, 2, 29), 12), ymd(2025, 2, 28));
  EXPECT_EQ(plus_months(ymd(2024, 10, 31), 1), ymd(2024, 11, 30));
  EXPECT_EQ(plus_months(ymd(2024, 8, 31), 6), ymd(2025, 2, 28));
  EXPECT_EQ(plus_months(ymd(2024, 1, 31), 13), ymd(2025, 2, 28));
  EXPECT_EQ(plus_months(ymd(2024, 12, 15), 1), ymd(2025, 1, 15));
  EXPECT_EQ(plus_months(ymd(2024, 1, 15), -1), ymd(2023, 12, 15));
  EXPECT_EQ(plus_months(ymd(2025, 3, 26), 1), ymd(2025, 4, 26));
  EXPECT_EQ(plus_months(ymd(2025, 3, 26), 0), ymd(2025, 3, 26));
  EXPECT_EQ(plus_months(ymd(2025, 1, 30), 1), ymd(2025, 2, 28));
  // Clamping does not stick: 31 Jan + 2 months is 31 March, not 28 or 29.
  EXPECT_EQ(plus_months(ymd(2025, 1, 31), 2), ymd(2025, 3, 31));
}

TEST(Date, DaysBetweenAndPlusDays) {
  EXPECT_EQ(days_between(ymd(2025, 3, 3), ymd(2025, 4, 2)), 30);
  EXPECT_EQ(days_between(ymd(2025, 4, 2), ymd(2025, 3, 3)), -30);
  EXPECT_EQ(ymd(2024, 12, 31).plus_days(1), ymd(2025, 1, 1));
  EXPECT_EQ(ymd(2025, 1, 1).plus_days(-1), ymd(2024, 12, 31));
  EXPECT_LT(ymd(2024, 8, 19), ymd(2024, 8, 20));
}

TEST(Date, IsoFormat) {
  EXPECT_EQ(to_iso(ymd(2025, 3, 3)), "2025-03-03");
  EXPECT_EQ(to_iso(ymd(1900, 1, 1)), "1900-01-01");
  EXPECT_EQ(to_iso(ymd(2199, 12, 31)), "2199-12-31");
}

TEST(Date, ParseIsoAcceptsRealDatesOnly) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), ymd(2024, 2, 29));
  EXPECT_EQ(parse_iso_date("1900-01-01"), ymd(1900, 1, 1));
  EXPECT_EQ(parse_iso_date("2199-12-31"), ymd(2199, 12, 31));
  for (const char* bad :
       {"2024-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "1899-12-31", "2200-01-01",
        "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2024-1-01", "2024-01-1",
        "2024/01/01", "2024.01.01", " 2024-01-01", "2024-01-01 ", "2024-01-01T00:00",
        "20240101", "", "+024-01-01", "-024-01-01", "2024-0a-01", "2024-01-0x", "24-01-01",
        "01.03.2025", "2024-01--1", "2024--1-01"}) {
    EXPECT_EQ(parse_iso_date(bad), std::nullopt) << '"' << bad << '"';
  }
  // Full-width digits (UTF-8) are not ASCII digits.
  EXPECT_EQ(parse_iso_date("\xEF\xBC\x92" "024-01-01"), std::nullopt);
  EXPECT_EQ(parse_iso_date(std::string_view("2024-01-0\0", 10)), std::nullopt);
}

}  // namespace
}  // namespace bailiff
