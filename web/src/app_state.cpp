#include "app_state.hpp"

#include <fstream>
#include <stdexcept>

#include "imgui.h"
#include "platform.hpp"
#include "url_state.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/population_spec.hpp"

namespace bailiff::web {
namespace {

// Write \p bytes to the scratch directory as \p file and return the path.
std::string write_scratch(const std::string& file, const std::string& bytes) {
  const std::string path = scratch_dir() + "/" + file;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
  return path;
}

// The spec of an input: its shipped name, or the path of its edited copy.
std::string input_spec(const EditableDoc& doc, const std::string& file) {
  return doc.edited() ? write_scratch(file, doc.bytes()) : doc.name();
}

}  // namespace

AppState& app() {
  static AppState state;
  return state;
}

void init_app(const std::string& hash) {
  AppState& s = app();
  s.policy_a.load(std::string(sim::defaults::kPolicy));
  s.policy_b.load(std::string(sim::defaults::kBaseline));
  s.behaviour.load(std::string(sim::defaults::kBehaviour));
  if (!hash.empty()) apply_hash(s, hash);
}

sim::ScenarioChoice current_choice(const AppState& s) {
  sim::ScenarioChoice c;
  c.policy = input_spec(s.policy_a, "scenario-policy-a.json");
  c.baseline = input_spec(s.policy_b, "scenario-policy-b.json");
  c.behaviour = input_spec(s.behaviour, "scenario-behaviour.json");
  if (s.csv.active) {
    c.population = sim::PopulationSpec::csv(s.csv.path).text();
    c.iin_key = s.csv.key;
  } else {
    c.population = sim::PopulationSpec::synthetic(s.settings.population).text();
  }
  c.cases = s.settings.cases;
  return c;
}

void start_run(AppState& s) {
  for (const EditableDoc* d : {&s.policy_a, &s.policy_b, &s.behaviour}) {
    if (!d->error().empty()) {
      s.error = d->error();
      return;
    }
  }
  try {
    auto scenario = std::make_unique<sim::Scenario>(sim::load_scenario(current_choice(s)));
    s.runner.start(std::move(scenario), s.settings.seed, s.settings.replications);
    s.error.clear();
    set_url_hash(encode_hash(s));
  } catch (const std::exception& e) {
    s.error = e.what();
  }
}

void remember_item(const char* name) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app().widget_rects[name] = {a.x, a.y, b.x, b.y};
}

}  // namespace bailiff::web
