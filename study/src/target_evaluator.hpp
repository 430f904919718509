#pragma once
/// \file The evaluation of calibration targets: the scenarios the targets name, each loaded
/// once, and the runs of one evaluation at given behaviour parameters.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bailiff/provisional.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/report_period.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"
#include "bailiff/study/target_statistic.hpp"

namespace bailiff::study::detail {

/// The scenarios the targets name, each loaded once, and the runs of one evaluation.
class TargetEvaluator {
 public:
  /// Loads the scenario of each of \p targets (InputError naming the target's file when one
  /// cannot be simulated); both must outlive the evaluator.
  TargetEvaluator(const std::vector<Target>& targets, const CalibrationOptions& options);

  /// Which scenarios an evaluation simulates: those a fit target uses (a trial point of the
  /// fit), the others (the checks, once at the start and the end), or all.
  enum class Scope { kFitting, kChecksOnly, kAll };

  /// Whether target \p i is evaluated in the kFitting scope (its scenario serves a fit target).
  bool fitting(std::size_t i) const { return scenarios_[target_scenario_[i]].fits; }

  /// The targets' statistics under \p params, for the scenarios of \p scope (the others'
  /// targets stay zero).
  std::vector<TargetFit> evaluate(const sim::BehaviourParams& params,
                                  Scope scope = Scope::kAll) const;

  /// What the targets' scenarios rely on that no law sets yet (each note once).
  std::vector<ProvisionalNote> provisional() const;

 private:
  struct Entry {
    sim::Scenario scenario;
    double count_scale = 1;  ///< default size / evaluated size
    /// The counts, scaled to a preset's own size, scale further with the parameters'
    /// population_volume_ppm (a sample of a synthetic preset, whose count is assumed).
    bool volume_scaled = false;
    bool fits = false;  ///< some fit target uses it
  };

  /// Whether an evaluation of \p scope skips the scenario \p e.
  static bool skipped(const Entry& e, Scope scope);
  /// The counters of every scenario of \p scope under \p params (the others' zero).
  std::vector<TargetCounters> run_scenarios(const sim::BehaviourParams& params, Scope scope) const;
  /// Target \p i against the counters of its scenarios, a preset's counts scaled by
  /// \p volume (population_volume_ppm / 1e6).
  TargetFit target_fit(std::size_t i, const std::vector<TargetCounters>& counters,
                       double volume) const;
  /// The factor that brings scenario \p e's counts to the population's own size at \p volume.
  static double count_scale(const Entry& e, double volume);
  std::uint64_t cases_for(const Target& t) const;
  /// The index of the scenario of target \p t over \p period, loaded once.
  std::size_t scenario_of(const Target& t, const std::optional<sim::DateWindow>& period);
  Entry load(const Target& t, const std::optional<sim::DateWindow>& period) const;

  const std::vector<Target>& targets_;
  const CalibrationOptions& options_;
  std::vector<Entry> scenarios_;
  std::map<std::string, std::size_t> index_;
  std::vector<std::size_t> target_scenario_;
  std::vector<std::optional<std::size_t>> target_late_scenario_;  ///< an undated figure's late end
};

}  // namespace bailiff::study::detail
