// The audit commands: `bailiff verify`, `bailiff export-jsonl`, `bailiff explain`,
// `bailiff diff`.

#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/verify_gate.hpp"
#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/report/explain.hpp"
#include "bailiff/report/policy_diff.hpp"
#include "bailiff/report/verify_report.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/files.hpp"
#include "commands.hpp"
#include "counts.hpp"
#include "key_files.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "scenario_options.hpp"
#include "verify_gate.hpp"

namespace bailiff::cli {
namespace {

struct VerifyOptionsCli {
  std::string bundle;
  std::string public_key;
  std::string output;
  unsigned threads = 0;
  bool json = false;
};

void run_verify(const VerifyOptionsCli& o) {
  const std::string bytes = sim::read_file(o.bundle, audit::kMaxBundleBytes);
  audit::VerifyResult result;
  {
    ProgressLine progress("replaying");
    audit::VerifyOptions options;
    tasks::ThreadPool tasks(o.threads);
    options.tasks = &tasks;
    options.progress = [&progress](std::uint64_t done, std::uint64_t total) { progress.update(done, total); };
    if (!o.public_key.empty()) options.public_key = load_public_key(o.public_key);
    try {
      result = audit::verify_bundle(bytes, o.bundle, options);
    } catch (const InputError& e) {  // not a bundle: --json still prints the verdict
      if (o.json) emit(report::verify_framing_json(o.bundle, hide_iins(e.what())), o.output);
      throw;
    }
  }
  emit(o.json ? report::verify_report_json(result) : report::verify_report_text(result), o.output);
  audit::throw_if_not_verified(result, o.bundle);
}

struct ExportOptions {
  std::string bundle;
  std::string output;
};

struct ExplainOptions {
  std::string case_id;
  std::string bundle;
  std::string policy{sim::defaults::kPolicy};
  std::string calendar{sim::defaults::kCalendar};
  std::string cases{sim::defaults::kCases};
  std::string horizon;
  std::string lang = "en";
  std::string output;
  bool json = false;
};

void run_explain(const ExplainOptions& o, const CLI::App* cmd) {
  const std::optional<report::Language> lang = report::parse_language(o.lang);
  if (!lang) throw InputError("(command line)", "--lang", "lang", "en, ru or kk", o.lang);
  report::Explanation e;
  if (!o.bundle.empty()) {
    for (const char* name : {"--policy", "--calendar", "--cases", "--horizon"}) {
      if (cmd->count(name) != 0) {
        throw InputError("(command line)", name, "options",
                         "either --bundle or --policy/--calendar/--cases/--horizon, not both");
      }
    }
    const std::string bytes = sim::read_file(o.bundle, audit::kMaxBundleBytes);
    require_verified(bytes, o.bundle);
    e = report::explain_from_bundle(bytes, o.bundle, o.case_id, *lang);
  } else {
    const sim::DecideRun run = sim::run_decide(sim::load_input(o.policy, "policies"),
                                               sim::load_input(o.calendar, "calendars"),
                                               sim::load_input(o.cases, "cases"), parse_horizon(o.horizon));
    e = report::explain_from_run(run, o.case_id, *lang);
  }
  emit(o.json ? report::explanation_json(e) : report::explanation_text(e), o.output);
}

struct DiffOptions {
  std::string a{sim::defaults::kPolicy};
  std::string b{sim::defaults::kBaseline};
  std::string calendar{sim::defaults::kCalendar};
  std::string cases{sim::defaults::kCases};
  std::string horizon;
  std::string output;
  bool json = false;
};

void run_diff(const DiffOptions& o) {
  const std::optional<Date> horizon = parse_horizon(o.horizon);
  const sim::LoadedInput calendar = sim::load_input(o.calendar, "calendars");
  const sim::LoadedInput cases = sim::load_input(o.cases, "cases");
  const sim::DecideRun a = sim::run_decide(sim::load_input(o.a, "policies"), calendar, cases, horizon);
  const sim::DecideRun b = sim::run_decide(sim::load_input(o.b, "policies"), calendar, cases, horizon);
  const report::PolicyDiff diff = report::diff_policies(a, b);
  emit(o.json ? report::policy_diff_json(diff) : report::policy_diff_text(diff), o.output);
}

}  // namespace

void register_verify(CLI::App& app) {
  auto o = std::make_shared<VerifyOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "verify",
      "Verify a replay bundle: its structure and seal, the hash chain of its log, the embedded "
      "inputs against the manifest's digests, then replay the run from those inputs and compare "
      "every record and the root. Exits non-zero and names the first differing record (or where "
      "the chain breaks) when anything differs. With --public-key it also checks the bundle's "
      "Ed25519 signature and says \"authentic\" only when it holds; without it, it says "
      "\"integrity checked, authenticity not checked\": hashes show the bundle is consistent, "
      "not who wrote it.");
  cmd->add_option("bundle", o->bundle, "Bundle file written by decide/simulate --bundle")->required();
  cmd->add_option("--public-key", o->public_key,
                  "Public key file (from `bailiff keygen`) of whoever signed the bundle: check "
                  "the signature")
      ->check(public_key_file());
  cmd->add_option(
         "--threads", o->threads,
         "Worker threads for replaying a simulate bundle, at most 256 (default 0: all cores)")
      ->check(count_range(0, kMaxThreads));
  cmd->add_option("-o,--output", o->output, "Write the report to this file (atomically)")->check(output_path());
  cmd->add_flag("--json", o->json, "JSON report");
  cmd->callback([o] { run_verify(*o); });
}

