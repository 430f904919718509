#pragma once
// A progress line on stderr for long runs: silent for the first second, then updated at
// most four times a second, and finished with a newline.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace bailiff::cli {

/// Thread-safe progress reporter for "cases done of cases in all".
class ProgressLine {
 public:
  /// \p what names the work, e.g. "simulating".
  explicit ProgressLine(std::string what);
  ~ProgressLine();

  /// Report \p done of \p total.
  void update(std::uint64_t done, std::uint64_t total);

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
  std::mutex mutex_;
};

}  // namespace bailiff::cli
