#include <algorithm>
#include <iterator>
#include <string>

#include "app_state.hpp"
#include "brief.hpp"
#include "guard.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "keyboard.hpp"
#include "platform.hpp"
#include "ui.hpp"
#include "url_state.hpp"

namespace bailiff::web {

void help_marker(const std::string& text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void text_headers_row() {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
    ImGui::TableSetColumnIndex(column);
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    ImGui::TextWrapped("%s", ImGui::TableGetColumnName(column));
  }
}

namespace {

/// The reader's text size, 90% to 150% (the font is rebuilt for it between frames), in a list
/// \p width wide, after its label.
void text_size_choice(AppState& s, float width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("menu.text_size"));
  ImGui::SameLine();
  const auto shown = [](float size) {
    return std::to_string(static_cast<int>(size * 100 + 0.5f)) + "%";
  };
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##text_size", shown(s.text_size).c_str())) {
    for (const float size : {0.9f, 1.0f, 1.15f, 1.3f, 1.5f}) {
      if (ImGui::Selectable(shown(size).c_str(), size == s.text_size)) s.text_size = size;
      remember_item(("text_size." + shown(size)).c_str());
    }
    ImGui::EndCombo();
  }
  remember_item("text_size");
}

/// \p text (if any) in a box of \p background, headed \p title, until dismissed; its
/// rectangle remembered as \p name.
void message_box(std::string& text, const char* name, const char* title, ImVec4 background, ImVec4 color) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
  const float lines = 2.6f + static_cast<float>(text.size() / 110);
  ImGui::BeginChild((std::string("##") + name).c_str(), ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * lines), true, kFlattened);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%s: %s", title, text.c_str());
  ImGui::PopStyleColor();
  remember_item(name);
  if (ImGui::SmallButton((std::string(tr("dismiss")) + "##" + name).c_str())) text.clear();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

/// The tab \p name (its label the message "tab.NAME"); true when it is the one shown. Brought
/// to the front when a link named it or \p select; choosing it puts it in the URL, so that a
/// link opens on it.
bool tab_item(AppState& s, const std::string& name, bool select = false) {
  const std::string id = "tab." + name;
  const ImGuiTabItemFlags flags = select || s.select_tab == name ? ImGuiTabItemFlags_SetSelected : 0;
  const bool open = ImGui::BeginTabItem((std::string(tr(id)) + "###" + id).c_str(), nullptr, flags);
  remember_item(id.c_str());
  if (!open) return false;
  ImGui::EndTabItem();
  if (s.tab != name && s.select_tab.empty()) {
    s.tab = name;
    set_url_hash(encode_hash(s));
  }
  return true;
}

/// The tabs, then the one shown (drawn after the tab bar, so that Tab reaches every tab before
/// the content of the one shown).
void draw_tabs(AppState& s) {
  static constexpr struct {
    const char* name;
    void (*draw)(AppState&);
  } kTabs[] = {{"charts", draw_charts},   {"explorer", draw_case_explorer},
               {"about", draw_about_run}, {"saved", draw_saved_panel},
               {"receipt", draw_receipt_tab}, {"records", draw_records_tab}};
  const auto* shown = std::end(kTabs);
  if (!ImGui::BeginTabBar("##tabs")) return;
  for (const auto* tab = std::begin(kTabs); tab != std::end(kTabs); ++tab) {
    if (tab_item(s, tab->name, tab == std::begin(kTabs) && drawing_brief(s))) shown = tab;
  }
  s.select_tab.clear();
  ImGui::EndTabBar();
  if (shown != std::end(kTabs)) guarded((std::string("tab.") + shown->name).c_str(), [&] { shown->draw(s); });
}

}  // namespace

