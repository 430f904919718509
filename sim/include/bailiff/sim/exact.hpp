#pragma once
/// \file The exact method: the expectation of every counter of a run, without sampling.
/// Cases differ only by their kind of fine (population.hpp: FineKind), region, debtor
/// segment and whether each notice reaches; the behaviour model is a daily hazard per
/// stretch of a case's path. So each kind's unpaid path is walked once through the same
/// engine calls as the simulation (case_path.hpp), and the chance of paying on each day
/// comes from the same survival tables the simulation draws from (behaviour.hpp), with the
/// same exact probabilities (integer fractions of 2^32). The Monte Carlo mean converges to
/// these values; tests/sim/exact_agreement_test.cpp holds the two together.

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "bailiff/sim/metrics.hpp"
#include "bailiff/sim/simulator.hpp"

namespace bailiff::sim {

/// The first two moments of one counter: the expected sum over cases of its per-case value,
/// and of the square of it (so that a Monte Carlo run's variance can be stated exactly).
struct Moments {
  double mean = 0;
  double square = 0;
  /// A per-case value \p value with chance \p mass.
  void add(double mass, double value) {
    mean += mass * value;
    square += mass * value * value;
  }
  /// \p other's moments, \p weight times.
  void add_scaled(const Moments& other, double weight) {
    mean += weight * other.mean;
    square += weight * other.square;
  }
  /// The standard error of a Monte Carlo run's total of this counter over \p cases cases
  /// drawn independently (an upper bound for a fixed set of records).
  double standard_error(double cases) const;
};

/// GroupTotals' expectations.
struct ExpectedGroup {
  Moments cases, paid, handed, collected, fees;
  /// \p other, \p weight times.
  void add_scaled(const ExpectedGroup& other, double weight);
};

/// PeriodCounts' expectations.
struct ExpectedPeriod {
  Moments fines_in_force, imposed, collected, robot_opened, robot_opened_debt, robot_completed,
      robot_collected, handed_to_bailiff;
  /// \p other, \p weight times.
  void add_scaled(const ExpectedPeriod& other, double weight);
};

/// The expectations of Metrics' run-wide counters (its groups, day series and period aside):
/// what one case's path adds up, and the one list of them that adding and rounding walk.
struct ExpectedCounters {
  std::array<Moments, kPayStageCount> paid_by_stage{}, collected_by_stage{};
  Moments fees_paid, proceedings_opened, notices_sms, notices_egov, accounts_arrested,
      arrest_recoveries, handed_to_bailiff;
  /// \p other, \p weight times.
  void add_scaled(const ExpectedCounters& other, double weight);
  /// Each expectation rounded to the nearest integer into \p m's counter of the same name.
  void round_into(Metrics& m) const;
};

/// The expectation of every counter of Metrics, in its units (cases, tiyn).
struct ExpectedMetrics : ExpectedCounters {
  Moments cases;
  std::vector<Moments> paid_by_day;  ///< kSeriesDays long with the day series, else empty
  std::vector<ExpectedGroup> by_region, by_segment;
  ExpectedPeriod period;

  /// Each counter's expectation rounded to the nearest integer: what a report prints.
  Metrics rounded() const;
};

/// The expectation of every counter of a run of \p spec (its seed plays no part), the kinds
/// of fine shared among the workers of \p tasks (the sums do not depend on how many);
/// without \p series the paid-by-day series stays zero (calibration does not read it, and
/// it adds about a quarter to the cost). Throws DomainError for a path the method does not
/// follow (case_path.hpp).
ExpectedMetrics expected_metrics(const RunSpec& spec, TaskSystem& tasks = serial_tasks(),
                                 bool series = true);
/// The same over \p kinds, which must be spec.population->kinds() (a caller that runs many
/// specs of one population computes them once).
ExpectedMetrics expected_metrics(const RunSpec& spec, std::span<const FineKind> kinds,
                                 TaskSystem& tasks, bool series);

/// A run by the exact method: the rounded expectations, and as its root the SHA-256 of
/// "robot-bailiff/sim-exact/v1", the run header's digest and the counters' canonical bytes
/// (there are no blocks of cases to chain).
RunResult simulate_exact(const RunSpec& spec, TaskSystem& tasks = serial_tasks(),
                         bool series = true);
/// The same over \p kinds, which must be spec.population->kinds().
RunResult simulate_exact(const RunSpec& spec, std::span<const FineKind> kinds, TaskSystem& tasks,
                         bool series);
/// The exact run of \p spec whose rounded expectations are \p metrics: its header digest and
/// root as simulate_exact() gives them (for a run computed in another process).
RunResult exact_result(const RunSpec& spec, Metrics metrics);

}  // namespace bailiff::sim
