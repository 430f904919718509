#include "example_cases.hpp"

#include <optional>
#include <stdexcept>

#include "bailiff/sim/scenarios.hpp"
#include "i18n.hpp"

namespace bailiff::web {

const ExampleRun& example_run(const EditableDoc& policy) {
  static std::string key;
  static ExampleRun cache;
  const std::string now = policy.name() + "#" + std::to_string(policy.revision());
  if (key == now) return cache;
  key = now;
  cache = {};
  try {
    const sim::LoadedInput p{policy.edited() ? policy.name() + " (edited)"
                                             : "embedded:policies/" + policy.name() + ".json",
                             policy.bytes()};
    cache.run = std::make_unique<sim::DecideRun>(sim::run_decide(
        p, sim::load_input("kz", "calendars"), sim::load_input("example", "cases"), std::nullopt));
  } catch (const std::exception& e) {
    cache.error = e.what();
  }
  return cache;
}

report::Explanation explain_example(const EditableDoc& policy, std::string_view case_id) {
  const ExampleRun& examples = example_run(policy);
  if (!examples.run) throw std::runtime_error(examples.error);
  return report::explain_from_run(*examples.run, case_id, language());
}

}  // namespace bailiff::web
