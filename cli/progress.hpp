#pragma once
// A progress line on stderr for long runs, only when stderr is a terminal: silent for the
// first second, then updated at most four times a second, and finished with a newline.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace bailiff::cli {

/// Whether stderr is a terminal (progress lines are drawn only there, never into a log).
/// Under node (the WASM build) Emscripten's own stderr always looks like a terminal, so
/// there the answer is node's process.stderr.isTTY.
bool stderr_is_terminal();

/// Thread-safe progress reporter for "units done of units in all".
class ProgressLine {
 public:
  /// \p what names the work, e.g. "simulating"; \p unit names what is counted, in the
  /// plural, shown in millions with a rate when \p in_millions, else one by one.
  explicit ProgressLine(std::string what, std::string unit = "case runs", bool in_millions = true);
  ~ProgressLine();

  /// Report \p done of \p total.
  void update(std::uint64_t done, std::uint64_t total);

 private:
  std::string what_, unit_;
  bool in_millions_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
  bool terminal_ = stderr_is_terminal();
  std::mutex mutex_;
};

}  // namespace bailiff::cli
