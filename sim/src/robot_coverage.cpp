#include "bailiff/sim/robot_coverage.hpp"

#include <algorithm>

namespace bailiff::sim {

RobotCoverage::RobotCoverage(const BehaviourParams& params, const std::vector<std::string>& regions)
    : before_ppm_(params.coverage_before_ppm), ramps_(regions.size()) {
  for (std::size_t r = 0; r < regions.size(); ++r) {
    for (const CoverageRamp& ramp : params.coverage) {
      if (ramp.region == "*" || ramp.region == regions[r]) ramps_[r].push_back(ramp);
    }
    std::stable_sort(ramps_[r].begin(), ramps_[r].end(), [](const CoverageRamp& a, const CoverageRamp& b) {
      if (a.from != b.from) return a.from < b.from;
      return a.region == "*" && b.region != "*";
    });
  }
}

std::int64_t RobotCoverage::ppm_at(std::uint16_t region, Date date) const {
  const std::vector<CoverageRamp>& ramps = ramps_[region];
  const auto started = std::upper_bound(ramps.begin(), ramps.end(), date,
                                        [](Date d, const CoverageRamp& r) { return d < r.from; });
  if (started == ramps.begin()) return before_ppm_;
  const CoverageRamp& ramp = *(started - 1);
  const std::int64_t elapsed = days_between(ramp.from, date) - ramp.delay_days;
  if (elapsed < 0) return ramp.start_ppm;
  if (elapsed >= ramp.ramp_days) return ramp.plateau_ppm;
  return ramp.start_ppm + (ramp.plateau_ppm - ramp.start_ppm) * elapsed / ramp.ramp_days;
}

Prob32 RobotCoverage::at(std::uint16_t region, Date date) const {
  return Prob32::from_ratio(static_cast<std::uint64_t>(ppm_at(region, date)), kPpm, Rounding::kHalfUp);
}

}  // namespace bailiff::sim
