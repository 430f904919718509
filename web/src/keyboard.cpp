#include "keyboard.hpp"

#include <GLFW/glfw3.h>

#include "imgui_internal.h"
#include "platform.hpp"

namespace bailiff::web {

namespace {

GLFWkeyfun g_imgui_keys = nullptr;  // ImGui's GLFW backend callback
int g_tabs = 0;                     // Tab presses not yet applied: + forward, - backward
// Until the reader clicks or tabs, ImGui's focus is only its default (the first field of the
// panel it opened, without a ring): the first Tab then goes to the page's first control.
bool g_chosen = false;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (key == GLFW_KEY_TAB && (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT)) == 0) {
    if (action != GLFW_RELEASE) g_tabs += (mods & GLFW_MOD_SHIFT) ? -1 : 1;
    wake_frames();
    return;
  }
  if (g_imgui_keys) g_imgui_keys(window, key, scancode, action, mods);
}

}  // namespace

void install_tab_order(GLFWwindow* window) {
  g_imgui_keys = glfwSetKeyCallback(window, on_key);
}

void move_focus_by_tab() {
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) g_chosen = true;
  if (g_tabs == 0) return;
  const bool forward = g_tabs > 0;
  g_tabs += forward ? -1 : 1;
  if (g_tabs != 0) wake_frames();
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!g.NavWindow) ImGui::FocusWindow(ImGui::FindWindowByName("##page"));
  if (!g.NavWindow) return;
  // As ImGui's NavUpdateCreateTabbingRequest, over every item (ImGuiNavMoveFlags_FocusApi, as
  // SetKeyboardFocusHere): direction 0 takes the first item.
  g.NavTabbingDir = !forward ? -1 : g.NavId == 0 || !g_chosen ? 0 : 1;
  g_chosen = true;
  ImGui::NavMoveRequestSubmit(
      ImGuiDir_None, forward ? ImGuiDir_Down : ImGuiDir_Up,
      ImGuiNavMoveFlags_Tabbing | ImGuiNavMoveFlags_FocusApi,
      ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
  g.NavTabbingResultFirst.Clear();
  g.NavTabbingCounter = -1;
  g.NavDisableHighlight = false;  // the keyboard is in use: the ring shows, on fields too
}

}  // namespace bailiff::web
