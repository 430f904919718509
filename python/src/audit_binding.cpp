// The audit commands from Python: decide (with an optional bundle), verify, explain, diff;
// the same library calls as cli/decide_command.cpp and cli/audit_commands.cpp, returning
// the reports the CLI prints with --json (and as text).

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/verify_gate.hpp"
#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/decide_report.hpp"
#include "bailiff/report/explain.hpp"
#include "bailiff/report/policy_diff.hpp"
#include "bailiff/report/verify_report.hpp"
#include "bailiff/sim/date_options.hpp"
#include "bailiff/sim/decide_run.hpp"
#include "bailiff/sim/files.hpp"
#include "bindings.hpp"
#include "progress.hpp"

namespace py = pybind11;

namespace bailiff::python {
namespace {

sim::DecideRun decide_run(const sim::LoadedInput& policy, const sim::LoadedInput& calendar,
                          const sim::LoadedInput& cases, const std::string& horizon) {
  return sim::run_decide(policy, calendar, cases,
                         sim::parse_horizon(horizon, "(python)", "horizon"));
}

// The language \p lang names; InputError when it names none.
std::optional<report::Language> language_of(const std::string& lang) {
  const std::optional<report::Language> language = report::parse_language(lang);
  if (!language) throw InputError("(python)", "lang", "lang", "en, ru or kk", lang);
  return language;
}

// An explanation's reports.
py::dict explanation(const report::Explanation& e) {
  py::dict out;
  out["json"] = report::explanation_json(e);
  out["text"] = report::explanation_text(e);
  return out;
}

// What verify found: the CLI's reports and whether every check passed.
py::dict verify_result(const audit::VerifyResult& result) {
  py::dict out;
  out["ok"] = result.ok();
  out["json"] = report::verify_report_json(result);
  out["text"] = report::verify_report_text(result);
  return out;
}

}  // namespace

void register_audit(py::module_& m) {
  m.def(
      "decide",
      [](const sim::LoadedInput& policy, const sim::LoadedInput& calendar,
         const sim::LoadedInput& cases, const std::string& horizon, const std::string& bundle,
         const std::string& command) {
        const sim::DecideRun run = decide_run(policy, calendar, cases, horizon);
        if (!bundle.empty()) sim::write_file_atomically(bundle, audit::decide_bundle(run, command));
        py::dict out;
        out["json"] = report::decide_report_json(run);
        out["text"] = report::decide_report_text(run);
        return out;
      },
      py::arg("policy"), py::arg("calendar"), py::arg("cases"), py::arg("horizon") = "",
      py::arg("bundle") = "", py::arg("command") = "",
      "`bailiff decide`: the JSON and text reports; also writes a replay bundle when given a "
      "path.");

  m.def(
      "verify",
      [](const std::string& path, unsigned threads, py::object progress,
         const std::string& public_key) {
        const std::string bytes = sim::read_file(path, audit::kMaxBundleBytes);
        std::optional<audit::PublicKey> key;
        if (!public_key.empty())
          key = audit::read_public_key(sim::read_file(public_key, audit::kMaxKeyFileBytes),
                                       public_key);
        const PythonProgress report_progress(progress);
        audit::VerifyResult result;
        {
          py::gil_scoped_release nogil;
          tasks::ThreadPool tasks(threads);
          audit::VerifyOptions options;
          options.tasks = &tasks;
          options.progress = report_progress;
          options.public_key = key;
          result = audit::verify_bundle(bytes, path, options);
        }
        return verify_result(result);
      },
      py::arg("path"), py::arg("threads") = 0, py::arg("progress") = py::none(),
      py::arg("public_key") = "",
      "`bailiff verify [--public-key KEY.pub]`: replays the bundle (and checks its signature with "
      "the public key file, when given); the reports and whether it verified.");

  m.def(
      "explain",
      [](const std::string& case_id, const sim::LoadedInput& policy,
         const sim::LoadedInput& calendar, const sim::LoadedInput& cases,
         const std::string& horizon, const std::string& lang) {
        const std::optional<report::Language> language = language_of(lang);
        const report::Explanation e = report::explain_from_run(
            decide_run(policy, calendar, cases, horizon), case_id, *language);
        py::dict out;
        out["json"] = report::explanation_json(e);
        out["text"] = report::explanation_text(e);
        return out;
      },
      py::arg("case_id"), py::arg("policy"), py::arg("calendar"), py::arg("cases"),
      py::arg("horizon") = "", py::arg("lang") = "en", "`bailiff explain --case ID`.");

  m.def(
      "explain_bundle",
      [](const std::string& case_id, const std::string& path, const std::string& lang) {
        const report::Language language = *language_of(lang);
        const std::string bytes = sim::read_file(path, audit::kMaxBundleBytes);
        audit::require_verified(bytes, path);
        return explanation(report::explain_from_bundle(bytes, path, case_id, language));
      },
      py::arg("case_id"), py::arg("path"), py::arg("lang") = "en",
      "`bailiff explain --case ID --bundle PATH`: the logged decisions, once the bundle verifies "
      "(NotVerified otherwise).");

  m.def(
      "diff",
      [](const sim::LoadedInput& a, const sim::LoadedInput& b, const sim::LoadedInput& calendar,
         const sim::LoadedInput& cases, const std::string& horizon) {
        const report::PolicyDiff diff = report::diff_policies(
            decide_run(a, calendar, cases, horizon), decide_run(b, calendar, cases, horizon));
        py::dict out;
        out["json"] = report::policy_diff_json(diff);
        out["text"] = report::policy_diff_text(diff);
        return out;
      },
      py::arg("a"), py::arg("b"), py::arg("calendar"), py::arg("cases"), py::arg("horizon") = "",
      "`bailiff diff --a A --b B`.");
}

}  // namespace bailiff::python
