// check-records from Python: the same driver as cli/records_commands.cpp
// (study::check_records), returning the CLI's reports (text, --json, --csv).

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>

#include "bailiff/error.hpp"
#include "bailiff/report/records_report.hpp"
#include "bailiff/sim/date_options.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/study/log_source.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace bailiff::python {

void register_records(py::module_& m) {
  m.def(
      "check_records",
      [](const std::string& log, const sim::LoadedInput& policy_input,
         const sim::LoadedInput& calendar_input, const std::string& iin_key,
         const std::string& as_of, std::int32_t tolerance, std::int32_t lift,
         const std::string& lang) {
        const std::optional<report::Language> language = report::parse_language(lang);
        if (!language) throw InputError("(python)", "lang", "lang", "en, ru or kk", lang);
        if (tolerance < 0 || tolerance > 60) {
          throw InputError("(python)", "tolerance", "tolerance", "0 to 60 working days",
                           std::to_string(tolerance));
        }
        if (lift < 0 || lift > 60) {
          throw InputError("(python)", "lift_days", "lift_days", "0 to 60 working days",
                           std::to_string(lift));
        }
        const Policy policy = Policy::parse(policy_input.bytes, policy_input.name);
        const Calendar calendar = Calendar::parse(calendar_input.bytes, calendar_input.name);
        study::CheckOptions options;
        options.tolerance_working_days = tolerance;
        options.lift_working_days = lift;
        study::CheckResult result;
        {
          py::gil_scoped_release release;
          result = study::check_records(study::LogSource(log), iin_key, policy, calendar, options,
                                        sim::parse_horizon(as_of, "(python)", "as_of"));
        }
        py::dict out;
        out["json"] = report::records_report_json(result, *language);
        out["text"] = report::records_report_text(result, *language);
        out["csv"] = report::records_report_csv(result, *language);
        return out;
      },
      py::arg("log"), py::arg("policy"), py::arg("calendar"), py::arg("iin_key"),
      py::arg("as_of") = "", py::arg("tolerance") = 0, py::arg("lift_days") = 1,
      py::arg("lang") = "en",
      "`bailiff check-records`: the text, JSON and CSV reports of a recorded log's check.");
}

}  // namespace bailiff::python
