// `bailiff simulate` and `bailiff compare`: a population under a policy against a
// counterfactual baseline, with Monte Carlo intervals.

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "bailiff/error.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/study/per_case.hpp"
#include "bundle_cli.hpp"
#include "commands.hpp"
#include "counts.hpp"
#include "output.hpp"
#include "processes.hpp"
#include "progress.hpp"
#include "scenario_options.hpp"
#include "bailiff/sim/defaults.hpp"

namespace bailiff::cli {
namespace {

/// `--per-case FILE` and `--per-case-count N`: the first N fines' outcomes as CSV.
struct PerCaseRequest {
  std::string path;  ///< empty: none
  std::uint64_t count = 1000;
};

/// What of the run needs its cases simulated, if anything (the bundle first).
std::optional<NeedsCases> needs_cases(const BundleRequest& bundle, const PerCaseRequest& per_case) {
  if (!bundle.path.empty()) {
    return NeedsCases{"--bundle", "a replay bundle records the Monte Carlo's blocks of cases"};
  }
  if (!per_case.path.empty()) {
    return NeedsCases{"--per-case", "per-case outcomes are the Monte Carlo's simulated cases"};
  }
  return std::nullopt;
}

void run(ScenarioOptions options, bool details, const BundleRequest& bundle = {},
         const PerCaseRequest& per_case = {}) {
  if (options.json && options.csv) {
    throw InputError("(command line)", "--json --csv", "format", "at most one of --json and --csv");
  }
  sim::Scenario scenario = sim::load_scenario(resolve_choice(options));
  settle_defaults(scenario, options, needs_cases(bundle, per_case));
  sim::Comparison comparison;
  const bool writer = writes_outputs();
  {
    ProgressLine progress("simulating");
    const std::unique_ptr<sim::TaskSystem> tasks = run_tasks(options.threads);
    comparison = sim::run_comparison(
        scenario, options.seed, options.replications, *tasks,
        [&progress, writer](std::uint64_t done, std::uint64_t total) {
          if (writer) progress.update(done, total);
        },
        /*keep_block_headlines=*/!bundle.path.empty());
  }
  if (!writer) return;
  std::string report = options.json  ? report::comparison_json(scenario, comparison)
                       : options.csv ? report::comparison_csv(scenario, comparison)
                                     : report::comparison_text(scenario, comparison, details);
  Outputs outputs;
  outputs.add(report, options.output);
  if (!per_case.path.empty()) {
    outputs.add(study::per_case_csv(scenario, study::per_case_outcomes(
                                                  scenario, comparison.seeds.front(), per_case.count)),
                per_case.path);
  }
  const std::string announcement = add_simulate_bundle(bundle, scenario, comparison, outputs);
  outputs.commit();
  std::fputs(announcement.c_str(), stderr);
}

}  // namespace

void register_simulate(CLI::App& app) {
  auto options = std::make_shared<ScenarioOptions>();
  CLI::App* cmd = app.add_subcommand(
      "simulate",
      "Simulate a population of fines under a policy and, on the same fines and draws, under "
      "a baseline: collection, fees paid by citizens, savings (official and counterfactual). "
      "By default every figure is computed exactly for each of the calibrated behaviour's 200 "
      "posterior draws and reported as their mean with the 5-95% interval (Monte Carlo with "
      "--bundle, --method mc or a population of fewer than 100,000 fines). With no options: "
      "Kazakhstan 2025 (25.5 M fines in force in 2025, followed to 31.12.2026), kz-2024-08-20 "
      "against kz-pre-robot.");
  add_scenario_options(cmd, *options, false);
  auto bundle = std::make_shared<BundleRequest>();
  add_bundle_option(cmd, *bundle);
  auto per_case = std::make_shared<PerCaseRequest>();
  cmd->add_option("--per-case", per_case->path,
                  "Also write the outcome of the first --per-case-count fines under the policy "
                  "and the baseline as CSV (atomically): policy, case, amount_tenge, segment, "
                  "region, stage_paid, day_paid (days after entry into force), fee_tenge; the "
                  "cases of replication 0, simulated (the method is then Monte Carlo)")
      ->check(output_path());
  cmd->add_option("--per-case-count", per_case->count,
                  "Fines listed by --per-case, the population's first (at most 1,000,000)")
      ->capture_default_str()
      ->check(count_range(1, kMaxPerCase));
  cmd->callback([options, bundle, per_case] { run(*options, false, *bundle, *per_case); });
}

void register_compare(CLI::App& app) {
  auto options = std::make_shared<ScenarioOptions>();
  options->choice.policy = sim::defaults::kPolicy;
  options->choice.baseline = sim::defaults::kPilotPolicy;
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare two policies (--a, --b) side by side on the same population and draws, with "
      "the breakdown by stage of payment, region and debtor segment.");
  add_scenario_options(cmd, *options, true);
  cmd->callback([options] { run(*options, true); });
}

}  // namespace bailiff::cli
