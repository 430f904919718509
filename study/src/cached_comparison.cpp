#include "cached_comparison.hpp"

namespace bailiff::study {

sim::Comparison cached_comparison(const sim::Scenario& scenario, std::uint64_t seed,
                                  std::uint32_t replications, sim::TaskSystem& tasks,
                                  sim::RunCache& cache) {
  sim::ComparisonRun run(scenario, seed, replications);
  cache.apply(run);
  while (run.step(tasks, sim::blocks_per_step(tasks))) {
  }
  cache.keep(run);
  return run.finish();
}

}  // namespace bailiff::study
