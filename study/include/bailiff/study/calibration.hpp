#pragma once
/// \file Calibration of the behaviour model to published figures (data/targets/, docs/domain.md
/// section 3): target files, the simulated statistic each one names, a least-squares fit
/// (Levenberg-Marquardt on relative residuals over each target's tolerance, Eigen) of the
/// multipliers of the parameter groups (parameter_groups.hpp), and a posterior ensemble from
/// the Laplace approximation at the fit.
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
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/provisional.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/sim/report_period.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/task_system.hpp"

namespace bailiff::sim {

/// What a target measures, as a function of one simulated run under the target's policy.
enum class Statistic : std::uint8_t {
  kProceedingsOpened,  ///< count: simplified proceedings opened by the robot
  kRobotPaid,          ///< count: cases paid inside the robot's window (completed automatically)
  kRobotCollected,     ///< count (tenge): fine money paid inside the robot's window
  kRobotPaidShare,     ///< ratio: robot_paid / proceedings_opened
  kRobotMeanPaid,      ///< mean (tenge): robot_collected / robot_paid
  // The share of the fines closed as paid in each stage (recorded payments: recorded_targets.hpp):
  kPaidShareDiscount,   ///< ratio: fines paid inside the discount window / fines
  kPaidShareVoluntary,  ///< ratio: fines paid inside the voluntary term (after the discount) / fines
  kPaidShareOverdue,    ///< ratio: fines paid after the term, before the referral / fines
  kPaidShareRobot,      ///< ratio: fines paid inside the robot's window / fines
  kPaidShareBailiff,    ///< ratio: fines paid to a private bailiff / fines
  // The mean fine money of a fine closed as paid in each stage (recorded payments):
  kMeanPaidDiscount,   ///< mean (tenge): collected inside the discount window / fines paid there
  kMeanPaidVoluntary,  ///< mean (tenge): the same inside the voluntary term
  kMeanPaidOverdue,    ///< mean (tenge): the same after the term, before the referral
  kMeanPaidRobot,      ///< mean (tenge): the same inside the robot's window
  kMeanPaidBailiff,    ///< mean (tenge): the same with a private bailiff (fees excluded)
  // Events dated inside the scenario's report period (Metrics::period):
  kPeriodRobotOpened,      ///< count: robot proceedings opened in the period
  kPeriodRobotCompleted,   ///< count: robot proceedings closed by full payment in the period
  kPeriodRobotCollected,   ///< count (tenge): fine money paid in them
  kPeriodOfficialSavings,  ///< count (tenge): 25% of period_robot_collected_tenge
  kPeriodFinesInForce,     ///< count: fines entering into force in the period
  kPeriodImposed,          ///< count (tenge): their amounts
  kPeriodCollected,        ///< count (tenge): fine money paid in the period, every stage
  kPeriodPaidShareTenge,   ///< ratio: period_collected_tenge / period_imposed_tenge
  kPeriodMeanFine,         ///< mean (tenge): period_imposed_tenge / period_fines_in_force
  kPeriodRobotOpenedTenge,     ///< count (tenge): the fine money of the proceedings opened in the period
  kPeriodRobotPaidShare,       ///< ratio: period_robot_completed / period_robot_opened
  kPeriodRobotPaidShareTenge,  ///< ratio: period_robot_collected_tenge / period_robot_opened_tenge
  kPeriodRobotMeanOpened,      ///< mean (tenge): period_robot_opened_tenge / period_robot_opened
};

/// Whether a statistic counts events inside a report period (the target's scenario needs one).
bool statistic_needs_period(Statistic statistic);

/// How a published figure bounds the model: "15 mln" (a point), "over 2.2 bn" (a lower
/// bound), "5 to 5.5 bn" (a range).
enum class TargetKind : std::uint8_t { kPoint, kLowerBound, kRange };

/// "point", "lower_bound", "range".
std::string_view target_kind_name(TargetKind kind);

/// Who published a figure, which sets its weight in the fit (data/targets/README.md, "Source
/// grades"): a national official statement (a minister, a ministry's press conference or its
/// statistics), a regional official (a region's department, quoted by regional press), or
/// secondary press (a figure without a named official source, or quoted at second hand).
enum class SourceGrade : std::uint8_t { kOfficialNational, kOfficialRegional, kSecondaryPress };

/// "official_national", "official_regional", "secondary_press".
std::string_view source_grade_name(SourceGrade grade);

/// The weight a grade gives a target's residual, in ppm: 1,000,000 national official,
/// 700,000 regional official, 500,000 secondary press.
std::int64_t source_grade_weight_ppm(SourceGrade grade);

/// Default tolerance of a target, in ppm of its value: ±15% for a point, 15% below a lower
/// bound, 15% outside a range.
inline constexpr std::int64_t kDefaultTolerancePpm = 150'000;

/// Stable name of a statistic as written in target files ("robot_paid_share"...).
std::string_view statistic_name(Statistic statistic);

/// Whether a statistic is a count, which scales with the population's size (an assumption)
/// and is therefore compared at the preset's default size.
bool statistic_is_count(Statistic statistic);

/// One calibration target (one file of data/targets/).
struct Target {
  std::string id;    ///< "target" field, e.g. "taraz-pilot-paid-share"
  std::string file;  ///< where it was read from (for messages)
  std::string title;
  std::string figure;      ///< the published figure, in words
  std::string source;      ///< where it was published
  std::string definition;  ///< which simulated statistic it is compared with, in words
  Statistic statistic = Statistic::kRobotPaidShare;
  std::int64_t numerator = 0;  ///< value = numerator / denominator (tenge for money)
  std::int64_t denominator = 1;
  TargetKind kind = TargetKind::kPoint;
  std::int64_t upper_numerator = 0;  ///< a range's upper end (kind range only)
  std::int64_t upper_denominator = 1;
  std::int64_t tolerance_ppm = kDefaultTolerancePpm;
  std::optional<Date> published;  ///< when the source published the figure
  bool fit = true;                 ///< role "fit" (in the objective) or "check" (reported only)
  SourceGrade grade = SourceGrade::kOfficialNational;  ///< who published the figure
  /// Weight of the relative residual in the objective: the grade's weight, halved for a
  /// count (which rests on the assumed number of fines), unless the file sets weight_ppm.
  std::int64_t weight_ppm = kPpm;
  /// The scenario simulated for this target.
  std::string population;  ///< synthetic:NAME or csv:PATH
  std::string policy;
  std::optional<Date> horizon;         ///< default: Calendar::last_final_day()
  std::uint64_t evaluation_cases = 0;  ///< fines simulated per evaluation (0 = default size)
  std::optional<DateWindow> report_period;  ///< the calendar window of a period statistic
  /// An undated figure: its window ends on a day between report_period's end and this day,
  /// and the model's value is the range of the statistic over those two ends.
  std::optional<Date> period_until;
  std::string region;                       ///< with report_period: one region only

