// The case explorer: one case's decision timeline, each step in a plain sentence with its
// rule and the act and article behind it (report's explain, as `bailiff explain`): the
// shipped example cases (through sim::run_decide, as `bailiff decide`), or any case of the
// last run's population (simulated as the run did, with the same draws).

#include <memory>
#include <string>
#include <vector>

#include "app_state.hpp"
#include "bailiff/audit/case_evidence.hpp"
#include "bailiff/report/case_words.hpp"
#include "bailiff/report/explain.hpp"
#include "bailiff/report/messages.hpp"
#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/scenario.hpp"
#include "example_cases.hpp"
#include "format.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "ui.hpp"

namespace bailiff::web {
namespace {

/// One case's steps, each in one plain sentence from report's explain (as `bailiff explain`
/// words it), with the rule id and the act and article in the page's language (the logged
/// reference, with its sources, on hover); above them the case's outcome and what of its
/// recorded payments the steps did not apply (an overpayment, and that its return is not
/// modelled).
void timeline_table(const report::Explanation& e) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
  ImGui::TextWrapped("%s", e.outcome.c_str());
  remember_item("explorer.outcome");
  if (!e.unapplied.empty()) {
    ImGui::TextWrapped("%s", e.unapplied.c_str());
    remember_item("explorer.unapplied");
  }
  if (!ImGui::BeginTable("##timeline", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y)))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("explorer.date"), ImGuiTableColumnFlags_WidthFixed, 82);
  ImGui::TableSetupColumn(tr("explorer.step"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
  ImGui::TableSetupColumn(tr("explorer.due"), ImGuiTableColumnFlags_WidthFixed, 84);
  // Rule ids are never broken: the column fits the longest one.
  ImGui::TableSetupColumn(tr("explorer.rule"), ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("bailiff.referral_robot_not_reached").x);
  ImGui::TableSetupColumn(tr("explorer.basis"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  text_headers_row();
  for (const report::ExplainedStep& step : e.steps) {
    const DecodedDecision& d = step.decision;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(to_iso(d.date).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", step.text.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tenge(d.due_after).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d.rule.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", step.basis.c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s: %s", tr("params.sources"), step.legal_basis.c_str());
  }
  ImGui::EndTable();
}

/// A case of the population as explain reads it: its fine, the decisions the run made, the
/// policy the run applied.
report::Explanation explained_population_case(const sim::Scenario& sc, bool baseline,
                                              std::int64_t index, const sim::FineDraw& draw,
                                              const std::vector<Decision>& decisions) {
  audit::CaseEvidence evidence{.policy = baseline ? sc.baseline.value : sc.policy.value,
                               .horizon = sc.horizon};
  Fine& fine = evidence.fine;
  fine.id = "#" + std::to_string(index);
  fine.amount = draw.amount;
  fine.in_force = draw.in_force;
  fine.discount_eligible = draw.discount_eligible;
  const std::string& region = sc.population->regions().at(draw.region);
  fine.region = region;
  for (std::uint32_t seq = 0; seq < decisions.size(); ++seq) {
    evidence.decisions.push_back(audit::as_decoded(fine.id, seq, decisions[seq]));
  }
  evidence.sources = {baseline ? sc.baseline.name : sc.policy.name, sc.calendar.name,
                      sc.population->describe()};
  return report::explain(evidence, language());
}

void examples(AppState& s) {
  const EditableDoc& policy = s.explorer_policy == 0 ? s.policy_a : s.policy_b;
  const ExampleRun& cache = example_run(policy);
  if (!cache.run) {
    ImGui::TextWrapped("%s: %s", tr("error"), cache.error.c_str());
    return;
  }
  const sim::DecideRun& run = *cache.run;
  if (run.fines.empty()) return;
  s.explorer_case = std::clamp(s.explorer_case, 0, static_cast<int>(run.fines.size()) - 1);
  ImGui::SetNextItemWidth(260);
  if (ImGui::BeginCombo(tr("explorer.case"), run.fines[static_cast<std::size_t>(s.explorer_case)].id.c_str())) {
    for (std::size_t i = 0; i < run.fines.size(); ++i) {
      if (ImGui::Selectable(run.fines[i].id.c_str(), static_cast<int>(i) == s.explorer_case)) s.explorer_case = static_cast<int>(i);
      remember_item(("option." + run.fines[i].id).c_str());
    }
    ImGui::EndCombo();
  }
  remember_item("explorer.case");
  const auto i = static_cast<std::size_t>(s.explorer_case);
  const Fine& f = run.fines[i];
  ImGui::TextWrapped("%s %s · %s · %s · %s · %s %s", tr("explorer.fine"), f.id.c_str(),
                     report::region_words(f.region, language()).c_str(),
                     report::article_words(f.article, language()).c_str(), tenge(f.amount).c_str(),
                     tr("explorer.in_force"), to_iso(f.in_force).c_str());
  // The payments as the case file records them: what the steps below apply, or not.
  ImGui::TextWrapped("%s", report::fill("explain.payments", language(),
                                        {{"payments", report::payments_words(f, language())}})
                               .c_str());
  remember_item("explorer.payments");
  timeline_table(explain_example(policy, f.id));
}

void population_case(AppState& s) {
  const Outcome* o = s.runner.outcome();
  if (!o) {
    ImGui::TextDisabled("%s", tr("figures.none"));
    return;
  }
  const sim::Scenario& sc = *o->scenario;
  const auto size = static_cast<std::int64_t>(sc.population->size());
  ImGui::SetNextItemWidth(160);
  ImGui::InputScalar(tr("explorer.index"), ImGuiDataType_S64, &s.explorer_index);
  s.explorer_index = std::clamp<std::int64_t>(s.explorer_index, 0, size - 1);
  const sim::RunSpec spec = sim::run_spec(
      sc, s.explorer_policy == 0 ? sim::Role::kPolicy : sim::Role::kBaseline, o->comparison.seeds.front());
  sim::CaseSimulator simulator(spec);
  sim::Metrics m(sc.population->regions().size(), sc.behaviour->params().segments.size());
  try {
    simulator.run(static_cast<std::uint64_t>(s.explorer_index), m);
  } catch (const std::exception& e) {
    ImGui::TextWrapped("%s: %s", tr("error"), e.what());
    return;
  }
  const sim::FineDraw& d = simulator.draw();
  const auto& regions = sc.population->regions();
  const auto& segments = sc.behaviour->params().segments;
  ImGui::TextWrapped("%s #%lld · %s · %s · %s %s · %s %s%s", tr("explorer.fine"), static_cast<long long>(s.explorer_index),
                     d.region < regions.size() ? report::region_words(regions[d.region], language()).c_str() : "?",
                     tenge(d.amount).c_str(),
                     tr("explorer.in_force"), to_iso(d.in_force).c_str(), tr("explorer.segment"),
                     simulator.segment() < segments.size() ? segments[simulator.segment()].name.c_str() : "?",
                     m.paid() ? "" : (std::string(" · ") + tr("explorer.no_payment")).c_str());
  timeline_table(explained_population_case(sc, s.explorer_policy != 0, s.explorer_index, d,
                                           simulator.decisions()));
}

}  // namespace

void draw_case_explorer(AppState& s) {
  ImGui::RadioButton(tr("explorer.examples"), &s.explorer_mode, 0);
  ImGui::SameLine();
  ImGui::RadioButton(tr("explorer.population"), &s.explorer_mode, 1);
  ImGui::SameLine(0, 30);
  ImGui::TextUnformatted(tr("explorer.policy"));
  ImGui::SameLine();
  ImGui::RadioButton("A##explorer", &s.explorer_policy, 0);
  ImGui::SameLine();
  ImGui::RadioButton("B##explorer", &s.explorer_policy, 1);
  if (s.explorer_mode == 0) {
    examples(s);
  } else {
    population_case(s);
  }
}

void draw_about_run(AppState& s) {
  const Outcome* o = s.runner.outcome();
  ImGui::TextWrapped("%s", tr("app.local"));
  if (!o) return;
  const sim::Scenario& sc = *o->scenario;
  ImGui::Separator();
  const auto line = [](const char* what, const std::string& name, const Digest& digest) {
    ImGui::Text("%s: %s", what, name.c_str());
    ImGui::TextDisabled("    sha256 %s", to_hex(digest).c_str());
  };
  line("policy A", sc.policy.name, sc.policy.sha256);
  line("policy B", sc.baseline.name, sc.baseline.sha256);
  line("calendar", sc.calendar.name, sc.calendar.sha256);
  line("behaviour", sc.behaviour_params.name, sc.behaviour_params.sha256);
  line("population", sc.population->describe(), sc.population->digest());
  ImGui::Text("horizon %s · seed %llu · %zu replications", to_iso(sc.horizon).c_str(),
              static_cast<unsigned long long>(o->comparison.seed), o->comparison.policy_runs.size());
  ImGui::Text("%s: %s", tr("figures.root"), to_hex(o->comparison.policy_runs.front().audit_root).c_str());
  ImGui::Text("B: %s", to_hex(o->comparison.baseline_runs.front().audit_root).c_str());
}

}  // namespace bailiff::web
