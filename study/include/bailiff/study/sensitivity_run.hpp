#pragma once
/// \file A sensitivity run: the scenario as chosen, then each behaviour parameter group held
/// alone at its low and its high value (study/sensitivity.hpp), each a comparison of the policy
/// against the baseline over the same draws of the behaviour's posterior (so every figure is,
/// as in simulate, the ensemble mean; one parameter set when the draws are off), one run
/// cache serving the runs no variant changes. What `bailiff sensitivity` and Python's `bailiff.sensitivity` compute;
/// report/sensitivity_report formats it (a tornado).

#include <cstdint>
#include <memory>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/sensitivity.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"

namespace bailiff::study {

/// A sensitivity analysis that ran.
struct SensitivityResult {
  /// The scenario as chosen: with its behaviour_draws on, each variant runs every draw with
  /// the group held; off, each variant is one parameter set.
  std::shared_ptr<const sim::Scenario> base;
  study::SensitivityRanges ranges;
  sim::Comparison central;                 ///< the scenario itself (what simulate computes)
  std::vector<sim::Comparison> low, high;  ///< per range, the group at its low and high value
};

/// The analysis of \p base (loaded, its choice's method settled), each comparison over \p replications (0: sim::default_replications of
/// that scenario) seeded by \p seed, on \p tasks; \p progress gets (variants done, variants in
/// all) after each variant, the central run not counted.
SensitivityResult run_sensitivity(std::shared_ptr<const sim::Scenario> base, std::uint64_t seed,
                                  std::uint32_t replications, sim::TaskSystem& tasks,
                                  const sim::ProgressFn& progress = {});

}  // namespace bailiff::study
