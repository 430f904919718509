#pragma once
// Each subcommand registers itself on the application.

#include <CLI/CLI.hpp>
#include <stdexcept>

namespace bailiff::cli {

/// The exit status of a check that could not be made (verify-receipt without a public
/// key: "NOT CHECKED"), distinct from 0 (verified), 1 (not verified, or failed) and 2 (bad
/// input).
inline constexpr int kNotCheckedStatus = 3;

/// Thrown when a command ran but could not establish what it was asked to check: main
/// prints the message and exits with kNotCheckedStatus.
class NotChecked : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// `bailiff decide`: decide every case of a cases file under a policy.
void register_decide(CLI::App& app);

/// `bailiff simulate`: a population under a policy against a baseline.
void register_simulate(CLI::App& app);

/// `bailiff compare`: two policies side by side with breakdowns.
void register_compare(CLI::App& app);

/// `bailiff calibrate`: fit the behaviour model to data/targets/.
void register_calibrate(CLI::App& app);

/// `bailiff sweep`: a grid of variants, one row of figures each (explore_commands.cpp).
void register_sweep(CLI::App& app);

/// `bailiff sensitivity`: a tornado over the behaviour's parameter groups (explore_commands.cpp).
void register_sensitivity(CLI::App& app);

/// `bailiff keygen`: a key pair for signing bundles (keygen_command.cpp).
void register_keygen(CLI::App& app);

/// `bailiff receipt`, `verify-receipt`: one case's proof (receipt_commands.cpp).
void register_receipt(CLI::App& app);
void register_verify_receipt(CLI::App& app);

/// `bailiff verify`, `export-jsonl`, `explain`, `diff`: the audit commands (audit_commands.cpp).
void register_verify(CLI::App& app);
void register_export_jsonl(CLI::App& app);
void register_explain(CLI::App& app);
void register_diff(CLI::App& app);

/// `bailiff check-records`, `record-log`: a recorded enforcement log checked against the law,
/// and its ground-truth generator (records_commands.cpp).
void register_check_records(CLI::App& app);
void register_record_log(CLI::App& app);

}  // namespace bailiff::cli