void register_export_jsonl(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export-jsonl",
      "Export a replay bundle as JSON Lines: one manifest line, then one line per record "
      "(decisions with their legal basis, or simulation block counters) with its chain link.");
  cmd->add_option("bundle", o->bundle, "Bundle file")->required();
  cmd->add_option("-o,--output", o->output, "Write to this file (atomically) instead of stdout")->check(output_path());
  cmd->callback([o] {
    const std::string bytes = sim::read_file(o->bundle, audit::kMaxBundleBytes);
    require_verified(bytes, o->bundle);
    emit(audit::bundle_jsonl(bytes, o->bundle), o->output);
  });
}

void register_explain(CLI::App& app) {
  auto o = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain",
      "Explain one case's timeline in plain language (English, Russian or Kazakh): each step with its "
      "date, amounts in tenge, the rule id and the act and article behind it in that language (the "
      "JSON keeps the logged reference as legal_basis). From a bundle, or decided "
      "from a policy and cases file like `decide`.");
  cmd->add_option("--case", o->case_id, "Case id")->required();
  cmd->add_option("--bundle", o->bundle, "Decide bundle to read the case's logged decisions from");
  cmd->add_option("--policy", o->policy, "Policy file or shipped name (without --bundle)")->capture_default_str();
  cmd->add_option("--calendar", o->calendar, "Calendar file or shipped name (without --bundle)")->capture_default_str();
  cmd->add_option("--cases", o->cases, "Cases file or shipped name (without --bundle)")->capture_default_str();
  cmd->add_option("--horizon", o->horizon, "Last day decided (without --bundle)");
  cmd->add_option("--lang", o->lang, "Language: en, ru or kk")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write to this file (atomically) instead of stdout")->check(output_path());
  cmd->add_flag("--json", o->json, "JSON instead of text");
  cmd->callback([o, cmd] { run_explain(*o, cmd); });
}

void register_diff(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff",
      "Decide the same cases under two policies and show, per case, the first decision that "
      "changed and the fee difference, with a summary by kind of change.");
  cmd->add_option("--a", o->a, "Policy A (file or shipped name)")->capture_default_str();
  cmd->add_option("--b", o->b, "Policy B (file or shipped name)")->capture_default_str();
  cmd->add_option("--cases", o->cases, "Cases file or shipped name")->capture_default_str();
  cmd->add_option("--calendar", o->calendar, "Calendar file or shipped name")->capture_default_str();
  cmd->add_option("--horizon", o->horizon,
                  "Last day decided (default: the last day of the calendar's last final year)");
  cmd->add_option("-o,--output", o->output, "Write to this file (atomically) instead of stdout")->check(output_path());
  cmd->add_flag("--json", o->json, "JSON instead of text");
  cmd->callback([o] { run_diff(*o); });
}

}  // namespace bailiff::cli
