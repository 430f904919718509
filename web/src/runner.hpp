#pragma once
/// \file The page's comparison: sim::ComparisonRun (the same run driver as the CLI) stepped
/// a few blocks per frame on the page's thread, so the page stays responsive and shows
/// progress. Runs whose inputs did not change since the last comparison (typically the
/// baseline while A's parameters are edited) come from a sim::RunCache.

#include <cstdint>
#include <memory>
#include <vector>

#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/scenario.hpp"
#include "editable_doc.hpp"
#include "term_markers.hpp"

namespace bailiff::web {

/// What a run was started from, as the page names it: the scenario key (the URL hash
/// without the language) and the two policy documents with their edits.
struct RunInputs {
  std::string key;
  EditableDoc a{"policies"}, b{"policies"};
};

/// A finished comparison and everything the panels show from it.
struct Outcome {
  std::unique_ptr<sim::Scenario> scenario;
  sim::Comparison comparison;
  report::ComparisonSummary summary;
  double milliseconds = 0;        ///< wall time from start to the last slice
  std::uint32_t reused_runs = 0;  ///< runs taken from the cache
  RunInputs inputs;               ///< what the run was started from
  std::vector<TermMarker> terms;  ///< where A's stages end (empty when the walk refuses the path)
};

/// The comparison in progress.
class Runner {
 public:
  /// Start a comparison of \p scenario (loaded by the caller from \p inputs); replaces any
  /// run in progress.
  void start(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed,
             std::uint32_t replications, RunInputs inputs);
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

  /// Compute the exact expectation of \p scenario's comparison at once (its choice's method
  /// must be sim::Method::kExact): no sampling, the whole comparison in this call. Runs whose
  /// inputs did not change since the last preview come from a cache of their own.
  void preview(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed,
               std::uint32_t replications, RunInputs inputs);
  /// The last exact preview, or null.
  const Outcome* preview_outcome() const { return preview_.get(); }

 private:
  struct Pending {
    std::unique_ptr<sim::Scenario> scenario;  ///< owned here; the run refers to it
    std::unique_ptr<sim::ComparisonRun> run;
    double started_ms = 0;
    RunInputs inputs;
  };

  sim::SerialTasks tasks_;  // the page has one thread (Web Workers come with the speed issue)
  std::unique_ptr<Pending> pending_;
  std::unique_ptr<Outcome> outcome_;
  sim::RunCache cache_;
  std::unique_ptr<Outcome> preview_;
  sim::RunCache preview_cache_;  // exact runs: kept apart from the Monte Carlo runs
  unsigned generation_ = 0;
};

}  // namespace bailiff::web
