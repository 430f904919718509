#pragma once
/// \file A comparison (policy A against baseline B over replications) run a slice per frame,
/// so the page stays responsive and shows progress. Runs whose inputs did not change since
/// the last comparison (typically the baseline while A's parameters are edited) are reused.

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/scenario.hpp"
#include "case_sim.hpp"

namespace bailiff::web {

/// A finished comparison and everything the panels show from it.
struct Outcome {
  std::unique_ptr<sim::Scenario> scenario;
  sim::Comparison comparison;
  sim::ComparisonSummary summary;
  double milliseconds = 0;       ///< wall time from start to the last slice
  std::uint32_t reused_runs = 0;  ///< runs taken from the cache
};

/// The comparison in progress.
class Runner {
 public:
  /// Start a comparison of \p scenario (loaded by the caller); replaces any run in progress.
  void start(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed, std::uint32_t replications);
  /// Work until \p budget_ms have passed (at least one block); true while still busy.
  bool step(double budget_ms);
  /// Abandon the run in progress (the last outcome stays).
  void cancel();
  bool busy() const { return static_cast<bool>(pending_); }
  /// Fraction done, 0..1.
  double progress() const;
  std::uint64_t cases_done() const;
  std::uint64_t cases_total() const;
  /// The last finished comparison, or null.
  const Outcome* outcome() const { return outcome_.get(); }
  /// Incremented each time a comparison finishes.
  unsigned generation() const { return generation_; }

 private:
  struct Pending {
    std::unique_ptr<sim::Scenario> scenario;
    sim::Comparison comparison;
    std::uint32_t replications = 0;
    std::uint32_t next_run = 0;  ///< run k: replication k / 2, policy (k even) or baseline
    sim::RunSpec spec;
    std::unique_ptr<ChunkedRun> current;
    std::map<std::string, sim::RunResult> used;  ///< cache entries of this comparison
    double started_ms = 0;
    std::uint32_t reused = 0;
  };
  bool begin_next_run();
  std::string cache_key(const sim::RunSpec& spec) const;

  std::unique_ptr<Pending> pending_;
  std::unique_ptr<Outcome> outcome_;
  std::map<std::string, sim::RunResult> cache_;
  unsigned generation_ = 0;
};

}  // namespace bailiff::web
