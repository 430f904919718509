// PLACEHOLDER written by the lead so the tree builds; the historical-CSV engineer replaces
// this whole file.
#include "bailiff/sim/historical.hpp"

#include <stdexcept>

namespace bailiff::sim {

HistoricalPopulation::HistoricalPopulation(const std::string& path, const std::string&,
                                           std::uint64_t)
    : path_(path) {
  throw std::runtime_error("csv populations are not implemented yet");
}

FineDraw HistoricalPopulation::at(std::uint64_t index, std::uint64_t) const {
  return records_[index].fine;
}

std::string HistoricalPopulation::describe() const { return "csv:" + path_; }

}  // namespace bailiff::sim
