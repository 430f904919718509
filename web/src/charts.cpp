// The three charts, drawn with ImGui's ImDrawList (ImPlot is not available): cumulative
// share of fines paid by day for A and B, tenge collected by stage, and the savings of
// every Monte Carlo replication, and below them collection and fees across the regions and
// the fees by debtor segment (who pays them). Each has axes with units and a legend.

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <tuple>
#include <vector>

#include "app_state.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "brief.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "keyboard.hpp"
#include "policy_label.hpp"
#include "term_markers.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

const ImU32 kColorA = IM_COL32(31, 119, 180, 255);
const ImU32 kColorB = IM_COL32(255, 127, 14, 255);
const ImU32 kAxis = IM_COL32(60, 60, 60, 255);
const ImU32 kGrid = IM_COL32(210, 210, 215, 255);
const ImU32 kText = IM_COL32(30, 30, 30, 255);

/// A plot area inside a reserved rectangle, mapping data to screen.
struct Plot {
  ImDrawList* dl = nullptr;
  ImVec2 min, max;  ///< the plot area (inside the margins)
  double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
  ImVec2 at(double x, double y) const {
    const double fx = (x - x0) / (x1 - x0), fy = (y - y0) / (y1 - y0);
    return ImVec2(min.x + static_cast<float>(fx) * (max.x - min.x),
                  max.y - static_cast<float>(fy) * (max.y - min.y));
  }
};

/// "PNG" beside a chart's title: the chart (its child window) saved as an image after this
/// frame is drawn, as bailiff-chart-<name>.png. The chart's rectangle is kept under its name
/// for the brief, whose images show no button.
void png_button(const char* id) {
  const std::string name = std::string(id).substr(2);  // "##cumulative" -> "cumulative"
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  app().chart_rects[name] = {at.x, at.y, size.x, size.y};
  if (drawing_brief(app())) return;  // the brief's image of the chart has no button
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize("PNG").x - 24);
  if (ImGui::SmallButton(("PNG" + std::string(id)).c_str())) {
    app().png_request =
        AppState::PngRequest{"bailiff-chart-" + name + ".png", {at.x, at.y, size.x, size.y}};
  }
  remember_item(("png." + name).c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("chart.png"));
}

// Reserve \p size, draw the title and the frame; margins for the tick labels.
Plot begin_plot(const char* id, const char* title, ImVec2 size, float left_margin) {
  Plot p;
  ImGui::BeginChild(id, size, true, ImGuiWindowFlags_NoScrollbar | kFlattened);
  ImGui::TextUnformatted(title);
  png_button(id);
  p.dl = ImGui::GetWindowDrawList();
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  p.min = ImVec2(cursor.x + left_margin, cursor.y + 6);
  p.max = ImVec2(cursor.x + avail.x - 10, cursor.y + avail.y - 36);
  p.dl->AddRectFilled(p.min, p.max, IM_COL32(255, 255, 255, 255));
  return p;
}

void end_plot(const Plot& p) {
  p.dl->AddRect(p.min, p.max, kAxis);
  ImGui::EndChild();
}

/// The hover readout of a chart's element (a bar, a group, a row): when the mouse is inside
/// \p lo..hi of the plot's window, the tooltip \p text, and the element's rectangle kept as
/// "readout.<name>" for the browser tests.
void readout(const char* name, ImVec2 lo, ImVec2 hi, const std::string& text) {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const ImVec2 a(std::min(lo.x, hi.x), std::min(lo.y, hi.y)),
      b(std::max(lo.x, hi.x), std::max(lo.y, hi.y));
  if (!ImGui::IsWindowHovered() || mouse.x < a.x || mouse.x > b.x || mouse.y < a.y || mouse.y > b.y)
    return;
  app().widget_rects[std::string("readout.") + name] = {a.x, a.y, b.x, b.y};
  ImGui::SetTooltip("%s", text.c_str());
}

// "Nice" tick step covering span with about \p target ticks.
double nice_step(double span, int target) {
  const double raw = span / target;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (raw <= m * mag) return m * mag;
  }
  return 10 * mag;
}

void y_ticks(const Plot& p, int target, const std::function<std::string(double)>& label) {
  const double step = nice_step(p.y1 - p.y0, target);
  for (double y = std::ceil(p.y0 / step) * step; y <= p.y1 + step * 1e-9; y += step) {
    const ImVec2 a = p.at(p.x0, y);
    p.dl->AddLine(a, ImVec2(p.max.x, a.y), kGrid);
    const std::string text = label(y);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    p.dl->AddText(ImVec2(p.min.x - ts.x - 5, a.y - ts.y / 2), kText, text.c_str());
  }
}

