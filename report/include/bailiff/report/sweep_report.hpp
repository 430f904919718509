#pragma once
/// \file The report of `bailiff sweep`: one row per point of the grid, the point's values
/// and its headline figures (variant_figures.hpp), as text, CSV or JSON.

#include <string>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/sweep.hpp"

namespace bailiff::report {

/// A sweep that ran: the base scenario, its axes, and per point its comparison.
struct SweepRun {
  const sim::Scenario* base = nullptr;
  std::vector<sim::SweepAxis> axes;
  std::vector<sim::SweepPoint> points;
  std::vector<sim::Comparison> comparisons;  ///< per point
};

/// The readable table (money in millions of tenge).
std::string sweep_text(const SweepRun& sweep);

/// One row per point: the axes' values, then each figure (with p05 and p95 columns when the
/// points have several replications).
std::string sweep_csv(const SweepRun& sweep);

/// The points with their values and figures, the method and the interval's label.
std::string sweep_json(const SweepRun& sweep);

}  // namespace bailiff::report
