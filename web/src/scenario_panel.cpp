#include <cfloat>
#include <string>
#include <vector>

#include "app_state.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "format.hpp"
#include "guard.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "keyboard.hpp"
#include "platform.hpp"
#include "policy_label.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

// A combo over the shipped files of \p kind, each shown as \p shown gives it (the id when
// none); returns the chosen name when it changed.
bool shipped_combo(const char* label, const char* kind, std::string& current,
                   std::string (*shown)(const std::string&) = nullptr) {
  bool changed = false;
  const auto text = [&](const std::string& name) { return shown ? shown(name) : name; };
  if (ImGui::BeginCombo(label, text(current).c_str())) {
    for (const std::string& name : sim::embedded_names(kind)) {
      if (ImGui::Selectable((text(name) + "##" + name).c_str(), name == current)) {
        changed = name != current;
        current = name;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
    }
    ImGui::EndCombo();
  }
  return changed;
}

/// A shipped policy named in words (its id on hover).
std::string shipped_policy_name(const std::string& id) {
  return policy_name(id, nlohmann::json());
}

/// The policy of \p doc chosen among the shipped ones; true when the user picked another.
/// Its label above it, so that the policy's name has the panel's width.
bool policy_choice(const char* label, EditableDoc& doc) {
  ImGui::TextUnformatted(label);
  const nlohmann::json title = doc.doc().is_object() ? doc.doc().value("title", nlohmann::json()) : nlohmann::json();
  help_marker(policy_ids(doc) + (title.is_string() ? "\n" + title.get<std::string>() : std::string()));
  std::string name = doc.name();
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool changed = shipped_combo((std::string("##") + label).c_str(), "policies", name, shipped_policy_name);
  if (changed) doc.load(name);
  return changed;
}

/// The question the comparison answers, in words, and the one click to the robot's own
/// effect (current law against the rules before the robot).
void question_line(AppState& s) {
  const std::string policy(sim::defaults::kPolicy), baseline(sim::defaults::kBaseline);
  const bool robot = !s.policy_a.edited() && !s.policy_b.edited() && s.policy_a.name() == policy &&
                     s.policy_b.name() == baseline;
  const bool reform = s.policy_a.edited() && !s.policy_b.edited() && s.policy_a.name() == s.policy_b.name();
  ImGui::TextWrapped("%s", tr(robot ? "question.is_robot" : reform ? "question.is_reform" : "question.other"));
  remember_item("question");
  if (robot) return;
  if (ImGui::SmallButton(tr("question.robot"))) {
    s.policy_a.load(policy);
    s.policy_b.load(baseline);
    s.baseline_chosen = false;  // the next edit of A asks the reform question again
  }
  remember_item("question.robot");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("question.robot.tip"));
}

void population_choice(AppState& s) {
  ImGui::TextUnformatted(tr("scenario.population"));
  if (s.csv.active) {
    ImGui::TextColored(ImVec4(0.1f, 0.4f, 0.1f, 1), "%s: %s", tr("scenario.csv_active"), s.csv.file_name.c_str());
    ImGui::TextWrapped("%s", s.csv.description.c_str());
    if (ImGui::SmallButton(tr("scenario.csv_drop"))) s.csv.active = false;
  } else {
    std::string preset = s.settings.population;
    ImGui::SetNextItemWidth(170);
    if (shipped_combo("##preset", "populations", preset)) s.settings.population = preset;
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("scenario.open_csv"))) {
    if (!open_csv_picker()) s.status = "native build: pass a CSV path with --csv";
  }
  remember_item("open_csv");
  ImGui::SetNextItemWidth(170);
  ImGui::InputText(tr("scenario.csv_key"), s.csv.key.data(), s.csv.key.size() + 1,
                   ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CallbackResize,
                   [](ImGuiInputTextCallbackData* d) {
                     if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
                       auto* str = static_cast<std::string*>(d->UserData);
                       str->resize(static_cast<std::size_t>(d->BufTextLen));
                       d->Buf = str->data();
                     }
                     return 0;
                   },
                   &s.csv.key);
  help_marker(tr("scenario.csv_key.tip"));
}

/// The exact method over every draw, or a Monte Carlo sample (which starts from
/// kMonteCarloSampleCases fines rather than a whole year, and its own replications).
void method_choice(AppState& s) {
  const bool exact = s.settings.method == sim::Method::kExact;
  ImGui::SetNextItemWidth(170);
  if (ImGui::BeginCombo(tr("scenario.method"), tr(exact ? "scenario.method.exact" : "scenario.method.mc"))) {
    for (const sim::Method m : {sim::Method::kExact, sim::Method::kMonteCarlo}) {
      const bool is_exact = m == sim::Method::kExact;
      if (ImGui::Selectable(tr(is_exact ? "scenario.method.exact" : "scenario.method.mc"),
                            m == s.settings.method) &&
          m != s.settings.method) {
        s.settings.method = m;
        s.settings.replications = 0;
        if (!is_exact && s.settings.cases == 0 && !s.csv.active) s.settings.cases = kMonteCarloSampleCases;
      }
      remember_item(is_exact ? "method.exact" : "method.mc");
    }
    ImGui::EndCombo();
  }
  remember_item("method");
  help_marker(tr("scenario.method.tip"));
}

