#pragma once
// Counts on the command line (--cases, --threads, --replications, --seed...): each has a
// documented range, and a value outside it, negative, or not a plain decimal number is
// refused while the options are parsed, before any work is done (never wrapped: "-1" is not
// 2^64 - 1, and "10^12" cases never reach an allocation).

#include <CLI/CLI.hpp>
#include <cstdint>

namespace bailiff::cli {

/// Fines in one run at most (--cases): eight times the national default of 25.5 million.
inline constexpr std::uint64_t kMaxCases = 200'000'000;
/// Worker threads per process at most (--threads; 0 means one per core).
inline constexpr std::uint64_t kMaxThreads = 256;
/// Replications at most (--replications).
inline constexpr std::uint64_t kMaxReplications = 1000;
/// Fines whose outcomes --per-case lists at most (--per-case-count).
inline constexpr std::uint64_t kMaxPerCase = 1'000'000;

/// Option check: the value is decimal digits only (no sign, no spaces, no 0x) and lies in
/// [\p min, \p max]; the message says so and names the range. A long value is not echoed.
CLI::Validator count_range(std::uint64_t min, std::uint64_t max);

}  // namespace bailiff::cli
