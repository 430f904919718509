#pragma once
/// \file The CLI's task system: a job on several threads at once (the calling thread is one
/// of them). The libraries never start threads; the front doors that want them pass this.

#include "bailiff/sim/task_system.hpp"

namespace bailiff::cli {

/// Runs each job on \p threads threads (1 under WebAssembly, which has no threads here).
class ThreadTasks final : public sim::TaskSystem {
 public:
  /// \p threads workers; 0 means one per core.
  explicit ThreadTasks(unsigned threads);
  unsigned workers() const override { return workers_; }
  void run_on_all(const std::function<void(unsigned)>& job) override;

 private:
  unsigned workers_ = 1;
};

}  // namespace bailiff::cli
