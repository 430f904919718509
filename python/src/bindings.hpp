#pragma once
// The parts of the `bailiff._core` module, each registered by its own file.

#include <pybind11/pybind11.h>

namespace bailiff::python {

/// The exceptions (errors.cpp): InputError, DomainError, NotVerified: ValueError subclasses.
void register_errors(pybind11::module_& m);
/// Scenarios and policy edits (scenario_binding.cpp).
void register_scenario(pybind11::module_& m);
/// simulate and its result (simulate_binding.cpp).
void register_simulate(pybind11::module_& m);
/// decide, verify, explain, diff (audit_binding.cpp).
void register_audit(pybind11::module_& m);
/// calibrate (calibrate_binding.cpp).
void register_calibrate(pybind11::module_& m);
/// check_records (records_binding.cpp).
void register_records(pybind11::module_& m);
/// sweep and sensitivity (study_binding.cpp).
void register_study(pybind11::module_& m);
/// behaviour edits by JSON pointer and by parameter group (behaviour_binding.cpp).
void register_behaviour(pybind11::module_& m);

}  // namespace bailiff::python
