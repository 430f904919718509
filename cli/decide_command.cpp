// `bailiff decide`: each case's decision timeline under a policy, and the run's root hash.

#include <cstdio>
#include <optional>
#include <string>

#include "bailiff/error.hpp"
#include "bailiff/report/decide_report.hpp"
#include "bundle_cli.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "scenario_options.hpp"
#include "bailiff/sim/defaults.hpp"

namespace bailiff::cli {
namespace {

struct DecideOptions {
  std::string policy{sim::defaults::kPolicy};
  std::string calendar{sim::defaults::kCalendar};
  std::string cases{sim::defaults::kCases};
  std::string horizon;
  std::string output;
  bool json = false;
  BundleRequest bundle;
};

void run(const DecideOptions& options) {
  const std::optional<Date> horizon = parse_horizon(options.horizon);
  const sim::DecideRun result = sim::run_decide(sim::load_input(options.policy, "policies"),
                                                sim::load_input(options.calendar, "calendars"),
                                                sim::load_input(options.cases, "cases"), horizon);
  Outputs outputs;
  outputs.add(
      options.json ? report::decide_report_json(result) : report::decide_report_text(result),
      options.output);
  const std::string announcement = add_decide_bundle(options.bundle, result, outputs);
  outputs.commit();
  std::fputs(announcement.c_str(), stderr);
}

}  // namespace

void register_decide(CLI::App& app) {
  auto options = std::make_shared<DecideOptions>();
  CLI::App* cmd = app.add_subcommand(
      "decide",
      "Decide every case of a cases file under a policy: each case's timeline with dates, "
      "amounts (₸), rule ids and legal articles, then the run's root hash.");
  cmd->add_option("--policy", options->policy,
                  "Policy file, or a shipped policy: kz-pre-robot, kz-2024-pilot, kz-2024-08-20")
      ->capture_default_str();
  cmd->add_option("--cases", options->cases,
                  "Cases file (JSON, format in data/README.md), or a shipped one: example")
      ->capture_default_str();
  cmd->add_option("--calendar", options->calendar, "Working-day calendar file, or shipped: kz")
      ->capture_default_str();
  cmd->add_option("--horizon", options->horizon,
                  "Last day to decide (YYYY-MM-DD); default: the last day of the calendar's last "
                  "final year (a later day is provisional and the report says so)");
  cmd->add_option("-o,--output", options->output,
                  "Write the report to this file (atomically) instead of stdout")->check(output_path());
  cmd->add_flag("--json", options->json, "Machine-readable JSON instead of the readable report");
  add_bundle_option(cmd, options->bundle);
  cmd->callback([options] { run(*options); });
}

}  // namespace bailiff::cli
