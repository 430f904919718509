#include "bailiff/sim/date_options.hpp"

#include "bailiff/error.hpp"

namespace bailiff::sim {

std::optional<Date> parse_horizon(const std::string& text, const std::string& source,
                                  const std::string& option) {
  if (text.empty()) return std::nullopt;
  const std::optional<Date> horizon = parse_iso_date(text);
  if (!horizon) throw InputError(source, option, "horizon", "a date YYYY-MM-DD", text);
  return horizon;
}

std::optional<DateWindow> parse_report_period(const std::string& text, const std::string& source,
                                              const std::string& option) {
  if (text.empty()) return std::nullopt;
  const std::optional<DateWindow> window = parse_date_window(text);
  if (!window) {
    throw InputError(source, option, "report period",
                     "FROM..TO, two dates YYYY-MM-DD with FROM on or before TO", text);
  }
  return window;
}

}  // namespace bailiff::sim
