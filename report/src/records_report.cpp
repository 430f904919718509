// The reports of `bailiff check-records` (text, JSON, CSV); every sentence is a row of the
// message table (messages.cpp, "records.*").

#include "bailiff/report/records_report.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "bailiff/report/format.hpp"
#include "bailiff/report/messages.hpp"
#include "bailiff/report/text.hpp"

namespace bailiff::report {
namespace {

using study::Finding;
using study::FindingKind;

std::string kind_key(FindingKind kind, const char* part) {
  return std::string("records.") + part + "." + std::string(study::finding_kind_name(kind));
}

std::string action_label(Action action, Language language) {
  return message("records.action." + std::string(action_name(action)), language);
}

// "SMS notice on 2025-04-01 (19,660.00 ₸)" or "nothing".
std::string described(const std::optional<Action>& action, const std::optional<Date>& date,
                      const std::optional<Tiyn>& amount, Language language) {
  if (!action) return message("records.nothing", language);
  const NumberStyle style = text_numbers(language);
  std::string out =
      fill("records.act_on", language,
           {{"act", action_label(*action, language)}, {"date", date ? to_iso(*date) : "?"}});
  if (amount) out += " (" + tenge(*amount, style) + ")";
  return out;
}

std::string reason(const Finding& f, Language language) {
  switch (f.cannot_judge) {
    case study::CannotJudge::kOutsideCalendar:
      return fill("records.reason.outside_calendar", language, {{"date", to_iso(f.date)}});
    case study::CannotJudge::kAfterAsOf:
      return fill("records.reason.after_as_of", language, {{"date", f.reason}});
    case study::CannotJudge::kEngineRefused:
      return fill("records.reason.engine", language, {{"reason", f.reason}});
    case study::CannotJudge::kNone:
      break;
  }
  return {};
}

struct Tally {
  std::uint64_t findings = 0;
  Tiyn at_stake = 0, charged = 0;
  void add(const Finding& f) {
    ++findings;
    at_stake = checked_add(at_stake, f.at_stake);
    if (f.charged) charged = checked_add(charged, f.at_stake);
  }
};

std::string month_of(Date date) {
  return to_iso(date).substr(0, 7);
}

using Rows = std::vector<std::pair<std::string, Tally>>;

void table(std::ostringstream& out, const std::string& title, const std::string& first,
           const Rows& rows, Language language) {
  const NumberStyle style = text_numbers(language);
  std::size_t width = display_width(first);
  for (const auto& [name, t] : rows) width = std::max(width, display_width(name));
  out << "\n" << title << "\n";
  out << "  " << pad_right(first, width) << "  "
      << pad_left(message("records.col.findings", language), 10) << "  "
      << pad_left(message("records.col.at_stake", language), 22) << "  "
      << pad_left(message("records.col.charged", language), 22) << "\n";
  for (const auto& [name, t] : rows) {
    out << "  " << pad_right(name, width) << "  "
        << pad_left(grouped(static_cast<std::int64_t>(t.findings), style), 10) << "  "
        << pad_left(tenge(t.at_stake, style), 22) << "  " << pad_left(tenge(t.charged, style), 22)
        << "\n";
  }
  if (rows.empty()) out << "  " << message("records.none", language) << "\n";
}

std::string parameters(const study::CheckResult& r, Language language) {
  return fill("records.parameters", language,
              {{"log", r.log},
               {"format", r.format == study::LogFormat::kCsv ? "CSV" : "JSON Lines"},
               {"policy", r.policy},
               {"as_of", to_iso(r.as_of)},
               {"tolerance", std::to_string(r.options.tolerance_working_days)},
               {"lift", std::to_string(r.options.lift_working_days)}});
}

std::string opt_date(const std::optional<Date>& d) {
  return d ? to_iso(*d) : std::string();
}
std::string opt_amount(const std::optional<Tiyn>& a) {
  return a ? plain_tenge(*a) : std::string();
}
std::string opt_action(const std::optional<Action>& a) {
  return a ? std::string(action_name(*a)) : std::string();
}

}  // namespace

std::string records_headline(const study::CheckResult& r, Language language) {
  const NumberStyle style = text_numbers(language);
  return fill("records.headline", language,
              {{"cases", grouped(static_cast<std::int64_t>(r.cases), style)},
               {"found", grouped(static_cast<std::int64_t>(r.cases_with_finding), style)},
               {"charged", tenge(r.charged_without_basis, style)}});
}

std::string finding_sentence(const Finding& f, Language language) {
  const NumberStyle style = text_numbers(language);
  std::string text =
      fill(kind_key(f.kind, "explain"), language,
           {{"recorded", described(f.recorded, f.recorded_date, f.recorded_amount, language)},
            {"required", described(f.required, f.required_date, f.required_amount, language)},
            {"at_stake", tenge(f.at_stake, style)},
            {"reason", reason(f, language)}});
  if (!f.legal_basis.empty()) {
    text += " " + fill("records.basis", language, {{"rule", f.rule}, {"basis", f.legal_basis}});
  } else if (!f.rule.empty()) {
    text += " " + fill("records.rule", language, {{"rule", f.rule}});
  }
  return text;
}

std::string records_report_text(const study::CheckResult& r, Language language) {
  std::ostringstream out;
  out << records_headline(r, language) << "\n" << parameters(r, language) << "\n";
  std::array<Tally, study::kFindingKinds> by_kind{};
  std::map<std::string, Tally> by_region, by_month;
  for (const Finding& f : r.findings) {
    by_kind[static_cast<std::size_t>(f.kind)].add(f);
    by_region[f.region].add(f);
    by_month[month_of(f.date)].add(f);
  }
  Rows kinds;
  for (std::size_t k = 0; k < study::kFindingKinds; ++k) {
    if (by_kind[k].findings > 0) {
      kinds.emplace_back(message(kind_key(static_cast<FindingKind>(k), "label"), language),
                         by_kind[k]);
    }
  }
  table(out, message("records.by_kind", language), message("records.col.kind", language), kinds,
        language);
  table(out, message("records.by_region", language), message("records.col.region", language),
        Rows(by_region.begin(), by_region.end()), language);
  table(out, message("records.by_month", language), message("records.col.month", language),
        Rows(by_month.begin(), by_month.end()), language);
  out << "\n" << message("records.findings", language) << "\n";
  for (const Finding& f : r.findings) {
    out << "  " << f.case_id << ", " << to_iso(f.date) << ": " << finding_sentence(f, language)
        << "\n";
  }
  if (r.findings.empty()) out << "  " << message("records.none", language) << "\n";
  return out.str();
}

std::string records_report_json(const study::CheckResult& r, Language language) {
  nlohmann::ordered_json doc;
  doc["log"] = r.log;
  doc["format"] = r.format == study::LogFormat::kCsv ? "csv" : "jsonl";
  doc["policy"] = r.policy;
  doc["as_of"] = to_iso(r.as_of);
  doc["tolerance_working_days"] = r.options.tolerance_working_days;
  doc["lift_working_days"] = r.options.lift_working_days;
  doc["cases"] = r.cases;
  doc["events"] = r.events;
  doc["cases_with_finding"] = r.cases_with_finding;
  doc["charged_without_basis_tenge"] = plain_tenge(r.charged_without_basis);
  doc["headline"] = records_headline(r, language);
  std::array<Tally, study::kFindingKinds> tallies{};
  for (const Finding& f : r.findings) tallies[static_cast<std::size_t>(f.kind)].add(f);
  doc["by_kind"] = nlohmann::ordered_json::array();
  for (std::size_t k = 0; k < study::kFindingKinds; ++k) {
    doc["by_kind"].push_back(
        {{"kind", std::string(study::finding_kind_name(static_cast<FindingKind>(k)))},
         {"findings", tallies[k].findings},
         {"at_stake_tenge", plain_tenge(tallies[k].at_stake)},
         {"charged_tenge", plain_tenge(tallies[k].charged)}});
  }
  doc["findings"] = nlohmann::ordered_json::array();
  for (const Finding& f : r.findings) {
    doc["findings"].push_back({{"case_id", f.case_id},
                               {"region", f.region},
                               {"date", to_iso(f.date)},
                               {"kind", std::string(study::finding_kind_name(f.kind))},
                               {"recorded_action", opt_action(f.recorded)},
                               {"recorded_date", opt_date(f.recorded_date)},
                               {"recorded_amount_tenge", opt_amount(f.recorded_amount)},
                               {"required_action", opt_action(f.required)},
                               {"required_date", opt_date(f.required_date)},
                               {"required_amount_tenge", opt_amount(f.required_amount)},
                               {"rule", f.rule},
                               {"legal_basis", f.legal_basis},
                               {"at_stake_tenge", plain_tenge(f.at_stake)},
                               {"charged", f.charged},
                               {"line", f.line},
                               {"explanation", finding_sentence(f, language)}});
  }
  return doc.dump(2) + "\n";
}

std::string records_csv_header() {
  return "case_id,region,date,kind,recorded_action,recorded_date,recorded_amount_tenge,"
         "required_action,required_date,required_amount_tenge,rule,legal_basis,at_stake_tenge,"
         "charged,line,as_of,tolerance_working_days,lift_working_days,explanation\n";
}

std::string records_csv_row(const Finding& f, Date as_of, const study::CheckOptions& options,
                            Language language) {
  std::ostringstream out;
  out << csv_field(f.case_id) << ',' << csv_field(f.region) << ',' << to_iso(f.date) << ','
      << study::finding_kind_name(f.kind) << ',' << opt_action(f.recorded) << ','
      << opt_date(f.recorded_date) << ',' << opt_amount(f.recorded_amount) << ','
      << opt_action(f.required) << ',' << opt_date(f.required_date) << ','
      << opt_amount(f.required_amount) << ',' << csv_field(f.rule) << ','
      << csv_field(f.legal_basis) << ',' << plain_tenge(f.at_stake) << ',' << (f.charged ? 1 : 0)
      << ',' << f.line << ',' << to_iso(as_of) << ',' << options.tolerance_working_days << ','
      << options.lift_working_days << ',' << csv_field(finding_sentence(f, language)) << '\n';
  return out.str();
}

std::string records_report_csv(const study::CheckResult& r, Language language) {
  std::string out = records_csv_header();
  for (const Finding& f : r.findings) out += records_csv_row(f, r.as_of, r.options, language);
  return out;
}

}  // namespace bailiff::report
