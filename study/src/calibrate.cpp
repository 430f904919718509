// calibrate: the fit from each starting point, the best end's posterior (the Laplace
// ensemble, the variant readings' members of the mixture) and its predictive intervals.

#include "bailiff/study/calibration.hpp"

#include <algorithm>
#include <array>

#include "bailiff/sim/philox.hpp"
#include "bailiff/sim/population.hpp"
#include "laplace_ensemble.hpp"
#include "levenberg_marquardt.hpp"

namespace bailiff::study {
namespace {

/// The best end of the fits from the starting points (the objective has local minima: the
/// prior or options.first_start, then further starting points), the earliest start on a
/// tie; its iterations and every start's end objective written into \p result.
sim::Multipliers best_of_starts(detail::MultiplierFit& fit, const CalibrationOptions& options,
                                CalibrationResult& result) {
  sim::Multipliers x = result.before;
  for (std::uint32_t s = 0; s < std::max<std::uint32_t>(1, options.starts); ++s) {
    const sim::Multipliers first = options.first_start ? *options.first_start : result.before;
    sim::Multipliers from = s == 0 ? first : starting_point(options.seed, s);
    for (const HeldGroup& h : options.held) from[h.group] = first[h.group];
    const auto [end, ran] = fit.fit_from(from);
    result.start_objectives.push_back(fit.eval(end).objective);
    if (s == 0 || fit.eval(end).objective < fit.eval(x).objective) {
      x = end;
      result.iterations = ran;
    }
  }
  return x;
}

/// The variant readings: each fitted from the fit \p x, its draws (its fit first) joining
/// the ensemble of \p result as further members of the mixture.
void add_mixture_members(const sim::BehaviourParams& base, const sim::Multipliers& x,
                         const CalibrationOptions& options, CalibrationResult& result) {
  for (std::size_t k = 0; k < options.mixture.size() && !result.ensemble.empty(); ++k) {
    const MixtureMember& member = options.mixture[k];
    CalibrationOptions variant = options;
    variant.mixture.clear();
    variant.first_start = x;
    variant.starts = 1;
    variant.ensemble_draws = member.draws;
    variant.ensemble_counter = (k + 1) * 1'000'000;
    variant.predictive_draws = 0;
    const std::vector<Target> variant_targets = load_targets(member.targets);
    const CalibrationResult fitted = calibrate(base, variant_targets, variant);
    result.ensemble.insert(result.ensemble.end(), fitted.ensemble.begin(), fitted.ensemble.end());
    CalibrationResult::Member m{member.targets, static_cast<std::uint32_t>(fitted.ensemble.size()),
                                fitted.objective_after, fitted.after, 0};
    for (std::size_t i = 0; i < variant_targets.size(); ++i)
      m.within += variant_targets[i].fit && fitted.fit_after[i].within ? 1 : 0;
    result.members.push_back(m);
  }
}

/// The predictive intervals, when asked for: over the fit's ensemble, or over the evaluated
/// file's own ensemble when there was no fit (max_iterations 0).
void add_predictive(const sim::BehaviourParams& base, const std::vector<Target>& targets,
                    const CalibrationOptions& options, CalibrationResult& result) {
  if (options.predictive_draws == 0) return;
  if (!result.ensemble.empty()) {
    result.predictive = detail::predictive_intervals(base, targets, result.ensemble, options);
  } else if (options.max_iterations == 0 && !base.ensemble.draws_ppm.empty()) {
    result.predictive =
        detail::predictive_intervals(base, targets, detail::file_ensemble(base), options);
  }
}

}  // namespace

sim::Multipliers starting_point(std::uint64_t seed, std::uint32_t start) {
  // Each multiplier x 1/4, 1/2, 1, 2 or 4, equally likely: integer draws, the same start on
  // every platform.
  constexpr std::array<std::int64_t, 5> kFactorsPpm = {250'000, 500'000, 1'000'000, 2'000'000,
                                                       4'000'000};
  sim::CaseRng rng(seed, start, sim::kStreamCalibrationStart);
  sim::Multipliers m{};
  for (std::int64_t& v : m)
    v = kFactorsPpm[rng.below(static_cast<std::uint32_t>(kFactorsPpm.size()))];
  return m;
}

CalibrationResult calibrate(const sim::BehaviourParams& base, const std::vector<Target>& targets,
                            const CalibrationOptions& options) {
  CalibrationResult result;
  result.before.fill(sim::kPpm);
  for (const HeldGroup& h : options.held) result.held_reason.at(h.group) = h.reason;
  detail::MultiplierFit fit(base, targets, options, result);
  const detail::MultiplierFit::Point& start = fit.eval(result.before);
  result.objective_before = start.objective;
  result.fit_before = fit.with_checks(result.before, start.fits);
  const sim::Multipliers x = best_of_starts(fit, options, result);
  const detail::MultiplierFit::Point end = fit.eval(x);
  result.after = x;
  result.objective_after = end.objective;
  // An evaluation without a fit (max_iterations 0) has no posterior to draw from.
  if (options.ensemble_draws > 0 && options.max_iterations > 0) {
    detail::laplace_ensemble(result, fit.jacobian_at(x, end), options);
  }
  result.fit_after = fit.with_checks(x, end.fits);
  add_mixture_members(base, x, options, result);
  add_predictive(base, targets, options, result);
  result.fitted = sim::apply_multipliers(base, x, "calibrated");
  result.fitted.ensemble =
      result.ensemble.empty() ? sim::BehaviourEnsemble{} : detail::relative_ensemble(result);
  result.provisional = fit.evaluator().provisional();
  result.fitted.title = "Calibrated behaviour: '" + base.name +
                        "' with the multipliers fitted by `bailiff calibrate` to data/targets/";
  return result;
}

}  // namespace bailiff::study
