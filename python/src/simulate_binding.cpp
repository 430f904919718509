// simulate: sim::run_comparison on a thread pool with the GIL released, and its result:
// the CLI's reports (report::comparison_json/csv/text), the per-run headline counters
// (sim::headline_fields) and the paid-by-day series as numpy arrays over the run's memory.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>

#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/metrics.hpp"
#include "bailiff/study/per_case.hpp"
#include "bindings.hpp"
#include "progress.hpp"

namespace py = pybind11;

namespace bailiff::python {
namespace {

// A finished comparison with the scenario it ran (the reports need both).
struct Simulation {
  std::shared_ptr<sim::Scenario> scenario;
  sim::Comparison comparison;

  const sim::RunResult& run(const std::string& role, std::uint32_t replication) const {
    if (role != "policy" && role != "baseline")
      throw py::value_error("role: expected policy or baseline");
    const auto& runs = role == "baseline" ? comparison.baseline_runs : comparison.policy_runs;
    if (replication >= runs.size()) throw py::index_error("replication out of range");
    return runs[replication];
  }
};

// One row per run (replication, role) and one column per headline counter.
py::dict draws(const Simulation& s) {
  py::list role, replication, seed;
  py::dict columns;
  for (const sim::HeadlineField& f : sim::headline_fields()) columns[f.name.c_str()] = py::list();
  for (std::size_t r = 0; r < s.comparison.seeds.size(); ++r) {
    for (const char* name : {"policy", "baseline"}) {
      const sim::RunResult& run = s.run(name, static_cast<std::uint32_t>(r));
      role.append(name);
      replication.append(r);
      seed.append(s.comparison.seeds[r]);
      for (const sim::HeadlineField& f : sim::headline_fields()) {
        columns[f.name.c_str()].cast<py::list>().append(f.value(run.metrics, f.stage));
      }
    }
  }
  py::dict out;
  out["role"] = role;
  out["replication"] = replication;
  out["seed"] = seed;
  for (auto item : columns) out[item.first] = item.second;
  return out;
}

// Which headline counters are tiyn (the others are counts).
py::dict money_fields() {
  py::dict out;
  for (const sim::HeadlineField& f : sim::headline_fields()) out[f.name.c_str()] = f.money;
  return out;
}

}  // namespace

void register_simulate(py::module_& m) {
  py::class_<Simulation, std::shared_ptr<Simulation>>(m, "Simulation", "A finished comparison.")
      .def_property_readonly("scenario", [](const Simulation& s) { return s.scenario; })
      .def_property_readonly("replications",
                             [](const Simulation& s) { return s.comparison.seeds.size(); })
      .def(
          "json",
          [](const Simulation& s) { return report::comparison_json(*s.scenario, s.comparison); },
          "The report of `bailiff simulate --json`, byte for byte.")
      .def(
          "csv",
          [](const Simulation& s) { return report::comparison_csv(*s.scenario, s.comparison); },
          "The report of `bailiff simulate --csv`.")
      .def(
          "text",
          [](const Simulation& s, bool details) {
            return report::comparison_text(*s.scenario, s.comparison, details);
          },
          py::arg("details") = false, "The readable report (details: compare's breakdowns).")
      .def("draws", &draws, "Every run's headline counters: columns of equal length.")
      .def(
          "per_case_csv",
          [](const Simulation& s, std::uint64_t count) {
            py::gil_scoped_release nogil;
            return study::per_case_csv(
                *s.scenario, study::per_case_outcomes(*s.scenario, s.comparison.seeds.front(), count));
          },
          py::arg("count"),
          "The first `count` fines' outcomes under the policy and the baseline (replication 0's "
          "cases), as `bailiff simulate --per-case FILE` writes them.")
      .def(
          "paid_by_day",
          [](py::object self, const std::string& role, std::uint32_t replication) {
            const Simulation& s = self.cast<const Simulation&>();
            if (s.comparison.method == sim::Method::kExact && replication > 0) {
              throw InputError("(python)", "replication", "replication",
                               "0: the exact method computes the day series of replication 0 "
                               "only (the other draws give the figures' interval)",
                               std::to_string(replication));
            }
            const std::vector<std::int64_t>& days = s.run(role, replication).metrics.paid_by_day;
            return py::array_t<std::int64_t>({days.size()}, {sizeof(std::int64_t)}, days.data(),
                                             self);
          },
          py::arg("role"), py::arg("replication"),
          "Cases paid on each day since entry into force: a read-only numpy view of the run's "
          "own counters (no copy), alive as long as the array is.");

  m.attr("MONEY_FIELDS") = money_fields();

  m.def(
      "simulate",
      [](std::shared_ptr<sim::Scenario> scenario, std::uint64_t seed, std::uint32_t replications,
         unsigned threads, py::object progress) {
        if (!scenario) {
          throw InputError("(python)", "scenario", "scenario",
                           "a loaded scenario (Scenario.load())", "None");
        }
        if (threads > 256) {
          throw InputError("(python)", "threads", "threads", "0 to 256", std::to_string(threads));
        }
        // 0: the shared default (every posterior draw by the exact method, 10 by Monte Carlo).
        if (replications == 0) replications = sim::default_replications(*scenario);
        if (replications < 1 || replications > 1000) {
          throw InputError("(python)", "replications", "replications", "1 to 1000",
                           std::to_string(replications));
        }
        auto out = std::make_shared<Simulation>();
        out->scenario = scenario;
        const PythonProgress report_progress(progress);
        py::gil_scoped_release nogil;
        tasks::ThreadPool tasks(threads);
        out->comparison =
            sim::run_comparison(*scenario, seed, replications, tasks, report_progress);
        return out;
      },
      py::arg("scenario"), py::arg("seed"), py::arg("replications"), py::arg("threads") = 0,
      py::arg("progress") = py::none(),
      "sim::run_comparison on `threads` workers (0: one per core), without the GIL; progress "
      "(done, total) is called between steps, where Ctrl-C raises KeyboardInterrupt.");

  m.def(
      "write_file",
      [](const std::string& path, const std::string& bytes) {
        sim::write_file_atomically(path, bytes);
      },
      py::arg("path"), py::arg("bytes"), "Write atomically (a temporary file, then a rename).");
}

}  // namespace bailiff::python
