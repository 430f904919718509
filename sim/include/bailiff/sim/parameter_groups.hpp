#pragma once
/// \file The groups of behaviour parameters that calibration fits and that a posterior
/// ensemble varies: each group is one multiplier (in ppm, 1,000,000 = unchanged) applied to
/// the named parameters of every segment (or ramp), and one, population_volume, applied to
/// the number of fines a synthetic preset assumes.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bailiff/sim/behaviour.hpp"

namespace bailiff::sim {

/// Number of parameter groups.
inline constexpr std::size_t kCalibratedCount = 12;
/// Bounds of every multiplier, in ppm (x0.01 .. x20).
inline constexpr std::int64_t kMinMultiplierPpm = 10'000;
inline constexpr std::int64_t kMaxMultiplierPpm = 20'000'000;
/// One multiplier per group, in ppm.
using Multipliers = std::array<std::int64_t, kCalibratedCount>;

/// Name and meaning of a parameter group.
struct CalibratedParameter {
  std::string_view name;        ///< e.g. "robot_coverage"
  std::string_view applies_to;  ///< the parameters it multiplies, in words
  /// The standard deviation of the group's own Gaussian prior on its multiplier, with its
  /// evidence in applies_to; 0: the fit's common, weak prior (CalibrationOptions::prior_weight).
  double prior_sd = 0;
};

/// Group \p k (0..kCalibratedCount-1).
const CalibratedParameter& calibrated_parameter(std::size_t k);

/// The index of the group named \p name, or nullopt.
std::optional<std::size_t> calibrated_parameter_index(std::string_view name);

/// \p base with every parameter of group k multiplied by multipliers[k] / 1e6, rounded half
/// up to the ppm and capped at certainty; the name becomes \p name.
BehaviourParams apply_multipliers(const BehaviourParams& base, const Multipliers& multipliers,
                                  const std::string& name);

/// Multipliers of 1,000,000 (the base unchanged).
Multipliers unit_multipliers();

/// Draw \p draw of \p params' ensemble applied to \p params (the groups the ensemble does
/// not name stay unchanged; draw 0 is \p params itself); the ensemble is kept. Requires
/// draw < params.ensemble.draws_ppm.size().
BehaviourParams behaviour_draw(const BehaviourParams& params, std::size_t draw);

}  // namespace bailiff::sim
