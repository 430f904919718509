// `bailiff._core`: the Python front door over sim, audit and report. Every function here
// calls the same library functions as the CLI; the package `bailiff` turns their reports
// into DataFrames.

#include "bindings.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "robot-bailiff core: the same simulation, audit and reports as the bailiff CLI";
  bailiff::python::register_errors(m);
  bailiff::python::register_scenario(m);
  bailiff::python::register_simulate(m);
  bailiff::python::register_audit(m);
  bailiff::python::register_calibrate(m);
  bailiff::python::register_records(m);
  bailiff::python::register_study(m);
  bailiff::python::register_behaviour(m);
}
