// `bailiff sweep` and `bailiff sensitivity`: many variants of one scenario, each a
// comparison (by default by the exact method), reported as one table.

#include <memory>
#include <string>
#include <vector>

#include "bailiff/error.hpp"
#include "bailiff/report/sensitivity_report.hpp"
#include "bailiff/report/sweep_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/sensitivity.hpp"
#include "bailiff/sim/sweep.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "processes.hpp"
#include "progress.hpp"
#include "scenario_options.hpp"

namespace bailiff::cli {
namespace {

/// Points a sweep may have (a grid beyond this is a typing mistake more often than a plan).
constexpr std::size_t kMaxSweepPoints = 10'000;

struct SweepOptions {
  ScenarioOptions scenario;
  std::vector<std::string> sets;
};

/// Options shared by both commands: the scenario's, with the same defaults as simulate.
void add_explore_options(CLI::App* cmd, ScenarioOptions& o) {
  add_scenario_options(cmd, o, false);
}

void refuse_formats(const ScenarioOptions& o) {
  if (o.json && o.csv)
    throw InputError("(command line)", "--json --csv", "format", "at most one of --json and --csv");
}

/// The comparison of \p scenario, reusing \p cache's runs (the baseline of every variant
/// of a sweep is the same run).
sim::Comparison compare(const sim::Scenario& scenario, const ScenarioOptions& o,
                        sim::TaskSystem& tasks, sim::RunCache& cache) {
  sim::ComparisonRun run(scenario, o.seed, o.replications);
  cache.apply(run);
  while (run.step(tasks, sim::blocks_per_step(tasks))) {
  }
  cache.keep(run);
  return run.finish();
}

void run_sweep(SweepOptions options) {
  ScenarioOptions& o = options.scenario;
  refuse_formats(o);
  if (options.sets.empty()) {
    throw InputError("(command line)", "--set", "sweep",
                     "at least one --set PARAMETER=VALUE,VALUE,...");
  }
  report::SweepRun sweep;
  for (const std::string& set : options.sets) sweep.axes.push_back(sim::parse_sweep_axis(set));
  sweep.points = sim::sweep_grid(sweep.axes);
  if (sweep.points.size() > kMaxSweepPoints) {
    throw InputError("(command line)", "--set", "sweep",
                     "at most " + std::to_string(kMaxSweepPoints) + " points",
                     std::to_string(sweep.points.size()) + " points");
  }
  sim::ScenarioChoice choice = resolve_choice(o);
  const sim::ScenarioInputs inputs = sim::load_scenario_inputs(choice);
  sim::Scenario base = sim::scenario_from_inputs(choice, inputs);
  settle_defaults(base, o, /*per_case=*/false);
  choice.method = base.choice.method;
  sweep.base = &base;
  // Every variant is checked before the first runs: a bad value fails at once.
  std::vector<sim::ScenarioInputs> variants;
  for (const sim::SweepPoint& p : sweep.points)
    variants.push_back(sim::apply_sweep_point(inputs, sweep.axes, p));
  const std::unique_ptr<sim::TaskSystem> tasks = run_tasks(o.threads);
  const bool writer = writes_outputs();
  sim::RunCache cache;
  ProgressLine progress("sweeping", "points", /*in_millions=*/false);
  for (const sim::ScenarioInputs& v : variants) {
    const sim::Scenario variant = sim::scenario_from_inputs(choice, v);
    sweep.comparisons.push_back(compare(variant, o, *tasks, cache));
    if (writer) progress.update(sweep.comparisons.size(), variants.size());
  }
  if (!writer) return;
  emit(o.json  ? report::sweep_json(sweep)
       : o.csv ? report::sweep_csv(sweep)
               : report::sweep_text(sweep),
       o.output);
}

void run_sensitivity(ScenarioOptions o) {
  refuse_formats(o);
  o.behaviour_draws = "off";  // each variant is one parameter set
  sim::ScenarioChoice choice = resolve_choice(o);
  sim::ScenarioInputs inputs = sim::load_scenario_inputs(choice);
  sim::Scenario base = sim::scenario_from_inputs(choice, inputs);
  settle_defaults(base, o, /*per_case=*/false);
  choice.method = base.choice.method;
  const sim::BehaviourParams& params = base.behaviour_params.value;
  report::SensitivityRun run;
  run.base = &base;
  run.ranges = sim::sensitivity_ranges(params);
  const std::unique_ptr<sim::TaskSystem> tasks = run_tasks(o.threads);
  const bool writer = writes_outputs();
  sim::RunCache cache;
  run.central = compare(base, o, *tasks, cache);
  ProgressLine progress("varying", "variants", /*in_millions=*/false);
  const std::uint64_t variants = 2 * run.ranges.ranges.size();
  for (std::size_t i = 0; i < run.ranges.ranges.size(); ++i) {
    const sim::SensitivityRange& r = run.ranges.ranges[i];
    for (const bool high : {false, true}) {
      inputs.behaviour.bytes =
          sim::with_group_multiplier(params, r.group, high ? r.high_ppm : r.low_ppm).to_json();
      const sim::Scenario variant = sim::scenario_from_inputs(choice, inputs);
      (high ? run.high : run.low).push_back(compare(variant, o, *tasks, cache));
      if (writer) progress.update(run.high.size() + run.low.size(), variants);
    }
  }
  if (!writer) return;
  emit(o.json  ? report::sensitivity_json(run)
       : o.csv ? report::sensitivity_csv(run)
               : report::sensitivity_text(run),
       o.output);
}

}  // namespace

void register_sweep(CLI::App& app) {
  auto options = std::make_shared<SweepOptions>();
  CLI::App* cmd = app.add_subcommand(
      "sweep",
      "Run a grid of variants of a scenario's policy or behaviour, e.g. --set robot_window=1,2,3 "
      "--set "
      "simplified_max_debt=20,30,40 (9 points), and print one row of headline figures per point "
      "(text, "
      "--csv, --json). By default each point is computed exactly (--method exact) with one run.");
  cmd->add_option(
         "--set", options->sets,
         "PARAMETER=V1,V2,...: a policy parameter by name (its last dated value), NAME@YYYY-MM-DD "
         "(the value from that day on), or a value by JSON pointer: policy:/parameters/... or "
         "behaviour:/segments/0/share_ppm; repeat for more axes")
      ->required();
  add_explore_options(cmd, options->scenario);
  cmd->callback([options] { run_sweep(*options); });
}

void register_sensitivity(CLI::App& app) {
  auto options = std::make_shared<ScenarioOptions>();
  CLI::App* cmd = app.add_subcommand("sensitivity",
                                     "A tornado of the headline figures (both savings measures, "
                                     "collected, fees paid by citizens, cases "
                                     "handed to private bailiffs) over each behaviour parameter "
                                     "group at its 5th and 95th percentile over "
                                     "the behaviour's posterior ensemble (x0.5 and x2 without one, "
                                     "an assumption the report states), by "
                                     "default by the exact method (text, --csv, --json).");
  add_explore_options(cmd, *options);
  cmd->callback([options] { run_sensitivity(*options); });
}

}  // namespace bailiff::cli
