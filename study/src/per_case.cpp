#include "bailiff/study/per_case.hpp"

#include <algorithm>

#include "bailiff/decision.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/metrics.hpp"

namespace bailiff::study {
namespace {

/// The stage \p m (one case's counts) was paid in, or empty when it was not.
std::string paid_stage(const sim::Metrics& m) {
  for (std::size_t s = 0; s < sim::kPayStageCount; ++s) {
    if (m.paid_by_stage[s] > 0)
      return std::string(sim::pay_stage_name(static_cast<sim::PayStage>(s)));
  }
  return {};
}

/// The day of \p decisions' closing payment, counted from \p in_force.
std::int64_t paid_day(const std::vector<Decision>& decisions, Date in_force) {
  const auto closed = std::find_if(decisions.rbegin(), decisions.rend(), [](const Decision& d) {
    return d.action == Action::kClosedAsPaid;
  });
  if (closed == decisions.rend())
    throw DomainError("per-case outcome: a paid case without its closing step");
  return days_between(in_force, closed->date);
}

/// \p text as one CSV field: quoted (with "" for a quote) when it holds a comma, a quote
/// or a line break.
std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::vector<CaseOutcome> per_case_outcomes(const sim::Scenario& scenario, std::uint64_t seed,
                                           std::uint64_t count) {
  const std::uint64_t cases = std::min<std::uint64_t>(count, scenario.population->size());
  const auto& regions = scenario.population->regions();
  const auto& segments = scenario.behaviour->params().segments;
  std::vector<CaseOutcome> out;
  out.reserve(2 * cases);
  for (const sim::Role role : {sim::Role::kPolicy, sim::Role::kBaseline}) {
    const sim::RunSpec spec = sim::run_spec(scenario, role, seed);
    sim::CaseSimulator simulator(spec);
    for (std::uint64_t i = 0; i < cases; ++i) {
      sim::Metrics m(regions.size(), segments.size());
      simulator.run(i, m);
      const sim::FineDraw& fine = simulator.draw();
      CaseOutcome& o = out.emplace_back();
      o.role = role;
      o.index = i;
      o.amount = fine.amount;
      o.segment = segments.at(simulator.segment()).name;
      o.region = regions.at(fine.region);
      o.stage_paid = paid_stage(m);
      if (!o.stage_paid.empty()) o.day_paid = paid_day(simulator.decisions(), fine.in_force);
      o.fee = m.fees_paid;
    }
  }
  return out;
}

std::string per_case_csv(const sim::Scenario& scenario, const std::vector<CaseOutcome>& outcomes) {
  std::string csv = "policy,case,amount_tenge,segment,region,stage_paid,day_paid,fee_tenge\n";
  for (const CaseOutcome& o : outcomes) {
    const Policy& policy =
        o.role == sim::Role::kPolicy ? scenario.policy.value : scenario.baseline.value;
    csv += csv_field(policy.id()) + "," + std::to_string(o.index) + "," + plain_tenge(o.amount) +
           "," + csv_field(o.segment) + "," + csv_field(o.region) + "," + o.stage_paid + "," +
           (o.day_paid < 0 ? std::string() : std::to_string(o.day_paid)) + "," +
           plain_tenge(o.fee) + "\n";
  }
  return csv;
}

}  // namespace bailiff::study
