#pragma once
/// \file Named scenarios kept side by side (up to four): the current comparison's figures
/// saved under a name with the inputs that gave them (the scenario key: the URL hash without
/// the language). All of them are in the URL (url_state.hpp); a link restores them by running
/// each again by Monte Carlo, as it was saved, in a runner of its own once the page's run is
/// done, so a restored scenario's figures are its own run's, bit for bit.

#include <cstddef>
#include <optional>
#include <string>

#include "bailiff/report/comparison_report.hpp"

namespace bailiff::web {

struct AppState;

/// One saved scenario.
struct SavedScenario {
  std::string name;
  std::string key;                                   ///< scenario_key of its inputs
  std::optional<report::ComparisonSummary> summary;  ///< its figures; none until rerun
  bool failed = false;  ///< its inputs did not load (the message went to AppState::error)
};

/// How many scenarios the page keeps.
inline constexpr std::size_t kMaxSaved = 4;

/// Save the current comparison under \p name (its policy A's label when empty) and put it in
/// the URL; returns "" or, in words, why not: no finished run of the current inputs, a CSV
/// population (never in a link), or four kept already.
std::string save_current(AppState& s, std::string name);

/// Drop saved scenario \p index (and from the URL).
void remove_saved(AppState& s, std::size_t index);

/// Some saved scenario has no figures yet (restored from a link) and its inputs load.
bool restoring_saved(const AppState& s);

/// Rerun the next saved scenario without figures for about \p budget_ms (a slice per frame).
void step_saved(AppState& s, double budget_ms);

}  // namespace bailiff::web
