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

/// The prefix of an embedded file's name in messages, reports and bundles
/// ("embedded:policies/x.json"), in lower case only.
inline constexpr std::string_view kEmbeddedPrefix = "embedded:";

/// Whether \p name begins with kEmbeddedPrefix in another case ("Embedded:", "EMBEDDED:"):
/// such a name would read as a shipped file's without being one, so every reader refuses it.
bool has_miscased_embedded_prefix(std::string_view name);

/// Load \p spec, a file path or the name of an embedded file of \p kind ("policies",
/// "calendars", "cases", "behaviour", "targets"): "embedded:<kind>/<name>.json" (the name
/// reports print) is the embedded file; otherwise a path that exists on disk wins, then
/// "<kind>/<spec>.json" is looked up among the embedded files. Throws InputError listing the
/// embedded names when neither exists, and for a prefix "Embedded:" in another case.
LoadedInput load_input(std::string_view spec, std::string_view kind);

/// Whether load_input(\p spec, \p kind) finds a file (on disk or embedded), without reading it.
bool input_exists(std::string_view spec, std::string_view kind);

/// Names (without ".json") of the embedded files of \p kind.
std::vector<std::string> embedded_names(std::string_view kind);

/// The embedded names of \p kind as one list for a message: "a, b, c".
std::string embedded_name_list(std::string_view kind);

}  // namespace bailiff::sim
