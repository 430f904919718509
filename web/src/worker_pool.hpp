#pragma once
/// \file The page's Web Workers (shell/pool.js): navigator.hardwareConcurrency of them, each
/// running the worker module (web/worker/) in its own WebAssembly instance, created once the
/// page is locked down. The page hands them a comparison's inputs, then blocks of its runs,
/// and receives the parts' bytes. Natively, and in a browser without workers, there are none.

#include <cstdint>
#include <functional>
#include <string>

#include "bailiff/sim/comparison_run.hpp"

namespace bailiff::web {

/// The job a failure not tied to a comparison belongs to (a worker that stopped).
inline constexpr std::uint32_t kAnyJob = 0xFFFFFFFF;

/// What the workers report, on the page's thread between frames.
struct WorkerEvents {
  /// Worker \p worker simulated blocks of run \p run of comparison \p job: the part's bytes.
  std::function<void(unsigned worker, std::uint32_t job, std::uint32_t run, std::string bytes)>
      part;
  /// Worker \p worker failed on comparison \p job (or kAnyJob) with \p message.
  std::function<void(unsigned worker, std::uint32_t job, std::string message)> failed;
};

/// The workers ready to take work, numbered 0 to workers_ready() - 1 (0: none).
unsigned workers_ready();

/// The pool has finished starting (every worker is ready or failed).
bool workers_settled();

/// Why workers are missing ("" when every worker started).
std::string workers_error();

/// Send every ready worker comparison \p job: \p message (encode_comparison_source) and the
/// CSV's bytes \p csv (empty for a synthetic population).
void workers_load(std::uint32_t job, const std::string& message, const std::string& csv);

/// Ask \p worker to simulate \p task of comparison \p job (after workers_load of that job).
void workers_simulate(unsigned worker, std::uint32_t job, const sim::BlockTask& task);

/// Where the workers' reports go from now on.
void set_worker_events(WorkerEvents events);

}  // namespace bailiff::web
