#pragma once
// One comparison of a study's many, served by the study's run cache.

#include <cstdint>

#include "bailiff/sim/comparison_run.hpp"

namespace bailiff::study {

/// The comparison of \p scenario over \p replications seeded by \p seed, on \p tasks, taking
/// from \p cache the runs it holds (the baseline every variant shares) and keeping this one's.
sim::Comparison cached_comparison(const sim::Scenario& scenario, std::uint64_t seed,
                                  std::uint32_t replications, sim::TaskSystem& tasks,
                                  sim::RunCache& cache);

}  // namespace bailiff::study
