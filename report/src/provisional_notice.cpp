#include "bailiff/report/provisional_notice.hpp"

#include <algorithm>

#include "bailiff/report/messages.hpp"

namespace bailiff::report {

std::string provisional_text(const std::vector<ProvisionalNote>& notes, Language language) {
  if (notes.empty()) return {};
  const auto earliest = std::min_element(
      notes.begin(), notes.end(),
      [](const ProvisionalNote& a, const ProvisionalNote& b) { return a.from < b.from; });
  std::string out = fill("provisional.header", language, {{"date", to_iso(earliest->from)}}) + "\n";
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