void x_ticks(const Plot& p, int target, const std::function<std::string(double)>& label) {
  const double step = nice_step(p.x1 - p.x0, target);
  for (double x = std::ceil(p.x0 / step) * step; x <= p.x1 + step * 1e-9; x += step) {
    const ImVec2 a = p.at(x, p.y0);
    p.dl->AddLine(ImVec2(a.x, p.min.y), a, kGrid);
    const std::string text = label(x);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    p.dl->AddText(ImVec2(a.x - ts.x / 2, p.max.y + 3), kText, text.c_str());
  }
}

void x_title(const Plot& p, const std::string& text) {
  const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
  p.dl->AddText(ImVec2((p.min.x + p.max.x - ts.x) / 2, p.max.y + 18), kAxis, text.c_str());
}

void legend(const Plot& p, const std::vector<std::pair<ImU32, std::string>>& items,
            bool right = false) {
  float width = 0;
  for (const auto& [c, t] : items) width = std::max(width, ImGui::CalcTextSize(t.c_str()).x);
  const float line = ImGui::GetTextLineHeight() + 2;
  const ImVec2 at =
      right ? ImVec2(p.max.x - width - 30, p.max.y - line * static_cast<float>(items.size()) - 8)
            : ImVec2(p.min.x + 8, p.min.y + 6);
  p.dl->AddRectFilled(ImVec2(at.x - 4, at.y - 2),
                      ImVec2(at.x + width + 26, at.y + line * static_cast<float>(items.size()) + 2),
                      IM_COL32(255, 255, 255, 230));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const float y = at.y + line * static_cast<float>(i);
    p.dl->AddRectFilled(ImVec2(at.x, y + 4), ImVec2(at.x + 16, y + line - 5), items[i].first);
    p.dl->AddText(ImVec2(at.x + 22, y), kText, items[i].second.c_str());
  }
}

/// A bar's value (compact tenge) centred at \p x, \p lift lines above its top.
void bar_value(const Plot& p, double x, std::int64_t tiyn, int lift) {
  const std::string text = tenge_compact(tiyn);
  const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
  const ImVec2 top = p.at(x, static_cast<double>(tiyn));
  const float y = top.y - ts.y * static_cast<float>(lift + 1) - 1;
  p.dl->AddText(ImVec2(top.x - ts.x / 2, std::max(p.min.y, y)), kText, text.c_str());
}

/// One group of a breakdown: its name and A's and B's amounts (tiyn).
struct GroupBar {
  std::string name;
  std::int64_t a = 0, b = 0;
};

/// Horizontal bars of A and B per group (names at the left), each with its value; the
/// chart is as tall as its groups need.
void group_chart(const char* id, const char* title, const std::vector<GroupBar>& groups,
                 float width) {
  const float line = ImGui::GetTextLineHeight();
  float names = 0;
  for (const GroupBar& g : groups) names = std::max(names, ImGui::CalcTextSize(g.name.c_str()).x);
  const float height = line * 2.4f + static_cast<float>(groups.size()) * (2 * line + 6) + 48;
  Plot p = begin_plot(id, title, ImVec2(width, height), names + 12);
  std::int64_t top = 1;
  for (const GroupBar& g : groups) top = std::max({top, g.a, g.b});
  p.x0 = 0;
  p.x1 = static_cast<double>(top) * 1.25;  // room for the value labels
  p.y0 = 0;
  p.y1 = static_cast<double>(groups.size());
  x_ticks(p, 4, [](double x) { return tenge_compact(static_cast<std::int64_t>(x)); });
  x_title(p, "₸");
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const double y = p.y1 - static_cast<double>(i);  // the first group on top
    const ImVec2 label = p.at(0, y - 0.5);
    const ImVec2 ts = ImGui::CalcTextSize(groups[i].name.c_str());
    p.dl->AddText(ImVec2(p.min.x - ts.x - 6, label.y - ts.y / 2), kText, groups[i].name.c_str());
    readout(id + 2, ImVec2(p.min.x - names - 12, p.at(0, y).y), ImVec2(p.max.x, p.at(0, y - 1).y),
            groups[i].name + "\nA: " + tenge(groups[i].a) + "\nB: " + tenge(groups[i].b));
    for (const auto& [value, color, from, to] :
         {std::tuple{groups[i].a, kColorA, 0.1, 0.5}, std::tuple{groups[i].b, kColorB, 0.5, 0.9}}) {
      const ImVec2 lo = p.at(0, y - to), hi = p.at(static_cast<double>(value), y - from);
      p.dl->AddRectFilled(lo, hi, color);
      const std::string text = tenge_compact(value);
      p.dl->AddText(ImVec2(hi.x + 4, (lo.y + hi.y - ImGui::CalcTextSize(text.c_str()).y) / 2),
                    kText, text.c_str());
    }
  }
  legend(p, {{kColorA, "A"}, {kColorB, "B"}}, true);
  end_plot(p);
}

