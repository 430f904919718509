// sweep and sensitivity: study::run_sweep and study::run_sensitivity on a thread pool with
// the GIL released, and their results' reports (report::sweep_* and sensitivity_*: the
// CLI's bytes).

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/sensitivity_report.hpp"
#include "bailiff/report/sweep_report.hpp"
#include "bailiff/study/sensitivity_run.hpp"
#include "bailiff/study/sweep_run.hpp"
#include "bindings.hpp"
#include "progress.hpp"

namespace py = pybind11;

namespace bailiff::python {
namespace {

void refuse_none(const std::shared_ptr<sim::Scenario>& scenario) {
  if (!scenario) {
    throw InputError("(python)", "scenario", "scenario", "a loaded scenario (Scenario.load())",
                     "None");
  }
}

}  // namespace

void register_study(py::module_& m) {
  m.def(
      "parse_sweep_axis",
      [](const std::string& text) {
        study::SweepAxis axis = study::parse_sweep_axis(text, "(python)", "set");
        return std::make_pair(axis.parameter, axis.values);
      },
      py::arg("text"), "One PARAMETER=V1,V2,... as (parameter, [JSON texts]), as --set.");

  py::class_<study::SweepResult, std::shared_ptr<study::SweepResult>>(m, "Sweep",
                                                                      "A finished sweep.")
      .def("json", &report::sweep_json, "The report of `bailiff sweep --json`, byte for byte.")
      .def("csv", &report::sweep_csv, "The report of `bailiff sweep --csv`.")
      .def("text", &report::sweep_text, "The readable report of `bailiff sweep`.");

  m.def(
      "sweep",
      [](std::shared_ptr<sim::Scenario> scenario,
         const std::vector<std::pair<std::string, std::vector<std::string>>>& axes,
         std::uint64_t seed, std::uint32_t replications, unsigned threads, py::object progress) {
        refuse_none(scenario);
        std::vector<study::SweepAxis> list;
        for (const auto& [parameter, values] : axes)
          list.push_back({parameter, values, "(python)", "set"});
        const PythonProgress report_progress(progress);
        py::gil_scoped_release nogil;
        tasks::ThreadPool tasks(threads);
        return std::make_shared<study::SweepResult>(study::run_sweep(
            std::move(scenario), std::move(list), seed, replications, tasks, report_progress));
      },
      py::arg("scenario"), py::arg("axes"), py::arg("seed"), py::arg("replications"),
      py::arg("threads") = 0, py::arg("progress") = py::none(),
      "study::run_sweep on `threads` workers (0: one per core), without the GIL; progress "
      "(points done, points) between points, where Ctrl-C raises KeyboardInterrupt.");

  py::class_<study::SensitivityResult, std::shared_ptr<study::SensitivityResult>>(
      m, "Sensitivity", "A finished sensitivity analysis.")
      .def("json", &report::sensitivity_json,
           "The report of `bailiff sensitivity --json`, byte for byte.")
      .def("csv", &report::sensitivity_csv, "The report of `bailiff sensitivity --csv`.")
      .def("text", &report::sensitivity_text, "The readable report of `bailiff sensitivity`.");

  m.def(
      "sensitivity",
      [](std::shared_ptr<sim::Scenario> scenario, std::uint64_t seed, std::uint32_t replications,
         unsigned threads, py::object progress) {
        refuse_none(scenario);
        const PythonProgress report_progress(progress);
        py::gil_scoped_release nogil;
        tasks::ThreadPool tasks(threads);
        return std::make_shared<study::SensitivityResult>(
            study::run_sensitivity(scenario, seed, replications, tasks, report_progress));
      },
      py::arg("scenario"), py::arg("seed"), py::arg("replications"), py::arg("threads") = 0,
      py::arg("progress") = py::none(),
      "study::run_sensitivity on `threads` workers (0: one per core), without the GIL; progress "
      "(variants done, variants) between variants.");
}

}  // namespace bailiff::python
