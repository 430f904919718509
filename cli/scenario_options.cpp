#include "scenario_options.hpp"

#include <cstdio>
#include <cstdlib>

#include "bailiff/error.hpp"
#include "bailiff/sim/csv_lines.hpp"
#include "bailiff/sim/date_options.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "counts.hpp"
#include "output.hpp"
#include "processes.hpp"

namespace bailiff::cli {

void add_scenario_options(CLI::App* cmd, ScenarioOptions& o, bool compare_names) {
  cmd->add_option(compare_names ? "--a" : "--policy", o.choice.policy,
                  "Policy file or shipped name (" + sim::embedded_name_list("policies") + ")")
      ->capture_default_str();
  cmd->add_option(compare_names ? "--b" : "--baseline", o.choice.baseline,
                  "Counterfactual policy, run on the same fines, debtors and draws")
      ->capture_default_str();
  cmd->add_option("--population", o.choice.population,
                  "synthetic:NAME, a shipped population (" +
                      sim::embedded_name_list("populations") +
                      ": data/populations/), or csv:PATH (historical records)")
      ->capture_default_str();
  cmd->add_option("--cases", o.choice.cases,
                  "Number of fines (0 = the population's default: national 25,500,000; at most "
                  "200,000,000)")
      ->capture_default_str()
      ->check(count_range(0, kMaxCases));
  cmd->add_option("--behaviour", o.choice.behaviour,
                  "Behaviour file or shipped name: calibrated (fitted to data/targets/) or default (the priors)")
      ->capture_default_str();
  cmd->add_option("--behaviour-draws", o.behaviour_draws,
                  "on: replication r simulates draw r mod D of the behaviour file's posterior "
                  "ensemble, so intervals include behaviour uncertainty; off: every replication "
                  "uses the file's own values (Monte Carlo variation only)")
      ->capture_default_str()
      ->check(CLI::IsMember({"on", "off"}));
  cmd->add_option("--method", o.method,
                  "exact: every figure's expectation over the model, without sampling, for each "
                  "posterior draw of the behaviour (no replay bundle); mc: simulate every case "
                  "(Monte Carlo); auto: exact, except Monte Carlo with --bundle or for a population "
                  "of fewer than 100,000 fines, where sampling matters (the report says which)")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "mc", "exact"}));
  cmd->add_option("--calendar", o.choice.calendar, "Working-day calendar file or shipped name")
      ->capture_default_str();
  cmd->add_option("--iin-key", o.choice.iin_key,
                  "Key (at least 16 bytes) for the IIN pseudonyms of a csv population; never "
                  "printed or recorded, but visible to other users in the process list: prefer "
                  "--iin-key-file or the environment variable " + std::string(kIinKeyVariable));
  cmd->add_option("--iin-key-file", o.iin_key_file,
                  "File holding the IIN key (one trailing line feed is ignored)");
  cmd->add_option("--horizon", o.horizon,
                  "Last simulated day (YYYY-MM-DD); default: the end of the calendar's last final "
                  "year (a later day is provisional and the report says so)");
  cmd->add_option("--report-period", o.report_period,
                  "Also count what happens inside FROM..TO (YYYY-MM-DD..YYYY-MM-DD), as published "
                  "figures count: proceedings opened and completed, tenge collected, official savings, "
                  "hand-offs, fines in force and imposed, each event by its own date");
  cmd->add_option("--region", o.choice.region,
                  "With --report-period: count only the cases of this region of the population");
  cmd->add_option("--seed", o.seed, "Random seed (64-bit: 0 to 18,446,744,073,709,551,615)")
      ->capture_default_str()
      ->check(count_range(0, UINT64_MAX));
  cmd->add_option("--replications", o.replications,
                  "Replications (each with its own behaviour draw, see --behaviour-draws): figures "
                  "are their mean, intervals their 5th-95th percentile (fewer than 20: the "
                  "extremes), plus the standard error of the mean; 0: every posterior draw by the "
                  "exact method (200 for the calibrated behaviour), 10 by Monte Carlo")
      ->capture_default_str()
      ->check(count_range(0, kMaxReplications));
  cmd->add_option(
         "--threads", o.threads,
         "Worker threads in each process, at most 256 (default 0: all cores; under MPI, the "
         "cores the rank is bound to)")
      ->check(count_range(0, kMaxThreads));
  cmd->add_option("-o,--output", o.output, "Write the report to this file (atomically)")->check(output_path());
  cmd->add_flag("--json", o.json, "JSON report for machines");
  cmd->add_flag("--csv", o.csv, "CSV report for machines");
}

