// Exports as downloads (generated in the page): the JSON and CSV reports exactly as
// `bailiff simulate --json/--csv` writes them, and a replay bundle holding every input's
// bytes, the settings and the report, enough to rerun the scenario with the CLI.

#include <exception>
#include <string>

#include <nlohmann/json.hpp>

#include "app_state.hpp"
#include "bailiff/report/comparison_report.hpp"
#if __has_include("bailiff/audit/bundle.hpp")
#include "bailiff/audit/bundle.hpp"
#endif
#include "bailiff/sim/scenarios.hpp"
#include "i18n.hpp"
#include "platform.hpp"
#include "ui.hpp"
#include "url_state.hpp"

namespace bailiff::web {
namespace {

std::string offer(AppState& s, const std::string& name, const char* mime, const std::string& bytes) {
  s.status = std::string(tr("export.done")) + ": " + offer_download(name, mime, bytes);
  return bytes;
}

const Outcome* outcome_or_note(AppState& s) {
  const Outcome* o = s.runner.outcome();
  if (!o) s.status = tr("export.none");
  return o;
}

}  // namespace

std::string export_json(AppState& s) {
  const Outcome* o = outcome_or_note(s);
  if (!o) return {};
  return offer(s, "bailiff-results.json", "application/json", report::comparison_json(*o->scenario, o->comparison));
}

std::string export_csv(AppState& s) {
  const Outcome* o = outcome_or_note(s);
  if (!o) return {};
  return offer(s, "bailiff-results.csv", "text/csv", report::comparison_csv(*o->scenario, o->comparison));
}

std::string export_bundle(AppState& s) {
  const Outcome* o = outcome_or_note(s);
  if (!o) return {};
  const sim::Scenario& sc = *o->scenario;
  if (o->comparison.method == sim::Method::kExact) {
    s.status = tr("export.bundle_mc");
    return {};
  }
#if __has_include("bailiff/audit/bundle.hpp")
  // The audit layer's replay bundle (`bailiff verify` checks it), from the block counters
  // kept by the page's runs. CSV populations are refused there (clear IINs never enter a
  // bundle): those get the JSON bundle below.
  if (!s.csv.active) {
    try {
      const std::string bytes =
          audit::simulate_bundle(sc, o->comparison, "bailiff-web " + encode_hash(s));
      return offer(s, "bailiff-replay.bundle", "application/octet-stream", bytes);
    } catch (const std::exception& e) {
      s.error = e.what();
      return {};
    }
  }
#endif
  nlohmann::ordered_json bundle;
  bundle["format"] = "robot-bailiff/web-replay-bundle/v1";
  bundle["engine_version"] = std::string(kEngineVersion);
  std::string command = "bailiff simulate --json --policy policy-a.json --baseline policy-b.json "
                        "--behaviour behaviour.json --calendar calendar.json";
  if (s.csv.active) {
    command += " --population csv:" + s.csv.file_name + " --iin-key KEY";
  } else {
    command += " --population " + sc.choice.population;
  }
  command += " --cases " + std::to_string(sc.choice.cases) + " --seed " + std::to_string(o->comparison.seed) +
             " --replications " + std::to_string(o->comparison.policy_runs.size());
  bundle["command"] = command;
  bundle["url_hash"] = encode_hash(s);
  nlohmann::ordered_json files;
  const auto add = [&files](const std::string& name, const std::string& source, const std::string& bytes) {
    files[name] = {{"source", source}, {"sha256", to_hex(sha256(bytes))}, {"text", bytes}};
  };
  add("policy-a.json", sc.policy.name, s.policy_a.bytes());
  add("policy-b.json", sc.baseline.name, s.policy_b.bytes());
  add("behaviour.json", sc.behaviour_params.name, s.behaviour.bytes());
  const sim::LoadedInput calendar = sim::load_input(sc.choice.calendar, "calendars");
  add("calendar.json", calendar.name, calendar.bytes);
  bundle["files"] = files;
  bundle["population"] = {{"spec", sc.choice.population},
                          {"description", sc.population->describe()},
                          {"sha256", to_hex(sc.population->digest())},
                          {"included", false}};
  bundle["report"] = nlohmann::ordered_json::parse(report::comparison_json(sc, o->comparison));
  return offer(s, "bailiff-replay-bundle.json", "application/json", bundle.dump(2) + "\n");
}

}  // namespace bailiff::web
