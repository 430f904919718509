#include "bailiff/sim/scenarios.hpp"

#include <algorithm>
#include <filesystem>

#include "bailiff/error.hpp"
#include "bailiff/sim/files.hpp"

namespace bailiff::sim {

std::optional<EmbeddedFile> find_embedded(std::string_view path) {
  for (const EmbeddedFile& file : embedded_files()) {
    if (file.path == path) return file;
  }
  return std::nullopt;
}

std::vector<std::string> embedded_names(std::string_view kind) {
  std::vector<std::string> names;
  const std::string prefix = std::string(kind) + "/";
  for (const EmbeddedFile& file : embedded_files()) {
    if (file.path.substr(0, prefix.size()) == prefix && file.path.size() > prefix.size() + 5 &&
        file.path.substr(file.path.size() - 5) == ".json") {
      names.emplace_back(file.path.substr(prefix.size(), file.path.size() - prefix.size() - 5));
    }
  }
  return names;
}

LoadedInput load_input(std::string_view spec, std::string_view kind) {
  const std::string path(spec);
  std::error_code error;
  if (std::filesystem::is_regular_file(path, error)) return {path, read_file(path)};
  const std::string embedded_path = std::string(kind) + "/" + path + ".json";
  if (const auto file = find_embedded(embedded_path)) {
    return {"embedded:" + embedded_path, std::string(file->bytes)};
  }
  std::string known;
  for (const std::string& name : embedded_names(kind)) known += (known.empty() ? "" : ", ") + name;
  throw InputError(path, "line 1", std::string(kind),
                   "an existing file or a shipped name (" + known + ")", "no such file");
}

}  // namespace bailiff::sim
