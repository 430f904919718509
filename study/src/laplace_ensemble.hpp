#pragma once
/// \file The posterior of a calibration: the Laplace approximation at the fit (its standard
/// errors and the ensemble drawn from it), the ensemble as a behaviour file carries it, and
/// the targets' predictive intervals over an ensemble.

#include <Eigen/Dense>
#include <vector>

#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study::detail {

/// The Laplace approximation at the fit \p result.after: covariance (J'J)^-1 of the free
/// multipliers (those not at a bound) from the residuals' \p jacobian, their standard errors,
/// and the ensemble N(after, covariance) of options.ensemble_draws draws (draw 0 the fit),
/// all written into \p result.
void laplace_ensemble(CalibrationResult& result, const Eigen::MatrixXd& jacobian,
                      const CalibrationOptions& options);

/// The ensemble relative to the fitted values (what a behaviour file carries): each draw's
/// multiplier over the fit's, in ppm, rounded half up; draw 0 is all 1,000,000.
sim::BehaviourEnsemble relative_ensemble(const CalibrationResult& result);

/// The ensemble a behaviour file \p params carries (draws relative to its values), as
/// multipliers on it.
std::vector<sim::Multipliers> file_ensemble(const sim::BehaviourParams& params);

/// Every target's value under at most options.predictive_draws draws of \p ensemble (evenly
/// spread, draw 0 first): its 5th, 50th and 95th percentile and whether the figure is inside.
std::vector<CalibrationResult::Predictive> predictive_intervals(
    const sim::BehaviourParams& base, const std::vector<Target>& targets,
    const std::vector<sim::Multipliers>& ensemble, const CalibrationOptions& options);

}  // namespace bailiff::study::detail
