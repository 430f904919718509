#pragma once
// Each subcommand registers itself on the application.

#include <CLI/CLI.hpp>

namespace bailiff::cli {

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
