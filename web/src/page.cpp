#include <string>

#include "app_state.hpp"
#include "brief.hpp"
#include "guard.hpp"
#include "i18n.hpp"
#include "imgui.h"
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

namespace {

/// The reader's text size, 90% to 150% (the font is rebuilt for it between frames).
void text_size_choice(AppState& s) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr("menu.text_size"));
  const auto shown = [](float size) {
    return std::to_string(static_cast<int>(size * 100 + 0.5f)) + "%";
  };
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("150%").x + ImGui::GetFrameHeight() * 1.6f);
  if (ImGui::BeginCombo("##text_size", shown(s.text_size).c_str())) {
    for (const float size : {0.9f, 1.0f, 1.15f, 1.3f, 1.5f}) {
      if (ImGui::Selectable(shown(size).c_str(), size == s.text_size)) s.text_size = size;
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
  ImGui::BeginChild((std::string("##") + name).c_str(), ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * lines), true);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%s: %s", title, text.c_str());
  ImGui::PopStyleColor();
  remember_item(name);
  if (ImGui::SmallButton((std::string(tr("dismiss")) + "##" + name).c_str())) text.clear();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

/// The tab \p name (its label the message "tab.NAME"), drawn by \p body when selected; brought
/// to the front when a link named it or \p select; choosing it puts it in the URL, so that a
/// link opens on it.
template <typename Body>
void tab_item(AppState& s, const std::string& name, Body body, bool select = false) {
  const std::string id = "tab." + name;
  const ImGuiTabItemFlags flags = select || s.select_tab == name ? ImGuiTabItemFlags_SetSelected : 0;
  if (ImGui::BeginTabItem((std::string(tr(id)) + "###" + id).c_str(), nullptr, flags)) {
    if (s.tab != name && s.select_tab.empty()) {
      s.tab = name;
      set_url_hash(encode_hash(s));
    }
    guarded(id.c_str(), body);
    ImGui::EndTabItem();
  }
  remember_item(id.c_str());
}

}  // namespace

void draw_page(AppState& s, float width, float height) {
  s.widget_rects.clear();
  s.chart_rects.clear();
  refresh_receipt(s);
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_NoSavedSettings;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
  ImGui::Begin("##page", nullptr, flags);
  ImGui::PopStyleVar();
  draw_menu_bar(s);

  const float left = 390.0f * s.text_size;
  ImGui::BeginChild("##left", ImVec2(left, 0), true);
  guarded("scenario", [&] { draw_scenario_panel(s); });
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##right", ImVec2(0, 0), false);
  if (drawing_brief(s)) ImGui::SetScrollY(0);  // the brief reads the charts at the top
  message_box(s.error, "error", tr("error"), ImVec4(1.0f, 0.88f, 0.88f, 1.0f), ImVec4(0.65f, 0.0f, 0.0f, 1.0f));
  message_box(s.notice, "notice", tr("notice"), ImVec4(1.0f, 0.95f, 0.80f, 1.0f), ImVec4(0.45f, 0.25f, 0.0f, 1.0f));
  guarded("figures", [&] { draw_figures_panel(s); });
  if (ImGui::BeginTabBar("##tabs")) {
    tab_item(s, "charts", [&] { draw_charts(s); }, drawing_brief(s));
    tab_item(s, "explorer", [&] { draw_case_explorer(s); });
    tab_item(s, "about", [&] { draw_about_run(s); });
    tab_item(s, "saved", [&] { draw_saved_panel(s); });
    tab_item(s, "receipt", [&] { draw_receipt_tab(s); });
    tab_item(s, "records", [&] { draw_records_tab(s); });
    s.select_tab.clear();
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  ImGui::End();
}

void draw_menu_bar(AppState& s) {
  if (!ImGui::BeginMenuBar()) return;
  ImGui::TextUnformatted(tr("app.title"));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("app.local"));
  ImGui::Separator();
  ImGui::TextUnformatted(tr("menu.export"));
  if (ImGui::SmallButton("JSON")) export_json(s);
  remember_item("export.json");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("export.json"));
  if (ImGui::SmallButton("CSV")) export_csv(s);
  remember_item("export.csv");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("export.csv"));
  if (ImGui::SmallButton(tr("export.bundle"))) export_bundle(s);
  remember_item("export.bundle");
  if (ImGui::SmallButton(tr("brief.button"))) request_brief(s, /*print=*/true);
  remember_item("brief");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("brief.tip"));
  text_size_choice(s);
  if (!s.status.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", s.status.c_str());
  }
  const char* names[] = {"Русский", "Қазақша", "English"};
  const char* ids[] = {"lang.ru", "lang.kk", "lang.en"};
  const ImGuiStyle& style = ImGui::GetStyle();
  float total = 0;
  for (const char* n : names) {
    total += ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(n).x +
             style.ItemSpacing.x;
  }
  ImGui::SetCursorPosX(ImGui::GetWindowWidth() - total - 4.0f);
  for (int i = 0; i < 3; ++i) {
    if (ImGui::RadioButton(names[i], language() == report::kLanguages[i])) {
      set_language(report::kLanguages[i]);
      set_url_hash(encode_hash(s));
    }
    remember_item(ids[i]);
  }
  ImGui::EndMenuBar();
}

}  // namespace bailiff::web
