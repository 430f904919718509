#pragma once
/// \file A sweep run: every point of a grid of variants of one scenario (study/sweep.hpp), each
/// a comparison of the variant's policy against its baseline on the same fines and draws,
/// one run cache serving the runs that no point changes (the baseline of every point). What
/// `bailiff sweep` and Python's `bailiff.sweep` compute; report/sweep_report formats it.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"
#include "bailiff/study/sweep.hpp"

namespace bailiff::study {

/// Points a sweep may have (a grid beyond this is a typing mistake more often than a plan).
inline constexpr std::size_t kMaxSweepPoints = 10'000;

/// A sweep that ran: the base scenario, its axes, and per point its comparison.
struct SweepResult {
  std::shared_ptr<const sim::Scenario> base;  ///< the scenario every point varies
  std::vector<SweepAxis> axes;
  std::vector<SweepPoint> points;            ///< sweep_grid(axes)
  std::vector<sim::Comparison> comparisons;  ///< per point
};

/// Run every point of the grid of \p axes over \p base (loaded, its choice's method settled:
/// every point is computed by that method from base->inputs with the point's values set),
/// each a comparison over \p replications (0: sim::default_replications(*base)) seeded by
/// \p seed, on \p tasks; \p progress gets (points done, points in all) after each point.
/// Every variant is built and checked before the first runs. Throws InputError when \p axes
/// is empty, the grid has more than kMaxSweepPoints points, or a value is refused by the
/// file it edits (apply_sweep_point).
SweepResult run_sweep(std::shared_ptr<const sim::Scenario> base, std::vector<SweepAxis> axes,
                      std::uint64_t seed, std::uint32_t replications, sim::TaskSystem& tasks,
                      const sim::ProgressFn& progress = {});

}  // namespace bailiff::study
