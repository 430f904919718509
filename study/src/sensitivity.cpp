#include "bailiff/study/sensitivity.hpp"

#include <algorithm>
#include <string>

#include "bailiff/sim/parameter_groups.hpp"

namespace bailiff::study {

SensitivityRanges sensitivity_ranges(const sim::BehaviourParams& params) {
  SensitivityRanges out;
  const sim::BehaviourEnsemble& e = params.ensemble;
  if (e.draws_ppm.empty()) {
    for (std::size_t k = 0; k < sim::kCalibratedCount; ++k)
      out.ranges.push_back({k, kAssumedLowPpm, kAssumedHighPpm});
    return out;
  }
  out.from_posterior = true;
  out.draws = e.draws_ppm.size();
  const std::size_t n = e.draws_ppm.size();
  // Nearest rank, as the reports' intervals: the smallest value with at least p% at or below it.
  const std::size_t low_rank = std::max<std::size_t>(1, (5 * n + 99) / 100) - 1;
  const std::size_t high_rank = (95 * n + 99) / 100 - 1;
  for (std::size_t j = 0; j < e.parameters.size(); ++j) {
    std::vector<std::int64_t> values;
    for (const std::vector<std::int64_t>& draw : e.draws_ppm) values.push_back(draw[j]);
    std::sort(values.begin(), values.end());
    out.ranges.push_back(
        {*sim::calibrated_parameter_index(e.parameters[j]), values[low_rank], values[high_rank]});
  }
  return out;
}

sim::BehaviourParams with_group_held(const sim::BehaviourParams& params, std::size_t group,
                                     std::int64_t multiplier_ppm) {
  sim::Multipliers m = sim::unit_multipliers();
  m[group] = multiplier_ppm;
  sim::BehaviourParams out = sim::apply_multipliers(params, m, params.name);
  sim::BehaviourEnsemble& e = out.ensemble;
  for (std::size_t j = 0; j < e.parameters.size(); ++j) {
    if (*sim::calibrated_parameter_index(e.parameters[j]) != group) continue;
    e.standard_errors_ppm[j] = 0;
    for (std::vector<std::int64_t>& draw : e.draws_ppm) draw[j] = sim::kPpm;
  }
  return out;
}

}  // namespace bailiff::study
