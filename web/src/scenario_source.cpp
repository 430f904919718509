#include "scenario_source.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/sim/population_spec.hpp"

namespace bailiff::web {
namespace {

using nlohmann::json;

// An edited document's bytes under \p name, over the shipped input loaded for it.
void use_edits(const std::optional<std::string>& edited, const char* name,
               sim::LoadedInput& input) {
  if (edited) input = {name, *edited};
}

json optional_text(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}

std::optional<std::string> text_or_none(const json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<std::string>();
}

}  // namespace

sim::ScenarioChoice scenario_choice(const ScenarioSource& source) {
  sim::ScenarioChoice c;
  c.policy = source.policy;
  c.baseline = source.baseline;
  c.behaviour = source.behaviour;
  if (source.csv) {
    c.population = sim::PopulationSpec::csv(source.csv_name).text();
    c.iin_key = source.iin_key;
  } else {
    c.population = sim::PopulationSpec::synthetic(source.population).text();
  }
  c.cases = source.cases;
  return c;
}

std::unique_ptr<sim::Scenario> build_scenario(const ScenarioSource& source, sim::Method method) {
  sim::ScenarioChoice choice = scenario_choice(source);
  choice.method = method;
  // The shipped files, with the edited documents' bytes in place of the shipped ones
  // (parsed as they are, never written anywhere).
  sim::ScenarioInputs inputs = sim::load_scenario_inputs(choice);
  use_edits(source.policy_edited, "edited:policy-a.json", inputs.policy);
  use_edits(source.baseline_edited, "edited:policy-b.json", inputs.baseline);
  use_edits(source.behaviour_edited, "edited:behaviour.json", inputs.behaviour);
  if (source.csv) inputs.population = {source.csv_name, source.csv_bytes};
  return std::make_unique<sim::Scenario>(sim::scenario_from_inputs(choice, std::move(inputs)));
}

std::string encode_comparison_source(const ComparisonSource& source) {
  const ScenarioSource& s = source.scenario;
  const json j = {{"policy", s.policy},
                  {"baseline", s.baseline},
                  {"behaviour", s.behaviour},
                  {"policy_edited", optional_text(s.policy_edited)},
                  {"baseline_edited", optional_text(s.baseline_edited)},
                  {"behaviour_edited", optional_text(s.behaviour_edited)},
                  {"population", s.population},
                  {"cases", s.cases},
                  {"csv", s.csv},
                  {"csv_name", s.csv_name},
                  {"iin_key", s.iin_key},
                  {"method", std::string(sim::method_name(source.method))},
                  {"seed", source.seed},
                  {"replications", source.replications},
                  {"keep_block_headlines", source.keep_block_headlines}};
  return j.dump();
}

ComparisonSource decode_comparison_source(std::string_view text, std::string csv_bytes) {
  try {
    const json j = json::parse(text);
    ComparisonSource out;
    ScenarioSource& s = out.scenario;
    s.policy = j.at("policy").get<std::string>();
    s.baseline = j.at("baseline").get<std::string>();
    s.behaviour = j.at("behaviour").get<std::string>();
    s.policy_edited = text_or_none(j.at("policy_edited"));
    s.baseline_edited = text_or_none(j.at("baseline_edited"));
    s.behaviour_edited = text_or_none(j.at("behaviour_edited"));
    s.population = j.at("population").get<std::string>();
    s.cases = j.at("cases").get<std::uint64_t>();
    s.csv = j.at("csv").get<bool>();
    s.csv_name = j.at("csv_name").get<std::string>();
    s.iin_key = j.at("iin_key").get<std::string>();
    s.csv_bytes = std::move(csv_bytes);
    const std::string method = j.at("method").get<std::string>();
    if (method != "exact" && method != "mc") throw DomainError("unknown method \"" + method + "\"");
    out.method = method == "exact" ? sim::Method::kExact : sim::Method::kMonteCarlo;
    out.seed = j.at("seed").get<std::uint64_t>();
    out.replications = j.at("replications").get<std::uint32_t>();
    out.keep_block_headlines = j.at("keep_block_headlines").get<bool>();
    return out;
  } catch (const json::exception& e) {
    throw DomainError(std::string("the comparison handed to the worker cannot be read: ") +
                      e.what());
  }
}

}  // namespace bailiff::web
