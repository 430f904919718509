// The simulation recorded for bundles: run_comparison() keeping each block's headline
// counters, and the scenario rebuilt from a bundle's manifest.

#include "bailiff/error.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

std::vector<RecordedRun> recorded_runs(const Comparison& comparison) {
  std::vector<RecordedRun> runs;
  for (std::uint32_t r = 0; r < comparison.seeds.size(); ++r) {
    for (const bool baseline : {false, true}) {
      const RunResult& result = baseline ? comparison.baseline_runs[r] : comparison.policy_runs[r];
      if (result.block_headlines.empty()) {
        throw DomainError("bundle: the comparison was run without keeping block counters");
      }
      RecordedRun run;
      run.replication = r;
      run.baseline = baseline;
      run.seed = comparison.seeds[r];
      run.header_digest = result.header_digest;
      run.headlines = result.block_headlines;
      run.result = result;
      runs.push_back(std::move(run));
    }
  }
  return runs;
}

std::vector<RecordedRun> record_comparison(const Scenario& scenario, std::uint64_t seed,
                                           std::uint32_t replications, TaskSystem& tasks,
                                           const ProgressFn& progress) {
  return recorded_runs(run_comparison(scenario, seed, replications, tasks, progress,
                                      /*keep_block_headlines=*/true));
}

namespace bundle_detail {

Scenario scenario_from_bundle(const Bundle& bundle, const nlohmann::ordered_json& manifest) {
  auto input = [&](const char* role) -> const BundleInput& {
    const BundleInput* found = find_input(bundle, role);
    if (!found) {
      throw InputError(bundle.file, "inputs", role, "an embedded " + std::string(role) + " file",
                       "none");
    }
    return *found;
  };
  auto text = [&](const char* key) {
    const auto it = manifest.find(key);
    if (it == manifest.end() || !it->is_string()) {
      throw InputError(bundle.file, "manifest", key, "a string");
    }
    return it->get<std::string>();
  };
  auto number = [&](const char* key) {
    const auto it = manifest.find(key);
    if (it == manifest.end() || !it->is_number_unsigned()) {
      throw InputError(bundle.file, "manifest", key, "a non-negative integer");
    }
    return it->get<std::uint64_t>();
  };
  ScenarioChoice choice;
  choice.population = text("population");
  choice.cases = number("cases_option");
  const std::string horizon_text = text("horizon");
  choice.horizon = parse_iso_date(horizon_text);
  if (!choice.horizon) throw InputError(bundle.file, "manifest", "horizon", "a date YYYY-MM-DD", horizon_text);
  const std::optional<PopulationSpec> spec = PopulationSpec::parse(choice.population);
  if (!spec || spec->kind != PopulationSpec::Kind::kSynthetic) {
    throw InputError(bundle.file, "manifest", "population", "synthetic:NAME", choice.population);
  }
  auto loaded = [&](const char* role) {
    const BundleInput& in = input(role);
    return LoadedInput{in.name, in.bytes};
  };
  ScenarioInputs inputs{loaded("policy"), loaded("baseline"), loaded("calendar"), loaded("behaviour"),
                        loaded("population")};
  choice.policy = inputs.policy.name;
  choice.baseline = inputs.baseline.name;
  choice.calendar = inputs.calendar.name;
  choice.behaviour = inputs.behaviour.name;
  return scenario_from_inputs(choice, std::move(inputs));
}

}  // namespace bundle_detail
}  // namespace bailiff::audit
