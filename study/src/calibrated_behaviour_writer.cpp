// calibrated_behaviour_json: the fitted behaviour file, its description saying how to
// reproduce it and its "calibration" object recording the fit.

#include "bailiff/study/calibrated_behaviour.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace bailiff::study {
namespace {

using Json = nlohmann::ordered_json;

/// The --mixture arguments that reproduce \p options' mixture.
std::string mixture_args(const CalibrationOptions& options) {
  std::string out;
  for (const MixtureMember& m : options.mixture) {
    const std::string dir = m.targets.rfind("shipped+", 0) == 0 ? m.targets.substr(8) : m.targets;
    out += " --mixture " + dir + "=" + std::to_string(m.draws);
  }
  return out;
}

/// The --hold arguments that reproduce \p options' held groups (each quoted for a shell).
std::string hold_args(const CalibrationOptions& options) {
  std::string out;
  for (const HeldGroup& h : options.held) {
    std::string quoted;
    for (const char c : h.reason) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    out += " --hold '" + std::string(sim::calibrated_parameter(h.group).name) + "=" + quoted + "'";
  }
  return out;
}

/// The command line of `bailiff calibrate` that reproduces the fit of \p options from
/// \p base_name.
std::string reproduce_command(const CalibrationOptions& options, const std::string& base_name) {
  return "bailiff calibrate --behaviour " + base_name + " --seed " + std::to_string(options.seed) +
         (options.cases_override != 0 ? " --cases " + std::to_string(options.cases_override) : "") +
         (options.method == sim::Method::kExact ? " --method exact" : "") +
         (options.starts > 1 ? " --starts " + std::to_string(options.starts) : "") + " --draws " +
         std::to_string(options.ensemble_draws) + mixture_args(options) + hold_args(options) +
         (options.predictive_draws > 0
              ? " --predictive-draws " + std::to_string(options.predictive_draws)
              : "") +
         " --output FILE.json";
}

/// The file's "description": what was fitted, how, and how to reproduce it.
std::string description(const CalibrationOptions& options, const std::string& base_name) {
  return "Written by `bailiff calibrate`: the behaviour '" + base_name + "' with " +
         std::to_string(sim::kCalibratedCount) +
         " groups of parameters multiplied by the factors under "
         "calibration.parameters (ppm, 1000000 = unchanged), fitted by least squares on the "
         "relative residuals over the tolerances of the targets with role fit; ensemble: "
         "posterior draws from the Laplace approximation at the fit, relative to this file's "
         "values (draw 0 = this file). Every other number is the prior of '" +
         base_name +
         "' and keeps its source there. Reproduce with: " + reproduce_command(options, base_name);
}

/// calibration.parameters: each group's multiplier, standard error and bound, and the reason
/// of a group held at its prior.
Json parameter_rows(const CalibrationResult& result) {
  Json params = Json::array();
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    Json row{{"name", sim::calibrated_parameter(k).name},
             {"applies_to", sim::calibrated_parameter(k).applies_to},
             {"multiplier_ppm", result.after[k]},
             {"standard_error_ppm", result.standard_error_ppm[k]},
             {"at_bound", result.at_bound[k]}};
    if (!result.held_reason[k].empty()) row["held_at_prior"] = result.held_reason[k];
    params.push_back(std::move(row));
  }
  return params;
}

/// calibration.mixture: what each variant reading's fit ended at.
Json member_rows(const CalibrationResult& result) {
  Json members = Json::array();
  for (const CalibrationResult::Member& m : result.members) {
    members.push_back(Json{{"targets", m.targets},
                           {"draws", m.draws},
                           {"objective", m.objective},
                           {"fit_targets_within", m.within},
                           {"multipliers_ppm", m.after}});
  }
  return members;
}

/// calibration.targets: each target, its fitted value and its ensemble interval.
Json target_rows(const CalibrationResult& result, const std::vector<Target>& targets) {
  Json list = Json::array();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    Json row{{"target", t.id},
             {"role", t.fit ? "fit" : "check"},
             {"grade", source_grade_name(t.grade)},
             {"statistic", statistic_name(t.statistic)},
             {"kind", target_kind_name(t.kind)},
             {"value", {{"numerator", t.numerator}, {"denominator", t.denominator}}},
             {"figure", t.figure},
             {"relative_residual_ppm", std::llround(result.fit_after[i].relative_residual * 1e6)},
             {"fitted", result.fit_after[i].simulated}};
    if (!result.predictive.empty()) {
      const CalibrationResult::Predictive& p = result.predictive[i];
      row["ensemble_interval"] = Json{{"p5", p.p5},
                                      {"p50", p.p50},
                                      {"p95", p.p95},
                                      {"draws", p.draws},
                                      {"figure_inside", p.inside}};
    }
    list.push_back(row);
  }
  return list;
}

/// The file's "calibration" object (which the behaviour parser ignores).
Json calibration_object(const CalibrationResult& result, const std::vector<Target>& targets,
                        const CalibrationOptions& options, const std::string& base_name) {
  Json calibration;
  calibration["from"] = base_name;
  calibration["seed"] = options.seed;
  if (options.cases_override != 0) calibration["cases"] = options.cases_override;
  calibration["method"] = std::string(sim::method_name(options.method));
  calibration["starts"] = result.start_objectives.size();
  calibration["iterations"] = result.iterations;
  calibration["parameters"] = parameter_rows(result);
  Json members = member_rows(result);
  if (!members.empty()) calibration["mixture"] = members;
  calibration["targets"] = target_rows(result, targets);
  return calibration;
}

}  // namespace

std::string calibrated_behaviour_json(const CalibrationResult& result,
                                      const std::vector<Target>& targets,
                                      const CalibrationOptions& options,
                                      const std::string& base_name) {
  Json doc = Json::parse(result.fitted.to_json());
  Json out;
  for (const auto& [key, value] : doc.items()) {
    out[key] = value;
    if (key == "title") out["description"] = description(options, base_name);
  }
  out["calibration"] = calibration_object(result, targets, options, base_name);
  return out.dump(2) + "\n";
}

}  // namespace bailiff::study
