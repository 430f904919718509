#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// Node's own answer (Emscripten's file descriptor 2 always reports a terminal).
// clang-format off
EM_JS(int, bailiff_node_stderr_is_tty, (), {
  return (typeof process === "object" && process.stderr && process.stderr.isTTY) ? 1 : 0;
});
// clang-format on
#endif

namespace bailiff::cli {

bool stderr_is_terminal() {
#ifdef __EMSCRIPTEN__
  return bailiff_node_stderr_is_tty() == 1;
#else
  return isatty(STDERR_FILENO) == 1;
#endif
}

ProgressLine::ProgressLine(std::string what, std::string unit, bool in_millions)
    : what_(std::move(what)),
      unit_(std::move(unit)),
      in_millions_(in_millions),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

ProgressLine::~ProgressLine() {
  if (shown_) std::fprintf(stderr, "\n");
}

void ProgressLine::update(std::uint64_t done, std::uint64_t total) {
  if (!terminal_) return;
  const std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0 || (now - last_ < std::chrono::milliseconds(250) && done < total)) return;
  last_ = now;
  shown_ = true;
  const double rate = static_cast<double>(done) / elapsed;
  const double left = rate > 0 ? static_cast<double>(total - done) / rate : 0.0;
  const double percent = 100.0 * static_cast<double>(done) / static_cast<double>(total);
  if (in_millions_) {
    std::fprintf(stderr,
                 "\r%s %5.1f%% (%.1f M of %.1f M %s, %.1f M/s, %.0f s elapsed, ~%.0f s left) ",
                 what_.c_str(), percent, static_cast<double>(done) / 1e6,
                 static_cast<double>(total) / 1e6, unit_.c_str(), rate / 1e6, elapsed, left);
  } else {
    std::fprintf(stderr, "\r%s %5.1f%% (%llu of %llu %s, %.0f s elapsed, ~%.0f s left) ",
                 what_.c_str(), percent, static_cast<unsigned long long>(done),
                 static_cast<unsigned long long>(total), unit_.c_str(), elapsed, left);
  }
  std::fflush(stderr);
}

}  // namespace bailiff::cli
