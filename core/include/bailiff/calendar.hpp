#pragma once
/// \file The working-day calendar: weekends, public holidays and transferred days, read
/// from data (data/calendars/kz.json), never from code. Term arithmetic lives here, and so
/// does the knowledge of which years are provisional.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"

namespace bailiff {

/// A covered year whose days off are not final (no order on transferred days exists yet),
/// with what its dating assumes.
struct ProvisionalYear {
  std::int32_t year = 0;
  std::vector<std::string> assumptions;  ///< one sentence each, as written in the file
};

/// A day of a final year whose status (working or not) rests on a single source: the
/// calendar dates it as the file says, and every result that crosses it says so.
struct AssumedDay {
  Date date;
  std::string assumption;  ///< one sentence, as written in the file
};

/// A working-day calendar covering whole years [first_year(), last_year()]. Its last years
/// may be provisional; the years before them are final.
class Calendar {
 public:
  /// Parse a calendar document (schema in data/README.md). \p file names it in errors.
  /// Throws InputError on any malformed field.
  static Calendar parse(std::string_view bytes, const std::string& file);

  /// Whether \p date is a working day. Throws DomainError outside the covered years.
  bool is_working_day(Date date) const {
    const std::int32_t offset = days_between(first_day_, date);
    if (offset < 0 || offset >= static_cast<std::int32_t>(working_.size())) outside(date);
    return working_[static_cast<std::size_t>(offset)] != 0;
  }

  /// The \p n-th working day after \p start (n >= 1); the start itself is not counted.
  Date add_working_days(Date start, std::int32_t n) const;

  /// \p date itself when it is a working day, otherwise the next working day (the rule
  /// that a term whose last day is not a working day ends on the next working day).
  Date roll_forward(Date date) const;

  /// add_working_days, or nullopt when that working day lies after last_day() (or \p start
  /// does): a term the calendar cannot date. Throws DomainError when \p start precedes it.
  std::optional<Date> add_working_days_within(Date start, std::int32_t n) const {
    if (start > last_day()) return std::nullopt;
    is_working_day(start);  // range check with the calendar's message
    if (n <= 0) return start;
    const std::int32_t offset = days_between(first_day_, start);
    // Working days up to and including the start, plus n: the index of the n-th one after it.
    const std::int64_t index =
        static_cast<std::int64_t>(working_before_[static_cast<std::size_t>(offset) + 1]) + n - 1;
    if (index >= static_cast<std::int64_t>(working_offsets_.size())) return std::nullopt;
    return first_day_.plus_days(working_offsets_[static_cast<std::size_t>(index)]);
  }

  /// roll_forward, or nullopt when no working day of the calendar is on or after \p date.
  /// Throws DomainError when \p date precedes first_day().
  std::optional<Date> roll_forward_within(Date date) const {
    if (date > last_day()) return std::nullopt;
    if (is_working_day(date)) return date;
    const std::int32_t offset = days_between(first_day_, date);
    const std::int32_t index = working_before_[static_cast<std::size_t>(offset)];
    if (index >= static_cast<std::int32_t>(working_offsets_.size())) return std::nullopt;
    return first_day_.plus_days(working_offsets_[static_cast<std::size_t>(index)]);
  }

  std::int32_t first_year() const { return first_year_; }  ///< First covered year.
  std::int32_t last_year() const { return last_year_; }    ///< Last covered year.
  const std::string& name() const { return name_; }        ///< The calendar's id, e.g. "kz".
  Date first_day() const { return first_day_; }            ///< 1 January of first_year().
  Date last_day() const { return last_day_; }              ///< 31 December of last_year().

  /// Whether \p date falls in a provisional year of the calendar (false outside its years).
  bool is_provisional(Date date) const;
  /// The provisional years, ascending; they are always the calendar's last years.
  const std::vector<ProvisionalYear>& provisional_years() const { return provisional_; }
  /// The days whose status is assumed (`assumed_days` in the file), ascending.
  const std::vector<AssumedDay>& assumed_days() const { return assumed_; }
  /// 31 December of the last final (not provisional) year: the default horizon, so that a
  /// result rests on a provisional year only when asked for. The day before first_day()
  /// when every year is provisional.
  Date last_final_day() const;

 private:
  std::string name_;
  std::int32_t first_year_ = 0;
  std::int32_t last_year_ = -1;
  Date first_day_;
  Date last_day_;  ///< kept, as term arithmetic asks for it at every step
  std::vector<ProvisionalYear> provisional_;
  std::vector<AssumedDay> assumed_;
  std::vector<std::uint8_t> working_;  ///< 1 = working day, one entry per covered day
  /// Working days strictly before each covered day (one more entry for the day after the
  /// last), so that term arithmetic is two lookups rather than a walk.
  std::vector<std::int32_t> working_before_;
  std::vector<std::int32_t> working_offsets_;  ///< offset of the k-th working day
  /// Throws the DomainError of a date outside the covered years.
  [[noreturn]] void outside(Date date) const;
};

}  // namespace bailiff
