// The saved scenarios side by side: a name field and Save, then one column of key figures
// per saved scenario beside the current one (each figure of A with A − B under it), each
// with its Remove button.

#include <optional>
#include <string>
#include <vector>

#include "app_state.hpp"
#include "figure_rows.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "policy_label.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

void save_controls(AppState& s) {
  const Outcome* o = s.runner.outcome();
  const std::string hint = o ? policy_label(o->inputs.a) : "";
  ImGui::SetNextItemWidth(260);
  ImGui::InputTextWithHint("##save_name", hint.c_str(), s.save_name.data(), s.save_name.size());
  remember_item("saved.name");
  ImGui::SameLine();
  if (ImGui::Button(tr("saved.save"))) {
    const std::string refused = save_current(s, s.save_name.data());
    s.status = refused.empty() ? std::string(tr("export.done")) : refused;
    if (refused.empty()) s.save_name.fill('\0');
  }
  remember_item("saved.save");
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr("saved.note"));
}

/// One column's cell of figure \p row: A's value, and A − B under it.
void cell(const FigureRow& row) {
  ImGui::TextUnformatted(row.a.c_str());
  if (row.b_value) ImGui::TextDisabled("%s", row.delta.c_str());
}

}  // namespace

void draw_saved_panel(AppState& s) {
  save_controls(s);
  const Outcome* current = shown_outcome(s);
  if (!current && s.saved.empty()) {
    ImGui::TextDisabled("%s", tr("saved.none"));
    return;
  }
  const int columns = 1 + (current ? 1 : 0) + static_cast<int>(s.saved.size());
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame;
  if (!ImGui::BeginTable("##saved", columns, flags)) return;
  ImGui::TableSetupColumn(tr("figures.indicator"));
  if (current) {
    ImGui::TableSetupColumn(
        (std::string(tr("saved.current")) + ": " + policy_label(current->inputs.a)).c_str());
  }
  for (std::size_t i = 0; i < s.saved.size(); ++i) {
    ImGui::TableSetupColumn((s.saved[i].name + "##saved" + std::to_string(i)).c_str());
  }
  ImGui::TableHeadersRow();
  // The Remove buttons, one under each saved scenario's name.
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (current) ImGui::TableNextColumn();
  std::optional<std::size_t> removed;
  for (std::size_t i = 0; i < s.saved.size(); ++i) {
    ImGui::TableNextColumn();
    if (ImGui::SmallButton((std::string(tr("saved.remove")) + "##" + std::to_string(i)).c_str())) {
      removed = i;
    }
    remember_item(("saved.remove." + std::to_string(i)).c_str());
  }
  // The figures' labels come with the current rows (those of an empty summary without one).
  const std::vector<FigureRow> now =
      figure_rows(current ? current->summary : report::ComparisonSummary{});
  std::vector<std::vector<FigureRow>> kept;
  for (const SavedScenario& saved : s.saved) {
    kept.push_back(saved.summary ? figure_rows(*saved.summary) : std::vector<FigureRow>{});
  }
  for (std::size_t r = 0; r < now.size(); ++r) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(now[r].key));
    if (current) {
      ImGui::TableNextColumn();
      cell(now[r]);
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
      ImGui::TableNextColumn();
      if (r < kept[i].size()) {
        cell(kept[i][r]);
      } else {
        ImGui::TextDisabled("%s", tr(s.saved[i].failed ? "saved.failed" : "saved.restoring"));
      }
    }
  }
  ImGui::EndTable();
  remember_item("saved.table");
  if (removed) remove_saved(s, *removed);
}

}  // namespace bailiff::web