namespace {

/// \p key, refused (InputError naming where it came from: \p file, \p location, \p field)
/// when iin_key_problem finds it too short or too plain.
std::string checked_key(std::string key, const std::string& file, const std::string& location,
                        const std::string& field) {
  if (const std::optional<std::string> problem = sim::csv::iin_key_problem(key)) {
    throw InputError(file, location, field, std::string(sim::csv::kIinKeyExpected), *problem);
  }
  return key;
}

/// A note on standard error (the process that prints), never the key itself.
void warn(const std::string& text) {
  if (writes_outputs()) std::fprintf(stderr, "bailiff: warning: %s\n", text.c_str());
}

}  // namespace

std::string resolve_iin_key(const std::string& key, const std::string& key_file) {
  if (!key.empty() && !key_file.empty()) {
    throw InputError("(command line)", "--iin-key-file", "iin key",
                     "one source for the IIN key: --iin-key or --iin-key-file, not both");
  }
  const char* from_environment = std::getenv(kIinKeyVariable);
  const std::string option = key_file.empty() ? "--iin-key" : "--iin-key-file";
  if ((!key.empty() || !key_file.empty()) && from_environment && *from_environment) {
    warn(option + " is used; the environment variable " + kIinKeyVariable + " is ignored");
  }
  if (!key_file.empty()) {
    std::string from_file = sim::read_file(key_file, kMaxIinKeyFileBytes);
    if (!from_file.empty() && from_file.back() == '\n') from_file.pop_back();
    if (!from_file.empty() && from_file.back() == '\r') from_file.pop_back();
    return checked_key(std::move(from_file), key_file, "line 1", "--iin-key-file");
  }
  if (!key.empty()) {
    warn("--iin-key puts the key in the process list, where other users of this machine can read "
         "it (ps); --iin-key-file FILE or " + std::string(kIinKeyVariable) + " keep it off the command line");
    return checked_key(key, "(command line)", "--iin-key", "--iin-key");
  }
  if (!from_environment || !*from_environment) return {};
  return checked_key(from_environment, "(environment)", kIinKeyVariable, kIinKeyVariable);
}

sim::ScenarioChoice resolve_choice(const ScenarioOptions& options) {
  sim::ScenarioChoice choice = options.choice;
  choice.iin_key = resolve_iin_key(options.choice.iin_key, options.iin_key_file);
  choice.behaviour_draws = options.behaviour_draws == "on";
  // "auto" is settled once the population is loaded (settle_defaults).
  choice.method = options.method == "exact" ? sim::Method::kExact : sim::Method::kMonteCarlo;
  choice.horizon = parse_horizon(options.horizon);
  choice.report_period = sim::parse_report_period(options.report_period, "(command line)", "--report-period");
  return choice;
}

void settle_defaults(sim::Scenario& scenario, ScenarioOptions& options,
                     std::optional<NeedsCases> needs_cases) {
  if (options.method == "exact" && needs_cases) {
    const std::string option(needs_cases->option);
    throw InputError("(command line)", option, option.substr(2),
                     "--method mc or auto with " + option + " (" + std::string(needs_cases->why) +
                         "; the exact method has none)");
  }
  if (options.method == "auto") {
    scenario.choice.method = sim::default_method(scenario, needs_cases.has_value());
    options.method = std::string(sim::method_name(scenario.choice.method));
  }
  if (options.replications == 0) options.replications = sim::default_replications(scenario);
}

std::optional<Date> parse_horizon(const std::string& text) {
  return sim::parse_horizon(text, "(command line)", "--horizon");
}

}  // namespace bailiff::cli
