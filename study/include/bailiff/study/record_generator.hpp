#pragma once
/// \file Ground truth for the check: a recorded enforcement log written from a simulated
/// population (the engine's own decisions on the simulated payments, as a ministry would
/// export them), with deviations of every finding kind injected at a seeded, stated rate.

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/record_check.hpp"

namespace bailiff::study {

/// What the generator does.
struct GeneratorOptions {
  std::uint64_t seed = 1;
  /// Share of cases given one deviation, in parts per million; each such case gets one kind
  /// drawn uniformly among the kinds its path allows (Philox, stream kStreamInjection).
  std::uint32_t inject_ppm = 0;
  /// The form written. The debtors' IINs are random valid numbers drawn from the seed.
  LogFormat format = LogFormat::kCsv;
};

/// One injected deviation: the finding the check must report.
struct Injected {
  std::string case_id;
  FindingKind kind{};
  Tiyn at_stake = 0;
  bool charged = false;
};

/// What was written.
struct GeneratedLog {
  std::uint64_t cases = 0;
  std::uint64_t events = 0;
  Date horizon;                    ///< the last day recorded: check with this as-of date
  std::vector<Injected> injected;  ///< in case order
  std::array<std::uint64_t, kFindingKinds> by_kind{};  ///< injected per kind
};

/// The RNG stream of the injections (beside sim's streams, which it never shifts).
inline constexpr std::uint32_t kStreamInjection = 0x5EC0;

/// Writes the log of \p scenario's population under its policy (robot available in every
/// region: the law's path, not a roll-out) to \p out, case ids "SIM-" and the index.
GeneratedLog write_record_log(const sim::Scenario& scenario, const GeneratorOptions& options,
                              std::ostream& out);

/// The injected deviations as CSV: case_id,kind,at_stake_tenge,charged.
std::string injected_csv(const GeneratedLog& log);

}  // namespace bailiff::study
