#pragma once
/// \file The shipped scenarios: the files of data/ compiled into every binary, so that the
/// CLI, the tests, the benchmarks and the browser share one set of reference inputs and
/// run without a data folder. A name resolves to an embedded file unless it is a path to a
/// file on disk.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bailiff::sim {

/// One embedded data file.
struct EmbeddedFile {
  std::string_view path;   ///< path relative to data/, e.g. "policies/kz-2024-08-20.json"
  std::string_view bytes;  ///< the file's exact bytes
};

/// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& embedded_files();

/// The embedded file at \p path (relative to data/), if any.
std::optional<EmbeddedFile> find_embedded(std::string_view path);

/// Input bytes and the name to use for them in messages.
struct LoadedInput {
  std::string name;   ///< the path given, or "embedded:policies/x.json"
  std::string bytes;  ///< file contents
};

/// Load \p spec, a file path or the name of an embedded file of \p kind ("policies",
/// "calendars", "cases", "behaviour", "targets"): a path that exists on disk wins; otherwise
/// "<kind>/<spec>.json" is looked up among the embedded files. Throws InputError listing the
/// embedded names when neither exists.
LoadedInput load_input(std::string_view spec, std::string_view kind);

/// Names (without ".json") of the embedded files of \p kind.
std::vector<std::string> embedded_names(std::string_view kind);

}  // namespace bailiff::sim
