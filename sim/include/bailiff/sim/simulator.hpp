#pragma once
/// \file The event-driven simulation: every case is driven through core's engine ("what
/// happens next, and when"), the behaviour model only decides whether and when the debtor
/// pays before that. Cases run in blocks of kCasesPerBlock over any number of threads; the
/// metrics and the audit root do not depend on the split.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/calendar.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/metrics.hpp"
#include "bailiff/sim/population.hpp"

namespace bailiff::sim {

/// Called from worker threads with (cases done, cases in all); must be thread-safe.
using ProgressFn = std::function<void(std::uint64_t, std::uint64_t)>;

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
  unsigned threads = 1;       ///< worker threads (1 = the calling thread only)
  ProgressFn progress;        ///< optional
  bool keep_block_headlines = false;  ///< keep each block's counters (for replay bundles)
};

/// The result of one run.
struct RunResult {
  Metrics metrics;
  Digest audit_root{};     ///< root over the run header and the per-block headline counters
  Digest header_digest{};  ///< run_header_digest() of the run's header
  std::vector<std::string> block_headlines;  ///< per block, if RunSpec::keep_block_headlines
};

/// Simulate every case of the population under the spec's policy.
RunResult simulate(const RunSpec& spec);

/// The seed of replication \p r of a run seeded \p seed (replication 0 uses \p seed).
std::uint64_t replication_seed(std::uint64_t seed, std::uint32_t r);

}  // namespace bailiff::sim
