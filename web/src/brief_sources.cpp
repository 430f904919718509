// The legal bases and published sources of a comparison, read from its inputs' own bytes.

#include "brief_sources.hpp"

#include <algorithm>
#include <string_view>

#include <nlohmann/json.hpp>

#include "bailiff/sim/scenarios.hpp"

namespace bailiff::web {
namespace {

/// \p bytes as JSON in the file's own order of keys (discarded when not JSON).
nlohmann::ordered_json parsed(const std::string& bytes) {
  return nlohmann::ordered_json::parse(bytes, nullptr, /*allow_exceptions=*/false);
}

/// Append each part of \p reference between "; " outside parentheses (so "(a; b)" stays one)
/// not yet in \p out.
void add_parts(const std::string& reference, std::vector<std::string>& out) {
  const auto add = [&out](std::string part) {
    if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) {
      out.push_back(std::move(part));
    }
  };
  int depth = 0;
  std::size_t from = 0;
  for (std::size_t i = 0; i < reference.size(); ++i) {
    const char c = reference[i];
    if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (depth == 0 && c == ';' && i + 1 < reference.size() && reference[i + 1] == ' ') {
      add(reference.substr(from, i - from));
      from = i + 2;
    }
  }
  add(reference.substr(std::min(from, reference.size())));
}

/// Parts that share the words before their first ": " (or are those words) as one, in the
/// order of their first: "head: detail; detail". The same source is then named once.
std::vector<std::string> merge_shared_heads(const std::vector<std::string>& parts) {
  std::vector<std::pair<std::string, std::vector<std::string>>> merged;  // head, details
  for (const std::string& part : parts) {
    const std::size_t colon = part.find(": ");
    const std::string head = part.substr(0, colon);
    auto at = std::find_if(merged.begin(), merged.end(),
                           [&head](const auto& m) { return m.first == head; });
    if (at == merged.end()) at = merged.insert(merged.end(), {head, {}});
    if (colon != std::string::npos) at->second.push_back(part.substr(colon + 2));
  }
  std::vector<std::string> out;
  for (const auto& [head, details] : merged) {
    std::string line = head;
    for (std::size_t i = 0; i < details.size(); ++i) line += (i == 0 ? ": " : "; ") + details[i];
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

std::vector<std::string> legal_sources(const sim::Scenario& scenario) {
  std::vector<std::string> out;
  for (const std::string* bytes :
       {&scenario.inputs.policy.bytes, &scenario.inputs.baseline.bytes}) {
    const nlohmann::ordered_json doc = parsed(*bytes);
    if (!doc.is_object() || !doc.contains("parameters")) continue;
    for (const auto& [name, param] : doc["parameters"].items()) {
      add_parts(param.value("reference", std::string()), out);
      if (!param.contains("values")) continue;
      for (const nlohmann::ordered_json& value : param["values"]) {
        if (value.is_object()) add_parts(value.value("reference", std::string()), out);
      }
    }
  }
  return merge_shared_heads(out);
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
    const std::string source = shipped.is_object() ? shipped.value("source", id) : id;
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