void size_choice(AppState& s) {
  ImGui::SetNextItemWidth(170);
  ImGui::InputScalar(tr("scenario.cases"), ImGuiDataType_U64, &s.settings.cases);
  help_marker(tr("scenario.cases.tip"));
  if (ImGui::SmallButton((std::string(tr("scenario.whole")) + "##q0").c_str())) s.settings.cases = 0;
  ImGui::SameLine();
  const std::uint64_t quick[] = {100'000, 1'000'000, 15'000'000};
  for (std::uint64_t n : quick) {
    const std::string label = count(static_cast<std::int64_t>(n)) + "##q" + std::to_string(n);
    if (ImGui::SmallButton(label.c_str())) s.settings.cases = n;
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::SetNextItemWidth(170);
  ImGui::InputScalar(tr("scenario.seed"), ImGuiDataType_U64, &s.settings.seed);
  // The exact method's draws (0 = all of them) or the Monte Carlo's replications (0 = the
  // page's default).
  const bool exact = s.settings.method == sim::Method::kExact;
  int reps = static_cast<int>(s.settings.replications);
  ImGui::SetNextItemWidth(170);
  if (ImGui::SliderInt(tr(exact ? "scenario.draws" : "scenario.replications"), &reps, 0,
                       exact ? 200 : 50)) {
    s.settings.replications = static_cast<std::uint32_t>(reps);
  }
  help_marker(tr(exact ? "scenario.draws.tip" : "scenario.replications.tip"));
}

void run_controls(AppState& s) {
  if (s.runner.busy()) {
    const std::string overlay = count(static_cast<std::int64_t>(s.runner.cases_done())) + " / " +
                                count(static_cast<std::int64_t>(s.runner.cases_total())) + " " +
                                tr("progress.cases");
    ImGui::ProgressBar(static_cast<float>(s.runner.progress()), ImVec2(-90, 0), overlay.c_str());
    remember_item("progress");
    ImGui::SameLine();
    if (ImGui::Button(tr("scenario.cancel"), ImVec2(-1, 0))) {
      s.runner.cancel();
      s.status = tr("scenario.stopped");  // said, not only seen as the bar vanishing
    }
    remember_item("cancel");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.20f, 0.45f, 0.80f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    // Run by Enter as by Space or a click.
    if (ImGui::Button(tr("scenario.run"), ImVec2(-1, 30))) s.run_requested = true;
    if (ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) s.run_requested = true;
    ImGui::PopStyleColor(2);
    remember_item("run");
  }
}

}  // namespace

void draw_scenario_panel(AppState& s) {
  ImGui::TextUnformatted(tr("scenario"));
  remember_item("scenario.title");
  ImGui::Separator();
  ImGui::PushItemWidth(200);
  policy_choice(tr("scenario.a"), s.policy_a);
  if (policy_choice(tr("scenario.b"), s.policy_b)) s.baseline_chosen = true;
  ImGui::PopItemWidth();
  question_line(s);
  population_choice(s);
  method_choice(s);
  size_choice(s);
  run_controls(s);
  ImGui::Separator();

  ImGui::BeginChild("##params", ImVec2(0, 0), false, kFlattened);
  remember_window("params.view");
  const struct {
    EditableDoc* doc;
    const char* title;
    const char* id;
  } docs[] = {{&s.policy_a, "params.a", "A"}, {&s.policy_b, "params.b", "B"}};
  for (const auto& d : docs) {
    std::string header = std::string(tr(d.title)) + (d.doc->edited() ? std::string(" (") + tr("scenario.edited") + ")" : "");
    header += std::string("##") + d.id;
    if (ImGui::CollapsingHeader(header.c_str(), d.doc == &s.policy_a ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
      remember_item(d.doc == &s.policy_a ? "params.a" : "params.b");
      const bool was_edited = s.policy_a.edited();
      draw_policy_params(*d.doc, d.id);
      // The first edit of A asks what the change would do: B becomes A's file unchanged.
      if (d.doc == &s.policy_a && !was_edited && s.policy_a.edited()) follow_reform(s);
    }
  }
  std::string header = std::string(tr("behaviour")) + (s.behaviour.edited() ? std::string(" (") + tr("scenario.edited") + ")" : "") + "##H";
  if (ImGui::CollapsingHeader(header.c_str())) guarded("H", [&] { draw_behaviour_params(s.behaviour); });
  ImGui::EndChild();
}

}  // namespace bailiff::web
