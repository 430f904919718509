// The visualizer's entry point: one main loop for the browser (emscripten_set_main_loop)
// and the native window (a plain while loop). Backends stay here, at the edge.

#include <algorithm>
#include <array>
#include <cfloat>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <GLFW/glfw3.h>

#include "app_state.hpp"
#include "brief.hpp"
#include "font_data.hpp"
#include "guard.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "keyboard.hpp"
#include "platform.hpp"
#include "scrolling.hpp"
#include "ui.hpp"
#include "worker_pool.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace {

using namespace bailiff::web;

GLFWwindow* g_window = nullptr;
double g_start_ms = 0;
// Simulation time per frame while a run is going: long enough that drawing the frame (in
// software GL under headless Chromium, ~30 ms) costs little, short enough to stay responsive.
constexpr double kRunSliceMs = 100.0;
// While Web Workers simulate, the page's thread only shows progress: a few frames a second
// (software GL draws one in ~30 ms) leave the cores to the workers.
constexpr double kWorkerFrameMs = 250.0;
double g_last_frame_ms = 0;

// The font is rasterised at the device's pixels (15 px x text size x devicePixelRatio) and
// drawn at 1 / devicePixelRatio, so text is sharp at any ratio and follows the text size.
constexpr float kFontPx = 15.0f;
float g_font_scale = 0;  // text size x device pixel ratio the atlas was built for
float g_ratio = 1;       // device pixels per CSS pixel
int g_css_width = 0, g_css_height = 0;

void load_font(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // web/CMakeLists.txt cuts the embedded font to these ranges: keep both lists alike.
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 (the no-break space)
      0x0400, 0x052F,  // Cyrillic + supplement: Russian and the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І
      0x2010, 0x2044,  // dashes, quotes, ellipsis
      0x20B8, 0x20B8,  // ₸
      0x2116, 0x2116,  // № (the numbers of orders and resolutions in the legal bases)
      0x2190, 0x2193,  // arrows
      0x25AC, 0x25AC,  // ▬
      0x25C7, 0x25C7,  // ◇
      0x25CF, 0x25CF,  // ●
      0x2212, 0x2212,  // minus
      0,
  };
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static storage
  config.OversampleH = 2;
  const auto ttf = ui_font_ttf();
  io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()),
                                 static_cast<int>(ttf.size()), kFontPx * scale, &config, ranges);
  io.FontGlobalScale = 1.0f / g_ratio;
  g_font_scale = scale;
}

