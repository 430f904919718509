#include "scrolling.hpp"

#include <cfloat>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform.hpp"

namespace bailiff::web {

namespace {

float g_pending = 0;  // CSS px asked since the last frame
// The panel last under the pointer: a finger sliding hides the pointer from ImGui (so that
// lifting it clicks nothing) and goes on scrolling the panel it started on.
ImGuiWindow* g_under = nullptr;

}  // namespace

void scroll_under_pointer(float dy) {
  g_pending += dy;
  wake_frames();
}

void apply_scrolling() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.HoveredWindow) g_under = g.HoveredWindow;
  float dy = g_pending;
  g_pending = 0;
  for (ImGuiWindow* w = g_under; w && dy != 0; w = w->ParentWindow) {
    if (w->ScrollMax.y <= 0 || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) continue;
    const float from = w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
    const float to = ImClamp(from + dy, 0.0f, w->ScrollMax.y);
    if (to != from) ImGui::SetScrollY(w, to);
    dy -= to - from;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;  // a popup or the page: the end
  }
}

}  // namespace bailiff::web
