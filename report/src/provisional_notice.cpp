#include "bailiff/report/provisional_notice.hpp"

#include <algorithm>

namespace bailiff::report {

std::string provisional_text(const std::vector<ProvisionalNote>& notes) {
  if (notes.empty()) return {};
  const auto earliest = std::min_element(
      notes.begin(), notes.end(),
      [](const ProvisionalNote& a, const ProvisionalNote& b) { return a.from < b.from; });
  std::string out = "Provisional  dates from " + to_iso(earliest->from) +
                    " rely on a provisional calendar or policy values that no law sets yet "
                    "(assumptions):\n";
  for (const ProvisionalNote& note : notes) {
    out += "  - " + note.source + ": " + note.assumption + "\n";
  }
  return out;
}

nlohmann::ordered_json provisional_json(const std::vector<ProvisionalNote>& notes) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const ProvisionalNote& note : notes) {
    list.push_back(
        {{"from", to_iso(note.from)}, {"source", note.source}, {"assumption", note.assumption}});
  }
  return list;
}

}  // namespace bailiff::report
