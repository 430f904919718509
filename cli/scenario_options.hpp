#pragma once
// Command-line options shared by simulate, compare and calibrate.

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/sim/defaults.hpp"

namespace bailiff::cli {

/// The options of a scenario run as typed by the user.
struct ScenarioOptions {
  sim::ScenarioChoice choice;
  std::string iin_key_file;  ///< file holding the IIN key (instead of --iin-key)
  std::string horizon;
  std::string report_period;  ///< FROM..TO, empty for none
  std::string behaviour_draws = "on";  ///< "on": take turns over the behaviour's ensemble; "off"
  std::string method = "auto";  ///< "auto" (sim::default_method), "mc" (every case) or "exact"
  std::uint64_t seed = sim::defaults::kSeed;
  std::uint32_t replications = 0;  ///< 0: sim::default_replications
  unsigned threads = 0;  ///< 0 = all cores
  std::string output;
  bool json = false;
  bool csv = false;
};

/// Add the shared options to \p cmd; \p policy_flags names the two policy options
/// ("--policy"/"--baseline" or "--a"/"--b").
void add_scenario_options(CLI::App* cmd, ScenarioOptions& options, bool compare_names);

/// The --horizon option: nullopt when empty, the date otherwise; InputError when it is not
/// a date YYYY-MM-DD.
std::optional<Date> parse_horizon(const std::string& text);

/// The largest --iin-key-file read (4 KiB: a key is a line of text).
inline constexpr std::uint64_t kMaxIinKeyFileBytes = 4096;

/// Environment variable read for the IIN key when neither --iin-key nor --iin-key-file is given.
inline constexpr const char* kIinKeyVariable = "BAILIFF_IIN_KEY";

/// The IIN key from \p key (--iin-key), \p key_file (--iin-key-file, one trailing line feed
/// dropped) or BAILIFF_IIN_KEY, in that order; both options at once are refused as ambiguous.
std::string resolve_iin_key(const std::string& key, const std::string& key_file);

/// The scenario the options describe, with the IIN key from --iin-key, --iin-key-file or
/// BAILIFF_IIN_KEY (InputError on a bad --horizon, an unreadable key file, or both options).
sim::ScenarioChoice resolve_choice(const ScenarioOptions& options);

/// An option that needs the run's cases simulated (a replay bundle, per-case outcomes): its
/// name and why, for the refusal of an exact run.
struct NeedsCases {
  std::string_view option;  ///< e.g. "--bundle"
  std::string_view why;     ///< e.g. "a replay bundle records the Monte Carlo's blocks of cases"
};

/// Settle what the user left to the defaults, once \p scenario is loaded: "auto" becomes the
/// method sim::default_method gives (Monte Carlo when \p needs_cases: the run must simulate
/// cases), set in scenario.choice and \p options; replications 0 becomes
/// sim::default_replications. An exact run asked for with \p needs_cases is refused.
void settle_defaults(sim::Scenario& scenario, ScenarioOptions& options,
                     std::optional<NeedsCases> needs_cases);


}  // namespace bailiff::cli
