// The key figures of the last comparison: the headline sentence first, then policy A against
// baseline B on the same fines and draws (the mean over replications), A − B and A's 5-95%
// interval; marked as not matching the inputs when these changed or a run is in progress.

#include <algorithm>
#include <string>

#include "app_state.hpp"
#include "bailiff/report/plural.hpp"
#include "figure_rows.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "policy_label.hpp"
#include "scope_line.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

const ImVec4 kStaleColor{0.62f, 0.28f, 0.0f, 1.0f};

void meta_line(const Outcome& o) {
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);  // wrapped on a narrow page
  ImGui::TextDisabled(
      "— %s %s · %u × 2 · %s %s ms%s", count(o.summary.policy.cases).c_str(),
      report::plural("noun.fine", o.summary.policy.cases, language()),
      static_cast<unsigned>(o.comparison.policy_runs.size()), tr("figures.time"),
      count(static_cast<std::int64_t>(o.milliseconds)).c_str(),
      o.reused_runs ? (" (" + std::to_string(o.reused_runs) + " cached)").c_str() : "");
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", o.scenario->population->describe().c_str());
}

/// One cell's text, never cut: its rectangle and the cell's (the room the column gives it)
/// remembered for the tests as "figure.<row>.<column>" and "cell.<row>.<column>".
void figure_cell(const char* row, int column, const std::string& text, bool wrapped) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float room = ImGui::GetContentRegionAvail().x;
  if (wrapped) {
    ImGui::TextWrapped("%s", text.c_str());
  } else {
    ImGui::TextUnformatted(text.c_str());
  }
  const std::string name = std::string(row) + "." + std::to_string(column);
  remember_item(("figure." + name).c_str());
  app().widget_rects["cell." + name] = {at.x, at.y, at.x + room, ImGui::GetItemRectMax().y};
}

/// The numbers' columns fit their widest figure; the labels take the rest, wrapped.
void figures_table(const Outcome& o) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##figures", 5, flags)) return;
  ImGui::TableSetupColumn(tr("figures.indicator"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  // "A" and "B" in the heads, named in full in the legend above (a name never cut).
  ImGui::TableSetupColumn("A");
  ImGui::TableSetupColumn("B");
  ImGui::TableSetupColumn(tr("figures.delta"));
  ImGui::TableSetupColumn(tr(interval_heading(o)));
  text_headers_row();
  for (const FigureRow& r : figure_rows(o.summary)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    figure_cell(r.key, 0, tr(r.key), true);
    if (r.tip) help_marker(tr(r.tip));
    int column = 1;
    for (const std::string* cell : {&r.a, &r.b, &r.delta}) {
      ImGui::TableNextColumn();
      figure_cell(r.key, column++, *cell, false);
    }
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    figure_cell(r.key, column, r.interval, false);
    ImGui::PopStyleColor();
  }
  ImGui::EndTable();
  // The Ministry's formula: its own explained line, not a row beside the saving.
  const FigureRow official = official_line(o.summary);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", official_text(official).c_str());
  ImGui::PopTextWrapPos();
  remember_item("official");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(tr(official.tip));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

/// A and B named in words in full, on one wrapped line; their ids and edits on hover.
void legend_line(const Outcome& o) {
  ImGui::TextWrapped("A: %s   ·   B: %s", policy_label(o.inputs.a).c_str(),
                     policy_label(o.inputs.b).c_str());
  remember_item("legend");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("A: %s\nB: %s", policy_ids(o.inputs.a).c_str(),
                      policy_ids(o.inputs.b).c_str());
  }
}

}  // namespace

float figures_table_width(const AppState& s) {
  const Outcome* o = shown_outcome(s);
  if (!o) return 0;
  const ImGuiStyle& style = ImGui::GetStyle();
  float numbers[4] = {};
  for (const FigureRow& r : figure_rows(o->summary)) {
    int column = 0;
    for (const std::string* cell : {&r.a, &r.b, &r.delta, &r.interval}) {
      numbers[column] = std::max(numbers[column], ImGui::CalcTextSize(cell->c_str()).x);
      ++column;
    }
  }
  // The labels wrap, down to about ten characters a line.
  float width = ImGui::GetFontSize() * 6.0f;
  for (const float w : numbers) width += w;
  return width + 5 * (2 * style.CellPadding.x + 1) + style.ScrollbarSize;
}

void draw_figures_panel(AppState& s, bool table) {
  ImGui::TextUnformatted(tr("figures"));
  const Outcome* o = shown_outcome(s);
  const bool running = s.runner.busy() || s.run_requested;
  if (!o) {
    ImGui::TextDisabled("%s", tr(running ? "figures.calculating" : "figures.none"));
    return;
  }
  meta_line(*o);
  const bool preview = showing_preview(s);
  const bool stale = !preview && figures_stale(s);
  if (preview) {
    ImGui::TextWrapped("%s", tr("figures.exact"));
    remember_item("exact");
  } else if (stale) {
    ImGui::PushStyleColor(ImGuiCol_Text, kStaleColor);
    ImGui::TextWrapped("%s", tr(running ? "figures.stale.running" : "figures.stale"));
    ImGui::PopStyleColor();
    remember_item("stale");
  }
  // Faded while they do not match the inputs, until the next run.
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, stale ? 0.45f : 1.0f);
  ImGui::TextWrapped("%s", headline_text(*o).c_str());
  remember_item("headline");
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s %s", scope_text(*o).c_str(), method_text(*o, preview).c_str());
  ImGui::PopStyleColor();
  remember_item("scope");
  legend_line(*o);
  if (table) {
    figures_table(*o);
  } else {
    ImGui::TextWrapped("%s", tr("figures.in_text"));
    remember_item("figures.in_text");
  }
  ImGui::PopStyleVar();
  remember_item("figures");
}

}  // namespace bailiff::web
