#pragma once
// Where a command's results go: stdout, or files written atomically, all or none.

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/sim/files.hpp"

namespace bailiff::cli {

/// Check for options that name an output file (-o, --bundle): refuses an empty path, which
/// would otherwise silently mean standard output.
const CLI::Validator& output_path();

/// Write \p bytes to standard output; throws std::runtime_error when they cannot all be
/// written (a closed pipe, a full disk, /dev/full), so that a command never ends with
/// status 0 and a truncated result.
void write_stdout(std::string_view bytes);

/// A command's results, written together: every file is staged (a temporary file beside
/// it, sim::StagedOutput) before anything is put in place, so that an error while computing
/// or staging any of them leaves none of them behind.
class Outputs {
 public:
  /// Add \p bytes for \p path (empty or "-": standard output).
  void add(std::string_view bytes, const std::string& path,
           sim::FileAccess access = sim::FileAccess::kShared);

  /// Add \p bytes for a new file \p path: put in place with StagedOutput::commit_new, so
  /// that whatever is at \p path (even a file that appears after any check) is never
  /// replaced and commit() fails instead.
  void add_new(std::string_view bytes, const std::string& path, sim::FileAccess access);

  /// Stage every file, then write standard output, then put the files in place. When a new
  /// file cannot be put in place, the new files already put in place are removed again.
  void commit();

 private:
  struct Pending {
    std::string bytes;
    std::string path;
    sim::FileAccess access;
    bool new_only = false;
  };
  std::vector<Pending> pending_;
};

/// Write \p bytes to stdout when \p path is empty or "-", else atomically to \p path.
void emit(std::string_view bytes, const std::string& path);

/// Refuses, before any work is done, the options of \p cmd that would write over each other
/// or over an input: the same file given to two outputs (`-o X --bundle X`), or an output
/// that is a file read by another option (`--cases X -o X`, `verify X -o X`). Throws
/// InputError naming both options.
void check_outputs(const CLI::App& cmd);

}  // namespace bailiff::cli
