#pragma once
/// \file Kazakhstan's regions by every name a ministry's file may use (data/regions/kz.json):
/// English, Russian, Kazakh and common aliases, each resolved to the English name that the
/// populations and the behaviour's coverage ramps use.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bailiff::sim {

/// The shipped region table.
class RegionNames {
 public:
  /// The table of data/regions/kz.json (embedded), parsed once.
  static const RegionNames& shipped();

  /// Parse a region table; InputError naming \p file, the JSON pointer and the field.
  static RegionNames parse(std::string_view bytes, const std::string& file);

  /// The English name of the region written \p name (any of its names, English ones also
  /// case-insensitively, surrounding spaces ignored), or nullopt.
  std::optional<std::string> canonical(std::string_view name) const;

  /// The region written \p name in each language: English, Russian and Kazakh names, or
  /// nullopt when the table does not know it.
  struct Names {
    std::string english, russian, kazakh;
  };
  std::optional<Names> names_of(std::string_view name) const;

  /// The English names, in the table's order.
  const std::vector<std::string>& english_names() const { return english_; }

  /// "Almaty (city) (г. Алматы, Алматы қаласы), Astana (city) (...), ...": every region's
  /// English, Russian and Kazakh name, for an error message.
  std::string known_names() const;

  /// "one of Kazakhstan's 20 regions by its English, Russian or Kazakh name
  /// (data/regions/kz.json): " + known_names(): what a reader expected when a region's name
  /// is not in the table.
  std::string expected() const;

 private:
  struct Entry {
    std::string name;  ///< as written in the table (lower-cased when ASCII)
    std::size_t region = 0;
  };
  std::vector<std::string> english_;
  std::vector<std::string> russian_;
  std::vector<std::string> kazakh_;
  std::vector<Entry> entries_;
};

}  // namespace bailiff::sim
