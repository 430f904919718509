#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace bailiff::cli {

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

ProgressLine::ProgressLine(std::string what)
    : what_(std::move(what)), start_(std::chrono::steady_clock::now()), last_(start_) {}

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
  std::fprintf(stderr, "\r%s %5.1f%% (%.1f M of %.1f M case runs, %.1f M/s, %.0f s elapsed, ~%.0f s left) ",
               what_.c_str(), 100.0 * static_cast<double>(done) / static_cast<double>(total),
               static_cast<double>(done) / 1e6, static_cast<double>(total) / 1e6, rate / 1e6,
               elapsed, left);
  std::fflush(stderr);
}

}  // namespace bailiff::cli
