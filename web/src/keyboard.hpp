#pragma once
/// \file Keyboard first: Tab and Shift+Tab move the focus through every control of the page.
///
/// ImGui 1.86's own Tab reaches text fields only, and only inside the window that has the
/// focus. The page takes Tab from ImGui's GLFW backend and makes, once per press, the request
/// ImGui's SetKeyboardFocusHere makes (a tabbing request over every item, not only inputs);
/// with the page's panels flattened into one navigation root (kFlattened), Tab goes through
/// the menu bar, the scenario panel, the figures, the tabs and the tab shown, in the order
/// they are drawn, and wraps at either end. The item reached shows ImGui's focus ring.

#include "imgui.h"

struct GLFWwindow;

namespace bailiff::web {

/// The flag every panel (child window) of the page is begun with, so that Tab and the arrows
/// cross from one panel to the next.
inline constexpr ImGuiWindowFlags kFlattened = ImGuiWindowFlags_NavFlattened;

/// Take Tab from ImGui's key callback on \p window (other keys go on to ImGui).
void install_tab_order(GLFWwindow* window);

/// After ImGui::NewFrame(): move the focus by the next Tab or Shift+Tab pressed since the last
/// frame (one per frame; the page wakes for the rest), showing the focus ring.
void move_focus_by_tab();

}  // namespace bailiff::web
