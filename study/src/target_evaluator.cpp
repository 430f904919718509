#include "target_evaluator.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

#include "bailiff/error.hpp"
#include "bailiff/sha256.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/sim/simulator.hpp"

namespace bailiff::study {
namespace detail {
namespace {

/// The value in [low, high] (the model's range for an undated figure) closest to the figure:
/// its largest for a lower bound; the figure itself when the range reaches it.
double closest_in_range(const Target& t, double low, double high) {
  if (t.kind == TargetKind::kLowerBound) return high;
  if (high < t.value()) return high;
  if (low > t.upper()) return low;
  return std::clamp(t.value(), low, high);
}

/// Refuses a target whose scenario names a policy or a population that is neither a file nor
/// shipped, naming the targets file, the target, the field, the value and what is allowed
/// (the files' own errors would name the value as if it were a file).
void check_scenario_names(const Target& t) {
  const std::string of_target = " of target " + t.id;
  if (!sim::input_exists(t.policy, "policies")) {
    throw InputError(
        t.file, "/scenario/policy", "scenario.policy" + of_target,
        "a policy file or a shipped policy id (" + sim::embedded_name_list("policies") + ")",
        "\"" + t.policy + "\" (no such file or policy id)");
  }
  const std::optional<sim::PopulationSpec> spec = sim::PopulationSpec::parse(t.population);
  std::error_code error;
  const bool found = spec && (spec->kind == sim::PopulationSpec::Kind::kSynthetic
                                  ? sim::input_exists(spec->name, "populations")
                                  : std::filesystem::is_regular_file(spec->name, error));
  if (!found) {
    std::string presets;
    for (const std::string& name : sim::embedded_names("populations")) {
      presets += (presets.empty() ? "" : ", ") + sim::PopulationSpec::synthetic(name).text();
    }
    throw InputError(
        t.file, "/scenario/population", "scenario.population" + of_target,
        "a shipped preset (" + presets + "), synthetic:FILE for a preset file or csv:PATH",
        "\"" + t.population + "\" (no such " +
            (spec && spec->kind == sim::PopulationSpec::Kind::kCsv ? "file" : "preset or file") +
            ")");
  }
}

}  // namespace

TargetEvaluator::TargetEvaluator(const std::vector<Target>& targets,
                                 const CalibrationOptions& options)
    : targets_(targets), options_(options) {
  for (const Target& t : targets) {
    target_scenario_.push_back(scenario_of(t, t.report_period));
    std::optional<std::size_t> late;
    if (t.period_until)
      late = scenario_of(t, sim::DateWindow{t.report_period->from, *t.period_until});
    target_late_scenario_.push_back(late);
  }
}

bool TargetEvaluator::skipped(const Entry& e, Scope scope) {
  return (scope == Scope::kFitting && !e.fits) || (scope == Scope::kChecksOnly && e.fits);
}

std::vector<TargetCounters> TargetEvaluator::run_scenarios(const sim::BehaviourParams& params,
                                                           Scope scope) const {
  const sim::BehaviourModel model(params);
  const Digest behaviour_digest = sha256(params.to_json());
  std::vector<TargetCounters> counters;
  for (const Entry& e : scenarios_) {
    if (skipped(e, scope)) {
      counters.emplace_back();
      continue;
    }
    sim::RunSpec spec = sim::run_spec(e.scenario, sim::Role::kPolicy, options_.seed);
    spec.behaviour = &model;  // the parameters being fitted, not the scenario's
    spec.behaviour_digest = behaviour_digest;
    sim::TaskSystem& tasks = options_.tasks ? *options_.tasks : sim::serial_tasks();
    counters.push_back(
        options_.method == sim::Method::kExact
            ? TargetCounters::of(sim::expected_metrics(spec, tasks, /*series=*/false))
            : TargetCounters::of(sim::simulate(spec, tasks).metrics));
  }
  return counters;
}

double TargetEvaluator::count_scale(const Entry& e, double volume) {
  return e.volume_scaled ? e.count_scale * volume : e.count_scale;
}

TargetFit TargetEvaluator::target_fit(std::size_t i, const std::vector<TargetCounters>& counters,
                                      double volume) const {
  const Entry& e = scenarios_[target_scenario_[i]];
  const Target& target = targets_[i];
  const double value =
      statistic_value(target.statistic, counters[target_scenario_[i]], count_scale(e, volume));
  TargetFit fit;
  fit.simulated = fit.simulated_low = fit.simulated_high = value;
  if (const std::optional<std::size_t> late = target_late_scenario_[i]) {
    const double late_value =
        statistic_value(target.statistic, counters[*late], count_scale(scenarios_[*late], volume));
    fit.simulated_low = std::min(value, late_value);
    fit.simulated_high = std::max(value, late_value);
    fit.simulated = closest_in_range(target, fit.simulated_low, fit.simulated_high);
  }
  fit.residual = fit.simulated - target.value();
  fit.relative_residual = target.relative_residual(fit.simulated);
  fit.within = target.within(fit.simulated);
  return fit;
}

std::vector<TargetFit> TargetEvaluator::evaluate(const sim::BehaviourParams& params,
                                                 Scope scope) const {
  const std::vector<TargetCounters> counters = run_scenarios(params, scope);
  const double volume =
      static_cast<double>(params.population_volume_ppm) / static_cast<double>(sim::kPpm);
  std::vector<TargetFit> out;
  for (std::size_t i = 0; i < targets_.size(); ++i) {
    if (skipped(scenarios_[target_scenario_[i]], scope)) {
      out.emplace_back();
      continue;
    }
    out.push_back(target_fit(i, counters, volume));
  }
  return out;
}

std::vector<ProvisionalNote> TargetEvaluator::provisional() const {
  std::vector<ProvisionalNote> notes;
  for (const Entry& e : scenarios_) {
    const Policy* policies[] = {&e.scenario.policy.value};
    for (ProvisionalNote& note :
         provisional_notes(e.scenario.calendar.value, policies, e.scenario.horizon)) {
      const auto same = [&note](const ProvisionalNote& n) {
        return n.source == note.source && n.assumption == note.assumption;
      };
      if (std::none_of(notes.begin(), notes.end(), same)) notes.push_back(std::move(note));
    }
  }
  return notes;
}

std::uint64_t TargetEvaluator::cases_for(const Target& t) const {
  return options_.cases_override != 0 ? options_.cases_override : t.evaluation_cases;
}

std::size_t TargetEvaluator::scenario_of(const Target& t,
                                         const std::optional<sim::DateWindow>& period) {
  const std::string key =
      t.population + "|" + t.policy + "|" + (t.horizon ? to_iso(*t.horizon) : "") + "|" +
      std::to_string(cases_for(t)) + "|" +
      (period ? to_iso(period->from) + ".." + to_iso(period->to) : "") + "|" + t.region;
  if (index_.count(key) == 0) {
    index_[key] = scenarios_.size();
    scenarios_.push_back(load(t, period));
  }
  Entry& e = scenarios_[index_[key]];
  e.fits = e.fits || t.fit;
  return index_[key];
}

TargetEvaluator::Entry TargetEvaluator::load(const Target& t,
                                             const std::optional<sim::DateWindow>& period) const {
  check_scenario_names(t);
  sim::ScenarioChoice choice;
  choice.policy = t.policy;
  choice.baseline = t.policy;
  choice.population = t.population;
  choice.horizon = t.horizon;
  choice.report_period = period;
  choice.region = t.region;
  choice.iin_key = options_.iin_key;
  choice.cases = 0;
  try {
    const sim::Scenario whole = sim::load_scenario(choice);
    choice.cases = cases_for(t);
    Entry e{sim::load_scenario(choice)};
    e.count_scale = static_cast<double>(whole.population->size()) /
                    static_cast<double>(e.scenario.population->size());
    // The exact method scales a preset evaluated at its own size itself (exact.cpp).
    e.volume_scaled = whole.population->volume_is_assumed() &&
                      !(options_.method == sim::Method::kExact &&
                        e.scenario.population->volume_is_assumed());
    return e;
  } catch (const DomainError& error) {
    throw InputError(t.file, "/scenario", "scenario", "a scenario that can be simulated",
                     error.what());
  }
}

}  // namespace detail

std::vector<TargetFit> evaluate_targets(const sim::BehaviourParams& params,
                                        const std::vector<Target>& targets,
                                        const CalibrationOptions& options) {
  return detail::TargetEvaluator(targets, options).evaluate(params);
}

}  // namespace bailiff::study
