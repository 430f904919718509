// `bailiff sweep` and `bailiff sensitivity`: many variants of one scenario, each a
// comparison (by default by the exact method), reported as one table.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bailiff/error.hpp"
#include "bailiff/report/sensitivity_report.hpp"
#include "bailiff/report/sweep_report.hpp"
#include "bailiff/study/sensitivity_run.hpp"
#include "bailiff/study/sweep.hpp"
#include "bailiff/study/sweep_run.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "processes.hpp"
#include "progress.hpp"
#include "scenario_options.hpp"

namespace bailiff::cli {
namespace {

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

/// The scenario the options describe, loaded, its method and replications settled.
std::shared_ptr<sim::Scenario> load_base(ScenarioOptions& o) {
  auto base = std::make_shared<sim::Scenario>(sim::load_scenario(resolve_choice(o)));
  settle_defaults(*base, o, std::nullopt);
  return base;
}

/// Progress by study step on this process's terminal (the writer's only).
sim::ProgressFn progress_of(ProgressLine& line) {
  if (!writes_outputs()) return {};
  return [&line](std::uint64_t done, std::uint64_t total) { line.update(done, total); };
}

void run_sweep(SweepOptions options) {
  ScenarioOptions& o = options.scenario;
  refuse_formats(o);
  std::vector<study::SweepAxis> axes;
  for (const std::string& set : options.sets)
    axes.push_back(study::parse_sweep_axis(set, "(command line)", "--set"));
  std::shared_ptr<sim::Scenario> base = load_base(o);
  const std::unique_ptr<sim::TaskSystem> tasks = run_tasks(o.threads);
  ProgressLine progress("sweeping", "points", /*in_millions=*/false);
  const study::SweepResult sweep = study::run_sweep(std::move(base), std::move(axes), o.seed,
                                                    o.replications, *tasks, progress_of(progress));
  if (!writes_outputs()) return;
  emit(o.json  ? report::sweep_json(sweep)
       : o.csv ? report::sweep_csv(sweep)
               : report::sweep_text(sweep),
       o.output);
}

void run_sensitivity(ScenarioOptions o) {
  refuse_formats(o);
  const std::shared_ptr<sim::Scenario> base = load_base(o);
  const std::unique_ptr<sim::TaskSystem> tasks = run_tasks(o.threads);
  ProgressLine progress("varying", "variants", /*in_millions=*/false);
  const study::SensitivityResult run =
      study::run_sensitivity(base, o.seed, o.replications, *tasks, progress_of(progress));
  if (!writes_outputs()) return;
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
      "--set simplified_max_debt=20,30,40 (9 points), and print one row of headline figures per "
      "point (text, --csv, --json). By default each point is, as in simulate, the mean of the "
      "exact expectations over every draw of the behaviour's posterior ensemble (--method auto, "
      "--replications 0), the draws used stated in the report.");
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
  CLI::App* cmd = app.add_subcommand(
      "sensitivity",
      "A tornado of the headline figures (both savings measures, collected, fees paid by "
      "citizens, cases handed to private bailiffs) over each behaviour parameter group held at "
      "its 5th and 95th percentile over the behaviour's posterior ensemble (x0.5 and x2 without "
      "one, an assumption the report states), the other groups at each draw's values. By "
      "default every figure is, as in simulate, the mean of the exact expectations over every "
      "draw (--replications N: the first N draws; --behaviour-draws off: the file's values "
      "alone), so the centre of each bar is simulate's point estimate (text, --csv, --json).");
  add_explore_options(cmd, *options);
  cmd->callback([options] { run_sensitivity(*options); });
}

}  // namespace bailiff::cli
