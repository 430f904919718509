// The readable and the machine report of `bailiff calibrate`.

#include "bailiff/report/calibration_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/text.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;
using namespace ::bailiff::study;
namespace {

/// Whether a statistic is a mean in tenge.
bool is_mean_tenge(Statistic statistic) {
  switch (statistic) {
    case Statistic::kRobotMeanPaid:
    case Statistic::kMeanPaidDiscount:
    case Statistic::kMeanPaidVoluntary:
    case Statistic::kMeanPaidOverdue:
    case Statistic::kMeanPaidRobot:
    case Statistic::kMeanPaidBailiff:
    case Statistic::kPeriodMeanFine:
    case Statistic::kPeriodRobotMeanOpened:
      return true;
    default:
      return false;
  }
}

/// Whether a statistic is a share (printed in percent): a ratio that is not a mean in tenge.
bool is_share(Statistic statistic) {
  return !statistic_is_count(statistic) && !is_mean_tenge(statistic);
}

/// A value of a statistic in the unit a reader expects.
std::string format_value(Statistic statistic, double value) {
  if (is_share(statistic)) return fmt::format("{:.2f}%", 100.0 * value);
  if (is_mean_tenge(statistic)) return grouped(std::llround(value), kEnglishText) + " tenge";
  switch (statistic) {
    case Statistic::kRobotCollected:
    case Statistic::kPeriodRobotCollected:
    case Statistic::kPeriodOfficialSavings:
    case Statistic::kPeriodImposed:
    case Statistic::kPeriodCollected:
    case Statistic::kPeriodRobotOpenedTenge:
      return grouped(std::llround(value), kEnglishText) + " tenge";
    default:
      return grouped(std::llround(value), kEnglishText);
  }
}

/// The residual against the target's value (a range's lower end), absolute and relative.
std::string format_residual(Statistic statistic, const TargetFit& fit, double value) {
  std::string absolute;
  if (is_share(statistic)) {
    absolute = fmt::format("{:+.2f} pp", 100.0 * fit.residual);
  } else {
    absolute = (fit.residual >= 0 ? "+" : "-") + format_value(statistic, std::fabs(fit.residual));
  }
  return fmt::format("{}, {:+.1f}%", absolute, value != 0 ? 100.0 * fit.residual / value : 0.0);
}

std::string tolerance_text(const Target& t) {
  const std::string percent_text = fmt::format("{:g}%", static_cast<double>(t.tolerance_ppm) / 1e4);
  switch (t.kind) {
    case TargetKind::kLowerBound:
      return percent_text + " below";
    case TargetKind::kRange:
      return percent_text + " outside";
    case TargetKind::kPoint:
      break;
  }
  return "±" + percent_text;
}

/// Model over published (a range: over its nearer end).
double ratio(const Target& t, const TargetFit& f) {
  const double reference =
      t.kind == TargetKind::kRange && f.simulated > t.upper() ? t.upper() : t.value();
  return reference != 0 ? f.simulated / reference : 0.0;
}

/// The model's value; an undated figure's range over its window's two ends too.
std::string model_text(const Target& t, const TargetFit& f) {
  std::string text = format_value(t.statistic, f.simulated);
  if (t.period_until) {
    text += " (" + format_value(t.statistic, f.simulated_low) + " – " +
            format_value(t.statistic, f.simulated_high) + ")";
  }
  return text;
}

/// The report period, with an undated figure's latest end.
std::string window_text(const Target& t) {
  std::string window =
      t.report_period ? to_iso(t.report_period->from) + ".." + to_iso(t.report_period->to) +
                            (t.period_until ? " to " + to_iso(*t.period_until) : "")
                      : (t.horizon ? "to " + to_iso(*t.horizon) : "");
  if (!t.region.empty()) window += ", " + t.region;
  return window;
}

std::string multiplier_text(std::int64_t ppm) {
  return fmt::format("x{:.6f}", static_cast<double>(ppm) / 1e6);
}

}  // namespace

std::string statistic_value_text(Statistic statistic, double value) {
  return format_value(statistic, value);
}

