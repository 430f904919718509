#pragma once
/// \file A scenario: a policy against a baseline over one population and behaviour model,
/// with Monte Carlo replications. The shared back end of `simulate`, `compare`,
/// `calibrate` and the browser.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bailiff/calendar.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/population.hpp"
#include "bailiff/sim/report_period.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/sim/simulator.hpp"
#include "bailiff/sim/defaults.hpp"

namespace bailiff::sim {

/// What the user chose (names of shipped inputs or paths).
struct ScenarioChoice {
  std::string policy{defaults::kPolicy};
  std::string baseline{defaults::kBaseline};
  std::string calendar{defaults::kCalendar};
  std::string behaviour{defaults::kBehaviour};
  std::string population{defaults::kPopulation};  ///< synthetic:NAME or csv:PATH
  std::uint64_t cases = 0;                         ///< 0 = the population's default size
  std::string iin_key;                             ///< key for IIN pseudonyms (csv populations)
  std::optional<Date> horizon;                     ///< default: Calendar::last_final_day()
  std::optional<DateWindow> report_period;         ///< count the events inside it
  std::string region;                              ///< restrict the period's counts to it
  /// Use the behaviour file's posterior ensemble, if it has one: replication r simulates
  /// draw r mod D (draw 0 is the file's own parameters). False: every replication uses the
  /// file's parameters (Monte Carlo variation only).
  bool behaviour_draws = true;
  /// Simulate every case, or compute every figure's expectation exactly (no sampling error;
  /// the replications then differ only by their behaviour draws).
  Method method = Method::kMonteCarlo;
};

/// A parsed input with its digest.
template <typename T>
struct Loaded {
  std::string name;
  Digest sha256{};
  T value;
};

/// The bytes a scenario is made from, wherever they came from (files, the embedded data or a
/// bundle): what the run parsed is exactly what a bundle embeds.
struct ScenarioInputs {
  LoadedInput policy, baseline, calendar, behaviour;
  /// The synthetic preset; for a csv population, the CSV's bytes when the front door holds
  /// them (the page), or empty: the CSV is then streamed from its path (a national file is
  /// gigabytes). Never embedded in a bundle: a CSV holds clear IINs.
  LoadedInput population;
};

/// Everything a run needs, parsed and validated.
struct Scenario {
  ScenarioChoice choice;
  ScenarioInputs inputs;  ///< the bytes parsed below
  Loaded<Policy> policy;
  Loaded<Policy> baseline;
  Loaded<Calendar> calendar;
  Loaded<BehaviourParams> behaviour_params;
  std::unique_ptr<BehaviourModel> behaviour;
  std::unique_ptr<Population> population;
  Date horizon;
  std::optional<ReportPeriod> period;  ///< the choice's report period, its region resolved
};

/// The inputs \p choice names, read from files or the embedded data. Throws InputError for
/// an unknown name or an unreadable file, or a population that is neither synthetic:NAME
/// nor csv:PATH.
ScenarioInputs load_scenario_inputs(const ScenarioChoice& choice);

/// Parse and validate a scenario from its inputs' bytes (the one place both horizon checks
/// live). Throws InputError naming the file and field at fault, or DomainError for an
/// impossible combination (a horizon beyond the calendar or before the last fine).
Scenario scenario_from_inputs(const ScenarioChoice& choice, ScenarioInputs inputs);

/// load_scenario_inputs then scenario_from_inputs.
Scenario load_scenario(const ScenarioChoice& choice);

/// Runs of a scenario: replication r of the policy and of the baseline share seed r.
struct Comparison {
  std::uint64_t seed = 0;
  std::vector<std::uint64_t> seeds;    ///< per replication
  /// Per replication: the behaviour ensemble's draw it simulated (all 0 without one).
  std::vector<std::uint32_t> draws;
  /// Draws in the behaviour file's ensemble, when the runs used it (0 otherwise).
  std::uint32_t ensemble_size = 0;
  Method method = Method::kMonteCarlo;  ///< how every run's figures were computed
  std::vector<RunResult> policy_runs;  ///< per replication
  std::vector<RunResult> baseline_runs;
};

/// Which of a scenario's two policies a run simulates.
enum class Role { kPolicy, kBaseline };

/// The number of ensemble draws \p scenario's runs take turns over: the behaviour file's
/// ensemble size when the choice uses it and it has more than one draw, else 0.
std::uint32_t ensemble_size(const Scenario& scenario);

/// Populations of fewer fines than this are simulated case by case (Monte Carlo) unless a
/// door is told otherwise: there a run's own sampling variation is part of the answer. At
/// national scale (25.5 M fines) it is a few hundredths of a percent, far below the
/// behaviour uncertainty that the posterior draws carry, so every figure's exact expectation
/// is computed instead.
inline constexpr std::uint64_t kExactMinimumCases = 100'000;

/// Replications of a Monte Carlo run when none are asked for.
inline constexpr std::uint32_t kDefaultMonteCarloReplications = 10;

/// The method every door uses when the user names none: Monte Carlo when \p per_case (a
/// replay bundle or per-case records need the simulated cases) or when \p scenario's
/// population holds fewer than kExactMinimumCases fines; the exact method otherwise.
Method default_method(const Scenario& scenario, bool per_case);

/// The replications every door runs when the user names none: by the exact method every
/// draw of the behaviour's ensemble (one without one), so the figures are the ensemble's
/// mean and 5-95% interval; kDefaultMonteCarloReplications by Monte Carlo.
std::uint32_t default_replications(const Scenario& scenario);

/// The digest a run of ensemble draw \p draw commits to: the behaviour file's own digest
/// for draw 0, SHA-256(file digest || "|draw=" || draw) otherwise.
Digest behaviour_draw_digest(const Digest& file, std::uint32_t draw);

/// The spec of one run of \p scenario: the \p role's policy, the scenario's calendar,
/// population, behaviour and horizon, and \p seed (the one place a RunSpec is filled).
RunSpec run_spec(const Scenario& scenario, Role role, std::uint64_t seed);

}  // namespace bailiff::sim
