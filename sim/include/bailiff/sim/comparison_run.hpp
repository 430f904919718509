#pragma once
/// \file A comparison (a scenario's policy against its baseline, replication by
/// replication, on the same fines and draws) as a steppable run: every front door drives
/// the same loop, passing its task system and a budget of blocks per step (the CLI runs it
/// to the end with a thread pool; the page runs a few blocks per frame). A run cache lets a
/// front door skip the runs whose inputs did not change.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/sim/run_part.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"

namespace bailiff::sim {

/// Blocks of one of a comparison's runs, handed to a process that shares no memory with the
/// one driving the comparison (a page's Web Worker). A run by the exact method has no blocks
/// of cases: it is handed out whole, as the one block [0, 1).
struct BlockTask {
  std::uint32_t run = 0;  ///< run k of the comparison
  BlockRange blocks;
};

/// A comparison in progress. Run k is replication k / 2, of the policy when k is even and
/// of the baseline when it is odd; replication r is seeded replication_seed(seed, r) and,
/// when the scenario uses a behaviour ensemble of D draws, simulates draw r mod D.
///
/// It is driven either by step() (every block simulated here, on a task system) or by
/// processes that share no memory: the driver hands out blocks (for the exact method, whole
/// runs) with assign(), each process simulates them in its own ComparisonRun of the same
/// inputs with simulate_part(), and the driver merges the bytes with absorb() in whatever
/// order they arrive. Either way the results are those of step(), bit for bit.
class ComparisonRun {
 public:
  /// A comparison of \p scenario (which must outlive it) over \p replications (>= 1);
  /// \p keep_block_headlines keeps each block's counters (for replay bundles).
  ComparisonRun(const Scenario& scenario, std::uint64_t seed, std::uint32_t replications,
                bool keep_block_headlines = false);

  std::uint32_t run_count() const { return static_cast<std::uint32_t>(specs_.size()); }
  const RunSpec& spec(std::uint32_t k) const { return specs_[k]; }  ///< The spec of run k.
  /// Take \p result for run k instead of simulating it (a cached run with the same
  /// run_key); only before the steps reach run k.
  void reuse(std::uint32_t k, RunResult result);
  /// Runs taken through reuse().
  std::uint32_t reused() const { return reused_; }

  /// Simulate up to \p max_blocks blocks on \p tasks (by the exact method: whole runs, two
  /// per worker);
  /// true while work remains.
  bool step(TaskSystem& tasks, std::uint64_t max_blocks);
  /// Hand out up to \p max_blocks blocks (at least one) that no one simulates yet, of the
  /// first unfinished run that has any (its blocks may be handed out before the runs
  /// before it are merged), or by the exact method the next whole run not handed out
  /// (blocks [0, 1)); nullopt once every block of every run is handed out.
  std::optional<BlockTask> assign(std::uint64_t max_blocks);
  /// Simulate \p blocks of run k on \p tasks (by the exact method: the whole run, blocks
  /// [0, 1), its draw's behaviour model built here on first use): the part's canonical
  /// bytes (encode_run_part) for absorb() in the process that handed the blocks out.
  std::string simulate_part(std::uint32_t k, BlockRange blocks, TaskSystem& tasks);
  /// Merge the bytes of a part of run k from simulate_part(), in any order; run k finishes
  /// with its last block. Throws DomainError naming \p from for a part of other inputs
  /// (another run, or other policy, behaviour, population or seed), or of blocks not handed
  /// out or merged already.
  void absorb(std::uint32_t k, std::string_view bytes, const std::string& from);
  /// Every run has its result (simulated, merged or reused).
  bool done() const;
  std::uint64_t cases_done() const;
  std::uint64_t cases_total() const;
  const RunResult* result(std::uint32_t k) const;  ///< Run k's result, once finished.
  /// The finished comparison (once done()); the results move out.
  Comparison finish();

 private:
  void skip_finished();
  RunStepper& stepper(std::uint32_t k);  // run k's, made on first use
  void finish_if_done(std::uint32_t k);
  /// The behaviour models of the draws of runs [first, last), built on \p tasks, and those
  /// runs' specs pointed at them.
  void build_models(std::uint32_t first, std::uint32_t last, TaskSystem& tasks);
  /// The next batch of exact runs, whole runs shared among \p tasks' workers.
  void step_exact(TaskSystem& tasks);
  /// Free the behaviour model of \p draw (~1.8 MB) and unset the specs that point at it; the
  /// exact method builds it again if a later run needs it.
  void release_model(std::uint32_t draw);
  /// Merge the bytes of exact run k, handed out whole.
  void absorb_exact(std::uint32_t k, std::string_view bytes, const std::string& from);

  const Scenario& scenario_;
  Comparison comparison_;
  std::vector<RunSpec> specs_;
  std::vector<std::optional<RunResult>> results_;
  std::uint32_t next_run_ = 0;
  std::uint32_t reused_ = 0;
  std::vector<std::unique_ptr<RunStepper>> steppers_;  ///< per run, while it is under way
  /// The behaviour models of the ensemble draws in use (by draw): by Monte Carlo all of them,
  /// built at once; by the exact method those of the runs under way (a draw's model is freed
  /// once both its runs are done here, or, in a process handed runs, when the next draw
  /// comes up).
  std::map<std::uint32_t, std::unique_ptr<BehaviourModel>> draw_models_;
  /// The population's kinds of fine, for the exact method's runs (computed once).
  std::vector<FineKind> kinds_;
  /// By the exact method: the runs handed out whole by assign().
  std::vector<bool> handed_out_;
};

/// What a run's result depends on: its inputs' digests, the population, seed and horizon.
std::string run_key(const RunSpec& spec);

/// The runs of the last finished comparison by run_key, so that an unchanged run (the
/// baseline while policy A is edited) is not simulated again.
class RunCache {
 public:
  /// Give \p run every result held for one of its runs; returns how many.
  std::uint32_t apply(ComparisonRun& run) const;
  /// Keep the runs of \p run (finished), replacing what was held.
  void keep(const ComparisonRun& run);

 private:
  std::map<std::string, RunResult> results_;
};

/// Run a whole comparison on \p tasks, reporting \p progress (cases done, cases in all)
/// between steps.
Comparison run_comparison(const Scenario& scenario, std::uint64_t seed, std::uint32_t replications,
                          TaskSystem& tasks, const ProgressFn& progress,
                          bool keep_block_headlines = false);

}  // namespace bailiff::sim
