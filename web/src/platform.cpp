#include "platform.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int len), {
  const bytes = HEAPU8.slice(data, data + len);
  Module['saveBlob'](new Blob([bytes], {type: UTF8ToString(mime)}), UTF8ToString(name));
});
EM_JS(void, js_download_png, (const char* name, int width, int height, const unsigned char* rgba), {
  const file = UTF8ToString(name);
  Module['rgbaCanvas'](width, height, rgba).toBlob(function(blob) { Module['saveBlob'](blob, file); }, 'image/png');
});
EM_JS(void, js_keep_brief_chart, (const char* name, int width, int height, const unsigned char* rgba), {
  Module['briefCharts'][UTF8ToString(name)] = Module['rgbaCanvas'](width, height, rgba).toDataURL('image/png');
});
EM_JS(void, js_show_brief, (const char* json, int print), {
  const shown = window.bailiffShowBrief(JSON.parse(UTF8ToString(json)), Module['briefCharts']);
  Module['briefCharts'] = {};
  if (print) shown.then(function() { window.print(); });
});
EM_JS(void, js_open_csv_picker, (), {
  const input = document.getElementById('csv-input');
  if (input) input.click();
});
EM_JS(void, js_open_receipt_picker, (), {
  const input = document.getElementById('receipt-input');
  if (input) input.click();
});
EM_JS(void, js_open_records_picker, (), {
  const input = document.getElementById('records-input');
  if (input) input.click();
});
EM_JS(char*, js_url_hash, (), {
  const h = window.location.hash.substring(1);
  const n = lengthBytesUTF8(h) + 1;
  const p = _malloc(n);
  stringToUTF8(h, p, n);
  return p;
});
EM_JS(void, js_set_url_hash, (const char* hash), {
  const h = "#" + UTF8ToString(hash);
  if (window.location.hash !== h) history.replaceState(null, "", h);
});
EM_JS(void, js_push_url_hash, (const char* hash), {
  const h = "#" + UTF8ToString(hash);
  if (window.location.hash !== h) history.pushState(null, "", h);
});
EM_JS(void, js_set_document_language, (const char* code), { document.documentElement.lang = UTF8ToString(code); });
EM_JS(void, js_set_page_text, (const char* json), {
  if (window.bailiffShowText) window.bailiffShowText(JSON.parse(UTF8ToString(json)));
});
EM_JS(int, js_viewport_width, (), { return window.innerWidth | 0; });
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(void, js_size_canvas, (int css_width, int css_height, int pixel_width, int pixel_height), {
  const canvas = Module['canvas'];
  canvas.width = pixel_width;
  canvas.height = pixel_height;
  canvas.style.width = css_width + 'px';
  canvas.style.height = css_height + 'px';
});
// The canvas takes the window less the HTML text strip below it.
EM_JS(int, js_viewport_height, (), {
  const strip = document.getElementById('summary');
  return (window.innerHeight - (strip ? strip.offsetHeight : 0)) | 0;
});
// clang-format on
#endif

namespace bailiff::web {

double now_ms() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_now();
#else
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
#endif
}

std::string offer_download(const std::string& name, std::string_view mime, std::string_view bytes) {
#ifdef __EMSCRIPTEN__
  js_download(name.c_str(), std::string(mime).c_str(), bytes.data(),
              static_cast<int>(bytes.size()));
  return name;
#else
  (void)mime;
  std::ofstream out(name, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return std::filesystem::absolute(name).string();
#endif
}

std::string offer_png(const std::string& name, int width, int height,
                      const std::vector<unsigned char>& rgba) {
#ifdef __EMSCRIPTEN__
  js_download_png(name.c_str(), width, height, rgba.data());
  return name;
#else
  (void)width, (void)height, (void)rgba;
  return name + " (PNG export: browser only)";
#endif
}

void keep_brief_chart(const std::string& name, int width, int height,
                      const std::vector<unsigned char>& rgba) {
#ifdef __EMSCRIPTEN__
  js_keep_brief_chart(name.c_str(), width, height, rgba.data());
#else
  (void)name, (void)width, (void)height, (void)rgba;
#endif
}

void show_brief_html(const std::string& json, bool print) {
#ifdef __EMSCRIPTEN__
  js_show_brief(json.c_str(), print ? 1 : 0);
#else
  (void)json, (void)print;
#endif
}

bool open_csv_picker() {
#ifdef __EMSCRIPTEN__
  js_open_csv_picker();
  return true;
#else
  return false;
#endif
}

bool open_receipt_picker() {
#ifdef __EMSCRIPTEN__
  js_open_receipt_picker();
  return true;
#else
  return false;
#endif
}

bool open_records_picker() {
#ifdef __EMSCRIPTEN__
  js_open_records_picker();
  return true;
#else
  return false;
#endif
}

std::string url_hash() {
#ifdef __EMSCRIPTEN__
  char* p = js_url_hash();
  std::string out(p);
  free(p);
  return out;
#else
  return {};
#endif
}

void set_url_hash(const std::string& hash) {
#ifdef __EMSCRIPTEN__
  js_set_url_hash(hash.c_str());
#else
  (void)hash;
#endif
}

void push_url_hash(const std::string& hash) {
#ifdef __EMSCRIPTEN__
  js_push_url_hash(hash.c_str());
#else
  (void)hash;
#endif
}

void set_document_language(const char* code) {
#ifdef __EMSCRIPTEN__
  js_set_document_language(code);
#else
  (void)code;
#endif
}

void set_page_text(const std::string& json) {
#ifdef __EMSCRIPTEN__
  js_set_page_text(json.c_str());
#else
  (void)json;
#endif
}

namespace {
// ImGui settles hover, click and focus over a few frames after an event.
constexpr int kFramesPerWake = 4;
int g_woken_frames = kFramesPerWake;
}  // namespace

void wake_frames() {
  g_woken_frames = kFramesPerWake;
}

namespace {
bool g_mouse_outside = false;
}  // namespace

void set_mouse_outside(bool outside) {
  g_mouse_outside = outside;
  wake_frames();
}

bool mouse_outside() {
  return g_mouse_outside;
}

bool take_woken_frame() {
#ifdef __EMSCRIPTEN__
  if (g_woken_frames <= 0) return false;
  --g_woken_frames;
  return true;
#else
  return true;  // the native window draws every frame (glfwWaitEvents would be the native way)
#endif
}

double device_pixel_ratio() {
#ifdef __EMSCRIPTEN__
  return js_device_pixel_ratio();
#else
  return 1.0;
#endif
}

void size_canvas(int css_width, int css_height, int pixel_width, int pixel_height) {
#ifdef __EMSCRIPTEN__
  js_size_canvas(css_width, css_height, pixel_width, pixel_height);
#else
  (void)css_width, (void)css_height, (void)pixel_width, (void)pixel_height;
#endif
}

std::string scratch_dir() {
#ifdef __EMSCRIPTEN__
  return "/tmp";
#else
  const auto dir = std::filesystem::temp_directory_path() / "bailiff-web";
  std::filesystem::create_directories(dir);
  return dir.string();
#endif
}

bool viewport_size(int& width, int& height) {
#ifdef __EMSCRIPTEN__
  width = js_viewport_width();
  height = js_viewport_height();
  return true;
#else
  (void)width;
  (void)height;
  return false;
#endif
}

}  // namespace bailiff::web