/// The groups \p names of A's and B's first replication, by \p amount.
std::vector<GroupBar> group_bars(const std::vector<std::string>& names,
                                 const std::vector<sim::GroupTotals>& a,
                                 const std::vector<sim::GroupTotals>& b,
                                 Tiyn sim::GroupTotals::*amount) {
  std::vector<GroupBar> bars;
  for (std::size_t i = 0; i < names.size() && i < a.size() && i < b.size(); ++i) {
    bars.push_back({names[i], a[i].*amount, b[i].*amount});
  }
  return bars;
}

/// Collection across the regions, and who pays the fees (by debtor segment), for A and B.
void breakdown_charts(const Outcome& o) {
  const sim::Metrics& a = o.comparison.policy_runs.front().metrics;
  const sim::Metrics& b = o.comparison.baseline_runs.front().metrics;
  std::vector<std::string> segments;
  for (const auto& seg : o.scenario->behaviour_params.value.segments) segments.push_back(seg.name);
  const float half = ImGui::GetContentRegionAvail().x * 0.5f - 4;
  ImGui::BeginGroup();
  group_chart("##regions", tr("chart.regions.title"),
              group_bars(o.scenario->population->regions(), a.by_region, b.by_region,
                         &sim::GroupTotals::collected),
              half);
  group_chart("##region_fees", tr("chart.region_fees.title"),
              group_bars(o.scenario->population->regions(), a.by_region, b.by_region,
                         &sim::GroupTotals::fees),
              half);
  ImGui::EndGroup();
  ImGui::SameLine();
  group_chart("##segment_fees", tr("chart.segment_fees.title"),
              group_bars(segments, a.by_segment, b.by_segment, &sim::GroupTotals::fees), 0);
}

/// Under the mouse in the cumulative chart: a line at that day and each policy's share paid
/// by then (sim's counts: the fines paid on or before the day).
void cumulative_readout(const Plot& p, const sim::Metrics& a, const sim::Metrics& b) {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (!ImGui::IsWindowHovered() || mouse.x < p.min.x || mouse.x > p.max.x || mouse.y < p.min.y ||
      mouse.y > p.max.y) {
    return;
  }
  const double x = p.x0 + (mouse.x - p.min.x) / (p.max.x - p.min.x) * (p.x1 - p.x0);
  const auto day = static_cast<std::size_t>(std::max(0.0, std::floor(x)));
  p.dl->AddLine(ImVec2(mouse.x, p.min.y), ImVec2(mouse.x, p.max.y), kAxis);
  app().widget_rects["cumulative.readout"] = {mouse.x, p.min.y, static_cast<float>(day), p.max.y};
  const auto paid_by = [day](const sim::Metrics& m) {
    std::int64_t sum = 0;
    for (std::size_t d = 0; d < day && d < sim::kSeriesDays; ++d) sum += m.paid_by_day[d];
    return sum;
  };
  const std::string title =
      report::fill("chart.day", language(), {{"day", count(static_cast<std::int64_t>(day))}});
  ImGui::SetTooltip("%s\nA: %s\nB: %s", title.c_str(), percent(paid_by(a), a.cases).c_str(),
                    percent(paid_by(b), b.cases).c_str());
}

/// The message key of each PayStage's name.
const char* const kStageNames[] = {"stage.discount", "stage.voluntary", "stage.overdue",
                                   "stage.robot", "stage.bailiff"};

/// A line where each of policy A's stages ends (term_markers), named by the stage, the names
/// stacked from the bottom so that close days stay readable.
void term_lines(const Plot& p, const std::vector<TermMarker>& markers) {
  const float line = ImGui::GetTextLineHeight();
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const auto day = static_cast<double>(markers[i].day);
    if (day > p.x1) continue;
    const ImVec2 x = p.at(day, 0);
    p.dl->AddLine(ImVec2(x.x, p.min.y), ImVec2(x.x, p.max.y), IM_COL32(31, 119, 180, 140), 1.0f);
    const std::string text =
        std::string(tr(kStageNames[static_cast<std::size_t>(markers[i].stage)])) + " · " +
        count(markers[i].day);
    p.dl->AddText(ImVec2(x.x + 3, p.max.y - line * static_cast<float>(i + 1) - 3), kColorA,
                  text.c_str());
  }
}

