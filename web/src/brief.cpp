// The one-page brief: its words from report's message table, its figures from the same rows
// as the page's, its sources from the inputs' files; the page's HTML shows and prints it.

#include "brief.hpp"

#include <string>

#include "bailiff/date.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sha256.hpp"
#include "brief_sources.hpp"
#include "figure_rows.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "platform.hpp"
#include "policy_label.hpp"
#include "scope_line.hpp"

namespace bailiff::web {
namespace {

/// Frames drawn after the request before the charts are read: the charts tab is selected
/// and scrolled to its top in the first, laid out in the next.
constexpr int kBriefFrames = 3;

std::string words(std::string_view key, std::initializer_list<report::Placeholder> values) {
  return report::fill(key, language(), values);
}

nlohmann::json assumptions(const Outcome& o, const std::string& a, const std::string& b) {
  const sim::Scenario& sc = *o.scenario;
  const sim::Comparison& c = o.comparison;
  const std::size_t replications = c.policy_runs.size();
  const std::string reps = count(static_cast<std::int64_t>(replications));
  nlohmann::json items = {
      std::string(tr("scenario.a")) + ": " + a,
      std::string(tr("scenario.b")) + ": " + b,
      words("brief.assume.population", {{"cases", count(o.summary.policy.cases)},
                                        {"horizon", report::long_date(sc.horizon, language())}}),
      words("brief.assume.run", {{"seed", std::to_string(c.seed)}, {"replications", reps}}),
      tr(behaviour_calibrated(sc) ? "brief.assume.calibrated" : "brief.assume.prior"),
      tr("brief.assume.all_or_nothing"),
      tr("brief.assume.savings"),
      c.ensemble_size > 0 ? words("brief.assume.ensemble",
                                  {{"replications", reps}, {"draws", count(c.ensemble_size)}})
                          : words("brief.assume.sampling", {{"replications", reps}}),
  };
  if (replications > 1 && replications < report::kReplicationsForPercentiles) {
    items.push_back(tr("brief.assume.few"));
  }
  if (!sc.behaviour_params.value.coverage.empty()) items.push_back(tr("brief.assume.coverage"));
  return items;
}

nlohmann::json published(const sim::Scenario& sc) {
  nlohmann::json items = nlohmann::json::array();
  for (const PublishedSource& p : published_sources(sc)) {
    std::string targets;
    for (const std::string& id : p.targets) targets += (targets.empty() ? "" : ", ") + id;
    items.push_back(p.source + ": " + targets);
  }
  return items;
}

}  // namespace

void request_brief(AppState& s, bool print) {
  if (!s.runner.outcome()) {
    s.status = tr("export.none");
    return;
  }
  s.brief_request = AppState::BriefRequest{kBriefFrames, print};
  wake_frames();
}

bool drawing_brief(const AppState& s) {
  return s.brief_request.has_value();
}

bool brief_charts_drawn(AppState& s) {
  return s.brief_request && --s.brief_request->frames_left == 0;
}

nlohmann::json brief_content(const AppState& s, const Outcome& o) {
  const std::string a = policy_label(o.inputs.a), b = policy_label(o.inputs.b);
  const sim::Comparison& c = o.comparison;
  nlohmann::json j;
  j["lang"] = report::language_code(language());
  j["title"] = words("brief.title", {{"a", a}, {"b", b}});
  // The date it was made, that it is a model's estimate, which fines over which period, and
  // how the figures were computed (the page's scope line).
  j["subtitle"] = words("brief.subtitle", {{"date", report::long_date(today(), language())},
                                           {"scope", scope_text(o)},
                                           {"method", method_text(o, false)}});
  j["note"] = figures_stale(s) ? tr("brief.stale") : "";
  j["headline"] = headline_text(o);
  j["figures"] = figure_table(o);
  j["figures"]["title"] = tr("brief.figures");
  j["charts"] = nlohmann::json::array();
  for (const BriefChart& chart : kBriefCharts) {
    j["charts"].push_back({{"name", chart.name}, {"alt", tr(chart.title)}});
  }
  j["assumptions"] = {{"title", tr("brief.assumptions")}, {"items", assumptions(o, a, b)}};
  j["sources"] = tr("brief.sources");
  j["legal"] = {{"title", tr("brief.legal")}, {"items", legal_bases(*o.scenario)}};
  j["published"] = {{"title", tr("brief.published")}, {"items", published(*o.scenario)}};
  j["roots"] = {
      {"title", tr("brief.roots")},
      {"items",
       {{{"label", "A (" + a + "), " + tr("chart.seed")},
         {"root", to_hex(c.policy_runs.front().audit_root)}},
        {{"label", "B (" + b + ")"}, {"root", to_hex(c.baseline_runs.front().audit_root)}}}}};
  return j;
}

void show_brief(AppState& s) {
  const bool print = s.brief_request && s.brief_request->print;
  s.brief_request.reset();
  const Outcome* o = s.runner.outcome();
  if (!o) return;
  show_brief_html(brief_content(s, *o).dump(), print);
  s.status = tr("brief.ready");
}

}  // namespace bailiff::web
