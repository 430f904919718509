// The headline and the key figures as the page's HTML text (beside the canvas), and the
// language of the document, refreshed whenever what they say changes.

#include <string>

#include <nlohmann/json.hpp>

#include "app_state.hpp"
#include "figure_rows.hpp"
#include "i18n.hpp"
#include "platform.hpp"
#include "scope_line.hpp"
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
  j["scope"] = scope_text(*o) + " " + method_text(*o, preview);
  j["note"] = preview ? tr("figures.exact")
              : stale ? tr(running ? "figures.stale.running" : "figures.stale")
                      : "";
  // "exact": the preview at one draw; "exact_ensemble": every draw; "monte_carlo": a sample.
  j["method"] = preview                                          ? "exact"
                : o->comparison.method == sim::Method::kExact ? "exact_ensemble"
                                                              : "monte_carlo";
  nlohmann::json table = figure_table(*o);
  j["columns"] = std::move(table["columns"]);
  j["rows"] = std::move(table["rows"]);
  j["column_titles"] = std::move(table["column_titles"]);
  j["official"] = std::move(table["official"]);
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