void cumulative_chart(const Outcome& o, ImVec2 size) {
  Plot p = begin_plot("##cumulative", tr("chart.cumulative.title"), size, 48);
  const sim::Metrics& a = o.comparison.policy_runs.front().metrics;
  const sim::Metrics& b = o.comparison.baseline_runs.front().metrics;
  std::size_t last = 1;
  for (std::size_t d = 0; d < sim::kSeriesDays; ++d) {
    if (a.paid_by_day[d] || b.paid_by_day[d]) last = d;
  }
  p.x0 = 0;
  p.x1 = static_cast<double>(std::max<std::size_t>(last + 1, 60));
  p.y0 = 0;
  p.y1 = 100;
  y_ticks(p, 5, [](double y) { return count(static_cast<std::int64_t>(y)) + "%"; });
  x_ticks(p, 8, [](double x) { return count(static_cast<std::int64_t>(x)); });
  x_title(p, std::string(tr("chart.days")) + " · " + tr("chart.share"));
  for (const auto& [m, color] : {std::pair{&a, kColorA}, std::pair{&b, kColorB}}) {
    std::vector<ImVec2> points;
    std::int64_t sum = 0;
    const double cases = static_cast<double>(std::max<std::int64_t>(1, m->cases));
    points.push_back(p.at(0, 0));
    // Day d's payments end at d + 1: never past the axis's last day.
    for (std::size_t d = 0; d + 1 <= static_cast<std::size_t>(p.x1) && d < sim::kSeriesDays; ++d) {
      sum += m->paid_by_day[d];
      points.push_back(p.at(static_cast<double>(d + 1), 100.0 * static_cast<double>(sum) / cases));
    }
    p.dl->AddPolyline(points.data(), static_cast<int>(points.size()), color, 0, 2.0f);
  }
  term_lines(p, o.terms);
  cumulative_readout(p, a, b);
  // The paid shares of the figures' table (the mean over replications), not the seeded run's.
  const report::Headline& ha = o.summary.policy;
  const report::Headline& hb = o.summary.baseline;
  legend(p,
         {{kColorA, "A: " + policy_label(o.inputs.a) + " — " + percent(ha.paid.value, ha.cases)},
          {kColorB, "B: " + policy_label(o.inputs.b) + " — " + percent(hb.paid.value, hb.cases)}},
         true);
  end_plot(p);
}

void stage_chart(const Outcome& o, ImVec2 size) {
  Plot p = begin_plot("##stages", tr("chart.stage.title"), size, 92);
  const sim::Metrics& a = o.comparison.policy_runs.front().metrics;
  const sim::Metrics& b = o.comparison.baseline_runs.front().metrics;
  std::int64_t top = 1;
  for (std::size_t k = 0; k < sim::kPayStageCount; ++k) {
    top = std::max({top, a.collected_by_stage[k], b.collected_by_stage[k]});
  }
  p.x0 = 0;
  p.x1 = static_cast<double>(sim::kPayStageCount);
  p.y0 = 0;
  p.y1 = static_cast<double>(top) * 1.3;  // room for two lines of values over the tallest bar
  y_ticks(p, 5, [](double y) { return tenge_compact(static_cast<std::int64_t>(y)); });
  for (std::size_t k = 0; k < sim::kPayStageCount; ++k) {
    const double x = static_cast<double>(k);
    p.dl->AddRectFilled(p.at(x + 0.12, static_cast<double>(a.collected_by_stage[k])),
                        p.at(x + 0.5, 0), kColorA);
    p.dl->AddRectFilled(p.at(x + 0.5, static_cast<double>(b.collected_by_stage[k])),
                        p.at(x + 0.88, 0), kColorB);
    bar_value(p, x + 0.31, a.collected_by_stage[k], 0);
    bar_value(p, x + 0.69, b.collected_by_stage[k], 1);  // a line higher: never over A's
    const char* label = tr(kStageNames[k]);
    readout("stages", p.at(x, p.y1), p.at(x + 1, 0),
            std::string(label) + "\nA: " + tenge(a.collected_by_stage[k]) +
                "\nB: " + tenge(b.collected_by_stage[k]));
    const ImVec2 ts = ImGui::CalcTextSize(label);
    const ImVec2 c = p.at(x + 0.5, 0);
    const float row =
        (k % 2) * ImGui::GetTextLineHeight();  // staggered so long names never overlap
    p.dl->AddText(ImVec2(c.x - ts.x / 2, p.max.y + 3 + row), kText, label);
  }
  legend(p, {{kColorA, "A"}, {kColorB, "B"}}, false);
  end_plot(p);
}

