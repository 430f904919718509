#include "worker_pool.hpp"

#include <cstdlib>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
EM_JS(int, js_workers_ready, (), {
  const pool = Module['bailiffPool'];
  return pool ? pool.workers.length : 0;
});
EM_JS(int, js_workers_settled, (), {
  const pool = Module['bailiffPool'];
  return !pool || pool.settled ? 1 : 0;
});
EM_JS(char*, js_workers_error, (), {
  const pool = Module['bailiffPool'];
  const text = pool ? pool.error : 'no worker pool';
  const n = lengthBytesUTF8(text) + 1;
  const p = _malloc(n);
  stringToUTF8(text, p, n);
  return p;
});
EM_JS(void, js_workers_load, (unsigned job, const char* message, const char* csv, int csv_size), {
  Module['bailiffPool'].load(job, UTF8ToString(message), HEAPU8.slice(csv, csv + csv_size));
});
EM_JS(void, js_workers_simulate, (unsigned worker, unsigned job, unsigned run, unsigned first, unsigned last), {
  Module['bailiffPool'].simulate(worker, job, run, first, last);
});
// clang-format on
#endif

namespace bailiff::web {
namespace {

WorkerEvents& events() {
  static WorkerEvents e;
  return e;
}

}  // namespace

#ifdef __EMSCRIPTEN__
unsigned workers_ready() {
  return static_cast<unsigned>(js_workers_ready());
}

bool workers_settled() {
  return js_workers_settled() != 0;
}

std::string workers_error() {
  char* text = js_workers_error();
  std::string out(text);
  free(text);
  return out;
}

void workers_load(std::uint32_t job, const std::string& message, const std::string& csv) {
  js_workers_load(job, message.c_str(), csv.data(), static_cast<int>(csv.size()));
}

void workers_simulate(unsigned worker, std::uint32_t job, const sim::BlockTask& task) {
  js_workers_simulate(worker, job, task.run, static_cast<unsigned>(task.blocks.first),
                      static_cast<unsigned>(task.blocks.last));
}
#else
unsigned workers_ready() {
  return 0;
}
bool workers_settled() {
  return true;
}
std::string workers_error() {
  return "the native window has no Web Workers";
}
void workers_load(std::uint32_t, const std::string&, const std::string&) {}
void workers_simulate(unsigned, std::uint32_t, const sim::BlockTask&) {}
#endif

void set_worker_events(WorkerEvents e) {
  events() = std::move(e);
}

}  // namespace bailiff::web

#ifdef __EMSCRIPTEN__
/// Called by shell/pool.js with a part's \p size bytes at \p data (copied here; the caller
/// frees them).
extern "C" EMSCRIPTEN_KEEPALIVE void bailiff_pool_part(unsigned worker, unsigned job, unsigned run,
                                                       const char* data, int size) {
  const bailiff::web::WorkerEvents& e = bailiff::web::events();
  if (e.part) e.part(worker, job, run, std::string(data, static_cast<std::size_t>(size)));
}

/// Called by shell/pool.js when a worker reports an error or stops.
extern "C" EMSCRIPTEN_KEEPALIVE void bailiff_pool_failed(unsigned worker, unsigned job,
                                                         const char* message) {
  const bailiff::web::WorkerEvents& e = bailiff::web::events();
  if (e.failed) e.failed(worker, job, message);
}
#endif
