#pragma once
/// \file One case at a time through the engine: the behaviour model decides whether and
/// when the debtor pays inside each stage, core's engine decides everything else. Shared
/// by the threaded runner (simulator.cpp) and the browser's frame-sliced runner.

#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/sim/metrics.hpp"
#include "bailiff/sim/robot_coverage.hpp"
#include "bailiff/sim/simulator.hpp"

namespace bailiff::sim {

/// Simulates cases one at a time, reusing its buffers (one per thread).
class CaseSimulator {
 public:
  /// A simulator for \p spec, which must outlive it.
  explicit CaseSimulator(const RunSpec& spec)
      : spec_(spec),
        engine_(*spec.policy, *spec.calendar),
        coverage_(spec.behaviour->params(), spec.population->regions()) {}

  /// Simulate case \p index, adding its counts to \p m.
  void run(std::uint64_t index, Metrics& m);

  const std::vector<Decision>& decisions() const { return decisions_; }  ///< Last case's decisions.
  const FineDraw& draw() const { return draw_; }                          ///< Last case's fine.
  std::uint32_t segment() const { return segment_; }                      ///< Last case's segment.

 private:
  const RunSpec& spec_;
  Engine engine_;
  RobotCoverage coverage_;
  Fine fine_;
  FineDraw draw_;
  std::uint32_t segment_ = 0;
  std::vector<Decision> decisions_;
};

/// Simulate the cases of block \p block (kCasesPerBlock consecutive cases) into \p m and
/// return the block's digest for the audit root; \p headline, if given, receives the
/// block's counters as hashed (Metrics::headline_bytes()).
Digest simulate_block(CaseSimulator& simulator, const RunSpec& spec, std::uint64_t block,
                      Metrics& m, std::string* headline = nullptr);

/// Number of blocks of the spec's population.
std::uint64_t block_count(const RunSpec& spec);

/// The header a run's audit root starts from.
RunHeader run_header(const RunSpec& spec);

/// The run's audit root from its block digests, in block order.
Digest run_audit_root(const RunSpec& spec, const std::vector<Digest>& block_digests);

}  // namespace bailiff::sim