std::string calibration_report_text(const CalibrationRun& o, const std::vector<Target>& targets,
                                    const CalibrationResult& r, double seconds) {
  std::string out;
  out += fmt::format("Calibration of behaviour '{}' to {} targets ({}), seed {}{}\n\n", o.behaviour,
                     targets.size(), o.targets, o.seed,
                     o.cases != 0
                         ? fmt::format(", {} fines per scenario",
                                       grouped(static_cast<std::int64_t>(o.cases), kEnglishText))
                         : "");
  if (!r.provisional.empty()) out += provisional_text(r.provisional) + "\n";
  out += "Fitted parameters (multipliers on the prior of every segment; x1 = unchanged):\n";
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    const CalibratedParameter& p = calibrated_parameter(k);
    const std::string bound = !r.held_reason[k].empty() ? " (held at the prior: " + r.held_reason[k] + ")"
                              : r.after[k] <= kMinMultiplierPpm ? " (at the lower bound)"
                              : r.after[k] >= kMaxMultiplierPpm ? " (at the upper bound)"
                                                                : "";
    const std::string se = r.ensemble.empty()
                               ? ""
                               : fmt::format(" ± {:.6f} (standard error)",
                                             static_cast<double>(r.standard_error_ppm[k]) / 1e6);
    out += fmt::format("  {:<20} {} -> {}{}{}\n      {}\n", p.name, multiplier_text(r.before[k]),
                       multiplier_text(r.after[k]), se, bound, p.applies_to);
  }
  if (!r.ensemble.empty()) {
    out += fmt::format(
        "Posterior ensemble: {} draws from the Laplace approximation N(fit, (J'J)^-1) at the fit "
        "(J: the Jacobian of the residuals over the tolerances, prior rows included; draw 0 is the "
        "fit; a multiplier at a bound is not varied), written with the fitted behaviour\n",
        r.ensemble.size());
  }
  out +=
      "\nTargets (fit: in the objective; check: reported only, not moved by these parameters):\n";
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    out +=
        fmt::format("  {} [{}] {}\n", t.id, t.fit ? "fit" : "check", statistic_name(t.statistic));
    out += fmt::format("    figure:  {}\n    source:  {} ({}, weight {:g})\n", t.figure, t.source,
                       source_grade_name(t.grade), static_cast<double>(t.weight_ppm) / 1e6);
    out += fmt::format(
        "    target:  {}{} ({}, tolerance {}){}\n",
        t.kind == TargetKind::kLowerBound ? "at least " : "", format_value(t.statistic, t.value()),
        target_kind_name(t.kind), tolerance_text(t),
        t.kind == TargetKind::kRange ? ", up to " + format_value(t.statistic, t.upper()) : "");
    if (t.report_period) out += fmt::format("    period:  {}\n", window_text(t));
    out += fmt::format("    prior:   {}  (residual {})\n",
                       format_value(t.statistic, r.fit_before[i].simulated),
                       format_residual(t.statistic, r.fit_before[i], t.value()));
    out += fmt::format("    fitted:  {}  (residual {}; ratio {:.2f}; {})\n",
                       model_text(t, r.fit_after[i]),
                       format_residual(t.statistic, r.fit_after[i], t.value()),
                       ratio(t, r.fit_after[i]),
                       r.fit_after[i].within ? "within tolerance" : "OUTSIDE tolerance");
    if (!r.predictive.empty()) {
      const CalibrationResult::Predictive& p = r.predictive[i];
      out += fmt::format("    ensemble: 5-95% {} – {} over {} draws; the published figure lies {} it\n",
                         format_value(t.statistic, p.p5), format_value(t.statistic, p.p95), p.draws,
                         p.inside ? "inside" : "OUTSIDE");
    }
    if (!r.leave_one_out.empty() && t.fit) {
      const TargetFit& l = r.leave_one_out[i];
      out += fmt::format("    left out: {}  (ratio {:.2f}; {}: the model refitted without this target)\n",
                         model_text(t, l), ratio(t, l),
                         l.within ? "predicted within tolerance" : "NOT predicted within tolerance");
    }
  }
  out += fmt::format(
      "\nObjective (sum of squared relative residuals over their tolerances, weighted, of the fit "
      "targets, plus the prior term): {:.6f} -> {:.6f}\n{} iterations, {} simulations, {:.1f} s\n",
      r.objective_before, r.objective_after, r.iterations, r.evaluations, seconds);
  if (r.start_objectives.size() > 1) {
    std::string ends;
    for (const double v : r.start_objectives)
      ends += fmt::format("{}{:.3f}", ends.empty() ? "" : ", ", v);
    out += fmt::format(
        "Fitted from {} starting points (the prior first); the objective at each end: {}; the best "
        "is kept\n",
        r.start_objectives.size(), ends);
  }
  out +=
      "Counts are compared at each population preset's default size, an assumption "
      "(about 25.5 M fines a year nationally); ratios and means do not depend on it.\n";
  if (o.output.empty()) {
    out += "Fitted behaviour not written (pass --output FILE.json).\n";
  } else {
    out += fmt::format("Fitted behaviour written to {} (use: bailiff simulate --behaviour {})\n",
                       o.output, o.output);
  }
  return out;
}

