#include "period_report.hpp"

#include <algorithm>
#include <functional>

#include "bailiff/report/comparison_report.hpp"
#include "bailiff/report/text.hpp"

namespace bailiff::report::period_detail {
namespace {

using Json = nlohmann::ordered_json;
using sim::PeriodCounts;

/// One figure of the period: its JSON key, unit, meaning and value in one run.
struct PeriodFigure {
  const char* key;
  bool money;
  const char* label;
  const char* definition;
  std::function<std::int64_t(const PeriodCounts&)> get;
};

const std::vector<PeriodFigure>& figures() {
  static const std::vector<PeriodFigure> list = {
      {"robot_opened", false, "Robot proceedings opened", "simplified proceedings opened on a day of the period",
       [](const PeriodCounts& p) { return p.robot_opened; }},
      {"robot_completed", false, "Robot proceedings completed",
       "robot proceedings closed by full payment (by the debtor or from the arrested account) on a day of the period",
       [](const PeriodCounts& p) { return p.robot_completed; }},
      {"robot_collected_tenge", true, "Collected inside robot proceedings", "fine money paid in those proceedings",
       [](const PeriodCounts& p) { return p.robot_collected; }},
      {"official_savings_tenge", true, "Savings (official formula)",
       "25% of robot_collected_tenge (the Ministry's formula)",
       [](const PeriodCounts& p) { return apply_rate(p.robot_collected, kOfficialSavingsRate, Rounding::kHalfUp); }},
      {"handed_to_bailiff", false, "Handed to private bailiffs", "cases handed to a private bailiff on a day of the period",
       [](const PeriodCounts& p) { return p.handed_to_bailiff; }},
      {"fines_in_force", false, "Fines entering into force", "fines whose entry into force is a day of the period",
       [](const PeriodCounts& p) { return p.fines_in_force; }},
      {"imposed_tenge", true, "Tenge imposed", "the amounts of those fines",
       [](const PeriodCounts& p) { return p.imposed; }},
      {"collected_tenge", true, "Collected (fines, every stage)",
       "fine money paid on a day of the period, whatever the stage (fees excluded)",
       [](const PeriodCounts& p) { return p.collected; }},
  };
  return list;
}

Figure over_runs(const std::vector<sim::RunResult>& runs, const PeriodFigure& f) {
  std::vector<std::int64_t> values;
  for (const sim::RunResult& r : runs) values.push_back(f.get(r.metrics.period));
  return figure_of(std::move(values));
}

Json value_json(std::int64_t v, bool money) { return money ? Json(plain_tenge(v)) : Json(v); }

std::string number_text(std::int64_t v, bool money) {
  return money ? million_tenge(v, kEnglishText) : grouped(v, kEnglishText);
}

/// "110.8 mln ₸ [109.7 – 112.7]": the unit once, after the value.
std::string cell_text(const Figure& f, bool money, bool interval) {
  std::string out = number_text(f.value, money) + (money ? " mln ₸" : "");
  if (interval) out += " [" + number_text(f.p05, money) + " – " + number_text(f.p95, money) + "]";
  return out;
}

std::string window_text(const sim::ReportPeriod& p) {
  return to_iso(p.window.from) + ".." + to_iso(p.window.to) +
         (p.region ? ", " + p.region_name + " only" : ", all regions");
}

}  // namespace

Json period_json(const sim::Scenario& s, const sim::Comparison& c) {
  const sim::ReportPeriod& p = *s.period;
  Json out{{"from", to_iso(p.window.from)},
           {"to", to_iso(p.window.to)},
           {"region", p.region ? Json(p.region_name) : Json(nullptr)}};
  Json baseline, intervals, definitions;
  for (const PeriodFigure& f : figures()) {
    const Figure a = over_runs(c.policy_runs, f), b = over_runs(c.baseline_runs, f);
    out[f.key] = value_json(a.value, f.money);
    baseline[f.key] = value_json(b.value, f.money);
    intervals[f.key] = Json::array({value_json(a.p05, f.money), value_json(a.p95, f.money)});
    definitions[f.key] = f.definition;
  }
  out["baseline"] = std::move(baseline);
  out["intervals_90"] = std::move(intervals);
  out["definitions"] = std::move(definitions);
  out["counting"] =
      "events dated inside the period, whatever day each fine entered into force; nothing after the horizon "
      "is simulated";
  return out;
}

std::string period_text(const sim::Scenario& s, const sim::Comparison& c) {
  if (!s.period) return "";
  const std::size_t reps = c.policy_runs.size();
  std::string out = "\nPeriod " + window_text(*s.period) + " (events dated inside it)\n";
  for (const PeriodFigure& f : figures()) {
    const Figure a = over_runs(c.policy_runs, f), b = over_runs(c.baseline_runs, f);
    out += pad_right("  " + std::string(f.label), 38) + pad_right(cell_text(a, f.money, reps > 1), 50) +
           cell_text(b, f.money, false) + "\n";
  }
  return out;
}

std::string period_csv(const sim::Scenario& s, const sim::Comparison& c) {
  if (!s.period) return "";
  std::string out;
  const auto v = [](std::int64_t x, bool money) { return money ? plain_tenge(x) : std::to_string(x); };
  for (const auto& [runs, id] : {std::pair{&c.policy_runs, s.policy.value.id()}, std::pair{&c.baseline_runs, s.baseline.value.id()}}) {
    for (const PeriodFigure& f : figures()) {
      const Figure x = over_runs(*runs, f);
      out += "period_" + std::string(f.key) + "," + (f.money ? "tenge" : "cases") + "," + id + "," + v(x.value, f.money) +
             "," + v(x.p05, f.money) + "," + v(x.p95, f.money) + "\n";
    }
  }
  return out;
}

}  // namespace bailiff::report::period_detail
