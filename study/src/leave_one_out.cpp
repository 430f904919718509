// Leave-one-out predictions: the refits without each fit target, in full or by the one-step
// approximation.

#include "bailiff/study/leave_one_out.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <map>

#include "bailiff/sim/scenarios.hpp"
#include "bailiff/study/calibrated_behaviour.hpp"
#include "least_squares.hpp"
#include "target_evaluator.hpp"

namespace bailiff::study {
namespace {

/// The one-step leave-one-out predictions: the Jacobian of the residuals at the fit (forward
/// differences of 5%, as the fit's), then for each fit target the Gauss-Newton step of the
/// residuals without its row, taken in full (clamped to the bounds), and the model evaluated
/// there: the refit's first step, without the trial and error of Levenberg-Marquardt.
std::vector<TargetFit> one_step_leave_one_out(const sim::BehaviourParams& base,
                                              const std::vector<Target>& targets,
                                              const sim::Multipliers& fitted,
                                              const CalibrationOptions& options) {
  const detail::TargetEvaluator evaluator(targets, options);
  const auto fits_at = [&](const sim::Multipliers& m) {
    return evaluator.evaluate(sim::apply_multipliers(base, m, base.name));
  };
  const std::vector<TargetFit> at_fit = fits_at(fitted);
  const Eigen::VectorXd r0 = detail::residual_vector(at_fit, targets, fitted, options.prior_weight);
  const auto n = static_cast<Eigen::Index>(sim::kCalibratedCount);
  Eigen::MatrixXd jacobian(r0.size(), n);
  for (Eigen::Index k = 0; k < n; ++k) {
    const auto kk = static_cast<std::size_t>(k);
    sim::Multipliers probe = fitted;
    const std::int64_t h = detail::difference_step(fitted[kk]);
    probe[kk] = fitted[kk] + h;
    jacobian.col(k) =
        (detail::residual_vector(fits_at(probe), targets, probe, options.prior_weight) - r0) /
        detail::ppm_to_double(h);
  }
  // A held group (at its prior, where its prior row's residual is zero) keeps only that row:
  // the step then leaves it where it is and moves the others as if it were fixed.
  for (const HeldGroup& h : options.held) {
    jacobian.col(static_cast<Eigen::Index>(h.group)).head(jacobian.rows() - n).setZero();
  }
  std::vector<TargetFit> out = at_fit;
  Eigen::Index row = 0;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].fit) continue;
    // The residuals without target i's row (the rows are the fit targets in order, then the
    // prior's).
    Eigen::MatrixXd j(jacobian.rows() - 1, n);
    Eigen::VectorXd r(r0.size() - 1);
    j << jacobian.topRows(row), jacobian.bottomRows(jacobian.rows() - row - 1);
    r << r0.head(row), r0.tail(r0.size() - row - 1);
    const Eigen::VectorXd step = (j.transpose() * j).ldlt().solve(-(j.transpose() * r));
    sim::Multipliers m = fitted;
    for (std::size_t k = 0; k < sim::kCalibratedCount; ++k)
      m[k] = detail::to_ppm_clamped(detail::ppm_to_double(fitted[k]) +
                                    step[static_cast<Eigen::Index>(k)]);
    out[i] = fits_at(m)[i];
    ++row;
  }
  return out;
}

}  // namespace

std::vector<TargetFit> leave_one_out(const sim::BehaviourParams& base,
                                     const std::vector<Target>& targets,
                                     const sim::Multipliers& fitted,
                                     const CalibrationOptions& options) {
  if (options.max_iterations <= 1) return one_step_leave_one_out(base, targets, fitted, options);
  CalibrationOptions refit = options;
  refit.first_start = fitted;
  refit.starts = 1;
  refit.ensemble_draws = 0;
  refit.mixture.clear();
  refit.predictive_draws = 0;
  refit.progress = nullptr;
  // The refits share their evaluations: each starts where the others did (the fit and its
  // Jacobian's probes), so only the steps away from it cost new evaluations.
  std::map<sim::Multipliers, std::vector<TargetFit>> shared;
  refit.shared_fits = &shared;
  std::vector<TargetFit> out =
      evaluate_targets(sim::apply_multipliers(base, fitted, base.name), targets, options);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].fit) continue;
    std::vector<Target> without = targets;
    without[i].fit = false;
    // A set of one fit target has nothing left to fit: its prediction is the fit itself.
    if (std::none_of(without.begin(), without.end(), [](const Target& t) { return t.fit; }))
      continue;
    out[i] = calibrate(base, without, refit).fit_after[i];
  }
  return out;
}

std::vector<TargetFit> leave_one_out_of_run(std::string_view bytes,
                                            const sim::BehaviourParams& base,
                                            const CalibrationResult& result,
                                            const std::vector<Target>& targets,
                                            const CalibrationOptions& options,
                                            std::uint32_t iterations) {
  CalibrationOptions refit = options;
  refit.max_iterations = iterations;
  if (result.iterations == 0 && options.max_iterations == 0) {
    if (const std::optional<FitRecord> record = fit_record(bytes)) {
      const sim::LoadedInput from = sim::load_input(record->from, "behaviour");
      if (refit.held.empty()) refit.held = record->held;  // the refit holds what the fit held
      return leave_one_out(sim::BehaviourParams::parse(from.bytes, from.name), targets,
                           record->multipliers, refit);
    }
  }
  return leave_one_out(base, targets, result.after, refit);
}

}  // namespace bailiff::study
