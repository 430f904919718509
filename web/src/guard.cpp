// Guarded drawing (guard.hpp): an exception in a part of the page is caught, the ImGui stacks
// the part left open are closed, and the part shows its error in the page's language.

#include "guard.hpp"

#include <exception>
#include <map>

#include "i18n.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.hpp"

namespace bailiff::web {
namespace {

std::map<std::string, std::string>& errors() {
  static std::map<std::string, std::string> e;
  return e;
}

int g_failures = 0;

/// The sizes of the stacks a part may push onto, taken before it is drawn.
struct Stacks {
  int windows, tree, ids, colors, vars, flags, groups, widths, wraps, fonts;
  ImGuiWindow* window;
  ImGuiTable* table;

  static Stacks now() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.CurrentWindow;
    return {g.CurrentWindowStack.Size,
            w->DC.TreeDepth,
            w->IDStack.Size,
            g.ColorStack.Size,
            g.StyleVarStack.Size,
            g.ItemFlagsStack.Size,
            g.GroupStack.Size,
            w->DC.ItemWidthStack.Size,
            w->DC.TextWrapPosStack.Size,
            g.FontStack.Size,
            w,
            g.CurrentTable};
  }

  /// Close what was opened since now() was taken.
  void restore() const {
    ImGuiContext& g = *GImGui;
    while (g.CurrentWindowStack.Size > windows) {
      ImGui::ErrorCheckEndWindowRecover(nullptr);
      if (g.CurrentWindow->Flags & ImGuiWindowFlags_ChildWindow) {
        ImGui::EndChild();
      } else {
        ImGui::End();  // a popup, combo or tooltip: End pops it
      }
    }
    if (g.CurrentWindow != window) return;  // cannot happen once the windows are closed
    while (g.CurrentTable && g.CurrentTable != table && g.CurrentTable->OuterWindow == window) {
      ImGui::EndTable();
    }
    while (window->DC.TreeDepth > tree) ImGui::TreePop();
    while (g.GroupStack.Size > groups) ImGui::EndGroup();
    while (window->IDStack.Size > ids) ImGui::PopID();
    while (g.ColorStack.Size > colors) ImGui::PopStyleColor();
    while (g.StyleVarStack.Size > vars) ImGui::PopStyleVar();
    while (g.ItemFlagsStack.Size > flags) ImGui::PopItemFlag();
    while (window->DC.ItemWidthStack.Size > widths) ImGui::PopItemWidth();
    while (window->DC.TextWrapPosStack.Size > wraps) ImGui::PopTextWrapPos();
    while (g.FontStack.Size > fonts) ImGui::PopFont();
  }
};

/// The part's error in its place, and a button to draw it again.
void draw_error(const std::string& place, const std::string& what) {
  ImGui::PushID(place.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.65f, 0.0f, 0.0f, 1.0f));
  ImGui::TextWrapped("%s: %s", tr("error.part"), what.c_str());
  ImGui::PopStyleColor();
  if (ImGui::SmallButton(tr("error.retry"))) errors().erase(place);
  ImGui::PopID();
}

}  // namespace

bool guarded(const std::string& place, const std::function<void()>& draw) {
  if (const auto at = errors().find(place); at != errors().end()) {
    draw_error(place, at->second);
    return false;
  }
  const Stacks before = Stacks::now();
  std::string what;
  try {
    draw();
    return true;
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
    what = "?";
  }
  before.restore();
  errors()[place] = what;
  ++g_failures;
  wake_frames();  // the next frame draws the error in the part's place
  draw_error(place, what);
  return false;
}

std::string guard_error(const std::string& place) {
  const auto at = errors().find(place);
  return at == errors().end() ? std::string() : at->second;
}

void clear_guard_errors(const std::string& prefix) {
  auto& e = errors();
  for (auto it = e.lower_bound(prefix); it != e.end() && it->first.rfind(prefix, 0) == 0;) {
    it = e.erase(it);
  }
}

int guard_failures() {
  return g_failures;
}

void recover_frame() {
  ++g_failures;
  ImGuiContext* g = ImGui::GetCurrentContext();
  if (!g || !g->WithinFrameScope) return;
  ImGui::ErrorCheckEndFrameRecover(nullptr);
  ImGui::EndFrame();
}

}  // namespace bailiff::web
