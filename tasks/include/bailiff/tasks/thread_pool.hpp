#pragma once
/// \file A pool of threads as a task system (sim/task_system.hpp): its threads start once,
/// with the pool, and wait between jobs; each run_on_all wakes them for one job and returns
/// when every worker has finished it. The calling thread is worker 0. The libraries never
/// start threads; the front doors, the tests and the benchmarks that want them pass this.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "bailiff/sim/task_system.hpp"

namespace bailiff::tasks {

/// \p threads workers (0: one per core; 1 under WebAssembly, which has no threads here),
/// started by the constructor and joined by the destructor.
class ThreadPool final : public sim::TaskSystem {
 public:
  /// Starts workers() - 1 threads; the caller of run_on_all is the last worker.
  explicit ThreadPool(unsigned threads);
  ~ThreadPool() override;
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  unsigned workers() const override { return workers_; }
  /// Calls \p job(w) on every worker w at once and returns when all calls have returned.
  /// One caller at a time, and never from inside a job (that would wait for itself).
  void run_on_all(const std::function<void(unsigned)>& job) override;

 private:
  void serve(unsigned worker);

  unsigned workers_ = 1;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable wake_;  ///< a new job (or the end) for the waiting threads
  std::condition_variable done_;  ///< the last thread finished the current job
  const std::function<void(unsigned)>* job_ = nullptr;
  std::uint64_t generation_ = 0;  ///< jobs handed out so far
  unsigned running_ = 0;          ///< threads still in the current job
  bool stopping_ = false;
};

}  // namespace bailiff::tasks
