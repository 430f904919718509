#include "term_markers.hpp"

#include "bailiff/engine.hpp"
#include "bailiff/sim/case_path.hpp"

namespace bailiff::web {

std::vector<TermMarker> term_markers(const sim::Scenario& scenario, bool baseline) {
  const Policy& policy = baseline ? scenario.baseline.value : scenario.policy.value;
  const Engine engine(policy, scenario.calendar.value);
  const sim::FineDraw first = scenario.population->at(0, 0);
  Fine fine;
  fine.amount = first.amount;
  fine.in_force = first.in_force;
  fine.discount_eligible = true;
  const sim::CasePath path =
      sim::walk_case(engine, fine, scenario.horizon, /*robot_available=*/true);
  std::vector<TermMarker> out;
  for (const sim::PathStretch& s : path.stretches) {
    if (!s.at_deadline) continue;
    out.push_back({s.stage, days_between(fine.in_force, s.start) + static_cast<int>(s.length)});
  }
  return out;
}

}  // namespace bailiff::web
