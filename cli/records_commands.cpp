// The auditor's commands over a ministry's recorded enforcement log: `bailiff check-records`
// (the check, study/record_check.hpp) and `bailiff record-log` (the ground-truth generator,
// study/record_generator.hpp).

#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "bailiff/error.hpp"
#include "bailiff/report/records_report.hpp"
#include "bailiff/sim/date_options.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/log_source.hpp"
#include "bailiff/study/record_generator.hpp"
#include "bundle_cli.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "scenario_options.hpp"

namespace bailiff::cli {
namespace {

struct CheckOptionsCli {
  std::string log;
  std::string policy{sim::defaults::kPolicy};
  std::string calendar{sim::defaults::kCalendar};
  std::string iin_key_file;
  std::string as_of;
  std::int32_t tolerance = 0;
  std::int32_t lift = 1;
  std::string lang = "en";
  std::string output;
  bool json = false, csv = false;
  BundleRequest bundle;
};

void run_check(const CheckOptionsCli& o) {
  const std::optional<report::Language> lang = report::parse_language(o.lang);
  if (!lang) throw InputError("(command line)", "--lang", "lang", "en, ru or kk", o.lang);
  const std::string key = resolve_iin_key("", o.iin_key_file);
  const sim::LoadedInput policy_input = sim::load_input(o.policy, "policies");
  const sim::LoadedInput calendar_input = sim::load_input(o.calendar, "calendars");
  const Policy policy = Policy::parse(policy_input.bytes, policy_input.name);
  const Calendar calendar = Calendar::parse(calendar_input.bytes, calendar_input.name);
  study::CheckOptions options;
  options.tolerance_working_days = o.tolerance;
  options.lift_working_days = o.lift;
  const study::LogSource source(o.log);
  const std::optional<Date> as_of = sim::parse_horizon(o.as_of, "(command line)", "--as-of");
  if (!o.bundle.path.empty()) {
    // Every case with its findings into the bundle as it is checked; the report and the
    // bundle are written together, or neither.
    audit::RecordsBundleWriter writer;
    const study::CheckResult result = study::check_records(
        source, key, policy, calendar, options, as_of, {},
        [&writer](const study::RecordedCase& c, const std::vector<study::Finding>& found) {
          writer.add_case(c, found);
        });
    const audit::RecordsBundleSources sources{policy_input, calendar_input,
                                              study::log_digest(source)};
    Outputs outputs;
    outputs.add(o.json  ? report::records_report_json(result, *lang)
                : o.csv ? report::records_report_csv(result, *lang)
                        : report::records_report_text(result, *lang),
                o.output);
    const std::string announcement = add_records_bundle(o.bundle, writer, result, sources, outputs);
    outputs.commit();
    std::fputs(announcement.c_str(), stderr);
    return;
  }
  if (o.csv && !o.output.empty() && o.output != "-") {
    // One row a finding, streamed to the file as found: memory stays flat however many.
    const Date last = study::resolve_as_of(source, key, as_of);
    sim::write_file_atomically(o.output, [&](std::ostream& out) {
      out << report::records_csv_header();
      study::check_records(source, key, policy, calendar, options, last,
                           [&](const study::Finding& f) {
                             out << report::records_csv_row(f, last, options, *lang);
                           });
    });
    return;
  }
  const study::CheckResult result =
      study::check_records(source, key, policy, calendar, options, as_of);
  emit(o.json  ? report::records_report_json(result, *lang)
       : o.csv ? report::records_report_csv(result, *lang)
               : report::records_report_text(result, *lang),
       o.output);
}

struct GenerateOptionsCli {
  sim::ScenarioChoice choice;
  std::string iin_key_file;
  std::string horizon;
  std::uint64_t seed = sim::defaults::kSeed;
  std::string inject_rate = "0";
  std::string truth;
  std::string output;
  bool jsonl = false;
};

// "0.05" -> 50000 parts per million: a decimal share from 0 to 1 with up to 6 decimals.
std::uint32_t parse_rate(const std::string& text) {
  const auto fail = [&text]() -> std::uint32_t {
    throw InputError("(command line)", "--inject-rate", "inject rate",
                     "a share from 0 to 1 with up to 6 decimals, such as 0.05", text);
  };
  const std::size_t dot = text.find('.');
  const std::string whole = text.substr(0, dot);
  const std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 1 || fraction.size() > 6) return fail();
  for (const char c : whole + fraction) {
    if (c < '0' || c > '9') return fail();
  }
  std::uint32_t ppm = static_cast<std::uint32_t>(whole[0] - '0') * 1'000'000;
  std::uint32_t scale = 100'000;
  for (const char c : fraction) {
    ppm += static_cast<std::uint32_t>(c - '0') * scale;
    scale /= 10;
  }
  return ppm > 1'000'000 ? fail() : ppm;
}

void run_generate(const GenerateOptionsCli& o) {
  sim::ScenarioChoice choice = o.choice;
  choice.iin_key = resolve_iin_key("", o.iin_key_file);
  choice.horizon = sim::parse_horizon(o.horizon, "(command line)", "--horizon");
  study::GeneratorOptions options;
  options.seed = o.seed;
  options.inject_ppm = parse_rate(o.inject_rate);
  options.format = o.jsonl ? study::LogFormat::kJsonLines : study::LogFormat::kCsv;
  const sim::Scenario scenario = sim::load_scenario(choice);
  study::GeneratedLog log;
  if (o.output.empty() || o.output == "-") {
    std::ostringstream out;
    log = study::write_record_log(scenario, options, out);
    emit(out.str(), o.output);
  } else {  // streamed to the file: a national log does not fit in memory
    sim::write_file_atomically(o.output, [&](std::ostream& out) {
      log = study::write_record_log(scenario, options, out);
    });
  }
  if (!o.truth.empty()) sim::write_file_atomically(o.truth, study::injected_csv(log));
  std::cerr << "record-log: " << log.cases << " cases, " << log.events << " events, "
            << log.injected.size() << " deviations injected (rate " << o.inject_rate << ", seed "
            << o.seed << "); check it with --as-of " << to_iso(log.horizon) << "\n";
  for (std::size_t k = 0; k < study::kFindingKinds; ++k) {
    if (log.by_kind[k] == 0) continue;
    std::cerr << "  " << study::finding_kind_name(static_cast<study::FindingKind>(k)) << ": "
              << log.by_kind[k] << "\n";
  }
}

}  // namespace