/// Rebuild the font when the text size or the device pixel ratio changed (between frames).
void refresh_font(float text_size) {
  const float scale = text_size * g_ratio;
  if (scale == g_font_scale) return;
  load_font(scale);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

#ifdef __EMSCRIPTEN__
/// Emscripten's GLFW passes the wheel event's raw deltaX/deltaY (CSS pixels, down positive)
/// where GLFW and ImGui expect steps (up positive): across, 100 pixels are one step for ImGui;
/// down, the pixels scroll the panel under the mouse, then the one around it (scrolling.hpp).
void wheel_in_steps(GLFWwindow* window, double dx, double dy) {
  ImGui_ImplGlfw_ScrollCallback(window, -dx / 100.0, 0.0);
  scroll_under_pointer(static_cast<float>(dy));
  wake_frames();
}

/// The canvas follows the viewport (CSS pixels) with a backing store of device pixels.
void follow_viewport() {
  int vw = 0, vh = 0;
  if (!viewport_size(vw, vh) || vw <= 0 || vh <= 0) return;
  const auto ratio = static_cast<float>(device_pixel_ratio());
  if (vw == g_css_width && vh == g_css_height && ratio == g_ratio) return;
  glfwSetWindowSize(g_window, vw, vh);
  g_css_width = vw;
  g_css_height = vh;
  g_ratio = ratio;
  const auto pixels = [ratio](int css) {
    return static_cast<int>(static_cast<float>(css) * ratio + 0.5f);
  };
  size_canvas(vw, vh, pixels(vw), pixels(vh));
  wake_frames();
}
#endif

/// The pixels of \p rect (CSS px: x, y, width, height) in the frame just drawn, in device
/// pixels with rows bottom-up as OpenGL reads them; nothing when the frame cuts more than
/// the rounding's pixel or two off the rectangle.
struct Pixels {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
};
std::optional<Pixels> read_frame(const std::array<float, 4>& rect, float ratio) {
  constexpr int kRounding = 2;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const auto px = [ratio](float v) { return static_cast<int>(v * ratio + 0.5f); };
  const int frame_w = px(display.x), frame_h = px(display.y);
  const int x = px(rect[0]), top = px(rect[1]);
  const int w = std::min(px(rect[2]), frame_w - x), h = std::min(px(rect[3]), frame_h - top);
  if (x < 0 || top < 0 || w <= 0 || h <= 0 || px(rect[2]) - w > kRounding ||
      px(rect[3]) - h > kRounding) {
    return std::nullopt;
  }
  Pixels p{
      w, h,
      std::vector<unsigned char>(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4)};
  glReadPixels(x, frame_h - top - h, w, h, GL_RGBA, GL_UNSIGNED_BYTE, p.rgba.data());
  return p;
}

/// The requested chart, read from the frame just drawn.
void save_png(AppState& s, float ratio) {
  const AppState::PngRequest request = *s.png_request;
  s.png_request.reset();
  if (const std::optional<Pixels> p = read_frame(request.rect, ratio)) {
    s.status = std::string(tr("export.done")) + ": " +
               offer_png(request.file, p->width, p->height, p->rgba);
  }
}

/// The brief's charts, read from the frame just drawn, then the brief itself.
void make_brief(AppState& s, float ratio) {
  for (const BriefChart& chart : kBriefCharts) {
    const auto at = s.chart_rects.find(chart.name);
    if (at == s.chart_rects.end()) continue;
    if (const std::optional<Pixels> p = read_frame(at->second, ratio)) {
      keep_brief_chart(chart.name, p->width, p->height, p->rgba);
    }
  }
  show_brief(s);
}

void draw_frame(AppState& s);

void frame() {
  AppState& s = app();
#ifdef __EMSCRIPTEN__
  follow_viewport();
#endif
  // Nothing changes unless an event came in or a run is going: then no frame is drawn.
  const bool woken = take_woken_frame();
  if (!woken && !s.runner.busy() && !s.run_requested && !drawing_brief(s) && !restoring_saved(s))
    return;
  if (!woken && s.runner.workers_in_use() > 0 && now_ms() - g_last_frame_ms < kWorkerFrameMs)
    return;
  g_last_frame_ms = now_ms();
  // No exception escapes a frame: what no part of the page caught (guard.hpp) ends the frame
  // cleanly, is shown in the page's error box, and the next frame goes on.
  try {
    draw_frame(s);
  } catch (const std::exception& e) {
    recover_frame();
    s.error = std::string(tr("error.frame")) + ": " + e.what();
    wake_frames();
  } catch (...) {
    recover_frame();
    s.error = tr("error.frame");
    wake_frames();
  }
}

/// One frame: events, the run's next slice, the page drawn, its text updated.
void draw_frame(AppState& s) {
  glfwPollEvents();
  // The first frame shows the page at once; a run waits for the workers to have started.
  if (s.run_requested && s.frames > 0 && workers_settled()) {
    s.run_requested = false;
    start_run(s);
  }
  // Every applied edit (and the load) shows the exact expectation at the fitted behaviour at
  // once; by the exact method the run over every draw follows by itself (Run starts a Monte
  // Carlo's sample).
  const bool previewed = s.frames > 0 && preview_due(s);
  if (previewed) {
    start_preview(s);
    const Outcome* preview = s.runner.preview_outcome();
    const bool valid = preview && preview->inputs.key == run_key(s);
    if (valid && s.settings.method == bailiff::sim::Method::kExact) s.run_requested = true;
  }
  const unsigned generation = s.runner.generation();
  if (s.runner.busy() && !previewed) s.runner.step(kRunSliceMs);  // the preview is drawn at once
  // Saved scenarios restored from a link rerun after the page's own run.
  if (!s.runner.busy() && !s.run_requested && !previewed && restoring_saved(s)) {
    step_saved(s, kRunSliceMs);
  }
  if (s.runner.generation() != generation) wake_frames();  // settle the page on the new figures
  if (std::string e = s.runner.take_error(); !e.empty()) s.error = std::move(e);

  refresh_font(s.text_size);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
#ifdef __EMSCRIPTEN__
  // GLFW reports the mouse in the canvas's device pixels; ImGui lays out in CSS pixels.
  io.DisplayFramebufferScale = ImVec2(g_ratio, g_ratio);
  if (io.MousePos.x > -FLT_MAX)
    io.MousePos = ImVec2(io.MousePos.x / g_ratio, io.MousePos.y / g_ratio);
#endif
  if (mouse_outside()) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // left the canvas
  ImGui::NewFrame();
  move_focus_by_tab();
  apply_scrolling();
  draw_page(s, io.DisplaySize.x, io.DisplaySize.y);
  ImGui::Render();
  // A press is released on a later frame: draw it even without a new event (a click shorter
  // than a long frame, such as an exact preview's, is seen down here and up only there).
  if (std::any_of(std::begin(io.MouseDown), std::end(io.MouseDown), [](bool down) { return down; }))
    wake_frames();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.94f, 0.94f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (s.png_request) save_png(s, io.DisplayFramebufferScale.x);
  if (brief_charts_drawn(s)) make_brief(s, io.DisplayFramebufferScale.x);
  glfwSwapBuffers(g_window);
  update_page_text(s);
  if (s.frames++ == 0) {
    s.first_frame_at_ms = now_ms();  // in the browser: ms since navigation start
    s.first_frame_ms = s.first_frame_at_ms - g_start_ms;
  }
}

}  // namespace