void draw_page(AppState& s, float width, float height) {
  s.widget_rects.clear();
  s.focused_widget.clear();
  s.chart_rects.clear();
  refresh_receipt(s);
  const float left = 390.0f * s.text_size;
  // Side by side when the figures fit beside the scenario, else stacked in one scrolling
  // column (the brief reads the charts from a frame laid out side by side).
  const bool narrow = width < kNarrowWidth;
  const bool stacked = !drawing_brief(s) && (narrow || width - left - 20 < figures_table_width(s));
  s.layout = narrow ? "narrow" : stacked ? "stacked" : "wide";
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                           ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                           ImGuiWindowFlags_NoBringToFrontOnFocus |
                           ImGuiWindowFlags_NoSavedSettings;
  if (!stacked) flags |= ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoScrollbar;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
  ImGui::Begin("##page", nullptr, flags);
  ImGui::PopStyleVar();
  if (stacked) {
    // The answer first, then the scenario, then the tabs, each panel a screen high at most.
    draw_menu_items(s, /*wrap=*/true);
    ImGui::Separator();
    message_box(s.error, "error", tr("error"), ImVec4(1.0f, 0.88f, 0.88f, 1.0f), ImVec4(0.65f, 0.0f, 0.0f, 1.0f));
    message_box(s.notice, "notice", tr("notice"), ImVec4(1.0f, 0.95f, 0.80f, 1.0f), ImVec4(0.45f, 0.25f, 0.0f, 1.0f));
    guarded("figures", [&] { draw_figures_panel(s, /*table=*/!narrow); });
    ImGui::BeginChild("##left", ImVec2(0, height - 12), true, kFlattened);
    guarded("scenario", [&] { draw_scenario_panel(s); });
    ImGui::EndChild();
    ImGui::BeginChild("##right", ImVec2(0, height - 12), false, kFlattened);
    draw_tabs(s);
    ImGui::EndChild();
    ImGui::End();
    return;
  }
  if (ImGui::BeginMenuBar()) {
    draw_menu_items(s, /*wrap=*/false);
    ImGui::EndMenuBar();
  }
  ImGui::BeginChild("##left", ImVec2(left, 0), true, kFlattened);
  guarded("scenario", [&] { draw_scenario_panel(s); });
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##right", ImVec2(0, 0), false, kFlattened);
  if (drawing_brief(s)) ImGui::SetScrollY(0);  // the brief reads the charts at the top
  message_box(s.error, "error", tr("error"), ImVec4(1.0f, 0.88f, 0.88f, 1.0f), ImVec4(0.65f, 0.0f, 0.0f, 1.0f));
  message_box(s.notice, "notice", tr("notice"), ImVec4(1.0f, 0.95f, 0.80f, 1.0f), ImVec4(0.45f, 0.25f, 0.0f, 1.0f));
  guarded("figures", [&] { draw_figures_panel(s, /*table=*/true); });
  draw_tabs(s);
  ImGui::EndChild();
  ImGui::End();
}

void draw_menu_items(AppState& s, bool wrap) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // In the menu bar, one line; above a stacked page, a new line when the next item would not fit.
  bool first = true;
  const auto next = [&](float item_width) {
    if (wrap && !first &&
        ImGui::GetItemRectMax().x + style.ItemSpacing.x + item_width <=
            ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
      ImGui::SameLine();
    }
    first = false;
  };
  const auto separator = [&] {
    if (!wrap) ImGui::Separator();
  };
  const auto button = [&](const char* label) {
    next(ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2);
    return ImGui::SmallButton(label);
  };
  next(0);
  if (wrap) {
    ImGui::TextWrapped("%s", tr("app.title"));
  } else {
    ImGui::TextUnformatted(tr("app.title"));
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("app.local"));
  separator();
  if (wrap) first = true;
  next(0);
  if (wrap) ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("menu.export"));
  if (button("JSON")) export_json(s);
  remember_item("export.json");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("export.json"));
  if (button("CSV")) export_csv(s);
  remember_item("export.csv");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("export.csv"));
  if (button(tr("export.bundle"))) export_bundle(s);
  remember_item("export.bundle");
  if (button(tr("brief.button"))) request_brief(s, /*print=*/true);
  remember_item("brief");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("brief.tip"));
  separator();
  const float combo = ImGui::CalcTextSize("150%").x + ImGui::GetFrameHeight() * 1.6f;
  next(ImGui::CalcTextSize(tr("menu.text_size")).x + style.ItemSpacing.x + combo);
  text_size_choice(s, combo);
  if (!s.status.empty()) {
    separator();
    next(ImGui::CalcTextSize(s.status.c_str()).x);
    ImGui::TextDisabled("%s", s.status.c_str());
  }
  const char* names[] = {"Русский", "Қазақша", "English"};
  const char* ids[] = {"lang.ru", "lang.kk", "lang.en"};
  const auto radio = [&](const char* n) {
    return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(n).x;
  };
  float total = 0;
  for (const char* n : names) total += radio(n) + style.ItemSpacing.x;
  // Right-aligned in the menu bar, where there is room.
  if (!wrap) ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - total - 4.0f));
  for (int i = 0; i < 3; ++i) {
    next(radio(names[i]));
    if (ImGui::RadioButton(names[i], language() == report::kLanguages[i])) {
      set_language(report::kLanguages[i]);
      set_url_hash(encode_hash(s));
    }
    remember_item(ids[i]);
  }
}

}  // namespace bailiff::web
