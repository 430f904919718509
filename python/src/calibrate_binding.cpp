// calibrate from Python: the same calls as cli/calibrate_command.cpp (targets, the prior,
// study::calibrate on a thread pool without the GIL), returning `calibrate --json`'s report
// and the fitted behaviour file. The prior's name in that file is the spec as given, which
// is what the CLI records for a path and for a shipped name alike.

#include <pybind11/pybind11.h>

#include <string>

#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/calibration_report.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/study/calibrated_behaviour.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/leave_one_out.hpp"
#include "bailiff/study/recorded_targets.hpp"
#include "bindings.hpp"
#include "progress.hpp"

namespace py = pybind11;

namespace bailiff::python {

void register_calibrate(py::module_& m) {
  m.def(
      "calibrate",
      [](const std::string& behaviour, const std::string& targets_spec, std::uint64_t seed,
         std::uint64_t cases, std::uint32_t max_iterations, std::uint32_t draws,
         const std::string& iin_key, unsigned threads, py::object progress,
         const std::string& method, std::uint32_t starts, const std::string& population,
         const std::string& policy, bool loo, std::uint32_t loo_iterations,
         std::uint32_t predictive_draws) {
        if (cases > 200'000'000 || threads > 256) {  // the CLI's ranges; the package checks first
          throw InputError("(python)", cases > 200'000'000 ? "cases" : "threads", "count",
                           "cases 0 to 200,000,000 and threads 0 to 256", "more");
        }
        const study::CalibrationTargets chosen = study::calibration_targets(
            targets_spec, population, policy, iin_key, "(python)", "population", "targets");
        const std::vector<study::Target>& targets = chosen.targets;
        const sim::LoadedInput prior = sim::load_input(behaviour, "behaviour");
        const sim::BehaviourParams base = sim::BehaviourParams::parse(prior.bytes, prior.name);
        const PythonProgress report_progress(progress);
        tasks::ThreadPool tasks(threads);
        study::CalibrationOptions options;
        options.seed = seed;
        options.tasks = &tasks;
        options.cases_override = cases;
        options.max_iterations = max_iterations;
        options.ensemble_draws = draws;
        options.iin_key = iin_key;
        if (method != "mc" && method != "exact") {
          throw InputError("(python)", "method", "method", "\"mc\" or \"exact\"", method);
        }
        options.method = method == "exact" ? sim::Method::kExact : sim::Method::kMonteCarlo;
        options.starts = starts;
        options.predictive_draws = predictive_draws;
        options.progress = [&report_progress](std::uint32_t evaluations, std::uint32_t, double) {
          report_progress(evaluations, 0);
        };
        study::CalibrationResult result;
        {
          py::gil_scoped_release nogil;
          result = study::calibrate(base, targets, options);
          if (loo) {
            result.leave_one_out = study::leave_one_out_of_run(prior.bytes, base, result, targets,
                                                               options, loo_iterations);
          }
        }
        py::dict out;
        out["json"] = report::calibration_report_json({behaviour, chosen.from, seed, cases, ""},
                                                      targets, result);
        out["behaviour"] = study::calibrated_behaviour_json(result, targets, options, behaviour);
        return out;
      },
      py::arg("behaviour"), py::arg("targets"), py::arg("seed"), py::arg("cases") = 0,
      py::arg("max_iterations") = 20, py::arg("draws") = 200, py::arg("iin_key") = "",
      py::arg("threads") = 0, py::arg("progress") = py::none(), py::arg("method") = "exact",
      py::arg("starts") = 1, py::arg("population") = "",
      py::arg("policy") = std::string(sim::defaults::kPolicy), py::arg("loo") = false,
      py::arg("loo_iterations") = 1, py::arg("predictive_draws") = 0,
      "`bailiff calibrate --json`: every target published against the model, before and after "
      "the fit, and the fitted behaviour file (`calibrate -o`'s bytes).");
}

}  // namespace bailiff::python