int main(int, char**) {
  g_start_ms = now_ms();
  if (!glfwInit()) {
    std::fprintf(stderr, "bailiff-web: glfwInit failed\n");
    return 1;
  }
#ifdef __EMSCRIPTEN__
  const char* glsl = "#version 300 es";
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#else
  const char* glsl = "#version 130";
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#endif
  g_window = glfwCreateWindow(1280, 800, "Robot bailiff", nullptr, nullptr);
  if (!g_window) {
    std::fprintf(stderr, "bailiff-web: cannot create a window\n");
    return 1;
  }
  glfwMakeContextCurrent(g_window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // Arrows, Space and Enter; Tab through every control (keyboard.hpp).
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;   // a blinking cursor would redraw an idle page
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  // Secondary text at ~6.5:1 on the light background (the light style's grey is ~2.5:1).
  style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.33f, 0.33f, 0.36f, 1.0f);
  // The focus ring at ~11:1 on the light background (the light style's blue is ~2.9:1).
  style.Colors[ImGuiCol_NavHighlight] = ImVec4(0.04f, 0.16f, 0.43f, 1.0f);
  style.WindowRounding = 0;
  style.FrameRounding = 3;
  style.ItemSpacing = ImVec2(6, 4);
  load_font(1.0f);
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  install_tab_order(g_window);
#ifdef __EMSCRIPTEN__
  glfwSetScrollCallback(g_window, wheel_in_steps);
#endif
  ImGui_ImplOpenGL3_Init(glsl);

  init_app(url_hash());
  app().run_requested = true;  // show the URL's scenario at once (run spread over frames)

#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop(frame, 0, true);
#else
  while (!glfwWindowShouldClose(g_window)) frame();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(g_window);
  glfwTerminate();
#endif
  return 0;
}
