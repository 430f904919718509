// One widget per dated value of each policy parameter, the one in force today marked; every
// widget shows on hover the parameter's label, explanation and legal basis in the page's
// language (from the policy file) and its unit and sources. Edits go into the JSON document, which
// the core's Policy::parse re-validates.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app_state.hpp"
#include "bailiff/date.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/policy_schema.hpp"
#include "editable_doc.hpp"
#include "format.hpp"
#include "guard.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "policy_label.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

using nlohmann::json;

/// The parameter's label, what it does, its legal basis (the act and article, in the page's
/// language) and the sources of its facts (the file's reference, as decisions cite it).
void param_tooltip(const json& p, const std::string& name) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
  ImGui::Text("%s", param_label(p, name).c_str());
  const std::string explanation = p.contains("explanation") ? policy_text(p["explanation"]) : "";
  if (!explanation.empty()) ImGui::TextUnformatted(explanation.c_str());
  ImGui::Separator();
  ImGui::Text("%s: %s", tr("params.unit"), unit_label(p.value("unit", std::string("?"))).c_str());
  const std::string basis = p.contains("basis") ? policy_text(p["basis"]) : "";
  if (!basis.empty()) ImGui::TextWrapped("%s: %s", tr("params.reference"), basis.c_str());
  ImGui::TextWrapped("%s: %s", tr("params.sources"),
                     p.value("reference", std::string("—")).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

/// The index of the dated value of \p values in force on \p day, or -1 before the first.
int in_force_index(const json& values, Date day) {
  int index = -1;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::optional<Date> from = parse_iso_date(values[i].value("from", std::string()));
    if (from && *from <= day) index = static_cast<int>(i);
  }
  return index;
}

// An integer field for the value at \p pointer of policy \p owner ("A", "B"); true when an
// edit was committed.
bool int_field(EditableDoc& doc, const std::string& owner, const std::string& pointer, const json& value,
               const char* label) {
  return int_edit(doc, pointer, value.is_number_integer() ? value.get<std::int64_t>() : 0, label, 120,
                  "field." + owner + pointer);
}

/// A combo over \p options showing \p current; on a choice, \p pointer of \p doc is set to
/// it. Each option's rectangle is remembered as "option.<value>" while the list is open.
void choice_combo(EditableDoc& doc, const std::string& pointer, const std::vector<std::string_view>& options,
                  const std::string& current, const std::string& label, float width, const std::string& rect) {
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(label.c_str(), current.c_str())) {
    for (const std::string_view o : options) {
      const std::string option(o);
      if (ImGui::Selectable(option.c_str(), option == current) && option != current) doc.set(pointer, option);
      remember_item(("option." + option).c_str());
    }
    ImGui::EndCombo();
  }
  remember_item(rect.c_str());
}

const ImVec4 kWarningColor{0.62f, 0.28f, 0.0f, 1.0f};
const ImVec4 kInForceColor{0.0f, 0.42f, 0.18f, 1.0f};
constexpr const char* kTermUnits[] = {"calendar_days", "working_days", "calendar_months"};

bool is_term_unit(const std::string& unit) {
  for (const char* u : kTermUnits) {
    if (unit == u) return true;
  }
  return false;
}

/// Longer than a year: legal, but more likely a value typed in the wrong unit (60 meant as
/// days in a field of months).
bool implausible_term(std::int64_t value, const std::string& unit) {
  if (unit == "calendar_months") return value > 12;
  if (unit == "working_days") return value > 250;
  return value > 366;
}

/// The unit of a term, chosen from the units the policy schema accepts; it applies to every
/// dated value of the parameter (a policy file gives one unit per parameter).
void term_unit_combo(EditableDoc& doc, const std::string& name, const std::string& unit, const std::string& id) {
  ImGui::SetNextItemWidth(140);
  if (ImGui::BeginCombo(("##unit" + id).c_str(), unit_label(unit).c_str())) {
    for (const char* u : kTermUnits) {
      if (ImGui::Selectable(unit_label(u).c_str(), unit == u) && unit != u) {
        doc.set("/parameters/" + name + "/unit", std::string(u));
      }
      remember_item((std::string("option.") + u).c_str());
    }
    ImGui::EndCombo();
  }
  remember_item(("unit." + id).c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("params.term_unit"));
}

/// Under a field whose value the policy's parser refused: what it expects, in words.
void refused_note(const EditableDoc& doc, const std::string& pointer) {
  if (doc.error_location() != pointer) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0, 0, 1));
  ImGui::TextWrapped("%s: %s", tr("params.refused"), doc.error_detail().c_str());
  ImGui::PopStyleColor();
  remember_item("refused");
}

