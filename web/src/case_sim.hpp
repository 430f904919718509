#pragma once
/// \file The per-case simulation and a block-range runner, so that a long run can be split
/// across browser frames without threads.
///
/// MIRROR: CaseSimulator and the block digest repeat sim/src/simulator.cpp (anonymous
/// namespace there, so not callable from web/). The browser test checks that the page's
/// figures and audit roots equal `bailiff simulate --json` bit for bit, which catches any
/// drift. To remove the copy, sim needs to expose a block-range entry point, e.g.
/// `void simulate_blocks(const RunSpec&, std::uint64_t first_block, std::uint64_t last_block,
/// Metrics& into, std::vector<Digest>& block_digests)` plus a `finish_run(spec, metrics,
/// digests)` returning RunResult.

#include <cstdint>
#include <vector>

#include "bailiff/decision.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/sim/simulator.hpp"

namespace bailiff::web {

/// Simulates cases one at a time exactly as sim::simulate does, reusing its buffers.
class CaseSimulator {
 public:
  explicit CaseSimulator(const sim::RunSpec& spec) : spec_(spec), engine_(*spec.policy, *spec.calendar) {}
  /// Simulate case \p index, adding its counts to \p m.
  void run(std::uint64_t index, sim::Metrics& m);
  /// The decisions of the last case simulated.
  const std::vector<Decision>& decisions() const { return decisions_; }
  const sim::FineDraw& draw() const { return draw_; }  ///< The last case's fine.
  std::uint32_t segment() const { return segment_; }   ///< The last case's debtor segment.

 private:
  const sim::RunSpec& spec_;
  Engine engine_;
  Fine fine_;
  sim::FineDraw draw_;
  std::uint32_t segment_ = 0;
  std::vector<Decision> decisions_;
};

/// One run (a population under one policy) advanced a few blocks at a time.
class ChunkedRun {
 public:
  explicit ChunkedRun(const sim::RunSpec& spec);
  /// Simulate blocks until \p deadline_ms (now_ms() clock) passes or the run ends;
  /// returns the cases done so far.
  std::uint64_t advance(double deadline_ms);
  bool done() const { return next_block_ >= blocks_; }
  std::uint64_t cases_done() const { return cases_done_; }
  /// The result (valid once done()): the same metrics and audit root as sim::simulate.
  sim::RunResult finish() const;

 private:
  sim::RunSpec spec_;
  CaseSimulator simulator_;
  std::uint64_t blocks_ = 0, next_block_ = 0, cases_done_ = 0;
  sim::Metrics totals_;
  std::vector<Digest> block_digests_;
};

}  // namespace bailiff::web
