#pragma once
/// \file The page's comparison: sim::ComparisonRun (the same run driver as the CLI), its
/// blocks handed out to the page's Web Workers (worker_pool.hpp) and their parts merged here
/// as they arrive, or, without workers, stepped a few blocks per frame on the page's thread.
/// Either way the page stays responsive and shows progress, and the figures and audit
/// roots are the same. Runs whose inputs did not change since the last comparison
/// (typically the baseline while A's parameters are edited) come from a sim::RunCache.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/scenario.hpp"
#include "editable_doc.hpp"
#include "scenario_source.hpp"
#include "term_markers.hpp"

namespace bailiff::web {

/// The page's Monte Carlo replications unless the user picks another number: a sample's
/// interval in seconds rather than the CLI's 10.
inline constexpr std::uint32_t kPageMonteCarloReplications = 5;

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
  unsigned workers = 0;           ///< Web Workers that simulated it (0: the page's thread)
};

/// The comparison in progress.
class Runner {
 public:
  /// Start a comparison of the scenario of \p source by \p method over \p replications
  /// (0: the method's default, every draw of the behaviour's ensemble by the exact method,
  /// kPageMonteCarloReplications by Monte Carlo), named \p inputs by the page; replaces any
  /// run in progress. With workers ready, every worker is sent \p source and blocks of the
  /// runs (by the exact method, whole runs); else the runs are stepped on this thread.
  /// Throws as build_scenario() does for bad inputs.
  void start(const ScenarioSource& source, sim::Method method, std::uint64_t seed,
             std::uint32_t replications, RunInputs inputs);
  /// On the page's thread: work until \p budget_ms have passed (at least one block). With
  /// workers: nothing (their parts are merged as they arrive). True while still busy.
  bool step(double budget_ms);
  /// Abandon the run in progress (the last outcome stays); late parts are ignored.
  void cancel();
  bool busy() const { return static_cast<bool>(pending_); }
  /// Web Workers simulating the run in progress (0: none, or the page's thread does).
  unsigned workers_in_use() const { return pending_ ? pending_->workers : 0; }
  /// Use at most \p count workers from the next start (0: the page's thread only).
  void set_max_workers(unsigned count) { max_workers_ = count; }
  /// The error that stopped the last run (a worker's), once; "" when none.
  std::string take_error();
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
    unsigned workers = 0;             ///< 0: stepped on the page's thread
    std::vector<unsigned> in_flight;  ///< per worker: tasks sent, parts not yet back
  };

  void feed(unsigned worker);
  void on_part(unsigned worker, std::uint32_t job, std::uint32_t run, const std::string& bytes);
  void on_failed(unsigned worker, std::uint32_t job, const std::string& message);
  void settle();

  sim::SerialTasks tasks_;  // the page's own thread (without workers, and for the preview)
  std::unique_ptr<Pending> pending_;
  std::uint32_t job_ = 0;  ///< the comparison the workers' parts must belong to
  unsigned max_workers_ = ~0u;
  std::string error_;
  std::unique_ptr<Outcome> outcome_;
  sim::RunCache cache_;
  std::unique_ptr<Outcome> preview_;
  sim::RunCache preview_cache_;  // exact runs: kept apart from the Monte Carlo runs
  unsigned generation_ = 0;
};

}  // namespace bailiff::web
