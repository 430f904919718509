#include "laplace_ensemble.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "bailiff/error.hpp"
#include "bailiff/sim/philox.hpp"
#include "bailiff/sim/population.hpp"
#include "least_squares.hpp"
#include "target_evaluator.hpp"

namespace bailiff::study::detail {
namespace {

/// A standard normal deviate from 12 uniform 32-bit words (Irwin-Hall: their sum minus 6),
/// exact integer sums, so the same on every platform; its tails end at +-6.
double normal_deviate(sim::CaseRng& rng) {
  std::uint64_t sum = 0;
  for (int i = 0; i < 12; ++i) sum += rng.next_u32();
  return static_cast<double>(sum) / 4294967296.0 - 6.0;
}

/// The \p q-quantile (0..1) of \p sorted values, nearest rank.
double quantile(const std::vector<double>& sorted, double q) {
  const auto n = static_cast<double>(sorted.size());
  const auto rank = static_cast<std::size_t>(std::clamp(std::ceil(q * n) - 1.0, 0.0, n - 1.0));
  return sorted[rank];
}

}  // namespace

void laplace_ensemble(CalibrationResult& result, const Eigen::MatrixXd& jacobian,
                      const CalibrationOptions& options) {
  std::vector<Eigen::Index> free;
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    result.at_bound[k] =
        result.after[k] <= sim::kMinMultiplierPpm || result.after[k] >= sim::kMaxMultiplierPpm;
    if (!result.at_bound[k]) free.push_back(static_cast<Eigen::Index>(k));
  }
  const auto f = static_cast<Eigen::Index>(free.size());
  Eigen::MatrixXd j(jacobian.rows(), f);
  for (Eigen::Index c = 0; c < f; ++c) j.col(c) = jacobian.col(free[static_cast<std::size_t>(c)]);
  // The prior rows make J'J positive definite; the factorisation fails only for a
  // degenerate Jacobian.
  const Eigen::MatrixXd information = j.transpose() * j;
  const Eigen::MatrixXd covariance = information.ldlt().solve(Eigen::MatrixXd::Identity(f, f));
  const Eigen::LLT<Eigen::MatrixXd> factor(covariance);
  if (factor.info() != Eigen::Success) {
    throw DomainError("calibrate: the fit's information matrix is not positive definite");
  }
  const Eigen::MatrixXd l = factor.matrixL();
  for (Eigen::Index c = 0; c < f; ++c) {
    result.standard_error_ppm[static_cast<std::size_t>(free[static_cast<std::size_t>(c)])] =
        std::llround(std::sqrt(covariance(c, c)) * static_cast<double>(sim::kPpm));
  }
  result.ensemble.push_back(result.after);
  for (std::uint32_t d = 1; d < options.ensemble_draws; ++d) {
    sim::CaseRng rng(options.seed, options.ensemble_counter + d, sim::kStreamEnsemble);
    Eigen::VectorXd z(f);
    for (Eigen::Index c = 0; c < f; ++c) z[c] = normal_deviate(rng);
    const Eigen::VectorXd delta = l * z;
    sim::Multipliers draw = result.after;
    for (Eigen::Index c = 0; c < f; ++c) {
      const auto k = static_cast<std::size_t>(free[static_cast<std::size_t>(c)]);
      draw[k] = to_ppm_clamped(ppm_to_double(result.after[k]) + delta[c]);
    }
    result.ensemble.push_back(draw);
  }
}

sim::BehaviourEnsemble relative_ensemble(const CalibrationResult& result) {
  sim::BehaviourEnsemble e;
  e.method = "laplace";
  const auto relative = [](std::int64_t value, std::int64_t fitted) {
    return (value * sim::kPpm + fitted / 2) / fitted;
  };
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    e.parameters.emplace_back(sim::calibrated_parameter(k).name);
    e.standard_errors_ppm.push_back(relative(result.standard_error_ppm[k], result.after[k]));
  }
  for (const sim::Multipliers& draw : result.ensemble) {
    std::vector<std::int64_t> row;
    for (std::size_t k = 0; k < sim::kCalibratedCount; ++k)
      row.push_back(relative(draw[k], result.after[k]));
    e.draws_ppm.push_back(std::move(row));
  }
  return e;
}

std::vector<sim::Multipliers> file_ensemble(const sim::BehaviourParams& params) {
  std::vector<sim::Multipliers> draws;
  for (const std::vector<std::int64_t>& row : params.ensemble.draws_ppm) {
    sim::Multipliers m = sim::unit_multipliers();
    for (std::size_t k = 0; k < params.ensemble.parameters.size(); ++k)
      m[*sim::calibrated_parameter_index(params.ensemble.parameters[k])] = row[k];
    draws.push_back(m);
  }
  return draws;
}

std::vector<CalibrationResult::Predictive> predictive_intervals(
    const sim::BehaviourParams& base, const std::vector<Target>& targets,
    const std::vector<sim::Multipliers>& ensemble, const CalibrationOptions& options) {
  const std::size_t used = std::min<std::size_t>(options.predictive_draws, ensemble.size());
  std::vector<std::vector<double>> values(targets.size());
  const TargetEvaluator evaluator(targets, options);
  for (std::size_t j = 0; j < used; ++j) {
    const sim::Multipliers& draw = ensemble[j * ensemble.size() / used];
    const std::vector<TargetFit> fits =
        evaluator.evaluate(sim::apply_multipliers(base, draw, base.name));
    for (std::size_t i = 0; i < targets.size(); ++i) values[i].push_back(fits[i].simulated);
  }
  std::vector<CalibrationResult::Predictive> out;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    std::vector<double>& v = values[i];
    std::sort(v.begin(), v.end());
    CalibrationResult::Predictive p{quantile(v, 0.05), quantile(v, 0.5), quantile(v, 0.95),
                                    static_cast<std::uint32_t>(used), false};
    const Target& t = targets[i];
    // Inside: the figure's reach (a lower bound: anything above it) meets [p5, p95].
    p.inside = t.kind == TargetKind::kLowerBound ? p.p95 >= t.value()
                                                 : p.p95 >= t.value() && p.p5 <= t.upper();
    out.push_back(p);
  }
  return out;
}

}  // namespace bailiff::study::detail
