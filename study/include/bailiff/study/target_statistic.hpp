#pragma once
/// \file What a calibration target's statistic is worth in a run: the counters it reads, as
/// real numbers, from a Monte Carlo run's integer counters or from the exact method's
/// unrounded expectations. The fit must read the latter unrounded: rounded to whole cases
/// and tiyn, the objective becomes a staircase under the fit's finite differences, visibly
/// so on a few thousand records.

#include <array>

#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/metrics.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study {

/// The counters a target's statistic reads; money in tenge.
struct TargetCounters {
  double cases = 0;
  double proceedings_opened = 0;
  std::array<double, sim::kPayStageCount> paid_by_stage{};
  std::array<double, sim::kPayStageCount> collected_by_stage{};  ///< tenge
  double period_robot_opened = 0;
  double period_robot_opened_debt = 0;  ///< tenge
  double period_robot_completed = 0;
  double period_robot_collected = 0;   ///< tenge
  double period_official_savings = 0;  ///< tenge: the Ministry's 25% of period_robot_collected
  double period_fines_in_force = 0;
  double period_imposed = 0;    ///< tenge
  double period_collected = 0;  ///< tenge

  /// A Monte Carlo run's counters (official savings rounded to the tiyn as reports do).
  static TargetCounters of(const sim::Metrics& m);
  /// The exact method's expectations, unrounded.
  static TargetCounters of(const sim::ExpectedMetrics& m);
};

/// The value of \p statistic in \p counters; counts are multiplied by \p count_scale (the
/// target's scenario's default size over the fines simulated), ratios and means are not.
double statistic_value(Statistic statistic, const TargetCounters& counters, double count_scale);

}  // namespace bailiff::study
