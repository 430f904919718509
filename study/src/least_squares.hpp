#pragma once
/// \file The least-squares problem of a calibration: the multipliers in ppm as real numbers
/// and back, the residual vector the fit minimises, and the step of its forward differences.

#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study::detail {

/// \p ppm as a real number (1,000,000 ppm = 1.0).
double ppm_to_double(std::int64_t ppm);

/// \p multiplier in ppm, rounded, clamped to kMinMultiplierPpm..kMaxMultiplierPpm (NaN to
/// the least).
std::int64_t to_ppm_clamped(double multiplier);

/// The residual vector of the least-squares problem: the fit targets' relative residuals
/// over their tolerance (a target's tolerance is read as one standard deviation of its
/// relative error), times their weight, then the prior residuals of the multipliers \p m
/// (each over its group's own prior standard deviation, or times \p prior_weight).
Eigen::VectorXd residual_vector(const std::vector<TargetFit>& fits,
                                const std::vector<Target>& targets, const sim::Multipliers& m,
                                double prior_weight);

/// The forward-difference step (ppm) of a multiplier at \p at: 5% of it, at least 10,000,
/// backwards when forwards would pass kMaxMultiplierPpm (common random numbers make the
/// differences smooth; smaller steps would see the integer counts' steps).
std::int64_t difference_step(std::int64_t at);

}  // namespace bailiff::study::detail