void register_check_records(CLI::App& app) {
  auto o = std::make_shared<CheckOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "check-records",
      "Check a ministry's recorded enforcement log (CSV or JSON Lines, data/README.md) against "
      "the law: for each case the engine decides, from the recorded fine and payments, what the "
      "policy required; every recorded act without a basis, every required act missing or late "
      "and every sum that differs is a finding with the tenge at stake. The report opens with "
      "one sentence (cases, cases with a finding, tenge charged without a basis), then the "
      "findings by kind, region and month and each in plain words. No IIN or key is printed.");
  cmd->add_option("log", o->log, "Recorded log file, or a shipped log's name (example)")
      ->required();
  cmd->add_option("--policy", o->policy, "Policy file or shipped name")->capture_default_str();
  cmd->add_option("--calendar", o->calendar, "Working-day calendar file or shipped name")
      ->capture_default_str();
  cmd->add_option("--iin-key-file", o->iin_key_file,
                  "File holding the key (at least 16 bytes) of the IIN pseudonyms, as for csv "
                  "populations (else the environment variable " +
                      std::string(kIinKeyVariable) + ")");
  cmd->add_option(
      "--as-of", o->as_of,
      "Last day judged (default: the latest date in the log); later events cannot be judged");
  cmd->add_option("--tolerance", o->tolerance,
                  "Working days a recorded act may differ from the law's day and still match (0: "
                  "the same day)")
      ->capture_default_str()
      ->check(CLI::Range(0, 60));
  cmd->add_option("--lift-days", o->lift,
                  "Working days after full payment within which measures must be lifted (an "
                  "assumption: data/README.md)")
      ->capture_default_str()
      ->check(CLI::Range(0, 60));
  cmd->add_option("--lang", o->lang, "Language of the words: en, ru or kk")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write the report to this file (atomically)")
      ->check(output_path());
  auto* json = cmd->add_flag("--json", o->json, "JSON report (one entry per finding)");
  cmd->add_flag("--csv", o->csv, "CSV, one row per finding")->excludes(json);
  add_bundle_option(
      cmd, o->bundle,
      "Also write a findings bundle to this file (atomically): the log's SHA-256 "
      "(never its bytes), the policy and calendar, the check's parameters and every "
      "case with its findings, hash-chained; check it with `bailiff verify FILE`, "
      "cut one case's receipt with `bailiff receipt FILE --case ID` (signed bundles)");
  cmd->callback([o] { run_check(*o); });
}

void register_record_log(CLI::App& app) {
  auto o = std::make_shared<GenerateOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "record-log",
      "Write a recorded enforcement log from a simulated population (the engine's own decisions "
      "on the simulated payments, as a ministry would export them), injecting a deviation of a "
      "finding kind into a seeded share of the cases: the ground truth of check-records. The "
      "debtors' IINs are random valid numbers; a summary of what was injected goes to stderr, "
      "the list to --truth.");
  cmd->add_option("--population", o->choice.population, "synthetic:NAME or csv:PATH")
      ->capture_default_str();
  cmd->add_option("--cases", o->choice.cases, "Number of fines (0 = the population's default)")
      ->capture_default_str();
  cmd->add_option("--policy", o->choice.policy, "Policy file or shipped name")
      ->capture_default_str();
  cmd->add_option("--calendar", o->choice.calendar, "Calendar file or shipped name")
      ->capture_default_str();
  cmd->add_option("--behaviour", o->choice.behaviour, "Behaviour file or shipped name")
      ->capture_default_str();
  cmd->add_option("--iin-key-file", o->iin_key_file, "IIN key file (csv populations)");
  cmd->add_option("--horizon", o->horizon,
                  "Last day recorded (default: the calendar's last final day)");
  cmd->add_option("--seed", o->seed, "Seed of the simulation and the injections")
      ->capture_default_str();
  cmd->add_option("--inject-rate", o->inject_rate,
                  "Share of cases given one deviation (0 to 1), its kind drawn among those the "
                  "case's path allows")
      ->capture_default_str();
  cmd->add_option("--truth", o->truth,
                  "Write the injected deviations (case_id,kind,at_stake_tenge,charged) here")
      ->check(output_path());
  cmd->add_flag("--jsonl", o->jsonl, "JSON Lines instead of CSV");
  cmd->add_option("-o,--output", o->output, "Write the log to this file (atomically)")
      ->check(output_path());
  cmd->callback([o] { run_generate(*o); });
}

}  // namespace bailiff::cli
