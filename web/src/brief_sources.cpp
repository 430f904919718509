// The legal bases and published sources of a comparison, read from its inputs' own bytes.

#include "brief_sources.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "bailiff/report/language.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "i18n.hpp"

namespace bailiff::web {
namespace {

/// \p bytes as JSON in the file's own order of keys (discarded when not JSON).
nlohmann::ordered_json parsed(const std::string& bytes) {
  return nlohmann::ordered_json::parse(bytes, nullptr, /*allow_exceptions=*/false);
}

/// \p source as a reader outside the repository reads it: its cross-references to the
/// repository's own notes ("docs/domain.md section 3", written after a comma or in brackets)
/// dropped; the publication itself stays.
std::string public_source(std::string source) {
  for (std::size_t at = source.find("docs/"); at != std::string::npos; at = source.find("docs/")) {
    std::size_t from = at, to = source.find_first_of(",;)", at);
    if (to == std::string::npos) to = source.size();
    if (from >= 2 && source.compare(from - 2, 2, " (") == 0 && to < source.size() && source[to] == ')') {
      from -= 2;
      ++to;
    } else if (from >= 2 && source.compare(from - 2, 2, ", ") == 0) {
      from -= 2;
    }
    source.erase(from, to - from);
  }
  return source;
}

}  // namespace

std::vector<std::string> legal_bases(const sim::Scenario& scenario) {
  std::vector<std::string> out;
  for (const Policy* policy : {&scenario.policy.value, &scenario.baseline.value}) {
    for (const ParameterInfo& p : policy->parameters()) {
      std::string basis = p.basis.empty() ? p.reference : report::in_language(p.basis, language());
      if (std::find(out.begin(), out.end(), basis) == out.end()) out.push_back(std::move(basis));
    }
  }
  return out;
}

bool behaviour_calibrated(const sim::Scenario& scenario) {
  const nlohmann::ordered_json doc = parsed(scenario.inputs.behaviour.bytes);
  return doc.is_object() && doc.contains("calibration");
}

std::vector<PublishedSource> published_sources(const sim::Scenario& scenario) {
  std::vector<PublishedSource> out;
  const nlohmann::ordered_json doc = parsed(scenario.inputs.behaviour.bytes);
  if (!doc.is_object() || !doc.contains("calibration")) return out;
  for (const nlohmann::json& target :
       doc["calibration"].value("targets", nlohmann::json::array())) {
    const std::string id = target.value("target", std::string());
    const auto file = sim::find_embedded("targets/" + id + ".json");
    const nlohmann::ordered_json shipped =
        file ? parsed(std::string(file->bytes)) : nlohmann::ordered_json();
    const std::string source = public_source(shipped.is_object() ? shipped.value("source", id) : id);
    const auto same = std::find_if(out.begin(), out.end(),
                                   [&](const PublishedSource& p) { return p.source == source; });
    if (same == out.end()) {
      out.push_back({source, {id}});
    } else {
      same->targets.push_back(id);
    }
  }
  return out;
}

}  // namespace bailiff::web
