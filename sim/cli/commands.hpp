#pragma once
// Each subcommand registers itself on the application.

#include <CLI/CLI.hpp>

namespace bailiff::cli {

/// `bailiff decide`: decide every case of a cases file under a policy.
void register_decide(CLI::App& app);

}  // namespace bailiff::cli
