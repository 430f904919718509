#include "bailiff/study/recorded_targets.hpp"

#include <array>
#include <string>

#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/money.hpp"
#include "bailiff/sim/historical.hpp"

namespace bailiff::study {
namespace {

/// The stage a closing decision's rule names ("robot.paid_in_window" -> robot).
std::optional<sim::PayStage> closing_stage(std::string_view rule) {
  for (std::size_t k = 0; k < sim::kPayStageCount; ++k) {
    const auto stage = static_cast<sim::PayStage>(k);
    const std::string prefix = std::string(sim::pay_stage_name(stage)) + ".";
    if (rule.substr(0, prefix.size()) == prefix) return stage;
  }
  return std::nullopt;
}

/// What the records closed as paid in each stage: how many, and their fine money.
struct StageTally {
  std::array<std::int64_t, sim::kPayStageCount> closed{};
  std::array<Tiyn, sim::kPayStageCount> collected{};
};

/// The records of \p scenario's population (\p records), each decided by the engine from
/// its recorded payment up to the horizon, tallied by the stage that closes it as paid.
StageTally tally_closing_stages(const sim::Scenario& scenario,
                                const sim::HistoricalPopulation& records) {
  const Engine engine(scenario.policy.value, scenario.calendar.value);
  StageTally tally;
  for (const sim::HistoricalRecord& r : records.records()) {
    Fine fine;
    fine.id = r.case_id;
    fine.amount = r.fine.amount;
    fine.in_force = r.fine.in_force;
    fine.discount_eligible = r.fine.discount_eligible;
    if (r.payment_date && r.payment_amount > 0 && *r.payment_date >= r.fine.in_force) {
      fine.payments.push_back({*r.payment_date, r.payment_amount});
    }
    const CaseRun run = engine.run(fine, scenario.horizon);
    for (const Decision& d : run.decisions) {
      if (d.action != Action::kClosedAsPaid) continue;
      if (const std::optional<sim::PayStage> stage = closing_stage(d.rule)) {
        const auto k = static_cast<std::size_t>(*stage);
        ++tally.closed[k];
        tally.collected[k] = checked_add(tally.collected[k], run.state.paid);
      }
      break;
    }
  }
  return tally;
}

/// The ratio target of stage \p k: the \p closed records of \p total closed as paid there.
Target paid_share_target(const sim::ScenarioChoice& choice, const sim::Scenario& scenario,
                         std::size_t k, std::int64_t closed, std::int64_t total) {
  const std::string stage(sim::pay_stage_name(static_cast<sim::PayStage>(k)));
  Target t;
  t.id = "recorded-paid-share-" + stage;
  t.file = choice.population;
  t.title = "Recorded payments: fines closed as paid in the " + stage + " stage";
  t.figure = group_thousands(static_cast<std::uint64_t>(closed)) + " of " +
             group_thousands(static_cast<std::uint64_t>(total)) +
             " records closed as paid in the " + stage + " stage";
  t.source =
      "the records of " + choice.population + " (their recorded payments, decided by the engine)";
  t.definition =
      "The share of the fines paid in full inside the " + stage + " stage under " +
      scenario.policy.value.id() +
      ", the engine deciding each record's stage from its recorded "
      "payment (a payment that does not close the case counts as unpaid), against the share the "
      "behaviour model gives the same fines.";
  t.statistic = static_cast<Statistic>(static_cast<std::size_t>(Statistic::kPaidShareDiscount) + k);
  t.numerator = closed;
  t.denominator = total;
  t.population = choice.population;
  t.policy = choice.policy;
  t.horizon = choice.horizon;
  return t;
}

/// The mean target of stage \p k, from its ratio target \p t (the same scenario and source):
/// the fine money \p collected by the \p closed records closed as paid there.
Target mean_paid_target(Target t, const sim::Scenario& scenario, std::size_t k, std::int64_t closed,
                        Tiyn collected) {
  const std::string stage(sim::pay_stage_name(static_cast<sim::PayStage>(k)));
  const std::int64_t mean_tiyn = collected / closed;
  t.id = "recorded-mean-paid-" + stage;
  t.title =
      "Recorded payments: mean fine money of a fine closed as paid in the " + stage + " stage";
  t.figure = format_tenge(mean_tiyn) + " tenge on average over the " +
             group_thousands(static_cast<std::uint64_t>(closed)) +
             " records closed as paid in the " + stage + " stage";
  t.definition =
      "The mean fine money (private-bailiff fees excluded) paid by a fine closed as paid inside "
      "the " +
      stage + " stage under " + scenario.policy.value.id() +
      ", the engine deciding each record's stage and sum from its recorded payment, against the "
      "mean the behaviour model gives the same fines (larger fines pay later: the amount "
      "effect).";
  t.statistic = static_cast<Statistic>(static_cast<std::size_t>(Statistic::kMeanPaidDiscount) + k);
  t.numerator = collected;
  t.denominator = closed * kTiynPerTenge;
  return t;
}

}  // namespace

std::vector<Target> recorded_payment_targets(const sim::ScenarioChoice& choice) {
  const sim::Scenario scenario = sim::load_scenario(choice);
  const auto* records = dynamic_cast<const sim::HistoricalPopulation*>(scenario.population.get());
  if (records == nullptr) {
    throw InputError(choice.population, "line 1", "--population",
                     "csv:PATH (historical records with their recorded payments)",
                     choice.population);
  }
  const StageTally tally = tally_closing_stages(scenario, *records);
  const auto total = static_cast<std::int64_t>(records->size());
  std::vector<Target> targets;
  for (std::size_t k = 0; k < sim::kPayStageCount; ++k) {
    if (tally.closed[k] == 0) continue;  // a relative residual needs a recorded share above zero
    targets.push_back(paid_share_target(choice, scenario, k, tally.closed[k], total));
    // The amounts: the mean fine money of a record closed in this stage.
    targets.push_back(
        mean_paid_target(targets.back(), scenario, k, tally.closed[k], tally.collected[k]));
  }
  if (targets.empty()) {
    throw InputError(choice.population, "line 1", "payment_date",
                     "at least one record whose recorded payment closes its case", "none");
  }
  return targets;
}

CalibrationTargets calibration_targets(const std::string& targets_spec,
                                       const std::string& population, const std::string& policy,
                                       const std::string& iin_key, const std::string& where,
                                       const std::string& population_option,
                                       const std::string& targets_option) {
  if (population.empty()) return {load_targets(targets_spec), targets_spec};
  if (targets_spec != "shipped") {
    throw InputError(where, population_option, targets_option,
                     "one source of targets: " + targets_option + " or the records of " +
                         population_option + ", not both");
  }
  sim::ScenarioChoice records;
  records.population = population;
  records.policy = policy;
  records.baseline = policy;
  records.iin_key = iin_key;
  return {recorded_payment_targets(records), "the recorded payments of " + population};
}

}  // namespace bailiff::study
