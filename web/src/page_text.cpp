// The headline and the key figures as the page's HTML text (beside the canvas), and the
// language of the document, refreshed whenever what they say changes.

#include <string>

#include <nlohmann/json.hpp>

#include "app_state.hpp"
#include "figure_rows.hpp"
#include "i18n.hpp"
#include "platform.hpp"
#include "policy_label.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

nlohmann::json page_text(const AppState& s) {
  const Outcome* o = shown_outcome(s);
  const bool running = s.runner.busy() || s.run_requested;
  nlohmann::json j;
  j["lang"] = report::language_code(language());
  j["title"] = tr("figures.text");
  if (!o) {
    j["headline"] = tr(running ? "figures.calculating" : "figures.none");
    return j;
  }
  const bool preview = showing_preview(s);
  const bool stale = !preview && figures_stale(s);
  j["headline"] = headline_text(*o);
  j["note"] = preview ? tr("figures.exact")
              : stale ? tr(running ? "figures.stale.running" : "figures.stale")
                      : "";
  j["method"] = preview ? "exact" : "monte_carlo";
  j["columns"] = {tr("figures.indicator"), "A: " + policy_label(o->inputs.a),
                  "B: " + policy_label(o->inputs.b), tr("figures.delta"), tr("figures.interval")};
  nlohmann::json rows = nlohmann::json::array();
  for (const FigureRow& r : figure_rows(o->summary)) {
    nlohmann::json row = {{"key", r.key},
                          {"cells", {tr(r.key), r.a, r.b, r.delta, r.interval}},
                          {"value", r.a_value}};
    if (r.b_value) row["b_value"] = *r.b_value;
    rows.push_back(std::move(row));
  }
  j["rows"] = std::move(rows);
  return j;
}

}  // namespace

void update_page_text(const AppState& s) {
  static std::string shown;
  const std::string text = page_text(s).dump();
  if (text == shown) return;
  shown = text;
  set_document_language(report::language_code(language()));
  set_page_text(text);
}

}  // namespace bailiff::web
