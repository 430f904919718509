#pragma once
/// \file How a population is named on a command line, in a targets file or a manifest:
/// `synthetic:NAME` (a preset of data/populations) or `csv:PATH` (historical records). The
/// one parser of that form.

#include <optional>
#include <string>
#include <string_view>

namespace bailiff::sim {

/// A population named by kind and preset name or path.
struct PopulationSpec {
  enum class Kind { kSynthetic, kCsv };
  Kind kind = Kind::kSynthetic;
  std::string name;  ///< the preset's name, or the CSV file's path

  /// `synthetic:NAME` or `csv:PATH` (NAME and PATH non-empty); nullopt otherwise.
  static std::optional<PopulationSpec> parse(std::string_view text);
  /// A synthetic preset.
  static PopulationSpec synthetic(std::string name) { return {Kind::kSynthetic, std::move(name)}; }
  /// Historical records from a CSV file.
  static PopulationSpec csv(std::string path) { return {Kind::kCsv, std::move(path)}; }

  /// The text form, "synthetic:NAME" or "csv:PATH".
  std::string text() const;
};

}  // namespace bailiff::sim
