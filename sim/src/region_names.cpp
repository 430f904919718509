#include "bailiff/sim/region_names.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff::sim {
namespace {

/// \p text without surrounding ASCII spaces and tabs, its ASCII letters lower-cased (Cyrillic
/// names are compared as written).
std::string folded(std::string_view text) {
  const auto not_space = [](char c) { return c != ' ' && c != '\t'; };
  const auto first = std::find_if(text.begin(), text.end(), not_space);
  const auto last = std::find_if(text.rbegin(), text.rend(), not_space).base();
  std::string out = first < last ? std::string(first, last) : std::string();
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

const RegionNames& RegionNames::shipped() {
  static const RegionNames table = [] {
    const std::optional<EmbeddedFile> file = find_embedded("regions/kz.json");
    if (!file) throw DomainError("the region table data/regions/kz.json is not embedded");
    return parse(file->bytes, "embedded:regions/kz.json");
  }();
  return table;
}

RegionNames RegionNames::parse(std::string_view bytes, const std::string& file) {
  using ::bailiff::detail::JsonNode;
  const nlohmann::json document = ::bailiff::detail::parse_json_document(bytes, file);
  const JsonNode root(document, file, "");
  root.expect_only({"regions", "title", "description", "table"});
  const JsonNode table = root.at("table");
  if (table.array_size() == 0) table.fail("a non-empty array of regions");
  RegionNames names;
  for (std::size_t i = 0; i < table.array_size(); ++i) {
    const JsonNode row = table.element(i);
    row.expect_only({"en", "ru", "kk", "aliases"});
    const std::size_t region = names.english_.size();
    names.english_.push_back(row.at("en").as_string());
    names.russian_.push_back(row.at("ru").as_string());
    names.kazakh_.push_back(row.at("kk").as_string());
    std::vector<std::string> written = {names.english_.back(), names.russian_.back(),
                                        names.kazakh_.back()};
    if (const auto aliases = row.find("aliases")) {
      for (std::size_t a = 0; a < aliases->array_size(); ++a)
        written.push_back(aliases->element(a).as_string());
    }
    for (const std::string& name : written) {
      const std::string key = folded(name);
      if (key.empty()) row.fail("non-empty names");
      const auto same = std::find_if(names.entries_.begin(), names.entries_.end(),
                                     [&key](const Entry& e) { return e.name == key; });
      if (same != names.entries_.end() && same->region != region) {
        row.fail("names that no other region uses (\"" + name + "\" is also " +
                 names.english_[same->region] + ")");
      }
      names.entries_.push_back(Entry{key, region});
    }
  }
  return names;
}

std::optional<std::string> RegionNames::canonical(std::string_view name) const {
  const std::string key = folded(name);
  for (const Entry& e : entries_) {
    if (e.name == key) return english_[e.region];
  }
  return std::nullopt;
}

std::optional<RegionNames::Names> RegionNames::names_of(std::string_view name) const {
  const std::string key = folded(name);
  for (const Entry& e : entries_) {
    if (e.name == key) return Names{english_[e.region], russian_[e.region], kazakh_[e.region]};
  }
  return std::nullopt;
}

std::string RegionNames::known_names() const {
  std::string out;
  for (std::size_t r = 0; r < english_.size(); ++r) {
    if (r != 0) out += ", ";
    out += english_[r] + " (" + russian_[r] + ", " + kazakh_[r] + ")";
  }
  return out;
}

std::string RegionNames::expected() const {
  return "one of Kazakhstan's " + std::to_string(english_.size()) +
         " regions by its English, Russian or Kazakh name (data/regions/kz.json): " + known_names();
}

}  // namespace bailiff::sim
