#pragma once
/// \file How a run's work is executed. The front door passes a task system (a pool of
/// threads in the CLI, the calling thread in the page, MPI ranks or Web Workers later), as
/// Box2D v3 lets its host supply one: the libraries start no thread themselves.

#include <functional>

namespace bailiff::sim {

/// Runs one job on each of its workers at once.
class TaskSystem {
 public:
  virtual ~TaskSystem() = default;
  /// How many workers run at once (at least 1).
  virtual unsigned workers() const = 0;
  /// Call \p job(w) for every worker w in [0, workers()), concurrently where the system
  /// can, and return when every call has returned. Jobs must not throw.
  virtual void run_on_all(const std::function<void(unsigned worker)>& job) = 0;
};

/// The calling thread alone.
class SerialTasks final : public TaskSystem {
 public:
  unsigned workers() const override { return 1; }
  void run_on_all(const std::function<void(unsigned)>& job) override { job(0); }
};

/// A SerialTasks for callers that pass no task system.
TaskSystem& serial_tasks();

}  // namespace bailiff::sim
