#include "bailiff/sim/scenario.hpp"

#include <algorithm>
#include <sstream>

#include "bailiff/error.hpp"
#include "bailiff/sha256.hpp"
#include "bailiff/sim/historical.hpp"
#include "bailiff/sim/population_spec.hpp"

namespace bailiff::sim {
namespace {

/// The report period of \p choice with its region looked up in \p population.
std::optional<ReportPeriod> resolve_period(const ScenarioChoice& choice, Date horizon, const Population& population) {
  if (!choice.report_period) {
    if (!choice.region.empty()) {
      throw InputError("(command line)", "--region", "region", "--region together with --report-period FROM..TO",
                       choice.region);
    }
    return std::nullopt;
  }
  ReportPeriod period{*choice.report_period, std::nullopt, choice.region};
  if (period.window.to > horizon) {
    throw DomainError("report period " + to_iso(period.window.from) + ".." + to_iso(period.window.to) +
                      " ends after the horizon " + to_iso(horizon) + ": nothing is simulated after it");
  }
  if (choice.region.empty()) return period;
  const std::vector<std::string>& regions = population.regions();
  for (std::size_t i = 0; i < regions.size(); ++i) {
    if (regions[i] == choice.region) period.region = static_cast<std::uint16_t>(i);
  }
  if (!period.region) {
    std::string known;
    for (const std::string& r : regions) known += (known.empty() ? "" : ", ") + r;
    throw InputError("(command line)", "--region", "region", "a region of the population (" + known + ")",
                     choice.region);
  }
  return period;
}

Loaded<Policy> parse_policy(const LoadedInput& input) {
  return {input.name, sha256(input.bytes), Policy::parse(input.bytes, input.name)};
}

std::string known_populations() {
  std::string presets;
  for (const std::string& name : embedded_names("populations")) {
    presets += (presets.empty() ? "" : ", ") + PopulationSpec::synthetic(name).text();
  }
  return presets + " or csv:PATH";
}

PopulationSpec population_spec(const ScenarioChoice& choice) {
  const std::optional<PopulationSpec> spec = PopulationSpec::parse(choice.population);
  if (!spec) {
    throw InputError("(command line)", "--population", "population", known_populations(),
                     choice.population);
  }
  return *spec;
}

}  // namespace

ScenarioInputs load_scenario_inputs(const ScenarioChoice& choice) {
  ScenarioInputs inputs{load_input(choice.policy, "policies"), load_input(choice.baseline, "policies"),
                        load_input(choice.calendar, "calendars"),
                        load_input(choice.behaviour, "behaviour"), {}};
  const PopulationSpec spec = population_spec(choice);
  if (spec.kind == PopulationSpec::Kind::kSynthetic) inputs.population = load_input(spec.name, "populations");
  return inputs;
}

Scenario scenario_from_inputs(const ScenarioChoice& choice, ScenarioInputs inputs) {
  Scenario s;
  s.choice = choice;
  s.policy = parse_policy(inputs.policy);
  s.baseline = parse_policy(inputs.baseline);
  const LoadedInput& calendar = inputs.calendar;
  s.calendar = {calendar.name, sha256(calendar.bytes), Calendar::parse(calendar.bytes, calendar.name)};
  const LoadedInput& behaviour = inputs.behaviour;
  s.behaviour_params = {behaviour.name, sha256(behaviour.bytes),
                        BehaviourParams::parse(behaviour.bytes, behaviour.name)};
  s.behaviour = std::make_unique<BehaviourModel>(s.behaviour_params.value);
  const PopulationSpec spec = population_spec(choice);
  if (spec.kind == PopulationSpec::Kind::kSynthetic) {
    s.population = std::make_unique<SyntheticPopulation>(inputs.population.bytes, inputs.population.name,
                                                         s.policy.value, choice.cases);
  } else if (!inputs.population.bytes.empty()) {
    std::istringstream bytes(inputs.population.bytes);
    s.population = std::make_unique<HistoricalPopulation>(bytes, inputs.population.name, choice.iin_key, choice.cases);
  } else {
    s.population = std::make_unique<HistoricalPopulation>(spec.name, choice.iin_key, choice.cases);
  }
  s.horizon = choice.horizon.value_or(s.calendar.value.last_final_day());
  if (s.horizon > s.calendar.value.last_day()) {
    throw DomainError("horizon " + to_iso(s.horizon) + " is beyond calendar " + calendar.name +
                      " (last day " + to_iso(s.calendar.value.last_day()) + ")");
  }
  const std::string population_file = inputs.population.name.empty() ? spec.name : inputs.population.name;
  for (const Loaded<Policy>* policy : {&s.policy, &s.baseline}) {  // a fine before the policy
    if (s.population->size() == 0) break;
    try {
      policy->value.at(s.population->first_in_force());
    } catch (const DomainError& e) {
      throw DomainError(population_file + ": a fine in force on " + to_iso(s.population->first_in_force()) +
                        ": " + e.what());
    }
  }
  if (s.horizon < s.population->last_in_force()) {  // named with the population's file
    throw DomainError(population_file + ": horizon " + to_iso(s.horizon) + " ends before the population's last fine (" +
                      to_iso(s.population->last_in_force()) + ")");
  }
  s.period = resolve_period(choice, s.horizon, *s.population);
  s.inputs = std::move(inputs);
  return s;
}

Scenario load_scenario(const ScenarioChoice& choice) {
  return scenario_from_inputs(choice, load_scenario_inputs(choice));
}

std::uint32_t ensemble_size(const Scenario& scenario) {
  const std::size_t draws = scenario.behaviour_params.value.ensemble.draws_ppm.size();
  return scenario.choice.behaviour_draws && draws > 1 ? static_cast<std::uint32_t>(draws) : 0;
}

Method default_method(const Scenario& scenario, bool per_case) {
  return per_case || scenario.population->size() < kExactMinimumCases ? Method::kMonteCarlo
                                                                       : Method::kExact;
}

std::uint32_t default_replications(const Scenario& scenario) {
  if (scenario.choice.method == Method::kMonteCarlo) return kDefaultMonteCarloReplications;
  return std::max<std::uint32_t>(1, ensemble_size(scenario));
}

Digest behaviour_draw_digest(const Digest& file, std::uint32_t draw) {
  if (draw == 0) return file;
  Sha256 hasher;
  hasher.update(file.data(), file.size());
  hasher.update("|draw=" + std::to_string(draw));
  return hasher.finish();
}

RunSpec run_spec(const Scenario& scenario, Role role, std::uint64_t seed) {
  const Loaded<Policy>& policy = role == Role::kPolicy ? scenario.policy : scenario.baseline;
  RunSpec spec;
  spec.policy = &policy.value;
  spec.calendar = &scenario.calendar.value;
  spec.population = scenario.population.get();
  spec.behaviour = scenario.behaviour.get();
  spec.policy_digest = policy.sha256;
  spec.calendar_digest = scenario.calendar.sha256;
  spec.behaviour_digest = scenario.behaviour_params.sha256;
  spec.seed = seed;
  spec.horizon = scenario.horizon;
  spec.period = scenario.period;
  spec.method = scenario.choice.method;
  return spec;
}

}  // namespace bailiff::sim
