#include "bailiff/report/sweep_report.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/report/text.hpp"
#include "bailiff/report/variant_figures.hpp"

namespace bailiff::report {
namespace {

using Json = nlohmann::ordered_json;

std::size_t replications(const study::SweepResult& s) {
  return s.comparisons.empty() ? 0 : s.comparisons.front().policy_runs.size();
}

std::string label(const study::SweepResult& s) {
  if (s.comparisons.empty()) return "";
  const sim::Comparison& c = s.comparisons.front();
  return interval_label(c.policy_runs.size(), c.ensemble_size, c.method);
}

VariantFigure figure_at(std::size_t k) {
  return static_cast<VariantFigure>(k);
}

}  // namespace

std::string sweep_text(const study::SweepResult& s) {
  std::string out = "robot-bailiff sweep: " + s.base->policy.value.id() + " against " +
                    s.base->baseline.value.id() + ", " + std::to_string(s.points.size()) +
                    (s.points.size() == 1 ? " point" : " points") + "\n";
  out += "Population   " + s.base->population->describe() + "\n";
  out += "Behaviour    " + s.base->behaviour_params.name + "\n";
  out += "Figures      " + label(s) + "\n\n";
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header;
  for (const study::SweepAxis& a : s.axes) header.push_back(a.parameter);
  for (std::size_t k = 0; k < kVariantFigureCount; ++k)
    header.emplace_back(variant_figure_title(figure_at(k)));
  rows.push_back(header);
  for (std::size_t p = 0; p < s.points.size(); ++p) {
    std::vector<std::string> row;
    for (std::size_t a = 0; a < s.axes.size(); ++a) row.push_back(s.axes[a].values[s.points[p][a]]);
    const auto figures = variant_figures(s.comparisons[p]);
    for (std::size_t k = 0; k < kVariantFigureCount; ++k)
      row.push_back(variant_figure_text(figure_at(k), figures[k].value));
    rows.push_back(row);
  }
  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += c < s.axes.size() ? pad_right(row[c], widths[c]) : pad_left(row[c], widths[c]);
      if (c + 1 < row.size()) line += "  ";
    }
    out += line + "\n";
  }
  return out;
}

std::string sweep_csv(const study::SweepResult& s) {
  const bool intervals = replications(s) > 1;
  std::string out;
  for (const study::SweepAxis& a : s.axes) out += csv_field(a.parameter) + ",";
  for (std::size_t k = 0; k < kVariantFigureCount; ++k) {
    const std::string key(variant_figure_key(figure_at(k)));
    out += key + (intervals ? "," + key + "_p05," + key + "_p95" : "") +
           (k + 1 < kVariantFigureCount ? "," : "\n");
  }
  for (std::size_t p = 0; p < s.points.size(); ++p) {
    for (std::size_t a = 0; a < s.axes.size(); ++a)
      out += csv_field(s.axes[a].values[s.points[p][a]]) + ",";
    const auto figures = variant_figures(s.comparisons[p]);
    for (std::size_t k = 0; k < kVariantFigureCount; ++k) {
      const VariantFigure f = figure_at(k);
      out += variant_figure_plain(f, figures[k].value);
      if (intervals)
        out += "," + variant_figure_plain(f, figures[k].p05) + "," +
               variant_figure_plain(f, figures[k].p95);
      out += k + 1 < kVariantFigureCount ? "," : "\n";
    }
  }
  return out;
}

std::string sweep_json(const study::SweepResult& s) {
  Json out;
  out["policy"] = s.base->policy.value.id();
  out["baseline"] = s.base->baseline.value.id();
  out["population"] = s.base->population->describe();
  out["behaviour"] = s.base->behaviour_params.name;
  out["method"] =
      s.comparisons.empty() ? "" : std::string(sim::method_name(s.comparisons.front().method));
  out["replications"] = replications(s);
  out["figures_label"] = label(s);
  Json axes = Json::array();
  for (const study::SweepAxis& a : s.axes)
    axes.push_back(Json{{"parameter", a.parameter}, {"values", a.values}});
  out["axes"] = axes;
  Json points = Json::array();
  for (std::size_t p = 0; p < s.points.size(); ++p) {
    Json values, figures;
    for (std::size_t a = 0; a < s.axes.size(); ++a)
      values[s.axes[a].parameter] = s.axes[a].values[s.points[p][a]];
    const auto f = variant_figures(s.comparisons[p]);
    for (std::size_t k = 0; k < kVariantFigureCount; ++k) {
      const VariantFigure v = figure_at(k);
      figures[std::string(variant_figure_key(v))] =
          Json{{"value", variant_figure_plain(v, f[k].value)},
               {"p05", variant_figure_plain(v, f[k].p05)},
               {"p95", variant_figure_plain(v, f[k].p95)}};
    }
    points.push_back(Json{{"values", values}, {"figures", figures}});
  }
  out["points"] = points;
  return out.dump(2) + "\n";
}

}  // namespace bailiff::report
