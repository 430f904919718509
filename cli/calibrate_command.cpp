// `bailiff calibrate`: fit the behaviour model's multipliers to the published figures of
// data/targets/ and write the fitted behaviour file (which `simulate --behaviour` accepts).

#include <fmt/format.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/sim/calibration.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "scenario_options.hpp"
#include "bailiff/sim/defaults.hpp"

namespace bailiff::cli {
namespace {

struct CalibrateOptions {
  std::string behaviour = "default";
  std::string targets = "shipped";
  std::string output;
  std::string report;
  std::uint64_t seed = sim::defaults::kSeed;
  std::uint64_t cases = 0;
  std::uint32_t max_iterations = 20;
  unsigned threads = 0;
  bool json = false;
};

/// A value of a statistic in the unit a reader expects.
std::string format_value(sim::Statistic statistic, double value) {
  switch (statistic) {
    case sim::Statistic::kRobotPaidShare:
      return fmt::format("{:.2f}%", 100.0 * value);
    case sim::Statistic::kRobotCollected:
    case sim::Statistic::kRobotMeanPaid:
      return sim::format_count(std::llround(value)) + " tenge";
    default:
      return sim::format_count(std::llround(value));
  }
}

std::string format_residual(sim::Statistic statistic, const sim::TargetFit& fit) {
  std::string absolute;
  if (statistic == sim::Statistic::kRobotPaidShare) {
    absolute = fmt::format("{:+.2f} pp", 100.0 * fit.residual);
  } else {
    absolute = (fit.residual >= 0 ? "+" : "-") + format_value(statistic, std::fabs(fit.residual));
  }
  return fmt::format("{}, {:+.1f}%", absolute, 100.0 * fit.relative_residual);
}

std::string multiplier_text(std::int64_t ppm) {
  return fmt::format("x{:.6f}", static_cast<double>(ppm) / 1e6);
}

std::string text_report(const CalibrateOptions& o, const std::vector<sim::Target>& targets,
                        const sim::CalibrationResult& r, double seconds) {
  std::string out;
  out +=
      fmt::format("Calibration of behaviour '{}' to {} targets ({}), seed {}{}\n\n", o.behaviour,
                  targets.size(), o.targets, o.seed,
                  o.cases != 0 ? fmt::format(", {} fines per scenario",
                                             sim::format_count(static_cast<std::int64_t>(o.cases)))
                               : "");
  out += "Fitted parameters (multipliers on the prior of every segment; x1 = unchanged):\n";
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    const sim::CalibratedParameter& p = sim::calibrated_parameter(k);
    const char* bound = r.after[k] <= sim::kMinMultiplierPpm   ? " (at the lower bound)"
                        : r.after[k] >= sim::kMaxMultiplierPpm ? " (at the upper bound)"
                                                               : "";
    out += fmt::format("  {:<20} {} -> {}{}\n      {}\n", p.name, multiplier_text(r.before[k]),
                       multiplier_text(r.after[k]), bound, p.applies_to);
  }
  out +=
      "\nTargets (fit: in the objective; check: reported only, not moved by these parameters):\n";
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const sim::Target& t = targets[i];
    out += fmt::format("  {} [{}] {}\n", t.id, t.fit ? "fit" : "check",
                       sim::statistic_name(t.statistic));
    out += fmt::format("    figure:  {}\n    source:  {}\n", t.figure, t.source);
    out += fmt::format("    target:  {}\n", format_value(t.statistic, t.value()));
    out += fmt::format("    prior:   {}  (residual {})\n",
                       format_value(t.statistic, r.fit_before[i].simulated),
                       format_residual(t.statistic, r.fit_before[i]));
    out += fmt::format("    fitted:  {}  (residual {})\n",
                       format_value(t.statistic, r.fit_after[i].simulated),
                       format_residual(t.statistic, r.fit_after[i]));
  }
  out += fmt::format(
      "\nObjective (sum of squared weighted relative residuals of the fit targets, plus the "
      "prior term): {:.6f} -> {:.6f}\n{} iterations, {} simulations, {:.1f} s\n",
      r.objective_before, r.objective_after, r.iterations, r.evaluations, seconds);
  out +=
      "Counts are compared at each population preset's default size, an assumption "
      "(about 15 M fines a year nationally); ratios and means do not depend on it.\n";
  if (o.output.empty()) {
    out += "Fitted behaviour not written (pass --output FILE.json).\n";
  } else {
    out += fmt::format("Fitted behaviour written to {} (use: bailiff simulate --behaviour {})\n",
                       o.output, o.output);
  }
  return out;
}

