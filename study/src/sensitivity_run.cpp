#include "bailiff/study/sensitivity_run.hpp"

#include <utility>

#include "cached_comparison.hpp"

namespace bailiff::study {

SensitivityResult run_sensitivity(std::shared_ptr<const sim::Scenario> scenario, std::uint64_t seed,
                                  std::uint32_t replications, sim::TaskSystem& tasks,
                                  const sim::ProgressFn& progress) {
  SensitivityResult run;
  run.base = std::move(scenario);
  const sim::Scenario& base = *run.base;
  const sim::ScenarioChoice& choice = base.choice;
  sim::ScenarioInputs inputs = base.inputs;
  if (replications == 0) replications = sim::default_replications(base);
  const sim::BehaviourParams& params = base.behaviour_params.value;
  run.ranges = study::sensitivity_ranges(params);
  sim::RunCache cache;
  run.central = cached_comparison(*run.base, seed, replications, tasks, cache);
  const std::uint64_t variants = 2 * run.ranges.ranges.size();
  for (const study::SensitivityRange& r : run.ranges.ranges) {
    for (const bool high : {false, true}) {
      inputs.behaviour.bytes =
          study::with_group_held(params, r.group, high ? r.high_ppm : r.low_ppm).to_json();
      const sim::Scenario variant = sim::scenario_from_inputs(choice, inputs);
      (high ? run.high : run.low)
          .push_back(cached_comparison(variant, seed, replications, tasks, cache));
      if (progress) progress(run.high.size() + run.low.size(), variants);
    }
  }
  return run;
}

}  // namespace bailiff::study
