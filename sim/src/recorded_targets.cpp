#include "bailiff/sim/recorded_targets.hpp"

#include <array>
#include <string>

#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/money.hpp"
#include "bailiff/sim/historical.hpp"

namespace bailiff::sim {
namespace {

/// The stage a closing decision's rule names ("robot.paid_in_window" -> robot).
std::optional<PayStage> closing_stage(std::string_view rule) {
  for (std::size_t k = 0; k < kPayStageCount; ++k) {
    const auto stage = static_cast<PayStage>(k);
    const std::string prefix = std::string(pay_stage_name(stage)) + ".";
    if (rule.substr(0, prefix.size()) == prefix) return stage;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Target> recorded_payment_targets(const ScenarioChoice& choice) {
  const Scenario scenario = load_scenario(choice);
  const auto* records = dynamic_cast<const HistoricalPopulation*>(scenario.population.get());
  if (records == nullptr) {
    throw InputError(choice.population, "line 1", "--population",
                     "csv:PATH (historical records with their recorded payments)", choice.population);
  }
  const Engine engine(scenario.policy.value, scenario.calendar.value);
  std::array<std::int64_t, kPayStageCount> closed{};
  for (const HistoricalRecord& r : records->records()) {
    Fine fine;
    fine.id = r.case_id;
    fine.amount = r.fine.amount;
    fine.in_force = r.fine.in_force;
    fine.discount_eligible = r.fine.discount_eligible;
    if (r.payment_date && r.payment_amount > 0 && *r.payment_date >= r.fine.in_force) {
      fine.payments.push_back({*r.payment_date, r.payment_amount});
    }
    for (const Decision& d : engine.run(fine, scenario.horizon).decisions) {
      if (d.action != Action::kClosedAsPaid) continue;
      if (const std::optional<PayStage> stage = closing_stage(d.rule)) ++closed[static_cast<std::size_t>(*stage)];
      break;
    }
  }
  const auto total = static_cast<std::int64_t>(records->size());
  std::vector<Target> targets;
  for (std::size_t k = 0; k < kPayStageCount; ++k) {
    if (closed[k] == 0) continue;  // a relative residual needs a recorded share above zero
    const std::string stage(pay_stage_name(static_cast<PayStage>(k)));
    Target t;
    t.id = "recorded-paid-share-" + stage;
    t.file = choice.population;
    t.title = "Recorded payments: fines closed as paid in the " + stage + " stage";
    t.figure = group_thousands(static_cast<std::uint64_t>(closed[k])) + " of " + group_thousands(static_cast<std::uint64_t>(total)) + " records closed as paid in the " +
               stage + " stage";
    t.source = "the records of " + choice.population + " (their recorded payments, decided by the engine)";
    t.definition = "The share of the fines paid in full inside the " + stage + " stage under " +
                   scenario.policy.value.id() + ", the engine deciding each record's stage from its recorded "
                   "payment (a payment that does not close the case counts as unpaid), against the share the "
                   "behaviour model gives the same fines.";
    t.statistic = static_cast<Statistic>(static_cast<std::size_t>(Statistic::kPaidShareDiscount) + k);
    t.numerator = closed[k];
    t.denominator = total;
    t.population = choice.population;
    t.policy = choice.policy;
    t.horizon = choice.horizon;
    targets.push_back(std::move(t));
  }
  if (targets.empty()) {
    throw InputError(choice.population, "line 1", "payment_date",
                     "at least one record whose recorded payment closes its case", "none");
  }
  return targets;
}

}  // namespace bailiff::sim
