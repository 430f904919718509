#include "log_writer.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace bailiff::study::detail {
namespace {

// A CSV field, quoted when it holds a comma, a quote or a line break.
std::string field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

void write_header(std::ostream& out, LogFormat format) {
  if (format == LogFormat::kCsv) {
    out << "case_id,record,date,action,amount_tenge,debtor_iin,region,article,discount_eligible\n";
  }
}

void write_fine(std::ostream& out, LogFormat format, const Fine& fine, std::string_view iin) {
  if (format == LogFormat::kCsv) {
    out << field(fine.id) << ",fine," << to_iso(fine.in_force) << ",," << plain_tenge(fine.amount)
        << ',' << iin << ',' << field(fine.region) << ',' << field(fine.article) << ','
        << (fine.discount_eligible ? '1' : '0') << '\n';
    return;
  }
  nlohmann::ordered_json row = {{"case_id", fine.id},
                                {"record", "fine"},
                                {"in_force", to_iso(fine.in_force)},
                                {"amount_tenge", plain_tenge(fine.amount)},
                                {"debtor_iin", std::string(iin)},
                                {"region", fine.region},
                                {"article", fine.article},
                                {"discount_eligible", fine.discount_eligible}};
  out << row.dump() << '\n';
}

void write_event(std::ostream& out, LogFormat format, std::string_view case_id,
                 const RecordedEvent& event) {
  const std::string amount = event.amount ? plain_tenge(*event.amount) : std::string();
  if (format == LogFormat::kCsv) {
    out << field(case_id) << ",event," << to_iso(event.date) << ',' << action_name(event.action)
        << ',' << amount << ",,,,\n";
    return;
  }
  nlohmann::ordered_json row = {{"case_id", std::string(case_id)},
                                {"record", "event"},
                                {"date", to_iso(event.date)},
                                {"action", std::string(action_name(event.action))}};
  if (event.amount) row["amount_tenge"] = amount;
  out << row.dump() << '\n';
}

}  // namespace bailiff::study::detail