std::string json_report(const CalibrateOptions& o, const std::vector<sim::Target>& targets,
                        const sim::CalibrationResult& r) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["behaviour"] = o.behaviour;
  out["targets_from"] = o.targets;
  out["seed"] = o.seed;
  out["cases"] = o.cases;
  Json params = Json::array();
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    params.push_back(Json{{"name", sim::calibrated_parameter(k).name},
                          {"applies_to", sim::calibrated_parameter(k).applies_to},
                          {"before_ppm", r.before[k]},
                          {"after_ppm", r.after[k]}});
  }
  out["parameters"] = params;
  Json list = Json::array();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const sim::Target& t = targets[i];
    auto fit = [](const sim::TargetFit& f) {
      return Json{{"simulated", f.simulated},
                  {"residual", f.residual},
                  {"relative_residual", f.relative_residual}};
    };
    list.push_back(Json{{"target", t.id},
                        {"file", t.file},
                        {"role", t.fit ? "fit" : "check"},
                        {"statistic", sim::statistic_name(t.statistic)},
                        {"figure", t.figure},
                        {"source", t.source},
                        {"value", t.value()},
                        {"prior", fit(r.fit_before[i])},
                        {"fitted", fit(r.fit_after[i])}});
  }
  out["targets"] = list;
  out["objective_before"] = r.objective_before;
  out["objective_after"] = r.objective_after;
  out["iterations"] = r.iterations;
  out["simulations"] = r.evaluations;
  out["output"] = o.output;
  return out.dump(2) + "\n";
}

void run(const CalibrateOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<sim::Target> targets = sim::load_targets(o.targets);
  const sim::LoadedInput behaviour = sim::load_input(o.behaviour, "behaviour");
  const sim::BehaviourParams base = sim::BehaviourParams::parse(behaviour.bytes, behaviour.name);

  sim::CalibrationOptions options;
  options.seed = o.seed;
  options.threads = resolve_threads(o.threads);
  options.cases_override = o.cases;
  options.max_iterations = o.max_iterations;
  bool shown = false;
  auto last = start;
  options.progress = [&](std::uint32_t simulations, std::uint32_t iteration, double objective) {
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start).count();
    if (elapsed < 1.0 || now - last < std::chrono::milliseconds(250)) return;
    last = now;
    shown = true;
    std::fprintf(stderr, "\rcalibrating: iteration %u, %u simulations, objective %.6f, %.0f s ",
                 iteration, simulations, objective, elapsed);
    std::fflush(stderr);
  };
  const sim::CalibrationResult result = sim::calibrate(base, targets, options);
  if (shown) std::fprintf(stderr, "\n");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  if (!o.output.empty()) {
    std::string name = behaviour.name;
    if (name.rfind("embedded:behaviour/", 0) == 0) name = o.behaviour;
    const std::string bytes = sim::calibrated_behaviour_json(result, targets, options, name);
    sim::BehaviourParams::parse(bytes, o.output);  // what we write must read back
    sim::write_file_atomically(o.output, bytes);
  }
  emit(o.json ? json_report(o, targets, result) : text_report(o, targets, result, seconds),
       o.report);
}

}  // namespace

void register_calibrate(CLI::App& app) {
  auto o = std::make_shared<CalibrateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "calibrate",
      "Fit the behaviour model (multipliers on the robot-stage hazard, the notice uplifts and "
      "the pre-referral hazards) to the published figures in data/targets/ by least squares; "
      "print each target, the fitted value and the residual, and write the fitted behaviour "
      "file for `simulate --behaviour`.");
  cmd->add_option("--behaviour", o->behaviour,
                  "Behaviour file or shipped name to start from (the prior)")
      ->capture_default_str();
  cmd->add_option("--targets", o->targets,
                  "\"shipped\" (data/targets/, embedded) or a directory of target files")
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write the fitted behaviour file here (atomically)")->check(output_path());
  cmd->add_option("--report", o->report,
                  "Write the report to this file instead of stdout (atomically)");
  cmd->add_option("--seed", o->seed, "Random seed of every evaluation (64-bit)")
      ->capture_default_str();
  cmd->add_option(
         "--cases", o->cases,
         "Fines per scenario in each evaluation (0 = each target's evaluation_cases); counts "
         "are still scaled to the preset's default size")
      ->capture_default_str();
  cmd->add_option("--max-iterations", o->max_iterations, "Levenberg-Marquardt iterations at most")
      ->capture_default_str()
      ->check(CLI::Range(1u, 100u));
  cmd->add_option("--threads", o->threads, "Worker threads (default: all cores)");
  cmd->add_flag("--json", o->json, "JSON report for machines");
  cmd->callback([o] { run(*o); });
}

}  // namespace bailiff::cli
