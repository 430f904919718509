#pragma once
/// \file Civil dates as integer day numbers (proleptic Gregorian, day 0 = 1970-01-01).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bailiff {

/// Day of the week, Monday first (ISO 8601).
enum class Weekday : std::uint8_t {
  kMonday,
  kTuesday,
  kWednesday,
  kThursday,
  kFriday,
  kSaturday,
  kSunday
};

/// A civil date. Arithmetic is in whole days; no time of day, no time zone.
struct Date {
  std::int32_t days = 0;  ///< days since 1970-01-01

  auto operator<=>(const Date&) const = default;

  /// The date \p n calendar days later (earlier when negative).
  constexpr Date plus_days(std::int32_t n) const { return Date{days + n}; }
};

/// Year, month (1-12) and day (1-31) of a date.
struct YearMonthDay {
  std::int32_t year;
  std::int32_t month;
  std::int32_t day;
};

/// The date of a valid year/month/day (no validation; see parse_iso_date).
Date from_ymd(std::int32_t year, std::int32_t month, std::int32_t day);

/// Split a date into year, month and day.
YearMonthDay to_ymd(Date date);

/// The date's day of the week.
Weekday weekday(Date date);

/// Days in \p month of \p year.
std::int32_t days_in_month(std::int32_t year, std::int32_t month);

/// The same day \p months later; a day past the target month's end becomes its last day
/// (31 January + 1 month = 28 or 29 February).
Date plus_months(Date date, std::int32_t months);

/// Parse "YYYY-MM-DD" (years 1900-2199); nullopt when malformed or not a real date.
std::optional<Date> parse_iso_date(std::string_view text);

/// "YYYY-MM-DD".
std::string to_iso(Date date);

/// Days from \p from to \p to (negative when \p to is earlier).
constexpr std::int32_t days_between(Date from, Date to) {
  return to.days - from.days;
}

}  // namespace bailiff
