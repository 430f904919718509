#pragma once
/// \file A sensitivity analysis (`bailiff sensitivity`): each parameter group of the
/// behaviour (sim/parameter_groups.hpp) held alone at a low and a high value, the other groups at
/// each posterior draw's values (or at the file's values when the draws are off). The values
/// are the 5th and 95th percentiles of the group's multiplier over the file's posterior
/// ensemble; a file without one (the priors) takes x0.5 and x2, an assumption the reports
/// state.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "bailiff/sim/behaviour.hpp"

namespace bailiff::study {

/// The low and high multiplier of one parameter group, on the file's values (ppm).
struct SensitivityRange {
  std::size_t group = 0;  ///< index for calibrated_parameter()
  std::int64_t low_ppm = 0;
  std::int64_t high_ppm = 0;
};

/// The ranges of a sensitivity analysis and where they come from.
struct SensitivityRanges {
  bool from_posterior = false;  ///< the ensemble's percentiles; false: the x0.5 / x2 assumption
  std::size_t draws = 0;        ///< ensemble draws the percentiles are taken over
  std::vector<SensitivityRange> ranges;
};

/// Low multiplier of every group when the file has no ensemble (x0.5).
inline constexpr std::int64_t kAssumedLowPpm = 500'000;
/// High multiplier of every group when the file has no ensemble (x2).
inline constexpr std::int64_t kAssumedHighPpm = 2'000'000;

/// The ranges of \p params: for each group its ensemble names, the 5th and 95th percentile
/// (nearest rank) of the group's multiplier over the draws; without an ensemble, every group
/// at x0.5 and x2.
SensitivityRanges sensitivity_ranges(const sim::BehaviourParams& params);

/// \p params with group \p group multiplied by \p multiplier_ppm, and held there in every
/// draw of its ensemble (the group's column at x1 of the new values), so that each draw still
/// varies every other group as the posterior does.
sim::BehaviourParams with_group_held(const sim::BehaviourParams& params, std::size_t group,
                                     std::int64_t multiplier_ppm);

}  // namespace bailiff::study
