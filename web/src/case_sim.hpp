#pragma once
/// \file A run advanced a few blocks at a time, so that a long run can be split across
/// browser frames without threads. The cases themselves go through sim::CaseSimulator and
/// sim::simulate_block, the same code as the CLI's threaded runner.

#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/sim/case_simulator.hpp"

namespace bailiff::web {

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
  sim::CaseSimulator simulator_;
  std::uint64_t blocks_ = 0, next_block_ = 0, cases_done_ = 0;
  sim::Metrics totals_;
  std::vector<Digest> block_digests_;
  std::vector<std::string> block_headlines_;  ///< kept for replay bundles
};

}  // namespace bailiff::web
