#pragma once
/// \file The robot's roll-out: the share of the referrals a policy sends to the robot that
/// it actually reaches, by date and region (BehaviourParams::coverage). A referral it does
/// not reach goes to a private bailiff, as before the robot.

#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/distributions.hpp"

namespace bailiff::sim {

/// Coverage ramps resolved against a population's regions.
class RobotCoverage {
 public:
  /// The ramps of \p params that apply to each of \p regions (by name, or "*").
  RobotCoverage(const BehaviourParams& params, const std::vector<std::string>& regions);

  /// Coverage in ppm of a referral of region \p region (an index into the regions given) on
  /// \p date: the latest ramp of that region or of every region that has started by then
  /// (a region's own ramp first when two start on the same day), interpolated linearly,
  /// rounding down; coverage_before_ppm before every ramp.
  std::int64_t ppm_at(std::uint16_t region, Date date) const;

  /// ppm_at() as a probability.
  Prob32 at(std::uint16_t region, Date date) const;

 private:
  std::int64_t before_ppm_;
  /// Per region: its ramps, ascending by start, a region's own after "*" on the same day.
  std::vector<std::vector<CoverageRamp>> ramps_;
};

}  // namespace bailiff::sim
