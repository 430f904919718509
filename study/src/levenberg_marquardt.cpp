#include "levenberg_marquardt.hpp"

#include <algorithm>
#include <cstdlib>

#include "least_squares.hpp"

namespace bailiff::study::detail {
namespace {

constexpr auto kGroups = static_cast<Eigen::Index>(sim::kCalibratedCount);

/// Whether group \p k is held at its prior (CalibrationOptions::held).
bool is_held(const CalibrationOptions& options, Eigen::Index k) {
  return std::any_of(options.held.begin(), options.held.end(), [k](const HeldGroup& h) {
    return static_cast<Eigen::Index>(h.group) == k;
  });
}

/// The step of one attempt: the damped normal equations (A + lambda diag(A)) step = -g,
/// except that a held group, or a multiplier at a bound that the gradient pushes outwards,
/// stays where it is (projected steps would otherwise stall the other directions).
Eigen::VectorXd damped_step(const Eigen::MatrixXd& a, const Eigen::VectorXd& g,
                            const sim::Multipliers& x, double lambda,
                            const CalibrationOptions& options) {
  Eigen::MatrixXd damped = a;
  Eigen::VectorXd rhs = -g;
  for (Eigen::Index k = 0; k < kGroups; ++k) {
    damped(k, k) += lambda * std::max(a(k, k), 1e-12);
    const std::int64_t v = x[static_cast<std::size_t>(k)];
    if (is_held(options, k) || (v <= sim::kMinMultiplierPpm && g[k] > 0) ||
        (v >= sim::kMaxMultiplierPpm && g[k] < 0)) {
      damped.row(k).setZero();
      damped.col(k).setZero();
      damped(k, k) = 1.0;
      rhs[k] = 0.0;
    }
  }
  return damped.ldlt().solve(rhs);
}

/// Whether no multiplier moved by more than 0.1% from \p x to \p trial.
bool small_move(const sim::Multipliers& x, const sim::Multipliers& trial) {
  bool small = true;
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    small = small && std::llabs(trial[k] - x[k]) * 1000 <= x[k];
  }
  return small;
}

}  // namespace

MultiplierFit::MultiplierFit(const sim::BehaviourParams& base, const std::vector<Target>& targets,
                             const CalibrationOptions& options, CalibrationResult& result)
    : base_(base),
      targets_(targets),
      options_(options),
      result_(result),
      evaluator_(targets, options) {}

std::vector<TargetFit> MultiplierFit::fits_at(const sim::Multipliers& m) const {
  if (options_.shared_fits == nullptr) {
    return evaluator_.evaluate(sim::apply_multipliers(base_, m, base_.name),
                               TargetEvaluator::Scope::kFitting);
  }
  // Fits shared by calls over the same targets (leave-one-out): every target evaluated.
  auto shared = options_.shared_fits->find(m);
  if (shared == options_.shared_fits->end()) {
    shared = options_.shared_fits
                 ->emplace(m, evaluator_.evaluate(sim::apply_multipliers(base_, m, base_.name)))
                 .first;
  }
  return shared->second;
}

const MultiplierFit::Point& MultiplierFit::eval(const sim::Multipliers& m) {
  const auto it = cache_.find(m);
  if (it != cache_.end()) return it->second;
  Point p;
  p.fits = fits_at(m);
  p.r = residual_vector(p.fits, targets_, m, options_.prior_weight);
  p.objective = p.r.squaredNorm();
  ++result_.evaluations;
  if (result_.evaluations == 1 || p.objective < best_objective_) best_objective_ = p.objective;
  if (options_.progress) options_.progress(result_.evaluations, iteration_, best_objective_);
  return cache_.emplace(m, std::move(p)).first->second;
}

std::vector<TargetFit> MultiplierFit::with_checks(const sim::Multipliers& m,
                                                  std::vector<TargetFit> fits) const {
  const std::vector<TargetFit> checks = evaluator_.evaluate(
      sim::apply_multipliers(base_, m, base_.name), TargetEvaluator::Scope::kChecksOnly);
  for (std::size_t i = 0; i < fits.size(); ++i) {
    if (!evaluator_.fitting(i)) fits[i] = checks[i];
  }
  return fits;
}

Eigen::MatrixXd MultiplierFit::jacobian_at(const sim::Multipliers& at, const Point& current) {
  Eigen::MatrixXd jacobian(current.r.size(), kGroups);
  for (Eigen::Index k = 0; k < kGroups; ++k) {
    sim::Multipliers probe = at;
    const auto kk = static_cast<std::size_t>(k);
    const std::int64_t h = difference_step(at[kk]);
    probe[kk] = at[kk] + h;
    const Point& p = eval(probe);
    jacobian.col(k) = (p.r - current.r) / ppm_to_double(h);
  }
  return jacobian;
}

MultiplierFit::Iteration MultiplierFit::iterate(sim::Multipliers& x, double& lambda) {
  const Point current = eval(x);
  const Eigen::MatrixXd jacobian = jacobian_at(x, current);
  const Eigen::MatrixXd a = jacobian.transpose() * jacobian;
  const Eigen::VectorXd g = jacobian.transpose() * current.r;
  Iteration out;
  for (int attempt = 0; attempt < 10 && !out.accepted; ++attempt) {
    const Eigen::VectorXd step = damped_step(a, g, x, lambda, options_);
    sim::Multipliers trial = x;
    bool moved = false;
    for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
      trial[k] = to_ppm_clamped(ppm_to_double(x[k]) + step[static_cast<Eigen::Index>(k)]);
      moved = moved || trial[k] != x[k];
    }
    if (!moved) {
      out.converged = true;
      break;
    }
    const Point& p = eval(trial);
    if (p.objective < current.objective) {
      out.accepted = true;
      // Converged when no multiplier moved by more than 0.1% or the objective barely fell.
      out.converged =
          small_move(x, trial) || current.objective - p.objective <= 1e-4 * current.objective;
      x = trial;
      lambda = std::max(lambda / 3.0, 1e-7);
    } else {
      lambda *= 4.0;
    }
  }
  return out;
}

std::pair<sim::Multipliers, std::uint32_t> MultiplierFit::fit_from(sim::Multipliers x) {
  double lambda = 1e-2;
  std::uint32_t ran = 0;
  for (iteration_ = 1; iteration_ <= options_.max_iterations; ++iteration_) {
    const Iteration step = iterate(x, lambda);
    ran = iteration_;
    if (step.converged || !step.accepted) break;
  }
  return {x, ran};
}

}  // namespace bailiff::study::detail
