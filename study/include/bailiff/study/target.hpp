#pragma once
/// \file A calibration target (data/targets/, docs/domain.md section 3): a published figure,
/// the simulated statistic it is compared with, how it bounds the model, who published it
/// and the scenario simulated for it; its file's schema, and the loading of a target set.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/report_period.hpp"

namespace bailiff::study {

/// What a target measures, as a function of one simulated run under the target's policy.
enum class Statistic : std::uint8_t {
  kProceedingsOpened,  ///< count: simplified proceedings opened by the robot
  kRobotPaid,          ///< count: cases paid inside the robot's window (completed automatically)
  kRobotCollected,     ///< count (tenge): fine money paid inside the robot's window
  kRobotPaidShare,     ///< ratio: robot_paid / proceedings_opened
  kRobotMeanPaid,      ///< mean (tenge): robot_collected / robot_paid
  // The share of the fines closed as paid in each stage (recorded payments: recorded_targets.hpp):
  kPaidShareDiscount,   ///< ratio: fines paid inside the discount window / fines
  kPaidShareVoluntary,  ///< ratio: fines paid inside the voluntary term (after the discount) /
                        ///< fines
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
  kPeriodRobotOpened,          ///< count: robot proceedings opened in the period
  kPeriodRobotCompleted,       ///< count: robot proceedings closed by full payment in the period
  kPeriodRobotCollected,       ///< count (tenge): fine money paid in them
  kPeriodOfficialSavings,      ///< count (tenge): 25% of period_robot_collected_tenge
  kPeriodFinesInForce,         ///< count: fines entering into force in the period
  kPeriodImposed,              ///< count (tenge): their amounts
  kPeriodCollected,            ///< count (tenge): fine money paid in the period, every stage
  kPeriodPaidShareTenge,       ///< ratio: period_collected_tenge / period_imposed_tenge
  kPeriodMeanFine,             ///< mean (tenge): period_imposed_tenge / period_fines_in_force
  kPeriodRobotOpenedTenge,     ///< count (tenge): the fine money of the proceedings opened in the
                               ///< period
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

/// The statistic named \p name in target files, or nullopt.
std::optional<Statistic> statistic_from_name(std::string_view name);

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
  bool fit = true;                ///< role "fit" (in the objective) or "check" (reported only)
  SourceGrade grade = SourceGrade::kOfficialNational;  ///< who published the figure
  /// Weight of the relative residual in the objective: the grade's weight, halved for a
  /// count (which rests on the assumed number of fines), unless the file sets weight_ppm.
  std::int64_t weight_ppm = sim::kPpm;
  /// The scenario simulated for this target.
  std::string population;  ///< synthetic:NAME or csv:PATH
  std::string policy;
  std::optional<Date> horizon;         ///< default: Calendar::last_final_day()
  std::uint64_t evaluation_cases = 0;  ///< fines simulated per evaluation (0 = default size)
  std::optional<sim::DateWindow> report_period;  ///< the calendar window of a period statistic
  /// An undated figure: its window ends on a day between report_period's end and this day,
  /// and the model's value is the range of the statistic over those two ends.
  std::optional<Date> period_until;
  std::string region;  ///< with report_period: one region only

  /// The target value as a double (a range's lower end).
  double value() const { return static_cast<double>(numerator) / static_cast<double>(denominator); }
  /// A range's upper end (the value for other kinds).
  double upper() const {
    return kind == TargetKind::kRange
               ? static_cast<double>(upper_numerator) / static_cast<double>(upper_denominator)
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

}  // namespace bailiff::study
