#pragma once
// `--bundle FILE [--sign KEYFILE]` on decide, simulate and check-records: the options, and
// writing the bundle atomically, signed when asked.

#include <CLI/CLI.hpp>
#include <string>

#include "bailiff/audit/records_bundle.hpp"
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

/// Add `--bundle FILE` and `--sign KEYFILE` to \p cmd; \p what says what the bundle holds
/// (empty: a replay bundle's manifest, inputs and log).
void add_bundle_option(CLI::App* cmd, BundleRequest& request, const std::string& what = {});

/// The subcommand's command line as parsed, e.g. "bailiff decide --policy kz-pre-robot".
std::string parsed_command(const CLI::App* cmd);

/// Add the decide bundle to \p outputs when one was asked for; returns the line to print
/// once it is written (empty when none).
std::string add_decide_bundle(const BundleRequest& request, const sim::DecideRun& run,
                              Outputs& outputs);

/// Add check-records' findings bundle to \p outputs when one was asked for: the cases
/// \p writer collected during the check \p result over \p sources. Returns the line to print
/// once it is written (empty when none).
std::string add_records_bundle(const BundleRequest& request,
                               const audit::RecordsBundleWriter& writer,
                               const study::CheckResult& result,
                               const audit::RecordsBundleSources& sources, Outputs& outputs);

/// Add the simulate bundle to \p outputs when one was asked for (re-runs the scenario
/// recording the block counters, with a progress line); returns the line to print once it
/// is written (empty when none).
std::string add_simulate_bundle(const BundleRequest& request, const sim::Scenario& scenario,
                                const sim::Comparison& comparison, Outputs& outputs);

}  // namespace bailiff::cli
