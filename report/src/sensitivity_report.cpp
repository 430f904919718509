#include "bailiff/report/sensitivity_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "bailiff/report/text.hpp"
#include "bailiff/report/variant_figures.hpp"
#include "bailiff/sim/parameter_groups.hpp"

namespace bailiff::report {
namespace {

using Json = nlohmann::ordered_json;

/// The figures a tornado shows (the paid share and proceedings opened are left to sweep).
constexpr std::array<VariantFigure, 5> kTornadoFigures = {
    VariantFigure::kFeeAvoidedOfficial, VariantFigure::kFeeAvoidedCounterfactual,
    VariantFigure::kCollected, VariantFigure::kFeesPaid, VariantFigure::kHandedToBailiff};

/// One bar: a group's figure at both ends.
struct Bar {
  std::size_t range = 0;
  std::int64_t low = 0, high = 0;
  std::int64_t swing() const { return low > high ? low - high : high - low; }
};

std::int64_t value(const sim::Comparison& c, VariantFigure f) {
  return variant_figures(c)[static_cast<std::size_t>(f)].value;
}

/// The bars of figure \p f, widest first (ties: in group order).
std::vector<Bar> bars(const study::SensitivityResult& run, VariantFigure f) {
  std::vector<Bar> out;
  for (std::size_t i = 0; i < run.ranges.ranges.size(); ++i)
    out.push_back({i, value(run.low[i], f), value(run.high[i], f)});
  std::stable_sort(out.begin(), out.end(),
                   [](const Bar& a, const Bar& b) { return a.swing() > b.swing(); });
  return out;
}

std::string group_name(const study::SensitivityResult& run, std::size_t range) {
  return std::string(sim::calibrated_parameter(run.ranges.ranges[range].group).name);
}

std::string multiplier(std::int64_t ppm) {
  return fmt::format("x{:.3f}", static_cast<double>(ppm) / 1e6);
}

/// Whether each figure is the mean over the posterior's draws (false: the file's values).
bool over_draws(const study::SensitivityResult& run) {
  return run.central.ensemble_size > 0;
}

std::string source(const study::SensitivityResult& run) {
  if (!run.ranges.from_posterior) {
    return "each group at x0.5 and x2 of the file's values, the others unchanged: an assumption "
           "(the behaviour file has no posterior ensemble; calibrate writes one)";
  }
  return "each group held at the 5th and 95th percentile of its multiplier over the " +
         std::to_string(run.ranges.draws) + " draws of the behaviour's posterior ensemble, " +
         (over_draws(run) ? "the others at each draw's values"
                          : "the others at the file's values (--behaviour-draws off)");
}

/// What the central value of a tornado is.
std::string central_name(const study::SensitivityResult& run) {
  return over_draws(run) ? "ensemble mean" : "at the file's values";
}

/// The sentence saying what every figure of the report is.
std::string figures_label(const study::SensitivityResult& run) {
  return interval_label(run.central.policy_runs.size(), run.central.ensemble_size,
                        run.central.method);
}

}  // namespace

std::string sensitivity_text(const study::SensitivityResult& run) {
  std::string out = "robot-bailiff sensitivity: " + run.base->policy.value.id() + " against " +
                    run.base->baseline.value.id() + "\n";
  out += "Population   " + run.base->population->describe() + "\n";
  out += "Behaviour    " + run.base->behaviour_params.name + "\n";
  out += "Ranges       " + source(run) + "\n";
  out += "Figures      " + figures_label(run) + "\n";
  for (const VariantFigure f : kTornadoFigures) {
    out += "\n" + std::string(variant_figure_title(f)) +
           " (" + central_name(run) + ": " + variant_figure_text(f, value(run.central, f)) + ")\n";
    std::size_t width = 0;
    for (std::size_t i = 0; i < run.ranges.ranges.size(); ++i)
      width = std::max(width, display_width(group_name(run, i)));
    for (const Bar& b : bars(run, f)) {
      const study::SensitivityRange& r = run.ranges.ranges[b.range];
      out += "  " + pad_right(group_name(run, b.range), width) + "  " +
             pad_left(multiplier(r.low_ppm), 8) + ": " +
             pad_left(variant_figure_text(f, b.low), 12) + "   " +
             pad_left(multiplier(r.high_ppm), 8) + ": " +
             pad_left(variant_figure_text(f, b.high), 12) + "   swing " +
             variant_figure_text(f, b.swing()) + "\n";
    }
  }
  return out;
}

std::string sensitivity_csv(const study::SensitivityResult& run) {
  std::string out =
      "figure,parameter,low_multiplier,high_multiplier,at_low,at_high,central\n";
  for (const VariantFigure f : kTornadoFigures) {
    for (const Bar& b : bars(run, f)) {
      const study::SensitivityRange& r = run.ranges.ranges[b.range];
      out += std::string(variant_figure_key(f)) + "," + group_name(run, b.range) + "," +
             fmt::format("{:.6f},{:.6f},", static_cast<double>(r.low_ppm) / 1e6,
                         static_cast<double>(r.high_ppm) / 1e6) +
             variant_figure_plain(f, b.low) + "," + variant_figure_plain(f, b.high) + "," +
             variant_figure_plain(f, value(run.central, f)) + "\n";
    }
  }
  return out;
}

std::string sensitivity_json(const study::SensitivityResult& run) {
  Json out;
  out["policy"] = run.base->policy.value.id();
  out["baseline"] = run.base->baseline.value.id();
  out["population"] = run.base->population->describe();
  out["behaviour"] = run.base->behaviour_params.name;
  out["method"] = std::string(sim::method_name(run.central.method));
  out["ranges_from"] = run.ranges.from_posterior ? "posterior" : "assumption";
  out["ranges"] = source(run);
  out["central"] = central_name(run);
  out["figures_are"] = figures_label(run);
  out["draws"] = over_draws(run) ? run.central.policy_runs.size() : 0;
  Json figures = Json::object();
  for (const VariantFigure f : kTornadoFigures) {
    Json list = Json::array();
    for (const Bar& b : bars(run, f)) {
      const study::SensitivityRange& r = run.ranges.ranges[b.range];
      list.push_back(Json{{"parameter", group_name(run, b.range)},
                          {"low_multiplier_ppm", r.low_ppm},
                          {"high_multiplier_ppm", r.high_ppm},
                          {"at_low", variant_figure_plain(f, b.low)},
                          {"at_high", variant_figure_plain(f, b.high)}});
    }
    figures[std::string(variant_figure_key(f))] =
        Json{{"central", variant_figure_plain(f, value(run.central, f))}, {"bars", list}};
  }
  out["figures"] = figures;
  return out.dump(2) + "\n";
}

}  // namespace bailiff::report
