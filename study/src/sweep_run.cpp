#include "bailiff/study/sweep_run.hpp"

#include <string>
#include <utility>

#include "bailiff/error.hpp"
#include "cached_comparison.hpp"

namespace bailiff::study {

SweepResult run_sweep(std::shared_ptr<const sim::Scenario> base, std::vector<SweepAxis> axes,
                      std::uint64_t seed, std::uint32_t replications, sim::TaskSystem& tasks,
                      const sim::ProgressFn& progress) {
  if (axes.empty()) {
    throw InputError("(sweep)", "set", "set", "at least one parameter with its values", "none");
  }
  SweepResult sweep;
  sweep.base = std::move(base);
  sweep.axes = std::move(axes);
  sweep.points = sweep_grid(sweep.axes);
  if (sweep.points.size() > kMaxSweepPoints) {
    throw InputError("(sweep)", "set", "set",
                     "at most " + std::to_string(kMaxSweepPoints) + " points",
                     std::to_string(sweep.points.size()) + " points");
  }
  const sim::Scenario& b = *sweep.base;
  if (replications == 0) replications = sim::default_replications(b);
  // Every variant is checked before the first runs: a bad value fails at once.
  std::vector<sim::ScenarioInputs> variants;
  for (const SweepPoint& p : sweep.points)
    variants.push_back(apply_sweep_point(b.inputs, sweep.axes, p));
  sim::RunCache cache;
  for (const sim::ScenarioInputs& v : variants) {
    const sim::Scenario variant = sim::scenario_from_inputs(b.choice, v);
    sweep.comparisons.push_back(cached_comparison(variant, seed, replications, tasks, cache));
    if (progress) progress(sweep.comparisons.size(), variants.size());
  }
  return sweep;
}

}  // namespace bailiff::study