  /// The target value as a double (a range's lower end).
  double value() const { return static_cast<double>(numerator) / static_cast<double>(denominator); }
  /// A range's upper end (the value for other kinds).
  double upper() const {
    return kind == TargetKind::kRange ? static_cast<double>(upper_numerator) / static_cast<double>(upper_denominator)
                                      : value();
  }
  /// Whether \p simulated agrees with the figure within the tolerance: |relative residual|
  /// at most the tolerance for a point, at most the tolerance below a lower bound, at most
  /// the tolerance outside a range.
  bool within(double simulated) const;
  /// The relative residual the fit minimises: (simulated - value) / value for a point; zero
  /// above a lower bound and inside a range, else relative to the nearest end.
  double relative_residual(double simulated) const;

  /// Parse a target file; InputError naming the file, JSON pointer, field and expectation.
  static Target parse(std::string_view bytes, const std::string& file);
};

/// Load targets from \p spec: "shipped" (the embedded data/targets/*.json), a directory
/// whose *.json files are read in name order, or "shipped+DIRECTORY" (a variant set: the
/// shipped targets, each replaced by the directory's target of the same id, plus the
/// directory's others). InputError when a directory holds none, a file is malformed, or two
/// files of one set share a target id.
std::vector<Target> load_targets(const std::string& spec);

/// A member of the posterior's mixture besides the shipped reading: a variant target set
/// (load_targets spec, e.g. "shipped+data/targets/variants/autumn-completed") fitted from the
/// main fit, whose Laplace draws join the ensemble, so that intervals include the readings'
/// uncertainty.
struct MixtureMember {
  std::string targets;      ///< the variant set's load_targets spec
  std::uint32_t draws = 0;  ///< draws it adds (its fit first)
};

struct TargetFit;

/// How to fit.
struct CalibrationOptions {
  std::uint64_t seed = defaults::kSeed;
  TaskSystem* tasks = nullptr;  ///< where the evaluations run (null: the calling thread)
  std::uint64_t cases_override = 0;  ///< non-zero: every scenario simulates this many fines
  std::string iin_key;  ///< the IIN pseudonyms' key of targets whose population is csv:PATH
  std::uint32_t max_iterations = 20;
  /// How each evaluation computes the targets' statistics: simulating the cases, or exactly
  /// (deterministic and smooth in the multipliers; evaluation_cases then only sets the
  /// scale at which counts are rounded).
  Method method = Method::kMonteCarlo;
  /// Starting points of the fit: the prior, then starts - 1 points of starting_point();
  /// the best end wins (the objective has local minima).
  std::uint32_t starts = 1;
  /// Where the first start begins (nullopt: the prior, all multipliers 1,000,000); the
  /// prior term still pulls towards 1,000,000.
  std::optional<Multipliers> first_start;
  /// Weight of the prior residual (m_k - 1) of each multiplier, which keeps directions the
  /// targets do not identify at the prior (1.0): a Gaussian prior of standard deviation
  /// 1 / prior_weight on each multiplier.
  double prior_weight = 0.5;
  /// Draws of the posterior ensemble (0: none; none either without a fit, max_iterations 0);
  /// draw 0 is the fit itself.
  std::uint32_t ensemble_draws = 200;
  /// Further members of the ensemble (variant readings), each fitted from the main fit.
  std::vector<MixtureMember> mixture;
  /// The counter of the ensemble's first drawn deviate (a mixture member's draws use their own).
  std::uint64_t ensemble_counter = 0;
  /// Draws of the ensemble over which every target is evaluated for its 5-95% interval
  /// (CalibrationResult::predictive): 0 none, else at most this many, evenly spread.
  std::uint32_t predictive_draws = 0;
  /// Evaluations shared by fits of the same targets that differ only in which are fitted
  /// (leave_one_out's refits): every target evaluated at each point, keyed by multipliers.
  std::map<Multipliers, std::vector<TargetFit>>* shared_fits = nullptr;
  /// Called after each evaluation with (evaluations so far, iteration, objective).
  std::function<void(std::uint32_t, std::uint32_t, double)> progress;
};

/// One target against the simulation.
struct TargetFit {
  /// The model's value; for an undated figure (Target::period_until), the value in the
  /// range [simulated_low, simulated_high] closest to the figure.
  double simulated = 0;
  double simulated_low = 0;   ///< an undated figure: the smaller value of the two window ends
  double simulated_high = 0;  ///< and the larger
  double residual = 0;           ///< simulated - target
  double relative_residual = 0;  ///< Target::relative_residual
  bool within = false;           ///< Target::within
};

/// The result of a calibration.
struct CalibrationResult {
  Multipliers before{};  ///< the starting multipliers (all 1,000,000)
  Multipliers after{};
  double objective_before = 0;  ///< sum of squared weighted residuals, prior included
  double objective_after = 0;
  std::uint32_t iterations = 0;
  std::uint32_t evaluations = 0;
  std::vector<TargetFit> fit_before;  ///< per target, in the order given
  std::vector<TargetFit> fit_after;
  BehaviourParams fitted;  ///< the base parameters with the multipliers applied
  /// What the targets' scenarios rely on that no law sets yet (a horizon in a provisional
  /// year, an assumed policy value); empty for the shipped targets.
  std::vector<ProvisionalNote> provisional;
  /// Standard error of each multiplier, in ppm of the prior (from the Laplace covariance
  /// (J'J)^-1 at the fit; 0 for a multiplier at a bound, which the ensemble does not vary).
  std::array<std::int64_t, kCalibratedCount> standard_error_ppm{};
  /// Which multipliers ended at a bound of kMinMultiplierPpm..kMaxMultiplierPpm.
  std::array<bool, kCalibratedCount> at_bound{};
  /// The posterior ensemble: multipliers on the base, draw 0 = after; each drawn from
  /// N(after, (J'J)^-1) with counter-based normal deviates, clamped to the bounds.
  std::vector<Multipliers> ensemble;
  /// The objective at the end of the fit from each starting point, in order.
  std::vector<double> start_objectives;
  /// Per target, its leave-one-out prediction (leave_one_out()), when asked for; else empty.
  std::vector<TargetFit> leave_one_out;
  /// What each mixture member's fit ended at (in the order of CalibrationOptions::mixture).
  struct Member {
    std::string targets;
    std::uint32_t draws = 0;
    double objective = 0;
    Multipliers after{};
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
Multipliers starting_point(std::uint64_t seed, std::uint32_t start);

/// Fit the multipliers of \p base to \p targets.
CalibrationResult calibrate(const BehaviourParams& base, const std::vector<Target>& targets,
                            const CalibrationOptions& options);

/// Leave-one-out predictions, the out-of-sample check of a fit: for each target with role
/// fit, the multipliers refitted without it (its role made "check"; from \p fitted, one start,
/// options.max_iterations at most, no ensemble), and that refit's value of the target. With
/// max_iterations 1 the refit is one full Gauss-Newton step from the fit on the residuals
/// without the target (the one-step approximation: the Jacobian at the fit, shared). A
/// target with role check keeps its value at \p fitted. Returned in the order of \p targets.
std::vector<TargetFit> leave_one_out(const BehaviourParams& base, const std::vector<Target>& targets,
                                     const Multipliers& fitted, const CalibrationOptions& options);

/// What a behaviour file written by `bailiff calibrate` records of its fit: the behaviour it
/// started from and the fitted multipliers on it.
struct FitRecord {
  std::string from;  ///< the starting behaviour's name or path
  Multipliers multipliers{};
};

/// The fit record of \p bytes (a behaviour file), or nullopt when it has none or it names
/// other parameter groups than today's (a file written by an older version).
std::optional<FitRecord> fit_record(std::string_view bytes);

/// The leave-one-out predictions of a calibration run from the behaviour file \p bytes
/// (parsed: \p base) that ended at \p result: refits of at most \p iterations from the run's
/// fit; a run that only evaluated (max_iterations 0) a file written by `bailiff calibrate`
/// refits from the behaviour that file was fitted from, starting at its fit, so that the
/// prior term is the one of the published fit. The one convention of every door's --loo.
std::vector<TargetFit> leave_one_out_of_run(std::string_view bytes, const BehaviourParams& base,
                                            const CalibrationResult& result,
                                            const std::vector<Target>& targets,
                                            const CalibrationOptions& options,
                                            std::uint32_t iterations);

/// A published figure of a national official statement that a behaviour file was fitted to,
/// with the model's 5-95% interval for it over the file's ensemble (recorded by `bailiff
/// calibrate` in the file's "calibration" object).
struct RecordCheck {
  std::string target;  ///< the target id
  std::string figure;  ///< the published figure, in words
  Statistic statistic = Statistic::kRobotPaid;
  TargetKind kind = TargetKind::kPoint;
  double value = 0;  ///< the figure (a lower bound's least value)
  double p5 = 0, p95 = 0;
  std::uint32_t draws = 0;
  bool inside = false;  ///< the figure's reach meets the interval
};

/// The record checks of the behaviour file \p bytes: its fit targets graded
/// official_national that carry an ensemble interval, in file order; empty for a file
/// without them (a prior, or one written before the intervals were recorded).
std::vector<RecordCheck> record_checks(std::string_view bytes);

/// The statistic named \p name in target files, or nullopt.
std::optional<Statistic> statistic_from_name(std::string_view name);

/// The simulated statistics of \p targets under \p params (one run per distinct scenario),
/// counts scaled to each population's default size.
std::vector<TargetFit> evaluate_targets(const BehaviourParams& params,
                                        const std::vector<Target>& targets,
                                        const CalibrationOptions& options);

/// The fitted behaviour file: BehaviourParams::to_json() with the posterior ensemble
/// (relative to the fitted values) plus a "calibration" object (multipliers, standard errors,
/// seed, targets) that the parser ignores.
std::string calibrated_behaviour_json(const CalibrationResult& result,
                                      const std::vector<Target>& targets,
                                      const CalibrationOptions& options,
                                      const std::string& base_name);

}  // namespace bailiff::sim
