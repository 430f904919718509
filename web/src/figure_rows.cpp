// The key figures as text rows, from the comparison's summary and report's formatting.

#include "figure_rows.hpp"

#include "bailiff/money.hpp"
#include "bailiff/report/headline.hpp"
#include "bailiff/report/messages.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "policy_label.hpp"

namespace bailiff::web {
namespace {

enum class Kind { kCount, kTenge, kRate };

std::string show(Kind kind, std::int64_t v, std::int64_t cases) {
  switch (kind) {
    case Kind::kTenge:
      return tenge(v);
    case Kind::kRate:
      return percent(v, cases);
    default:
      return count(v);
  }
}

/// "+x" / "−x" (a real minus sign) for a signed formatted number.
std::string signed_text(std::int64_t v, std::string text) {
  if (v > 0) return "+" + text;
  if (v < 0 && !text.empty() && text[0] == '-') return "\xE2\x88\x92" + text.substr(1);
  return text;
}

/// A − B: the difference of the shown figures, and for amounts and counts its share of B;
/// for a rate, the difference in percentage points.
std::string delta(Kind kind, const report::Figure& a, const report::Figure& b, std::int64_t cases) {
  const std::int64_t d = a.value - b.value;
  if (kind == Kind::kRate) {
    return signed_text(d, report::decimal(d * 100, cases > 0 ? cases : 1, 1, screen())) + " " +
           tr("unit.pp");
  }
  std::string out = signed_text(d, show(kind, d, cases));
  if (b.value != 0) out += " (" + signed_text(d, percent(d, b.value)) + ")";
  return out;
}

}  // namespace

std::vector<FigureRow> figure_rows(const report::ComparisonSummary& sum) {
  const report::Headline& a = sum.policy;
  const report::Headline& b = sum.baseline;
  std::vector<FigureRow> rows;
  const auto add = [&](const char* key, Kind kind, const report::Figure& fa,
                       const report::Figure* fb, const char* tip = nullptr) {
    rows.push_back({key, tip, show(kind, fa.value, a.cases),
                    fb ? show(kind, fb->value, b.cases) : "—",
                    fb ? delta(kind, fa, *fb, a.cases) : "—",
                    show(kind, fa.p05, a.cases) + " … " + show(kind, fa.p95, a.cases), fa.value,
                    fb ? std::optional<std::int64_t>(fb->value) : std::nullopt});
  };
  const report::Figure cases_a{a.cases, a.cases, a.cases}, cases_b{b.cases, b.cases, b.cases};
  add("figures.cases", Kind::kCount, cases_a, &cases_b);
  add("figures.rate", Kind::kRate, a.paid, &b.paid);
  add("figures.collected", Kind::kTenge, a.collected, &b.collected);
  add("figures.fees", Kind::kTenge, a.fees_paid, &b.fees_paid);
  add("figures.saving_cf", Kind::kTenge, sum.fee_avoided_counterfactual, nullptr,
      "figures.saving_cf.tip");
  add("figures.handed", Kind::kCount, a.handed_to_bailiff, &b.handed_to_bailiff);
  add("figures.proceedings", Kind::kCount, a.proceedings_opened, &b.proceedings_opened);
  add("figures.notices", Kind::kCount, a.notices_sent, &b.notices_sent);
  return rows;
}

FigureRow official_line(const report::ComparisonSummary& sum) {
  const std::int64_t b = apply_rate(sum.baseline.collected_in_robot.value,
                                    report::kOfficialSavingsRate, Rounding::kHalfUp);
  const report::Figure& a = sum.fee_avoided_official;
  return {"figures.saving_official",
          "figures.saving_official.tip",
          tenge(a.value),
          tenge(b),
          "—",
          tenge(a.p05) + " … " + tenge(a.p95),
          a.value,
          b};
}

std::string official_text(const FigureRow& line) {
  return report::fill("figures.official_line", language(), {{"a", line.a}, {"b", line.b}});
}

std::string headline_text(const Outcome& o) {
  return report::comparison_headline(o.summary, policy_label(o.inputs.a), policy_label(o.inputs.b),
                                     o.comparison.policy_runs.size(), language(), screen());
}

const char* interval_heading(const Outcome& o) {
  return o.comparison.method == sim::Method::kExact ? "figures.interval.draws" : "figures.interval";
}

nlohmann::json figure_table(const Outcome& o) {
  nlohmann::json rows = nlohmann::json::array();
  for (const FigureRow& r : figure_rows(o.summary)) {
    nlohmann::json row = {{"key", r.key},
                          {"cells", {tr(r.key), r.a, r.b, r.delta, r.interval}},
                          {"value", r.a_value}};
    if (r.b_value) row["b_value"] = *r.b_value;
    rows.push_back(std::move(row));
  }
  const FigureRow official = official_line(o.summary);
  return {{"columns",
           {tr("figures.indicator"), "A: " + policy_label(o.inputs.a),
            "B: " + policy_label(o.inputs.b), tr("figures.delta"), tr(interval_heading(o))}},
          {"column_titles", {"", policy_ids(o.inputs.a), policy_ids(o.inputs.b), "", ""}},
          {"rows", std::move(rows)},
          {"official",
           {{"key", official.key},
            {"text", official_text(official)},
            {"value", official.a_value},
            {"b_value", *official.b_value}}}};
}

}  // namespace bailiff::web
