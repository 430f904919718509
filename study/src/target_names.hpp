#pragma once
/// \file The names a target file uses for its statistic, its kind and its grade, in the order
/// of the enums of target.hpp, and each grade's weight (data/targets/README.md).

#include <array>
#include <cstdint>
#include <string_view>

namespace bailiff::study::detail {

/// Statistic's names, in its order.
inline constexpr std::array<std::string_view, 28> kStatisticNames = {
    "proceedings_opened",
    "robot_paid",
    "robot_collected_tenge",
    "robot_paid_share",
    "robot_mean_paid_tenge",
    "paid_share_discount",
    "paid_share_voluntary",
    "paid_share_overdue",
    "paid_share_robot",
    "paid_share_bailiff",
    "mean_paid_discount_tenge",
    "mean_paid_voluntary_tenge",
    "mean_paid_overdue_tenge",
    "mean_paid_robot_tenge",
    "mean_paid_bailiff_tenge",
    "period_robot_opened",
    "period_robot_completed",
    "period_robot_collected_tenge",
    "period_official_savings_tenge",
    "period_fines_in_force",
    "period_imposed_tenge",
    "period_collected_tenge",
    "period_paid_share_tenge",
    "period_mean_fine_tenge",
    "period_robot_opened_tenge",
    "period_robot_paid_share",
    "period_robot_paid_share_tenge",
    "period_robot_mean_opened_tenge"};

/// TargetKind's names, in its order.
inline constexpr std::array<std::string_view, 3> kKindNames = {"point", "lower_bound", "range"};

/// SourceGrade's names, in its order.
inline constexpr std::array<std::string_view, 3> kGradeNames = {
    "official_national", "official_regional", "secondary_press"};
/// SourceGrade's weights in the objective, in ppm.
inline constexpr std::array<std::int64_t, 3> kGradeWeightsPpm = {1'000'000, 700'000, 500'000};

}  // namespace bailiff::study::detail
