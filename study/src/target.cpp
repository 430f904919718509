#include "bailiff/study/target.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "target_names.hpp"

namespace bailiff::study {

using detail::kGradeNames;
using detail::kGradeWeightsPpm;
using detail::kKindNames;
using detail::kStatisticNames;

std::string_view statistic_name(Statistic statistic) {
  return kStatisticNames[static_cast<std::size_t>(statistic)];
}

bool statistic_is_count(Statistic statistic) {
  switch (statistic) {
    case Statistic::kRobotPaidShare:
    case Statistic::kRobotMeanPaid:
    case Statistic::kPaidShareDiscount:
    case Statistic::kPaidShareVoluntary:
    case Statistic::kPaidShareOverdue:
    case Statistic::kPaidShareRobot:
    case Statistic::kPaidShareBailiff:
    case Statistic::kMeanPaidDiscount:
    case Statistic::kMeanPaidVoluntary:
    case Statistic::kMeanPaidOverdue:
    case Statistic::kMeanPaidRobot:
    case Statistic::kMeanPaidBailiff:
    case Statistic::kPeriodPaidShareTenge:
    case Statistic::kPeriodMeanFine:
    case Statistic::kPeriodRobotPaidShare:
    case Statistic::kPeriodRobotPaidShareTenge:
    case Statistic::kPeriodRobotMeanOpened:
      return false;
    default:
      return true;
  }
}

bool statistic_needs_period(Statistic statistic) {
  return static_cast<std::size_t>(statistic) >=
         static_cast<std::size_t>(Statistic::kPeriodRobotOpened);
}

std::string_view source_grade_name(SourceGrade grade) {
  return kGradeNames[static_cast<std::size_t>(grade)];
}

std::int64_t source_grade_weight_ppm(SourceGrade grade) {
  return kGradeWeightsPpm[static_cast<std::size_t>(grade)];
}

std::string_view target_kind_name(TargetKind kind) {
  return kKindNames[static_cast<std::size_t>(kind)];
}

bool Target::within(double simulated) const {
  const double tolerance = static_cast<double>(tolerance_ppm) / static_cast<double>(sim::kPpm);
  switch (kind) {
    case TargetKind::kLowerBound:
      return simulated >= value() * (1.0 - tolerance);
    case TargetKind::kRange:
      return simulated >= value() * (1.0 - tolerance) && simulated <= upper() * (1.0 + tolerance);
    case TargetKind::kPoint:
      break;
  }
  return std::fabs(simulated - value()) <= tolerance * value();
}

double Target::relative_residual(double simulated) const {
  const double low = value(), high = upper();
  switch (kind) {
    case TargetKind::kLowerBound:
      return simulated >= low ? 0.0 : (simulated - low) / low;
    case TargetKind::kRange:
      if (simulated < low) return (simulated - low) / low;
      return simulated > high ? (simulated - high) / high : 0.0;
    case TargetKind::kPoint:
      break;
  }
  return (simulated - low) / low;
}

std::optional<Statistic> statistic_from_name(std::string_view name) {
  const auto at = std::find(kStatisticNames.begin(), kStatisticNames.end(), name);
  if (at == kStatisticNames.end()) return std::nullopt;
  return static_cast<Statistic>(at - kStatisticNames.begin());
}

}  // namespace bailiff::study
