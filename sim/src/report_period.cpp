#include "bailiff/sim/report_period.hpp"

namespace bailiff::sim {

std::optional<DateWindow> parse_date_window(std::string_view text) {
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  const std::optional<Date> from = parse_iso_date(text.substr(0, dots));
  const std::optional<Date> to = parse_iso_date(text.substr(dots + 2));
  if (!from || !to || *to < *from) return std::nullopt;
  return DateWindow{*from, *to};
}

void PeriodCounts::add(const PeriodCounts& o) {
  fines_in_force += o.fines_in_force;
  imposed = checked_add(imposed, o.imposed);
  collected = checked_add(collected, o.collected);
  robot_opened += o.robot_opened;
  robot_opened_debt += o.robot_opened_debt;
  robot_completed += o.robot_completed;
  robot_collected = checked_add(robot_collected, o.robot_collected);
  handed_to_bailiff += o.handed_to_bailiff;
}

}  // namespace bailiff::sim
