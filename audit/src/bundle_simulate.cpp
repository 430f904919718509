// The simulation recorded for bundles: run_comparison() keeping each block's headline
// counters, and the scenario rebuilt from a bundle's manifest.

#include "bailiff/error.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bundle_format.hpp"

namespace bailiff::sim {

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
                                           std::uint32_t replications, unsigned threads,
                                           const ProgressFn& progress) {
  return recorded_runs(run_comparison(scenario, seed, replications, threads == 0 ? 1 : threads,
                                      progress, /*keep_block_headlines=*/true));
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
  Scenario s;
  s.choice.population = text("population");
  s.choice.cases = number("cases_option");
  const std::string horizon_text = text("horizon");
  const std::optional<Date> horizon = parse_iso_date(horizon_text);
  if (!horizon) throw InputError(bundle.file, "manifest", "horizon", "a date YYYY-MM-DD", horizon_text);
  s.choice.horizon = horizon;
  s.horizon = *horizon;
  const BundleInput& policy = input("policy");
  const BundleInput& baseline = input("baseline");
  const BundleInput& calendar = input("calendar");
  const BundleInput& behaviour = input("behaviour");
  const BundleInput& population = input("population");
  s.choice.policy = policy.name;
  s.choice.baseline = baseline.name;
  s.choice.calendar = calendar.name;
  s.choice.behaviour = behaviour.name;
  s.policy = {policy.name, sha256(policy.bytes), Policy::parse(policy.bytes, policy.name)};
  s.baseline = {baseline.name, sha256(baseline.bytes), Policy::parse(baseline.bytes, baseline.name)};
  s.calendar = {calendar.name, sha256(calendar.bytes), Calendar::parse(calendar.bytes, calendar.name)};
  s.behaviour_params = {behaviour.name, sha256(behaviour.bytes),
                        BehaviourParams::parse(behaviour.bytes, behaviour.name)};
  s.behaviour = std::make_unique<BehaviourModel>(s.behaviour_params.value);
  const std::optional<PopulationSpec> spec = PopulationSpec::parse(s.choice.population);
  if (!spec || spec->kind != PopulationSpec::Kind::kSynthetic) {
    throw InputError(bundle.file, "manifest", "population", "synthetic:NAME", s.choice.population);
  }
  s.population = std::make_unique<SyntheticPopulation>(population.bytes, population.name,
                                                       s.policy.value, s.choice.cases);
  if (s.horizon > s.calendar.value.last_day()) {
    throw DomainError("horizon " + horizon_text + " is beyond the embedded calendar");
  }
  return s;
}

}  // namespace bundle_detail
}  // namespace bailiff::sim
