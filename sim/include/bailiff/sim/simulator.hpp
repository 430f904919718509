#pragma once
/// \file The event-driven simulation: every case is driven through core's engine ("what
/// happens next, and when"), the behaviour model only decides whether and when the debtor
/// pays before that. Cases run in blocks of kCasesPerBlock over any number of threads; the
/// metrics and the audit root do not depend on the split.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/calendar.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/metrics.hpp"
#include "bailiff/sim/population.hpp"
#include "bailiff/sim/task_system.hpp"

namespace bailiff::sim {

/// Called on the caller's thread between steps with (cases done, cases in all).
using ProgressFn = std::function<void(std::uint64_t, std::uint64_t)>;

/// How a run's figures are computed: by simulating every case (Monte Carlo), or as exact
/// expectations over the same model (sim/exact.hpp).
enum class Method : std::uint8_t { kMonteCarlo, kExact };

/// "mc" or "exact", as the command line spells it.
std::string_view method_name(Method method);

/// One simulation run: a population under one policy.
struct RunSpec {
  const Policy* policy = nullptr;
  const Calendar* calendar = nullptr;
  const Population* population = nullptr;
  const BehaviourModel* behaviour = nullptr;
  Digest policy_digest{};     ///< SHA-256 of the policy file
  Digest calendar_digest{};   ///< SHA-256 of the calendar file
  Digest behaviour_digest{};  ///< SHA-256 of the behaviour file
  std::uint64_t seed = 0;
  Date horizon;               ///< no step or payment after this day
  bool keep_block_headlines = false;  ///< keep each block's counters (for replay bundles)
  std::optional<ReportPeriod> period;  ///< count the events inside it (Metrics::period)
  Method method = Method::kMonteCarlo;  ///< simulate() or simulate_exact() (sim/exact.hpp)
};

/// The result of one run.
struct RunResult {
  Metrics metrics;
  Digest audit_root{};     ///< root over the run header and the per-block headline counters
  Digest header_digest{};  ///< run_header_digest() of the run's header
  std::vector<std::string> block_headlines;  ///< per block, if RunSpec::keep_block_headlines
};

/// Blocks per step and process of a run driven to its end in one call (simulate,
/// run_comparison): large enough that a step's fork and join cost nothing, small enough for
/// a lively progress line.
inline constexpr std::uint64_t kBlocksPerStep = 256;

/// The step budget of a run driven to its end on \p tasks: kBlocksPerStep for each of its
/// processes, so that each process still simulates about kBlocksPerStep blocks per step.
std::uint64_t blocks_per_step(const TaskSystem& tasks);

struct BlockRange;  // run_part.hpp
struct RunPart;     // run_part.hpp

/// One run advanced a number of blocks at a time on a task system, or assembled from parts
/// that processes sharing no memory simulated (simulate_part) and returned in any order.
class RunStepper {
 public:
  /// A run of \p spec (whose pointers must outlive the stepper).
  explicit RunStepper(const RunSpec& spec);
  /// Simulate the next \p max_blocks blocks (at least one) on the workers of \p tasks;
  /// true while blocks remain. When \p tasks spans several processes, every process calls
  /// step() with the same budget, simulates its process_blocks() share (run_part.hpp) and
  /// receives the others' through TaskSystem::all_gather(), so all hold the same run.
  bool step(TaskSystem& tasks, std::uint64_t max_blocks);
  /// Hand out the next \p max_blocks blocks (at least one) that no one simulates yet, to be
  /// returned to absorb() as a part; an empty range once every block is handed out.
  BlockRange assign(std::uint64_t max_blocks);
  /// Merge \p part, a range handed out by assign() or step(), in any order: the totals and
  /// the block digests are those of the run in one process. Throws DomainError naming
  /// \p from when the part holds blocks not handed out or merged already.
  void absorb(RunPart part, const std::string& from);
  bool assigned_all() const { return next_block_ >= blocks_; }   ///< Every block handed out.
  bool done() const { return merged_blocks_ >= blocks_; }        ///< Every block merged.
  std::uint64_t cases_done() const { return cases_done_; }       ///< Cases merged so far.
  std::uint64_t cases_total() const;                             ///< Cases of the run.
  /// The result, once done(): metrics, audit root, header digest (and block counters when
  /// the spec keeps them).
  RunResult finish();

 private:
  void gather_parts(TaskSystem& tasks, BlockRange step, RunPart mine);

  RunSpec spec_;
  std::uint64_t blocks_ = 0, next_block_ = 0, merged_blocks_ = 0, cases_done_ = 0;
  Metrics totals_;
  std::vector<Digest> block_digests_;
  std::vector<std::string> block_headlines_;
  std::vector<bool> merged_;  ///< per block
};

/// Simulate the blocks \p blocks of a run of \p spec on the workers of \p tasks: the part
/// one process contributes to the run (RunStepper::absorb merges it).
RunPart simulate_part(const RunSpec& spec, BlockRange blocks, TaskSystem& tasks);

/// Simulate every case of the population under the spec's policy on \p tasks, reporting
/// \p progress (optional) between steps.
RunResult simulate(const RunSpec& spec, TaskSystem& tasks = serial_tasks(),
                   const ProgressFn& progress = {});

/// The seed of replication \p r of a run seeded \p seed (replication 0 uses \p seed).
std::uint64_t replication_seed(std::uint64_t seed, std::uint32_t r);

}  // namespace bailiff::sim
