#pragma once
// `--bundle FILE [--sign KEYFILE]` on decide and simulate: the options, and writing the
// bundle atomically, signed when asked.

#include <CLI/CLI.hpp>
#include <string>

#include "bailiff/sim/decide_run.hpp"
#include "bailiff/sim/scenario.hpp"
#include "output.hpp"
#include "scenario_options.hpp"

namespace bailiff::cli {

/// Where to write a bundle (empty: none) and the subcommand whose options it records.
struct BundleRequest {
  std::string path;
  std::string sign_key;  ///< secret key file to sign with (empty: unsigned)
  const CLI::App* cmd = nullptr;
};

/// Add `--bundle FILE` and `--sign KEYFILE` to \p cmd.
void add_bundle_option(CLI::App* cmd, BundleRequest& request);

/// The subcommand's command line as parsed, e.g. "bailiff decide --policy kz-pre-robot".
std::string parsed_command(const CLI::App* cmd);

/// Add the decide bundle to \p outputs when one was asked for; returns the line to print
/// once it is written (empty when none).
std::string add_decide_bundle(const BundleRequest& request, const sim::DecideRun& run,
                              Outputs& outputs);

/// Add the simulate bundle to \p outputs when one was asked for (re-runs the scenario
/// recording the block counters, with a progress line); returns the line to print once it
/// is written (empty when none).
std::string add_simulate_bundle(const BundleRequest& request, const sim::Scenario& scenario,
                                const sim::Comparison& comparison, Outputs& outputs);

}  // namespace bailiff::cli
