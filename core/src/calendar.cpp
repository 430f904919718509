#include "bailiff/calendar.hpp"

#include <set>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"

namespace bailiff {
namespace {

bool is_weekend(Date date, const std::set<Weekday>& weekend) {
  return weekend.count(weekday(date)) != 0;
}

Weekday parse_weekday(const detail::JsonNode& node) {
  static constexpr std::string_view kNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  const std::string name = node.as_string("a weekday name such as \"saturday\"");
  for (std::size_t i = 0; i < 7; ++i) {
    if (name == kNames[i]) return static_cast<Weekday>(i);
  }
  node.fail("a weekday name such as \"saturday\"");
}

/// A year's decrees (its sources, may be empty): documentation only, each an object with
/// the decree's number, date, title, source and a note.
void check_decrees(const detail::JsonNode& decrees) {
  for (std::size_t k = 0; k < decrees.array_size(); ++k) {
    decrees.element(k).expect_only({"number", "date", "title", "source", "note"});
  }
}

/// A year's `status` ("final" when absent) and, for a provisional year, its non-empty
/// `assumptions`. A final year may not follow a provisional one, nor list assumptions.
std::optional<ProvisionalYear> parse_status(const detail::JsonNode& entry, std::int32_t year,
                                            bool after_provisional) {
  const std::optional<detail::JsonNode> status = entry.find("status");
  const std::string value = status ? status->as_string() : "final";
  if (value != "final" && value != "provisional") status->fail("\"final\" or \"provisional\"");
  const std::optional<detail::JsonNode> assumptions = entry.find("assumptions");
  if (value == "final") {
    if (after_provisional) {
      (status ? *status : entry.at("year"))
          .fail(
              "a provisional year (\"status\": \"provisional\"): a year after a provisional "
              "year is provisional too");
    }
    if (assumptions) {
      assumptions->fail("no assumptions in a final year (only a provisional year lists them)");
    }
    return std::nullopt;
  }
  const detail::JsonNode list = entry.at("assumptions");
  const std::string expected = "a non-empty array of what the provisional year assumes";
  if (list.array_size() == 0) list.fail(expected);
  ProvisionalYear provisional{year, {}};
  for (std::size_t k = 0; k < list.array_size(); ++k) {
    const detail::JsonNode item = list.element(k);
    provisional.assumptions.push_back(item.as_string("a sentence saying what is assumed"));
    if (provisional.assumptions.back().empty()) item.fail("a sentence saying what is assumed");
  }
  return provisional;
}

}  // namespace

Calendar Calendar::parse(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = detail::parse_json_document(bytes, file);
  const detail::JsonNode root(document, file, "");
  Calendar calendar;
  calendar.name_ = root.at("calendar").as_string();

  std::set<Weekday> weekend;
  const detail::JsonNode weekend_node = root.at("weekend");
  for (std::size_t i = 0; i < weekend_node.array_size(); ++i) {
    weekend.insert(parse_weekday(weekend_node.element(i)));
  }

  const detail::JsonNode years = root.at("years");
  if (years.array_size() == 0) years.fail("a non-empty array of years");
  for (std::size_t i = 0; i < years.array_size(); ++i) {
    const detail::JsonNode entry = years.element(i);
    const auto year = static_cast<std::int32_t>(entry.at("year").as_integer(1900, 2199));
    if (i == 0) {
      calendar.first_year_ = year;
    } else if (year != calendar.last_year_ + 1) {
      entry.at("year").fail("the year after " + std::to_string(calendar.last_year_) +
                            " (years must be consecutive and ascending)");
    }
    calendar.last_year_ = year;
    check_decrees(entry.at("decrees"));
    std::optional<ProvisionalYear> provisional =
        parse_status(entry, year, !calendar.provisional_.empty());
    if (provisional) calendar.provisional_.push_back(std::move(*provisional));
  }
  calendar.first_day_ = from_ymd(calendar.first_year_, 1, 1);
  calendar.last_day_ = from_ymd(calendar.last_year_, 12, 31);
  const std::int32_t span = days_between(calendar.first_day_, calendar.last_day()) + 1;
  calendar.working_.assign(static_cast<std::size_t>(span), 1);
  for (std::int32_t d = 0; d < span; ++d) {
    if (is_weekend(calendar.first_day_.plus_days(d), weekend)) calendar.working_[d] = 0;
  }

  for (std::size_t i = 0; i < years.array_size(); ++i) {
    const detail::JsonNode entry = years.element(i);
    const auto year = static_cast<std::int32_t>(entry.at("year").as_integer(1900, 2199));
    auto mark = [&](std::string_view list, std::initializer_list<std::string_view> known,
                    std::uint8_t working, bool must_be_weekend, bool must_be_weekday) {
      const detail::JsonNode days = entry.at(list);
      Date previous{INT32_MIN};
      for (std::size_t k = 0; k < days.array_size(); ++k) {
        const detail::JsonNode day = days.element(k);
        const detail::JsonNode date_node = day.at("date");
        const Date date = date_node.as_date();
        if (to_ymd(date).year != year) date_node.fail("a date in " + std::to_string(year));
        if (date <= previous) date_node.fail("dates in ascending order without repeats");
        if (must_be_weekend && !is_weekend(date, weekend)) {
          date_node.fail("a weekend day (a working day transferred onto a weekend)");
        }
        if (must_be_weekday && is_weekend(date, weekend)) {
          date_node.fail("a weekday (a day off transferred onto a weekday)");
        }
        day.expect_only(known);
        previous = date;
        calendar.working_[days_between(calendar.first_day_, date)] = working;
      }
    };
    if (const std::optional<detail::JsonNode> assumed = entry.find("assumed_days")) {
      for (std::size_t k = 0; k < assumed->array_size(); ++k) {
        const detail::JsonNode day = assumed->element(k);
        const detail::JsonNode date_node = day.at("date");
        const Date date = date_node.as_date();
        if (to_ymd(date).year != year) date_node.fail("a date in " + std::to_string(year));
        if (!calendar.assumed_.empty() && date <= calendar.assumed_.back().date) {
          date_node.fail("dates in ascending order without repeats");
        }
        const detail::JsonNode text = day.at("assumption");
        std::string sentence = text.as_string("a sentence saying what is assumed and on what source");
        if (sentence.empty()) text.fail("a sentence saying what is assumed and on what source");
        day.expect_only({"date", "assumption"});
        calendar.assumed_.push_back({date, std::move(sentence)});
      }
    }
    mark("holidays", {"date", "name", "basis"}, 0, false, false);
    mark("days_off", {"date", "reason", "basis"}, 0, false, true);
    mark("working_days", {"date", "reason", "basis"}, 1, true, false);
    entry.expect_only(
        {"year", "status", "assumptions", "assumed_days", "decrees", "holidays", "days_off",
         "working_days"});
  }
  root.expect_only({"calendar", "weekend", "years", "description", "statutory_basis"});
  calendar.working_before_.resize(calendar.working_.size() + 1);
  for (std::size_t d = 0; d < calendar.working_.size(); ++d) {
    calendar.working_before_[d + 1] = calendar.working_before_[d] + calendar.working_[d];
    if (calendar.working_[d] != 0) calendar.working_offsets_.push_back(static_cast<std::int32_t>(d));
  }
  return calendar;
}

bool Calendar::is_provisional(Date date) const {
  const std::int32_t year = to_ymd(date).year;
  return !provisional_.empty() && year >= provisional_.front().year && year <= last_year_;
}

Date Calendar::last_final_day() const {
  if (provisional_.empty()) return last_day();
  return from_ymd(provisional_.front().year, 1, 1).plus_days(-1);
}

void Calendar::outside(Date date) const {
  throw DomainError("date " + to_iso(date) + " is outside calendar \"" + name_ + "\" (" +
                    std::to_string(first_year_) + "-" + std::to_string(last_year_) +
                    "): extend data/calendars or shorten the horizon");
}

Date Calendar::add_working_days(Date start, std::int32_t n) const {
  is_working_day(start);  // range check with the calendar's message
  const std::optional<Date> end = add_working_days_within(start, n);
  if (!end) is_working_day(last_day().plus_days(1));  // throws: the term ends past the calendar
  return *end;
}

Date Calendar::roll_forward(Date date) const {
  is_working_day(date);  // range check with the calendar's message
  const std::optional<Date> rolled = roll_forward_within(date);
  if (!rolled) is_working_day(last_day().plus_days(1));  // throws: no working day left
  return *rolled;
}

}  // namespace bailiff
