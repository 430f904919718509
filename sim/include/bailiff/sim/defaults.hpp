#pragma once
/// \file The shipped defaults every front door starts from: which policy is run against
/// which baseline, on which population and calendar, with which behaviour and seed. One
/// place, so that the CLI, the page, the benchmarks and the coming Python module agree.

#include <cstdint>
#include <string_view>

namespace bailiff::sim::defaults {

/// The policy in force: the national robot bailiff from 20.08.2024.
inline constexpr std::string_view kPolicy = "kz-2024-08-20";
/// The counterfactual: enforcement before the robot.
inline constexpr std::string_view kBaseline = "kz-pre-robot";
/// The Taraz pilot (the baseline of `compare`).
inline constexpr std::string_view kPilotPolicy = "kz-2024-pilot";
/// The working-day calendar.
inline constexpr std::string_view kCalendar = "kz";
/// The behaviour model fitted to the published figures.
inline constexpr std::string_view kBehaviour = "calibrated";
/// The population: Kazakhstan's fines for a year.
inline constexpr std::string_view kPopulation = "synthetic:national";
/// The shipped example cases.
inline constexpr std::string_view kCases = "example";
/// The seed (the national launch date, 20.08.2024).
inline constexpr std::uint64_t kSeed = 20240820;

}  // namespace bailiff::sim::defaults
