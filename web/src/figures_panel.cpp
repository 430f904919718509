// The key figures of the last comparison: policy A against baseline B on the same fines and
// draws: the mean over replications with their 5-95% interval.

#include <string>

#include "app_state.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "ui.hpp"

namespace bailiff::web {
namespace {

enum class Kind { kCount, kTenge, kRate };

std::string show(Kind kind, std::int64_t v, std::int64_t cases) {
  switch (kind) {
    case Kind::kTenge: return tenge(v);
    case Kind::kRate: return percent(v, cases);
    default: return count(v);
  }
}

void row(const char* key, Kind kind, const report::Figure& a, const report::Figure* b, std::int64_t cases_a,
         std::int64_t cases_b, const char* tip = nullptr) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr(key));
  if (tip) help_marker(tr(tip));
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(show(kind, a.value, cases_a).c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(b ? show(kind, b->value, cases_b).c_str() : "—");
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s … %s", show(kind, a.p05, cases_a).c_str(), show(kind, a.p95, cases_a).c_str());
}

std::int64_t a_cases(const report::ComparisonSummary& sum) { return sum.policy.cases; }

}  // namespace

void draw_figures_panel(AppState& s) {
  ImGui::TextUnformatted(tr("figures"));
  const Outcome* o = s.runner.outcome();
  if (!o) {
    ImGui::TextDisabled("%s", tr("figures.none"));
    return;
  }
  const report::ComparisonSummary& sum = o->summary;
  const sim::Scenario& sc = *o->scenario;
  ImGui::SameLine();
  ImGui::TextDisabled("— %s %s · %u × 2 · %s %s ms%s", count(a_cases(sum)).c_str(), tr("unit.cases"),
                      static_cast<unsigned>(o->comparison.policy_runs.size()), tr("figures.time"),
                      count(static_cast<std::int64_t>(o->milliseconds)).c_str(),
                      o->reused_runs ? (" (" + std::to_string(o->reused_runs) + " cached)").c_str() : "");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", sc.population->describe().c_str());
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##figures", 4, flags)) return;
  ImGui::TableSetupColumn(tr("figures.indicator"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn(("A: " + sc.policy.value.id()).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(("B: " + sc.baseline.value.id()).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("figures.interval"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableHeadersRow();
  const report::Headline& a = sum.policy;
  const report::Headline& b = sum.baseline;
  const report::Figure cases_a{a.cases, a.cases, a.cases}, cases_b{b.cases, b.cases, b.cases};
  row("figures.cases", Kind::kCount, cases_a, &cases_b, a.cases, b.cases);
  row("figures.rate", Kind::kRate, a.paid, &b.paid, a.cases, b.cases);
  row("figures.collected", Kind::kTenge, a.collected, &b.collected, a.cases, b.cases);
  row("figures.fees", Kind::kTenge, a.fees_paid, &b.fees_paid, a.cases, b.cases);
  row("figures.saving_official", Kind::kTenge, sum.fee_avoided_official, nullptr, a.cases, b.cases,
      "figures.saving_official.tip");
  row("figures.saving_cf", Kind::kTenge, sum.fee_avoided_counterfactual, nullptr, a.cases, b.cases,
      "figures.saving_cf.tip");
  row("figures.handed", Kind::kCount, a.handed_to_bailiff, &b.handed_to_bailiff, a.cases, b.cases);
  row("figures.proceedings", Kind::kCount, a.proceedings_opened, &b.proceedings_opened, a.cases, b.cases);
  row("figures.notices", Kind::kCount, a.notices_sent, &b.notices_sent, a.cases, b.cases);
  ImGui::EndTable();
  remember_item("figures");
}

}  // namespace bailiff::web