std::string calibration_report_markdown(const CalibrationRun& o, const std::vector<Target>& targets,
                                        const CalibrationResult& r) {
  const bool loo = !r.leave_one_out.empty();
  const bool predictive = !r.predictive.empty();
  std::string out = fmt::format(
      "Behaviour `{}`{}, seed {}, {}.\n\n"
      "| target | grade | role | statistic | window | published | model | ratio | tolerance | "
      "within |{}{}\n|---|---|---|---|---|---|---|---|---|---|{}{}\n",
      o.behaviour, r.iterations == 0 ? " (evaluated, not fitted)" : " after the fit", o.seed,
      o.cases != 0
          ? grouped(static_cast<std::int64_t>(o.cases), kEnglishText) + " fines per scenario"
          : "each target's evaluation_cases",
      predictive ? " ensemble 5–95% | figure inside |" : "",
      loo ? " LOO prediction | LOO ratio | LOO within |" : "", predictive ? "---|---|" : "",
      loo ? "---|---|---|" : "");
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    const TargetFit& f = r.fit_after[i];
    std::string published =
        (t.kind == TargetKind::kLowerBound ? "≥ " : "") + format_value(t.statistic, t.value());
    if (t.kind == TargetKind::kRange) published += " – " + format_value(t.statistic, t.upper());
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {:.2f} | {} | {} |", t.id,
                       source_grade_name(t.grade), t.fit ? "fit" : "check",
                       statistic_name(t.statistic), window_text(t), published, model_text(t, f),
                       ratio(t, f), tolerance_text(t), f.within ? "yes" : "**no**");
    if (predictive) {
      const CalibrationResult::Predictive& p = r.predictive[i];
      out += fmt::format(" {} – {} | {} |", format_value(t.statistic, p.p5),
                         format_value(t.statistic, p.p95), p.inside ? "yes" : "**no**");
    }
    if (loo) {
      const TargetFit& l = r.leave_one_out[i];
      out += t.fit ? fmt::format(" {} | {:.2f} | {} |", model_text(t, l), ratio(t, l),
                                 l.within ? "yes" : "**no**")
                   : " (not fitted) | | |";
    }
    out += "\n";
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
                          {"after_ppm", r.after[k]},
                          {"standard_error_ppm", r.standard_error_ppm[k]},
                          {"at_bound", r.at_bound[k]}});
    if (!r.held_reason[k].empty()) params.back()["held_at_prior"] = r.held_reason[k];
  }
  out["parameters"] = params;
  if (!r.ensemble.empty()) {
    // Multipliers on the starting behaviour (the fitted file carries them relative to itself).
    Json draws = Json::array();
    for (const Multipliers& d : r.ensemble) draws.push_back(d);
    out["ensemble"] =
        Json{{"method", "laplace"}, {"draws", r.ensemble.size()}, {"draws_ppm", draws}};
  }
  Json list = Json::array();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    auto fit = [&t](const TargetFit& f) {
      return Json{{"simulated", f.simulated},
                  {"simulated_range", t.period_until ? Json::array({f.simulated_low, f.simulated_high})
                                                     : Json(nullptr)},
                  {"residual", f.residual},
                  {"relative_residual", f.relative_residual},
                  {"ratio", ratio(t, f)},
                  {"within_tolerance", f.within}};
    };
    list.push_back(Json{{"target", t.id},
                        {"file", t.file},
                        {"role", t.fit ? "fit" : "check"},
                        {"statistic", statistic_name(t.statistic)},
                        {"figure", t.figure},
                        {"source", t.source},
                        {"grade", source_grade_name(t.grade)},
                        {"weight_ppm", t.weight_ppm},
                        {"value", t.value()},
                        {"kind", target_kind_name(t.kind)},
                        {"upper", t.kind == TargetKind::kRange ? Json(t.upper()) : Json(nullptr)},
                        {"tolerance_ppm", t.tolerance_ppm},
                        {"published", t.published ? Json(to_iso(*t.published)) : Json(nullptr)},
                        {"report_period", t.report_period ? Json(to_iso(t.report_period->from) +
                                                                 ".." + to_iso(t.report_period->to))
                                                          : Json(nullptr)},
                        {"region", t.region.empty() ? Json(nullptr) : Json(t.region)},
                        {"report_period_until",
                         t.period_until ? Json(to_iso(*t.period_until)) : Json(nullptr)},
                        {"prior", fit(r.fit_before[i])},
                        {"fitted", fit(r.fit_after[i])},
                        {"ensemble_interval",
                         r.predictive.empty()
                             ? Json(nullptr)
                             : Json{{"p5", r.predictive[i].p5},
                                    {"p50", r.predictive[i].p50},
                                    {"p95", r.predictive[i].p95},
                                    {"draws", r.predictive[i].draws},
                                    {"figure_inside", r.predictive[i].inside}}},
                        {"leave_one_out", !r.leave_one_out.empty() && t.fit
                                              ? fit(r.leave_one_out[i])
                                              : Json(nullptr)}});
  }
  out["targets"] = list;
  out["objective_before"] = r.objective_before;
  out["objective_after"] = r.objective_after;
  out["iterations"] = r.iterations;
  out["start_objectives"] = r.start_objectives;
  out["simulations"] = r.evaluations;
  out["output"] = o.output;
  return out.dump(2) + "\n";
}

}  // namespace bailiff::report
