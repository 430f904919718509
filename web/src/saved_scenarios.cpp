// Saved scenarios: kept with their figures, rerun from their keys when restored from a link.

#include "saved_scenarios.hpp"

#include <algorithm>
#include <exception>

#include "app_state.hpp"
#include "i18n.hpp"
#include "platform.hpp"
#include "policy_label.hpp"
#include "url_state.hpp"

namespace bailiff::web {
namespace {

bool pending(const SavedScenario& saved) {
  return !saved.summary && !saved.failed;
}

}  // namespace

std::string save_current(AppState& s, std::string name) {
  const Outcome* o = s.runner.outcome();
  if (!o || figures_stale(s)) return tr("saved.no_run");
  if (s.csv.active) return tr("saved.csv");
  if (s.saved.size() >= kMaxSaved) return tr("saved.full");
  if (name.empty()) name = policy_label(o->inputs.a);
  s.saved.push_back({std::move(name), o->inputs.key, o->summary});
  set_url_hash(encode_hash(s));
  return {};
}

void remove_saved(AppState& s, std::size_t index) {
  if (index >= s.saved.size()) return;
  s.saved.erase(s.saved.begin() + static_cast<std::ptrdiff_t>(index));
  set_url_hash(encode_hash(s));
}

bool restoring_saved(const AppState& s) {
  return s.saved_runner.busy() || std::any_of(s.saved.begin(), s.saved.end(), pending);
}

void step_saved(AppState& s, double budget_ms) {
  if (s.saved_runner.busy()) {
    if (s.saved_runner.step(budget_ms)) return;
    const Outcome* o = s.saved_runner.outcome();
    for (SavedScenario& saved : s.saved) {
      if (pending(saved) && saved.key == o->inputs.key) saved.summary = o->summary;
    }
    return;
  }
  const auto next = std::find_if(s.saved.begin(), s.saved.end(), pending);
  if (next == s.saved.end()) return;
  if (const Outcome* o = s.runner.outcome(); o && o->inputs.key == next->key) {
    next->summary = o->summary;  // the page's own run is that scenario's run
    return;
  }
  AppState inputs;  // the saved scenario's inputs, as a link to it alone would load them
  restore_scenario(inputs, next->key);
  const std::string* const errors[] = {&inputs.error, &inputs.policy_a.error(),
                                       &inputs.policy_b.error(), &inputs.behaviour.error()};
  for (const std::string* error : errors) {
    if (error->empty()) continue;
    next->failed = true;
    s.error = *error;
    return;
  }
  try {
    // On the page's thread: the workers' reports go to one runner, the page's own, which may
    // start a run while a saved scenario is still being restored.
    s.saved_runner.set_max_workers(0);
    s.saved_runner.start(current_source(inputs), inputs.settings.method,
                         inputs.settings.seed, inputs.settings.replications,
                         RunInputs{next->key, inputs.policy_a, inputs.policy_b});
  } catch (const std::exception& e) {
    next->failed = true;
    s.error = e.what();
  }
}

}  // namespace bailiff::web
