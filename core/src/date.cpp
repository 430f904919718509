#include "bailiff/date.hpp"

namespace bailiff {

// Civil-from-days and days-from-civil after Howard Hinnant's public-domain algorithms.

Date from_ymd(std::int32_t year, std::int32_t month, std::int32_t day) {
  const std::int32_t y = year - (month <= 2 ? 1 : 0);
  const std::int32_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int32_t yoe = y - era * 400;
  const std::int32_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Date{era * 146097 + doe - 719468};
}

YearMonthDay to_ymd(Date date) {
  const std::int32_t z = date.days + 719468;
  const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int32_t doe = z - era * 146097;
  const std::int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int32_t mp = (5 * doy + 2) / 153;
  const std::int32_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int32_t month = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

Weekday weekday(Date date) {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  const std::int32_t index = ((date.days % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(index);
}

std::int32_t days_in_month(std::int32_t year, std::int32_t month) {
  static constexpr std::int32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Date plus_months(Date date, std::int32_t months) {
  const YearMonthDay ymd = to_ymd(date);
  const std::int32_t index = ymd.year * 12 + (ymd.month - 1) + months;
  const std::int32_t year = index / 12;
  const std::int32_t month = index % 12 + 1;
  const std::int32_t last = days_in_month(year, month);
  return from_ymd(year, month, ymd.day < last ? ymd.day : last);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t pos, std::size_t len) -> std::int32_t {
    std::int32_t value = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const std::int32_t year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return from_ymd(year, month, day);
}

std::string to_iso(Date date) {
  const YearMonthDay ymd = to_ymd(date);
  std::string out = "0000-00-00";
  auto put = [&](std::size_t pos, std::size_t len, std::int32_t value) {
    for (std::size_t i = 0; i < len; ++i) {
      out[pos + len - 1 - i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, 4, ymd.year);
  put(5, 2, ymd.month);
  put(8, 2, ymd.day);
  return out;
}

}  // namespace bailiff
