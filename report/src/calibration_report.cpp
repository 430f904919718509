// The readable and the machine report of `bailiff calibrate`.

#include "bailiff/report/calibration_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/text.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;
namespace {

/// A value of a statistic in the unit a reader expects.
std::string format_value(Statistic statistic, double value) {
  switch (statistic) {
    case Statistic::kRobotPaidShare:
      return fmt::format("{:.2f}%", 100.0 * value);
    case Statistic::kRobotCollected:
    case Statistic::kRobotMeanPaid:
      return format_count(std::llround(value)) + " tenge";
    default:
      return format_count(std::llround(value));
  }
}

std::string format_residual(Statistic statistic, const TargetFit& fit) {
  std::string absolute;
  if (statistic == Statistic::kRobotPaidShare) {
    absolute = fmt::format("{:+.2f} pp", 100.0 * fit.residual);
  } else {
    absolute = (fit.residual >= 0 ? "+" : "-") + format_value(statistic, std::fabs(fit.residual));
  }
  return fmt::format("{}, {:+.1f}%", absolute, 100.0 * fit.relative_residual);
}

std::string multiplier_text(std::int64_t ppm) {
  return fmt::format("x{:.6f}", static_cast<double>(ppm) / 1e6);
}

}  // namespace

std::string calibration_report_text(const CalibrationRun& o, const std::vector<Target>& targets,
                        const CalibrationResult& r, double seconds) {
  std::string out;
  out +=
      fmt::format("Calibration of behaviour '{}' to {} targets ({}), seed {}{}\n\n", o.behaviour,
                  targets.size(), o.targets, o.seed,
                  o.cases != 0 ? fmt::format(", {} fines per scenario",
                                             format_count(static_cast<std::int64_t>(o.cases)))
                               : "");
  if (!r.provisional.empty()) out += provisional_text(r.provisional) + "\n";
  out += "Fitted parameters (multipliers on the prior of every segment; x1 = unchanged):\n";
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    const CalibratedParameter& p = calibrated_parameter(k);
    const char* bound = r.after[k] <= kMinMultiplierPpm   ? " (at the lower bound)"
                        : r.after[k] >= kMaxMultiplierPpm ? " (at the upper bound)"
                                                               : "";
    out += fmt::format("  {:<20} {} -> {}{}\n      {}\n", p.name, multiplier_text(r.before[k]),
                       multiplier_text(r.after[k]), bound, p.applies_to);
  }
  out +=
      "\nTargets (fit: in the objective; check: reported only, not moved by these parameters):\n";
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    out += fmt::format("  {} [{}] {}\n", t.id, t.fit ? "fit" : "check",
                       statistic_name(t.statistic));
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

std::string calibration_report_json(const CalibrationRun& o, const std::vector<Target>& targets,
                        const CalibrationResult& r) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["behaviour"] = o.behaviour;
  out["targets_from"] = o.targets;
  out["seed"] = o.seed;
  out["cases"] = o.cases;
  if (!r.provisional.empty()) out["provisional"] = provisional_json(r.provisional);
  Json params = Json::array();
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    params.push_back(Json{{"name", calibrated_parameter(k).name},
                          {"applies_to", calibrated_parameter(k).applies_to},
                          {"before_ppm", r.before[k]},
                          {"after_ppm", r.after[k]}});
  }
  out["parameters"] = params;
  Json list = Json::array();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    auto fit = [](const TargetFit& f) {
      return Json{{"simulated", f.simulated},
                  {"residual", f.residual},
                  {"relative_residual", f.relative_residual}};
    };
    list.push_back(Json{{"target", t.id},
                        {"file", t.file},
                        {"role", t.fit ? "fit" : "check"},
                        {"statistic", statistic_name(t.statistic)},
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

}  // namespace bailiff::report
