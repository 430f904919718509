#pragma once
// Where a command's result goes: stdout, or a file written atomically.

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

namespace bailiff::cli {

/// Check for options that name an output file (-o, --bundle): refuses an empty path, which
/// would otherwise silently mean standard output.
const CLI::Validator& output_path();

/// Write \p bytes to stdout when \p path is empty or "-", else atomically to \p path.
void emit(std::string_view bytes, const std::string& path);

}  // namespace bailiff::cli
