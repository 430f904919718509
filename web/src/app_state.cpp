#include "app_state.hpp"

#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "url_state.hpp"

namespace bailiff::web {
namespace {

// An edited document's bytes under \p name, over the shipped input loaded for it.
void use_edits(const EditableDoc& doc, const char* name, sim::LoadedInput& input) {
  if (doc.edited()) input = {name, doc.bytes()};
}

// The inputs of the current settings: the shipped files, with the edited documents' bytes
// in place of the shipped ones (parsed as they are, never written anywhere).
sim::ScenarioInputs current_inputs(const AppState& s, const sim::ScenarioChoice& choice) {
  sim::ScenarioInputs inputs = sim::load_scenario_inputs(choice);
  use_edits(s.policy_a, "edited:policy-a.json", inputs.policy);
  use_edits(s.policy_b, "edited:policy-b.json", inputs.baseline);
  use_edits(s.behaviour, "edited:behaviour.json", inputs.behaviour);
  if (s.csv.active) inputs.population = {s.csv.file_name, s.csv.bytes};
  return inputs;
}

}  // namespace

AppState& app() {
  static AppState state;
  return state;
}

void init_app(const std::string& hash) {
  restore_scenario(app(), hash);
}

void restore_scenario(AppState& s, const std::string& hash) {
  s.settings = Settings{};
  s.policy_a.load(std::string(sim::defaults::kPolicy));
  s.policy_b.load(std::string(sim::defaults::kBaseline));
  s.behaviour.load(std::string(sim::defaults::kBehaviour));
  if (!hash.empty()) apply_hash(s, hash);
}

sim::ScenarioChoice current_choice(const AppState& s) {
  sim::ScenarioChoice c;
  c.policy = s.policy_a.name();
  c.baseline = s.policy_b.name();
  c.behaviour = s.behaviour.name();
  if (s.csv.active) {
    c.population = sim::PopulationSpec::csv(s.csv.file_name).text();
    c.iin_key = s.csv.key;
  } else {
    c.population = sim::PopulationSpec::synthetic(s.settings.population).text();
  }
  c.cases = s.settings.cases;
  return c;
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

std::unique_ptr<sim::Scenario> load_current_scenario(const AppState& s, sim::Method method) {
  sim::ScenarioChoice choice = current_choice(s);
  choice.method = method;
  return std::make_unique<sim::Scenario>(
      sim::scenario_from_inputs(choice, current_inputs(s, choice)));
}

void start_run(AppState& s) {
  s.error = document_error(s);
  if (!s.error.empty()) return;
  try {
    s.runner.start(load_current_scenario(s, sim::Method::kMonteCarlo), s.settings.seed,
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
    // One exact run: the fitted behaviour (draw 0 of its posterior ensemble), ~1/5 of the
    // default five draws' time; Run's Monte Carlo gives the interval over the draws.
    s.runner.preview(load_current_scenario(s, sim::Method::kExact), s.settings.seed,
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

void remember_item(const char* name) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app().widget_rects[name] = {a.x, a.y, b.x, b.y};
}

}  // namespace bailiff::web
