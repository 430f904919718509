// Policy ids with their edits in words: the parameters' labels from the policy file, the
// rest from the message table.

#include "policy_label.hpp"

#include <map>
#include <set>

#include "editable_doc.hpp"
#include "i18n.hpp"

namespace bailiff::web {

std::string policy_text(const nlohmann::json& texts) {
  const char* code = report::language_code(language());
  if (!texts.is_object() || !texts.contains(code) || !texts[code].is_string()) return "";
  return texts[code].get<std::string>();
}

std::string param_label(const nlohmann::json& param, const std::string& name) {
  const std::string label =
      param.is_object() && param.contains("label") ? policy_text(param["label"]) : "";
  return label.empty() ? name : label;
}

std::string unit_label(const std::string& unit) {
  return tr("unit." + unit);
}

std::string value_label(const nlohmann::json& value, const std::string& unit) {
  if (value.is_boolean()) return tr(value.get<bool>() ? "value.on" : "value.off");
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer())
    return std::to_string(value.get<std::int64_t>()) + " " + unit_label(unit);
  return tr("scenario.edited");  // the fee schedule: its brackets do not fit in a label
}

std::string policy_label(const EditableDoc& doc) {
  std::string out = doc.name();
  const nlohmann::json& params = doc.doc()["parameters"];
  // Per edited parameter, the dated values to name: the edited ones, or all of them when
  // its unit was changed.
  std::map<std::string, std::set<std::size_t>> edited;
  const std::string prefix = "/parameters/";
  for (const auto& [pointer, value] : doc.edits().items()) {
    if (pointer.rfind(prefix, 0) != 0) continue;
    const std::size_t name_end = pointer.find('/', prefix.size());
    const std::string name = pointer.substr(prefix.size(), name_end - prefix.size());
    if (!params.contains(name)) continue;
    const std::string rest = name_end == std::string::npos ? "" : pointer.substr(name_end);
    std::set<std::size_t>& indices = edited[name];
    const std::size_t count = params[name]["values"].size();
    if (rest.rfind("/values/", 0) == 0) {
      indices.insert(static_cast<std::size_t>(std::stoul(rest.substr(8))));
    } else {
      for (std::size_t i = 0; i < count; ++i) indices.insert(i);
    }
  }
  for (const auto& [name, indices] : edited) {
    const nlohmann::json& param = params[name];
    const std::string unit = param.value("unit", std::string());
    const nlohmann::json& values = param["values"];
    std::string shown;
    for (const std::size_t i : indices) {
      if (i >= values.size()) continue;
      if (!shown.empty()) shown += " / ";
      if (values.size() > 1) {
        shown += report::fill("params.from_date", language(),
                              {{"date", values[i].value("from", std::string())}}) +
                 ": ";
      }
      shown += value_label(values[i]["value"], unit);
    }
    out += ", " + param_label(param, name) + " " + shown;
  }
  return out;
}

}  // namespace bailiff::web
