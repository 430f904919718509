// Behaviour files edited from Python: a value set by JSON pointer (the sweep's behaviour:
// edit, study::apply_sweep_point) or a calibrated parameter group multiplied
// (sim::apply_multipliers), each re-read by BehaviourParams::parse, so that an edited file is
// refused exactly as a file would be.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "bailiff/error.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/study/sweep.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace bailiff::python {
namespace {

constexpr std::string_view kEditedMarker = " (edited)";

// \p name marked as edited, once.
std::string edited_name(const std::string& name) {
  return name.ends_with(kEditedMarker) ? name : name + std::string(kEditedMarker);
}

// \p behaviour with the value at each pointer of \p values set to its JSON text, checked
// together once all are set (shares that must sum to 1,000,000 ppm move in one edit).
sim::LoadedInput set_pointers(const sim::LoadedInput& behaviour,
                              const std::vector<std::pair<std::string, std::string>>& values) {
  sim::ScenarioInputs inputs;
  inputs.behaviour = behaviour;
  std::vector<study::SweepAxis> axes;
  for (const auto& [pointer, value_json] : values) {
    axes.push_back(study::SweepAxis{"behaviour:" + pointer, {value_json}, "(python)", "set"});
  }
  inputs = study::apply_sweep_point(std::move(inputs), axes, study::SweepPoint(axes.size(), 0));
  return sim::LoadedInput{edited_name(behaviour.name), std::move(inputs.behaviour.bytes)};
}

// Every group's name, for a message.
std::string group_names() {
  std::string names;
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    names += (k ? ", " : "") + std::string(sim::calibrated_parameter(k).name);
  }
  return names;
}

// \p behaviour with every parameter of group \p group multiplied by \p factor.
sim::LoadedInput scale_group(const sim::LoadedInput& behaviour, const std::string& group,
                             double factor) {
  const std::optional<std::size_t> k = sim::calibrated_parameter_index(group);
  if (!k) throw InputError("(python)", "group", "group", "one of " + group_names(), group);
  const double ppm = std::round(factor * 1e6);
  if (!std::isfinite(factor) || ppm < static_cast<double>(sim::kMinMultiplierPpm) ||
      ppm > static_cast<double>(sim::kMaxMultiplierPpm)) {
    std::ostringstream shown;
    shown << factor;
    throw InputError("(python)", "factor", "factor", "a multiplier from 0.01 to 20", shown.str());
  }
  const sim::BehaviourParams base = sim::BehaviourParams::parse(behaviour.bytes, behaviour.name);
  sim::Multipliers multipliers = sim::unit_multipliers();
  multipliers[*k] = static_cast<std::int64_t>(ppm);
  const std::string bytes = sim::apply_multipliers(base, multipliers, base.name).to_json();
  const std::string name = edited_name(behaviour.name);
  std::ostringstream where;
  where << name << " " << group << " x" << factor;
  (void)sim::BehaviourParams::parse(bytes, where.str());
  return sim::LoadedInput{name, bytes};
}

// (name, applies_to) of every calibrated parameter group, in the ensembles' order.
std::vector<std::pair<std::string, std::string>> groups() {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    const sim::CalibratedParameter& p = sim::calibrated_parameter(k);
    out.emplace_back(std::string(p.name), std::string(p.applies_to));
  }
  return out;
}

}  // namespace

void register_behaviour(py::module_& m) {
  m.def("edit_behaviour", &set_pointers, py::arg("behaviour"), py::arg("values"),
        "The behaviour with the values at JSON pointers set, [(pointer, JSON text)], checked "
        "together (the sweep's behaviour: edits).");
  m.def("scale_behaviour", &scale_group, py::arg("behaviour"), py::arg("group"), py::arg("factor"),
        "The behaviour with one calibrated parameter group multiplied (sim::apply_multipliers).");
  m.def("behaviour_groups", &groups,
        "(name, applies_to) of every calibrated parameter group (sim/parameter_groups.hpp).");
}

}  // namespace bailiff::python
