#pragma once
/// \file The report of `bailiff sweep`: one row per point of the grid, the point's values
/// and its headline figures (variant_figures.hpp), as text, CSV or JSON.

#include <string>
#include <vector>

#include "bailiff/study/sweep_run.hpp"

namespace bailiff::report {

/// The readable table (money in millions of tenge).
std::string sweep_text(const study::SweepResult& sweep);

/// One row per point: the axes' values, then each figure (with p05 and p95 columns when the
/// points have several replications).
std::string sweep_csv(const study::SweepResult& sweep);

/// The points with their values and figures, the method and the interval's label.
std::string sweep_json(const study::SweepResult& sweep);

}  // namespace bailiff::report
