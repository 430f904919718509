#include "app_state.hpp"

#include "bailiff/sim/defaults.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "url_state.hpp"

namespace bailiff::web {

AppState& app() {
  static AppState state;
  return state;
}

void init_app(const std::string& hash) {
  restore_scenario(app(), hash);
}

void restore_scenario(AppState& s, const std::string& hash) {
  s.settings = Settings{};
  s.baseline_chosen = false;
  s.policy_a.load(std::string(sim::defaults::kPolicy));
  s.policy_b.load(std::string(sim::defaults::kBaseline));
  s.behaviour.load(std::string(sim::defaults::kBehaviour));
  if (!hash.empty()) apply_hash(s, hash);
}

ScenarioSource current_source(const AppState& s) {
  ScenarioSource source;
  source.policy = s.policy_a.name();
  source.baseline = s.policy_b.name();
  source.behaviour = s.behaviour.name();
  const auto edited = [](const EditableDoc& d) {
    return d.edited() ? std::optional<std::string>(d.bytes()) : std::nullopt;
  };
  source.policy_edited = edited(s.policy_a);
  source.baseline_edited = edited(s.policy_b);
  source.behaviour_edited = edited(s.behaviour);
  source.population = s.settings.population;
  source.cases = s.settings.cases;
  if (s.csv.active) {
    source.csv = true;
    source.csv_name = s.csv.file_name;
    source.csv_bytes = s.csv.bytes;
    source.iin_key = s.csv.key;
  }
  return source;
}

namespace {

// The first document error, or "".
std::string document_error(const AppState& s) {
  for (const EditableDoc* d : {&s.policy_a, &s.policy_b, &s.behaviour}) {
    if (!d->error().empty()) return d->error();
  }
  return {};
}

}  // namespace

void start_run(AppState& s) {
  s.error = document_error(s);
  if (!s.error.empty()) return;
  try {
    s.runner.start(current_source(s), s.settings.method, s.settings.seed,
                   s.settings.replications, RunInputs{run_key(s), s.policy_a, s.policy_b});
    // Each run after the first is a history entry: Back returns to the previous scenario.
    if (s.runner.generation() == 0) {
      set_url_hash(encode_hash(s));
    } else {
      push_url_hash(encode_hash(s));
    }
  } catch (const std::exception& e) {
    s.error = e.what();
  }
}

bool preview_due(const AppState& s) {
  const std::string key = run_key(s);
  const Outcome* o = s.runner.outcome();
  if (s.preview_key == key || (o && o->inputs.key == key && !s.runner.busy())) return false;
  return document_error(s).empty();
}

void start_preview(AppState& s) {
  s.preview_key = run_key(s);  // tried once per inputs, whether or not it succeeds
  try {
    // One exact run at the fitted behaviour (draw 0 of its posterior ensemble), on this
    // thread: the answer at once; the run over every draw (or Run's Monte Carlo) follows.
    s.runner.preview(build_scenario(current_source(s), sim::Method::kExact), s.settings.seed,
                     /*replications=*/1, RunInputs{run_key(s), s.policy_a, s.policy_b});
  } catch (const std::exception& e) {
    s.error = e.what();
  }
}

const Outcome* shown_outcome(const AppState& s) {
  const std::string key = run_key(s);
  const Outcome* o = s.runner.outcome();
  const Outcome* p = s.runner.preview_outcome();
  if (o && o->inputs.key == key && !s.runner.busy()) return o;
  if (p && p->inputs.key == key) return p;
  return o;
}

bool showing_preview(const AppState& s) {
  const Outcome* shown = shown_outcome(s);
  return shown && shown == s.runner.preview_outcome();
}

std::string run_key(const AppState& s) {
  return scenario_key(s) + (s.csv.active ? "&csv=" + s.csv.file_name : "");
}

bool figures_stale(const AppState& s) {
  const Outcome* o = s.runner.outcome();
  return s.runner.busy() || s.run_requested || !o || o->inputs.key != run_key(s);
}

void follow_reform(AppState& s) {
  if (s.baseline_chosen || s.policy_b.edited() || s.policy_b.name() == s.policy_a.name()) return;
  s.policy_b.load(s.policy_a.name());
}

void remember_item(const char* name) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app().widget_rects[name] = {a.x, a.y, b.x, b.y};
  if (ImGui::IsItemFocused()) app().focused_widget = name;
}

void remember_window(const char* name) {
  const ImVec2 a = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  app().widget_rects[name] = {a.x, a.y, a.x + size.x, a.y + size.y};
}

}  // namespace bailiff::web