/// The widgets of one dated value of parameter \p name of policy \p owner. \p param and
/// \p value are copies: an edit replaces the document they came from.
void value_widget(EditableDoc& doc, const std::string& owner, const std::string& name, const json& param,
                  const std::string& pointer, const json& value, const std::string& id) {
  const std::string unit = param.value("unit", std::string());
  if (value.is_boolean()) {
    bool b = value.get<bool>();
    if (ImGui::Checkbox(("##" + id).c_str(), &b)) doc.set(pointer, b);
    remember_item(("check." + owner + pointer).c_str());
  } else if (unit == "enum" || value.is_string()) {
    const std::string current = value.is_string() ? value.get<std::string>() : "";
    choice_combo(doc, pointer, policy_choices(name), current, "##" + id, 150, "combo." + owner + pointer);
  } else if (value.is_object()) {  // the fee schedule
    if (value.contains("mode") && value["mode"].is_string()) {
      choice_combo(doc, pointer + "/mode", policy_choices("mode"), value["mode"].get<std::string>(),
                   "mode##" + id, 110, "combo." + owner + pointer + "/mode");
    }
    if (value.contains("cap_mrp")) {
      int_field(doc, owner, pointer + "/cap_mrp", value["cap_mrp"], ("cap_mrp##" + id).c_str());
    }
    if (value.contains("brackets") && value["brackets"].is_array()) {
      const json& brackets = value["brackets"];
      for (std::size_t i = 0; i < brackets.size(); ++i) {
        const json& b = brackets[i];
        const json up_to = b.value("up_to_mrp", json());
        const std::string up = up_to.is_number_integer() ? std::to_string(up_to.get<std::int64_t>()) : "∞";
        const std::string label = "≤ " + up + " MRP, bp##" + id + "/" + std::to_string(i);
        int_field(doc, owner, pointer + "/brackets/" + std::to_string(i) + "/rate_bp", b.value("rate_bp", json()),
                  label.c_str());
      }
    }
  } else if (value.is_number_integer()) {
    int_field(doc, owner, pointer, value, ("##" + id).c_str());
    ImGui::SameLine();
    if (is_term_unit(unit)) {
      term_unit_combo(doc, name, unit, id);
      if (implausible_term(value.get<std::int64_t>(), unit)) {
        ImGui::TextColored(kWarningColor, "%s", tr("params.implausible"));
      }
    } else {
      ImGui::TextDisabled("%s", unit_label(unit).c_str());
    }
    refused_note(doc, pointer);
  } else {
    ImGui::TextDisabled("%s", value.dump().c_str());
  }
  param_tooltip(param, name);
}

/// Parameter \p name of policy \p id: a tree node, open on a click, with one row per dated value.
void draw_param(EditableDoc& doc, const char* id, const std::string& name, const json& param) {
  const std::string tree_id = name + "##" + id;
  const bool open = ImGui::TreeNodeEx(tree_id.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth, "%s  [%s]",
                                      param_label(param, name).c_str(),
                                      unit_label(param.value("unit", std::string("?"))).c_str());
  remember_item(("param." + std::string(id) + "." + name).c_str());
  param_tooltip(param, name);
  if (!open) return;
  const json values = param.value("values", json::array());
  const int in_force = values.size() > 1 ? in_force_index(values, today()) : -1;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string pointer = "/parameters/" + name + "/values/" + std::to_string(i) + "/value";
    ImGui::Text("%s %s", tr("params.from"), values[i].value("from", std::string("?")).c_str());
    if (static_cast<int>(i) == in_force) {
      // Among several dated values, the one in force today.
      ImGui::SameLine();
      ImGui::TextColored(kInForceColor, "%s", tr("params.in_force"));
      remember_item(("in_force." + std::string(id) + "." + name).c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("params.in_force_help"));
    }
    ImGui::SameLine(in_force >= 0 ? 190.0f : 110.0f);
    const std::string wid = std::string(id) + "/" + name + "/" + std::to_string(i);
    value_widget(doc, id, name, param, pointer, values[i].value("value", json()), wid);
  }
  ImGui::TreePop();
}

}  // namespace

bool int_edit(EditableDoc& doc, const std::string& pointer, std::int64_t current, const char* label, float width,
              const std::string& rect) {
  // While a field is being typed in, its value lives here; it is committed (and the policy
  // re-parsed) when the field loses focus.
  static std::map<std::string, std::int64_t> typing;
  const std::string& key = rect;  // one per document and pointer
  const auto it = typing.find(key);
  std::int64_t v = it != typing.end() ? it->second : current;
  ImGui::SetNextItemWidth(width);
  if (ImGui::InputScalar(label, ImGuiDataType_S64, &v, nullptr, nullptr, "%lld")) typing[key] = v;
  remember_item(rect.c_str());
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    const auto pending = typing.find(key);
    const std::int64_t committed = pending != typing.end() ? pending->second : v;
    if (pending != typing.end()) typing.erase(pending);
    // Enter applies the edit and runs, as a form's submit; leaving the field only applies it.
    if (doc.set(pointer, committed) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
      app().run_requested = true;
    }
    return true;
  }
  return false;
}

void draw_policy_params(EditableDoc& doc, const char* id) {
  if (!doc.error().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0, 0, 1));
    ImGui::TextWrapped("%s: %s", tr("params.invalid"), doc.error().c_str());
    ImGui::PopStyleColor();
  }
  if (doc.edited()) {
    const bool reset = ImGui::SmallButton((std::string(tr("scenario.reset")) + "##" + id).c_str());
    remember_item(("reset." + std::string(id)).c_str());
    if (reset) {
      doc.reset();
      return;
    }
  }
  // A copy: an edit below replaces the document, and with it every reference into it.
  const json params = doc.doc().value("parameters", json());
  if (!params.is_object()) return;
  // A part that failed is drawn again once the document changed.
  static std::map<std::string, unsigned> revisions;
  if (revisions[id] != doc.revision()) {
    revisions[id] = doc.revision();
    clear_guard_errors(std::string(id) + "/");
  }
  // Policy::kNames gives the file's order (the JSON object is sorted by name).
  for (std::string_view name_view : Policy::kNames) {
    const std::string name(name_view);
    if (!params.contains(name)) continue;
    guarded(std::string(id) + "/" + name, [&] { draw_param(doc, id, name, params[name]); });
  }
}

}  // namespace bailiff::web