/// What citizens save in private-bailiff fees (B's fees − A's), replication by replication:
/// the headline's saving. The Ministry's formula is another quantity and is not plotted here.
void savings_chart(const Outcome& o, ImVec2 size) {
  Plot p = begin_plot("##savings", tr("chart.savings.title"), size, 10);
  const auto& c = o.comparison;
  std::vector<std::int64_t> counterfactual;
  for (std::size_t r = 0; r < c.policy_runs.size(); ++r) {
    counterfactual.push_back(c.baseline_runs[r].metrics.fees_paid -
                             c.policy_runs[r].metrics.fees_paid);
  }
  const report::Figure& figure = o.summary.fee_avoided_counterfactual;
  std::int64_t lo = std::min<std::int64_t>(0, figure.p05),
               hi = std::max<std::int64_t>(1, figure.p95);
  for (std::int64_t x : counterfactual) {
    lo = std::min(lo, x);
    hi = std::max(hi, x);
  }
  const double span = static_cast<double>(hi - lo);
  p.x0 = static_cast<double>(lo) - (lo < 0 ? span * 0.08 : 0.0);
  p.x1 = static_cast<double>(hi) + span * 0.08;
  p.y0 = 0;
  p.y1 = 1;
  x_ticks(p, 4, [](double x) { return tenge_compact(static_cast<std::int64_t>(x)); });
  x_title(p, std::string("₸ · ") + std::to_string(counterfactual.size()) + " × " +
                 tr("chart.replication"));
  const double row = 0.5;
  // The 5-95% interval as a bar, each replication as a dot, the seeded run as a diamond.
  const ImVec2 a = p.at(static_cast<double>(figure.p05), row - 0.12);
  const ImVec2 b = p.at(static_cast<double>(figure.p95), row + 0.12);
  p.dl->AddRectFilled(ImVec2(a.x, b.y), ImVec2(b.x, a.y), (kColorB & 0x00FFFFFF) | 0x40000000);
  const ImVec2 s = p.at(static_cast<double>(figure.seeded), row);
  p.dl->AddQuad(ImVec2(s.x, s.y - 9), ImVec2(s.x + 7, s.y), ImVec2(s.x, s.y + 9),
                ImVec2(s.x - 7, s.y), kAxis, 2.0f);
  for (std::int64_t x : counterfactual)
    p.dl->AddCircleFilled(p.at(static_cast<double>(x), row), 3.5f, kColorB);
  if (p.x0 < 0) {  // zero: left of it, A makes citizens pay more
    const ImVec2 z0 = p.at(0, p.y1), z1 = p.at(0, p.y0);
    p.dl->AddLine(z0, z1, kAxis, 1.0f);
  }
  const ImVec2 t = p.at(p.x0, row + 0.42);
  p.dl->AddText(ImVec2(t.x + 6, t.y), kText, tr("figures.saving_cf"));
  readout("savings", p.at(p.x0, row + 0.45), p.at(p.x1, row - 0.45),
          std::string(tr("figures.saving_cf")) + "\n" + tr("chart.mean") + ": " +
              tenge(figure.value) + "\n5–95%: " + tenge(figure.p05) + " – " + tenge(figure.p95) +
              "\n" + tr("chart.seed") + ": " + tenge(figure.seeded));
  const std::string key =
      std::string("● ") + tr("chart.replication") + "   ◇ " + tr("chart.seed") + "   ▬ 5–95%";
  p.dl->AddText(ImVec2(p.min.x + 6, p.max.y - ImGui::GetTextLineHeight() - 4),
                IM_COL32(90, 90, 90, 255), key.c_str());
  end_plot(p);
}

}  // namespace

void draw_charts(AppState& s) {
  const Outcome* o = drawing_brief(s) ? s.runner.outcome() : shown_outcome(s);
  if (!o) {
    ImGui::TextDisabled("%s", tr("figures.none"));
    return;
  }
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  // The brief reads the three charts from the frame: then they share what the window has.
  const float least = drawing_brief(s) ? 0.0f : 180.0f;
  const float top = std::max(least, avail.y * 0.48f);
  cumulative_chart(*o, ImVec2(avail.x, top));
  const float bottom = std::max(least, ImGui::GetContentRegionAvail().y);
  stage_chart(*o, ImVec2(avail.x * 0.5f - 4, bottom));
  ImGui::SameLine();
  savings_chart(*o, ImVec2(0, bottom));
  breakdown_charts(*o);
}

}  // namespace bailiff::web
