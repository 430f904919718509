#include "bailiff/sim/sensitivity.hpp"

#include <algorithm>
#include <string>

#include "bailiff/sim/parameter_groups.hpp"

namespace bailiff::sim {

SensitivityRanges sensitivity_ranges(const BehaviourParams& params) {
  SensitivityRanges out;
  const BehaviourEnsemble& e = params.ensemble;
  if (e.draws_ppm.empty()) {
    for (std::size_t k = 0; k < kCalibratedCount; ++k)
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
        {*calibrated_parameter_index(e.parameters[j]), values[low_rank], values[high_rank]});
  }
  return out;
}

BehaviourParams with_group_held(const BehaviourParams& params, std::size_t group,
                                std::int64_t multiplier_ppm) {
  Multipliers m = unit_multipliers();
  m[group] = multiplier_ppm;
  BehaviourParams out = apply_multipliers(params, m, params.name);
  BehaviourEnsemble& e = out.ensemble;
  for (std::size_t j = 0; j < e.parameters.size(); ++j) {
    if (*calibrated_parameter_index(e.parameters[j]) != group) continue;
    e.standard_errors_ppm[j] = 0;
    for (std::vector<std::int64_t>& draw : e.draws_ppm) draw[j] = kPpm;
  }
  return out;
}

}  // namespace bailiff::sim
