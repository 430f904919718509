#pragma once
/// \file Calibration of the behaviour model to published figures (target.hpp): a
/// least-squares fit (Levenberg-Marquardt on relative residuals over each target's tolerance,
/// Eigen) of the multipliers of the parameter groups (sim/parameter_groups.hpp), and a
/// posterior ensemble from the Laplace approximation at the fit.
///
/// Determinism: every evaluation is a simulation with a fixed seed and common random
/// numbers, at parameters rounded to integer ppm, so the objective is a deterministic
/// function of the integer multipliers. Floating point is used only to choose the next
/// trial point (never on the decision or sampling path), and the fitted multipliers and the
/// behaviour file written from them are integers.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bailiff/provisional.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study {

/// A member of the posterior's mixture besides the shipped reading: a variant target set
/// (load_targets spec, e.g. "shipped+data/targets/variants/autumn-completed") fitted from the
/// main fit, whose Laplace draws join the ensemble, so that intervals include the readings'
/// uncertainty.
struct MixtureMember {
  std::string targets;      ///< the variant set's load_targets spec
  std::uint32_t draws = 0;  ///< draws it adds (its fit first)
};

struct TargetFit;

/// A parameter group the fit keeps at its prior (multiplier 1,000,000), with the reason: the
/// targets cannot identify it, so the evidence behind its prior stands. The ensemble still
/// varies it by the Laplace covariance (the targets' and the prior's information).
struct HeldGroup {
  std::size_t group = 0;  ///< index into sim/parameter_groups.hpp
  std::string reason;     ///< why it is held, in words (recorded in the fitted file)
};

/// How to fit.
struct CalibrationOptions {
  std::uint64_t seed = sim::defaults::kSeed;
  sim::TaskSystem* tasks = nullptr;  ///< where the evaluations run (null: the calling thread)
  std::uint64_t cases_override = 0;  ///< non-zero: every scenario simulates this many fines
  std::string iin_key;  ///< the IIN pseudonyms' key of targets whose population is csv:PATH
  std::uint32_t max_iterations = 20;
  /// How each evaluation computes the targets' statistics: simulating the cases, or exactly
  /// (deterministic and smooth in the multipliers; evaluation_cases then only sets the
  /// scale at which counts are rounded).
  sim::Method method = sim::Method::kMonteCarlo;
  /// Starting points of the fit: the prior, then starts - 1 points of starting_point();
  /// the best end wins (the objective has local minima).
  std::uint32_t starts = 1;
  /// Where the first start begins (nullopt: the prior, all multipliers 1,000,000); the
  /// prior term still pulls towards 1,000,000.
  std::optional<sim::Multipliers> first_start;
  /// Weight of the prior residual (m_k - 1) of each multiplier, which keeps directions the
  /// targets do not identify at the prior (1.0): a Gaussian prior of standard deviation
  /// 1 / prior_weight on each multiplier whose group has no prior of its own
  /// (sim::CalibratedParameter::prior_sd).
  double prior_weight = 0.5;
  /// Draws of the posterior ensemble (0: none; none either without a fit, max_iterations 0);
  /// draw 0 is the fit itself.
  std::uint32_t ensemble_draws = 200;
  /// Further members of the ensemble (variant readings), each fitted from the main fit.
  std::vector<MixtureMember> mixture;
  /// Groups kept at the prior in every fit (the mixture's members' too).
  std::vector<HeldGroup> held;
  /// The counter of the ensemble's first drawn deviate (a mixture member's draws use their own).
  std::uint64_t ensemble_counter = 0;
  /// Draws of the ensemble over which every target is evaluated for its 5-95% interval
  /// (CalibrationResult::predictive): 0 none, else at most this many, evenly spread.
  std::uint32_t predictive_draws = 0;
  /// Evaluations shared by fits of the same targets that differ only in which are fitted
  /// (leave_one_out's refits): every target evaluated at each point, keyed by multipliers.
  std::map<sim::Multipliers, std::vector<TargetFit>>* shared_fits = nullptr;
  /// Called after each evaluation with (evaluations so far, iteration, objective).
  std::function<void(std::uint32_t, std::uint32_t, double)> progress;
};

