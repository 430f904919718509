// Scenarios from Python: inputs by shipped name or path (sim::load_input, as the CLI), policy
// documents edited by parameter name (sim::edit_policy), then sim::scenario_from_inputs.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>

#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/sim/date_options.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/policy_edit.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace bailiff::python {
namespace {

// The scenario \p choice names, with the policy, baseline and behaviour documents replaced by
// \p policy, \p baseline and \p behaviour when given (edited documents: (name, bytes)).
std::shared_ptr<sim::Scenario> load(const sim::ScenarioChoice& choice,
                                    const std::optional<sim::LoadedInput>& policy,
                                    const std::optional<sim::LoadedInput>& baseline,
                                    const std::optional<sim::LoadedInput>& behaviour) {
  sim::ScenarioInputs inputs = sim::load_scenario_inputs(choice);
  if (policy) inputs.policy = *policy;
  if (baseline) inputs.baseline = *baseline;
  if (behaviour) inputs.behaviour = *behaviour;
  return std::make_shared<sim::Scenario>(sim::scenario_from_inputs(choice, std::move(inputs)));
}

}  // namespace

void register_scenario(py::module_& m) {
  py::class_<sim::LoadedInput>(m, "Input", "An input's bytes and the name its messages use.")
      .def(py::init<std::string, std::string>(), py::arg("name"), py::arg("bytes"))
      .def_readonly("name", &sim::LoadedInput::name)
      .def_property_readonly("bytes",
                             [](const sim::LoadedInput& in) { return py::bytes(in.bytes); })
      .def_property_readonly("text", [](const sim::LoadedInput& in) { return in.bytes; });

  m.def("load_input", &sim::load_input, py::arg("spec"), py::arg("kind"),
        "A path on disk, else the shipped file <kind>/<spec>.json (as every CLI option).");
  m.def("shipped_names", &sim::embedded_names, py::arg("kind"),
        "Names of the shipped inputs of a kind (policies, calendars, cases, behaviour, targets).");

  m.def(
      "edit_policy",
      [](const sim::LoadedInput& policy, const std::string& parameter,
         const std::string& value_json, const std::string& unit, const std::string& from) {
        sim::ParameterEdit edit{parameter, value_json, unit,
                                sim::parse_horizon(from, "(python)", "from_")};
        const std::string marker = " (edited)";
        const bool marked = policy.name.ends_with(marker);
        return sim::LoadedInput{marked ? policy.name : policy.name + marker,
                                sim::edit_policy(policy.bytes, policy.name, edit)};
      },
      py::arg("policy"), py::arg("parameter"), py::arg("value_json"), py::arg("unit") = "",
      py::arg("from_") = "", "The policy with one parameter set (sim::edit_policy).");

  m.def(
      "is_valid_iin", [](const std::string& text) { return !validate_iin(text); }, py::arg("text"),
      "Whether text is a valid IIN: 12 digits with the check digit (core's validate_iin).");
  m.def("contains_valid_iin", &contains_valid_iin, py::arg("text"),
        "Whether a valid IIN stands anywhere in text, as a run of exactly 12 digits.");

  py::class_<sim::Scenario, std::shared_ptr<sim::Scenario>>(m, "LoadedScenario",
                                                            "A parsed, validated scenario.")
      .def_property_readonly("horizon", [](const sim::Scenario& s) { return to_iso(s.horizon); })
      .def_property_readonly("cases", [](const sim::Scenario& s) { return s.population->size(); })
      .def_property_readonly("policy", [](const sim::Scenario& s) { return s.policy.name; })
      .def_property_readonly("baseline", [](const sim::Scenario& s) { return s.baseline.name; });

  m.def(
      "load_scenario",
      [](const std::string& policy, const std::string& baseline, const std::string& calendar,
         const std::string& behaviour, const std::string& population, std::uint64_t cases,
         const std::string& iin_key, const std::string& horizon, const std::string& report_period,
         const std::string& region, const std::optional<sim::LoadedInput>& policy_doc,
         const std::optional<sim::LoadedInput>& baseline_doc,
         const std::optional<sim::LoadedInput>& behaviour_doc, bool behaviour_draws,
         const std::string& method) {
        if (cases > 200'000'000) {  // the CLI's range (cli/counts.hpp); the package checks first
          throw InputError("(python)", "cases", "cases", "a whole number from 0 to 200,000,000",
                           std::to_string(cases));
        }
        sim::ScenarioChoice choice{
            policy,
            baseline,
            calendar,
            behaviour,
            population,
            cases,
            iin_key,
            sim::parse_horizon(horizon, "(python)", "horizon"),
            sim::parse_report_period(report_period, "(python)", "report_period"),
            region};
        if (method != "auto" && method != "mc" && method != "exact") {
          throw InputError("(python)", "method", "method", "\"auto\", \"mc\" or \"exact\"",
                           method);
        }
        choice.behaviour_draws = behaviour_draws;
        choice.method = method == "exact" ? sim::Method::kExact : sim::Method::kMonteCarlo;
        std::shared_ptr<sim::Scenario> scenario =
            load(choice, policy_doc, baseline_doc, behaviour_doc);
        // The one convention of every door (sim::default_method): exact at scale.
        if (method == "auto") scenario->choice.method = sim::default_method(*scenario, false);
        return scenario;
      },
      py::arg("policy"), py::arg("baseline"), py::arg("calendar"), py::arg("behaviour"),
      py::arg("population"), py::arg("cases"), py::arg("iin_key"), py::arg("horizon"),
      py::arg("report_period"), py::arg("region"), py::arg("policy_doc"), py::arg("baseline_doc"),
      py::arg("behaviour_doc") = std::nullopt, py::arg("behaviour_draws") = true,
      py::arg("method") = "auto",
      "Load and validate a scenario (sim::load_scenario_inputs, then scenario_from_inputs).");

  py::dict defaults;
  defaults["policy"] = std::string(sim::defaults::kPolicy);
  defaults["baseline"] = std::string(sim::defaults::kBaseline);
  defaults["calendar"] = std::string(sim::defaults::kCalendar);
  defaults["behaviour"] = std::string(sim::defaults::kBehaviour);
  defaults["population"] = std::string(sim::defaults::kPopulation);
  defaults["cases_file"] = std::string(sim::defaults::kCases);
  defaults["seed"] = sim::defaults::kSeed;
  m.attr("DEFAULTS") = defaults;
}

}  // namespace bailiff::python
