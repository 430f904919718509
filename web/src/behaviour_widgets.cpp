// The behaviour assumptions: each segment's share, reach and daily hazards (ppm), with the
// source of each prior on hover.

#include <cstdint>
#include <string>

#include "editable_doc.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "ui.hpp"

namespace bailiff::web {
namespace {

using nlohmann::json;

void source_tooltip(const json& sources, const std::string& key) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
  ImGui::Text("%s (ppm: 10 000 = 1%%)", key.c_str());
  if (sources.is_object() && sources.contains(key)) {
    ImGui::Separator();
    ImGui::Text("%s:", tr("behaviour.source"));
    ImGui::TextUnformatted(sources[key].is_string() ? sources[key].get<std::string>().c_str() : "");
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void ppm_field(EditableDoc& doc, const json& sources, const std::string& pointer, const json& value,
               const std::string& label, const std::string& source_key) {
  int_edit(doc, pointer, value.is_number_integer() ? value.get<std::int64_t>() : 0,
           (label + "##" + pointer).c_str(), 110, "field.H" + pointer);
  source_tooltip(sources, source_key);
}

}  // namespace

void draw_behaviour_params(EditableDoc& doc) {
  if (!doc.error().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0, 0, 1));
    ImGui::TextWrapped("%s: %s", tr("behaviour.invalid"), doc.error().c_str());
    ImGui::PopStyleColor();
  }
  if (doc.edited() && ImGui::SmallButton((std::string(tr("scenario.reset")) + "##H").c_str())) {
    doc.reset();
    return;
  }
  // Copies: an edit below replaces the document, and with it every reference into it.
  const json d = doc.doc();
  const json sources = d.value("sources", json::object());
  if (d.contains("notice_decay_ppm")) {
    ppm_field(doc, sources, "/notice_decay_ppm", d["notice_decay_ppm"], tr("behaviour.decay"), "notice_uplift_ppm");
  }
  const json segments = d.value("segments", json::array());
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const json& seg = segments[i];
    const std::string base = "/segments/" + std::to_string(i);
    if (!ImGui::TreeNode((seg.value("name", std::string("?")) + "##seg" + std::to_string(i)).c_str())) continue;
    for (const auto& [key, value] : seg.items()) {
      if (value.is_number_integer()) {
        ppm_field(doc, sources, base + "/" + key, value, key, key);
      } else if (value.is_object()) {
        for (const auto& [sub, v] : value.items()) {
          if (!v.is_number_integer()) continue;
          const std::string source = key == "hazard_ppm" ? sub : key;
          ppm_field(doc, sources, base + "/" + key + "/" + sub, v, key + "." + sub, source);
        }
      }
    }
    ImGui::TreePop();
  }
}

}  // namespace bailiff::web
