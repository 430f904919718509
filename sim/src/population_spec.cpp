#include "bailiff/sim/population_spec.hpp"

namespace bailiff::sim {
namespace {

constexpr std::string_view kSyntheticPrefix = "synthetic:";
constexpr std::string_view kCsvPrefix = "csv:";

}  // namespace

std::optional<PopulationSpec> PopulationSpec::parse(std::string_view text) {
  for (const auto& [prefix, kind] : {std::pair{kSyntheticPrefix, Kind::kSynthetic},
                                     std::pair{kCsvPrefix, Kind::kCsv}}) {
    if (text.substr(0, prefix.size()) == prefix && text.size() > prefix.size()) {
      return PopulationSpec{kind, std::string(text.substr(prefix.size()))};
    }
  }
  return std::nullopt;
}

std::string PopulationSpec::text() const {
  return std::string(kind == Kind::kSynthetic ? kSyntheticPrefix : kCsvPrefix) + name;
}

}  // namespace bailiff::sim
