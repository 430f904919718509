#pragma once
/// \file A sensitivity run: the scenario at its behaviour file's values, then each behaviour
/// parameter group alone at its low and its high value (sim/sensitivity.hpp), each a
/// comparison of the policy against the baseline, one run cache serving the runs no variant
/// changes. What `bailiff sensitivity` and Python's `bailiff.sensitivity` compute;
/// report/sensitivity_report formats it (a tornado).

#include <cstdint>
#include <memory>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/sensitivity.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"

namespace bailiff::study {

/// A sensitivity analysis that ran.
struct SensitivityResult {
  /// The scenario at the file's values, every replication on the file's own parameters
  /// (behaviour_draws off: each variant is one parameter set).
  std::shared_ptr<const sim::Scenario> base;
  sim::SensitivityRanges ranges;
  sim::Comparison central;                 ///< every group at the file's values
  std::vector<sim::Comparison> low, high;  ///< per range, the group at its low and high value
};

/// The analysis of \p base (loaded, its choice's method settled; its behaviour_draws choice
/// is set off here), each comparison over \p replications (0: sim::default_replications of
/// that scenario) seeded by \p seed, on \p tasks; \p progress gets (variants done, variants in
/// all) after each variant, the central run not counted.
SensitivityResult run_sensitivity(const sim::Scenario& base, std::uint64_t seed,
                                  std::uint32_t replications, sim::TaskSystem& tasks,
                                  const sim::ProgressFn& progress = {});

}  // namespace bailiff::study
