#pragma once
/// \file A calendar window of a report: the events a published figure counts ("proceedings
/// opened from 20.08.2024 to 24.10.2025") happen inside it, whatever day each fine entered
/// into force. Optionally one region.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"

namespace bailiff::sim {

/// The days FROM..TO, both included, as the user wrote them.
struct DateWindow {
  Date from, to;
};

/// Parse "YYYY-MM-DD..YYYY-MM-DD" with FROM on or before TO; nullopt otherwise.
std::optional<DateWindow> parse_date_window(std::string_view text);

/// A window resolved against a population: what a run counts in Metrics::period.
struct ReportPeriod {
  DateWindow window;
  std::optional<std::uint16_t> region;  ///< index into the population's regions; all when empty
  std::string region_name;              ///< as given, empty for all regions

  /// Whether \p date is inside the window.
  bool contains(Date date) const { return window.from <= date && date <= window.to; }
};

/// Events of one run dated inside a report period (cases of its region only).
struct PeriodCounts {
  std::int64_t fines_in_force = 0;     ///< fines entering into force in the window
  Tiyn imposed = 0;                    ///< their amounts
  Tiyn collected = 0;                  ///< fine money paid in the window, every stage (no fees)
  std::int64_t robot_opened = 0;       ///< simplified proceedings opened in the window
  Tiyn robot_opened_debt = 0;          ///< the fine money those proceedings were opened for
  std::int64_t robot_completed = 0;    ///< robot proceedings closed by full payment in the window
  Tiyn robot_collected = 0;            ///< fine money paid in them
  std::int64_t handed_to_bailiff = 0;  ///< cases handed to a private bailiff in the window

  /// Add \p other into this (disjoint sets of cases).
  void add(const PeriodCounts& other);
};

}  // namespace bailiff::sim
