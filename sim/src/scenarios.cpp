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

bool has_miscased_embedded_prefix(std::string_view name) {
  if (name.size() < kEmbeddedPrefix.size()) return false;
  const std::string_view head = name.substr(0, kEmbeddedPrefix.size());
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return head != kEmbeddedPrefix &&
         std::equal(head.begin(), head.end(), kEmbeddedPrefix.begin(),
                    [&](char a, char b) { return lower(a) == b; });
}

std::string embedded_name_list(std::string_view kind) {
  std::string known;
  for (const std::string& name : embedded_names(kind)) known += (known.empty() ? "" : ", ") + name;
  return known;
}

namespace {

/// The embedded file \p spec names as "embedded:<kind>/...", if it has the prefix.
std::optional<EmbeddedFile> embedded_by_full_name(std::string_view spec, std::string_view kind) {
  if (spec.substr(0, kEmbeddedPrefix.size()) != kEmbeddedPrefix) return std::nullopt;
  const std::string_view path = spec.substr(kEmbeddedPrefix.size());
  if (path.substr(0, kind.size()) != kind || path.substr(kind.size(), 1) != "/") return std::nullopt;
  return find_embedded(path);
}

}  // namespace

bool input_exists(std::string_view spec, std::string_view kind) {
  if (has_miscased_embedded_prefix(spec)) return false;
  if (spec.substr(0, kEmbeddedPrefix.size()) == kEmbeddedPrefix) {
    return embedded_by_full_name(spec, kind).has_value();
  }
  std::error_code error;
  return std::filesystem::is_regular_file(std::string(spec), error) ||
         find_embedded(std::string(kind) + "/" + std::string(spec) + ".json").has_value();
}

LoadedInput load_input(std::string_view spec, std::string_view kind) {
  const std::string path(spec);
  if (has_miscased_embedded_prefix(spec)) {
    throw InputError(path, "line 1", std::string(kind),
                     "a file or a shipped name (the prefix of a shipped file's name is \"embedded:\", in "
                     "lower case: embedded:" + std::string(kind) + "/NAME.json; ./" + path +
                         " reads a file of that name)",
                     "the prefix \"" + path.substr(0, kEmbeddedPrefix.size()) + "\"");
  }
  if (spec.substr(0, kEmbeddedPrefix.size()) == kEmbeddedPrefix) {
    if (const auto file = embedded_by_full_name(spec, kind)) return {path, std::string(file->bytes)};
    throw InputError(path, "line 1", std::string(kind),
                     "a shipped name (embedded:" + std::string(kind) + "/NAME.json with NAME one of " +
                         embedded_name_list(kind) + ")",
                     "no such shipped file");
  }
  std::error_code error;
  if (std::filesystem::is_regular_file(path, error)) return {path, read_file(path)};
  const std::string embedded_path = std::string(kind) + "/" + path + ".json";
  if (const auto file = find_embedded(embedded_path)) {
    return {std::string(kEmbeddedPrefix) + embedded_path, std::string(file->bytes)};
  }
  throw InputError(path, "line 1", std::string(kind),
                   "an existing file or a shipped name (" + embedded_name_list(kind) + ")", "no such file");
}

}  // namespace bailiff::sim