/// One target against the simulation.
struct TargetFit {
  /// The model's value; for an undated figure (Target::period_until), the value in the
  /// range [simulated_low, simulated_high] closest to the figure.
  double simulated = 0;
  double simulated_low = 0;      ///< an undated figure: the smaller value of the two window ends
  double simulated_high = 0;     ///< and the larger
  double residual = 0;           ///< simulated - target
  double relative_residual = 0;  ///< Target::relative_residual
  bool within = false;           ///< Target::within
};

/// The result of a calibration.
struct CalibrationResult {
  sim::Multipliers before{};  ///< the starting multipliers (all 1,000,000)
  sim::Multipliers after{};
  double objective_before = 0;  ///< sum of squared weighted residuals, prior included
  double objective_after = 0;
  std::uint32_t iterations = 0;
  std::uint32_t evaluations = 0;
  std::vector<TargetFit> fit_before;  ///< per target, in the order given
  std::vector<TargetFit> fit_after;
  sim::BehaviourParams fitted;  ///< the base parameters with the multipliers applied
  /// What the targets' scenarios rely on that no law sets yet (a horizon in a provisional
  /// year, an assumed policy value); empty for the shipped targets.
  std::vector<ProvisionalNote> provisional;
  /// Standard error of each multiplier, in ppm of the prior (from the Laplace covariance
  /// (J'J)^-1 at the fit; 0 for a multiplier at a bound, which the ensemble does not vary).
  std::array<std::int64_t, sim::kCalibratedCount> standard_error_ppm{};
  /// Which multipliers ended at a bound of kMinMultiplierPpm..kMaxMultiplierPpm.
  std::array<bool, sim::kCalibratedCount> at_bound{};
  /// Why each group held at its prior was held (CalibrationOptions::held); empty for the others.
  std::array<std::string, sim::kCalibratedCount> held_reason{};
  /// The posterior ensemble: multipliers on the base, draw 0 = after; each drawn from
  /// N(after, (J'J)^-1) with counter-based normal deviates, clamped to the bounds.
  std::vector<sim::Multipliers> ensemble;
  /// The objective at the end of the fit from each starting point, in order.
  std::vector<double> start_objectives;
  /// Per target, its leave-one-out prediction (leave_one_out()), when asked for; else empty.
  std::vector<TargetFit> leave_one_out;
  /// What each mixture member's fit ended at (in the order of CalibrationOptions::mixture).
  struct Member {
    std::string targets;
    std::uint32_t draws = 0;
    double objective = 0;
    sim::Multipliers after{};
    std::uint32_t within = 0;  ///< its fit targets within tolerance
  };
  std::vector<Member> members;
  /// Per target, the 5th, 50th and 95th percentile of its value over the ensemble's draws
  /// (CalibrationOptions::predictive_draws of them) and whether the figure lies inside the
  /// 5-95% interval; empty unless asked for and there is an ensemble.
  struct Predictive {
    double p5 = 0, p50 = 0, p95 = 0;
    std::uint32_t draws = 0;
    bool inside = false;
  };
  std::vector<Predictive> predictive;
};

/// Starting point \p start (>= 1) of a fit seeded \p seed: each multiplier 1/4, 1/2, 1, 2 or
/// 4 times the prior, equally likely, from counter-based draws.
sim::Multipliers starting_point(std::uint64_t seed, std::uint32_t start);

/// Fit the multipliers of \p base to \p targets.
CalibrationResult calibrate(const sim::BehaviourParams& base, const std::vector<Target>& targets,
                            const CalibrationOptions& options);

/// The simulated statistics of \p targets under \p params (one run per distinct scenario),
/// counts scaled to each population's default size.
std::vector<TargetFit> evaluate_targets(const sim::BehaviourParams& params,
                                        const std::vector<Target>& targets,
                                        const CalibrationOptions& options);

}  // namespace bailiff::study
