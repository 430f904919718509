// load_targets: the shipped target files, a directory of them, or the shipped set with a
// directory's variants, each target id once.

#include "bailiff/study/target.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "bailiff/error.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff::study {
namespace {

/// The (name, bytes) of the target files \p spec names: "shipped" or a directory, in name order.
std::vector<std::pair<std::string, std::string>> target_files(const std::string& spec) {
  std::vector<std::pair<std::string, std::string>> files;
  if (spec == "shipped") {
    std::vector<std::string> names = sim::embedded_names("targets");
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      const sim::LoadedInput input = sim::load_input(name, "targets");
      files.emplace_back(input.name, input.bytes);
    }
  } else {
    std::error_code error;
    if (!std::filesystem::is_directory(spec, error)) {
      throw InputError(spec, "line 1", "--targets",
                       "\"shipped\", a directory of target files or shipped+DIRECTORY",
                       "not a directory");
    }
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(spec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        paths.push_back(entry.path().string());
      }
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) files.emplace_back(path, sim::read_file(path));
  }
  if (files.empty()) {
    throw InputError(spec, "line 1", "--targets", "at least one target file (*.json)", "none");
  }
  return files;
}

/// The targets of \p spec's files, each id once.
std::vector<Target> parse_targets(const std::string& spec) {
  std::vector<Target> targets;
  std::set<std::string> ids;
  for (const auto& [name, bytes] : target_files(spec)) {
    targets.push_back(Target::parse(bytes, name));
    if (!ids.insert(targets.back().id).second) {
      throw InputError(name, "/target", "target", "a target id no other file uses",
                       "\"" + targets.back().id + "\"");
    }
  }
  return targets;
}

}  // namespace

std::vector<Target> load_targets(const std::string& spec) {
  constexpr std::string_view kOverlay = "shipped+";
  std::vector<Target> targets;
  if (spec.rfind(kOverlay, 0) == 0) {
    // A variant set: the shipped targets with the directory's replacing those of the same id.
    targets = parse_targets("shipped");
    for (Target& t : parse_targets(spec.substr(kOverlay.size()))) {
      const auto same = std::find_if(targets.begin(), targets.end(),
                                     [&t](const Target& s) { return s.id == t.id; });
      if (same != targets.end()) {
        *same = std::move(t);
      } else {
        targets.push_back(std::move(t));
      }
    }
  } else {
    targets = parse_targets(spec);
  }
  if (std::none_of(targets.begin(), targets.end(), [](const Target& t) { return t.fit; })) {
    throw InputError(spec, "line 1", "role", "at least one target with role \"fit\"", "none");
  }
  return targets;
}

}  // namespace bailiff::study
