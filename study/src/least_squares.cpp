#include "least_squares.hpp"

#include <algorithm>
#include <cmath>

namespace bailiff::study::detail {

double ppm_to_double(std::int64_t ppm) {
  return static_cast<double>(ppm) / static_cast<double>(sim::kPpm);
}

std::int64_t to_ppm_clamped(double multiplier) {
  double v = multiplier * static_cast<double>(sim::kPpm);
  if (!(v >= static_cast<double>(sim::kMinMultiplierPpm)))
    v = static_cast<double>(sim::kMinMultiplierPpm);  // NaN too
  if (v > static_cast<double>(sim::kMaxMultiplierPpm))
    v = static_cast<double>(sim::kMaxMultiplierPpm);
  return std::llround(v);
}

Eigen::VectorXd residual_vector(const std::vector<TargetFit>& fits,
                                const std::vector<Target>& targets, const sim::Multipliers& m,
                                double prior_weight) {
  std::vector<double> r;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].fit) continue;
    const double tolerance = std::max(ppm_to_double(targets[i].tolerance_ppm), 1e-6);
    r.push_back(ppm_to_double(targets[i].weight_ppm) * fits[i].relative_residual / tolerance);
  }
  for (std::size_t k = 0; k < m.size(); ++k) {
    const double sd = sim::calibrated_parameter(k).prior_sd;
    r.push_back((sd > 0 ? 1.0 / sd : prior_weight) * (ppm_to_double(m[k]) - 1.0));
  }
  return Eigen::Map<const Eigen::VectorXd>(r.data(), static_cast<Eigen::Index>(r.size()));
}

std::int64_t difference_step(std::int64_t at) {
  const std::int64_t h = std::max<std::int64_t>(at / 20, 10'000);
  return at + h > sim::kMaxMultiplierPpm ? -h : h;
}

}  // namespace bailiff::study::detail
