#pragma once
/// \file How a run's work is executed. The front door passes a task system (a pool of
/// threads in the CLI, the calling thread in the page, MPI ranks), as
/// Box2D v3 lets its host supply one: the libraries start no thread themselves. A task
/// system may also span processes that share no memory (the CLI's MPI ranks): every process
/// then drives the same run, simulates its share of each step's blocks (run_part.hpp) and
/// exchanges the results through all_gather(), so that every process holds the whole run.
/// Processes that cannot block (the page's Web Workers) use ComparisonRun::assign / absorb
/// instead (comparison_run.hpp).

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace bailiff::sim {

/// This process among the processes that share a run's work but no memory.
struct ProcessShare {
  unsigned index = 0;  ///< this process, in [0, count)
  unsigned count = 1;  ///< processes in all (1: the run is not shared)
};

/// Runs one job on each of its workers at once.
class TaskSystem {
 public:
  virtual ~TaskSystem() = default;
  /// How many workers run at once (at least 1).
  virtual unsigned workers() const = 0;
  /// Call \p job(w) for every worker w in [0, workers()), concurrently where the system
  /// can, and return when every call has returned. Jobs must not throw.
  virtual void run_on_all(const std::function<void(unsigned worker)>& job) = 0;
  /// This process and how many share the work (one process unless a system spans several).
  virtual ProcessShare processes() const { return {}; }
  /// Collective over processes(): every process passes \p mine at the same point of the same
  /// run and receives every process's bytes, in process order (the run driver calls it once
  /// per step). One process: returns {mine}. A system whose peers have failed throws.
  virtual std::vector<std::string> all_gather(std::string mine) { return {std::move(mine)}; }
};

/// The calling thread alone.
class SerialTasks final : public TaskSystem {
 public:
  unsigned workers() const override { return 1; }
  void run_on_all(const std::function<void(unsigned)>& job) override { job(0); }
};

/// A SerialTasks for callers that pass no task system.
TaskSystem& serial_tasks();

/// Call \p item(i) once for every i in [0, \p count), shared among \p tasks' workers in no
/// set order (so each item's result must not depend on its worker). The first exception an
/// item throws stops the items not yet started, and is rethrown here.
void for_each_on(TaskSystem& tasks, std::size_t count, const std::function<void(std::size_t)>& item);

}  // namespace bailiff::sim
