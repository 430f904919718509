#include "bailiff/sim/policy_edit.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/policy.hpp"

namespace bailiff::sim {
namespace {

using Json = nlohmann::ordered_json;

// The known parameter names of \p parameters, for the message of an unknown one.
std::string parameter_names(const Json& parameters) {
  std::string names;
  for (const auto& [name, value] : parameters.items()) names += (names.empty() ? "" : ", ") + name;
  return names;
}

}  // namespace

std::string edit_policy(std::string_view bytes, const std::string& file,
                        const ParameterEdit& edit) {
  (void)detail::parse_json_document(bytes, file);  // the strict reader's errors first
  Json doc = Json::parse(bytes);                   // then the file's own key order
  const std::string pointer = "/parameters/" + edit.parameter;
  Json& parameters = doc["parameters"];
  if (!parameters.is_object() || !parameters.contains(edit.parameter)) {
    throw InputError(file, "/parameters", "parameter", "one of " + parameter_names(parameters),
                     edit.parameter);
  }
  Json& parameter = parameters[edit.parameter];
  const std::string unit = parameter.value("unit", std::string());
  if (!edit.unit.empty() && edit.unit != unit) {
    throw InputError(file, pointer + "/unit", "unit", unit, edit.unit);
  }
  const Json value = Json::parse(edit.value_json, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded())
    throw InputError(file, pointer, "value", "a JSON value", edit.value_json);
  Json& values = parameter["values"];
  if (!values.is_array() || values.empty()) {
    throw InputError(file, pointer + "/values", "values", "a non-empty array of dated values");
  }
  if (edit.from) {
    const std::string from = to_iso(*edit.from);
    Json kept = Json::array();
    for (const Json& entry : values) {
      if (entry.value("from", std::string()) < from) kept.push_back(entry);
    }
    kept.push_back(Json{{"from", from}, {"value", value}});
    values = kept;
  } else {
    values.back()["value"] = value;
  }
  const std::string edited = doc.dump(2) + "\n";
  (void)Policy::parse(edited, file + " (edited " + edit.parameter + ")");
  return edited;
}

}  // namespace bailiff::sim
