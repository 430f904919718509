#include "bailiff/study/sweep.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/date_options.hpp"
#include "bailiff/sim/policy_edit.hpp"

namespace bailiff::study {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kPolicyPointer = "policy:";
constexpr std::string_view kBehaviourPointer = "behaviour:";

[[noreturn]] void refuse(const std::string& expected, std::string_view found, std::string_view file,
                         std::string_view option) {
  throw InputError(std::string(file), std::string(option), "sweep", expected, std::string(found));
}

/// \p bytes (file \p file) with the value at \p pointer replaced by \p value_json.
std::string set_pointer(std::string_view bytes, const std::string& file, const std::string& pointer,
                        const std::string& value_json) {
  (void)::bailiff::detail::parse_json_document(bytes, file);  // the strict reader's errors first
  Json doc = Json::parse(bytes);
  Json::json_pointer at;
  try {
    at = Json::json_pointer(pointer);
  } catch (const nlohmann::json::exception&) {
    throw InputError(file, pointer, "pointer", "a JSON pointer such as /segments/0/share_ppm",
                     pointer);
  }
  if (!doc.contains(at))
    throw InputError(file, pointer, "pointer", "a value that the file has", pointer);
  const Json value = Json::parse(value_json, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) throw InputError(file, pointer, "value", "a JSON value", value_json);
  doc[at] = value;
  return doc.dump(2) + "\n";
}

/// The edit of \p axis's named policy parameter (NAME or NAME@YYYY-MM-DD) to \p value.
sim::ParameterEdit named_edit(const SweepAxis& axis, const std::string& value) {
  const std::string& parameter = axis.parameter;
  sim::ParameterEdit edit;
  edit.value_json = value;
  const std::size_t at = parameter.find('@');
  edit.parameter = parameter.substr(0, at);
  if (at != std::string::npos) {
    edit.from =
        sim::parse_horizon(parameter.substr(at + 1), axis.file, axis.option + " " + parameter);
    if (!edit.from) {
      refuse("NAME@YYYY-MM-DD=VALUES (the day the value holds from)", parameter, axis.file,
             axis.option);
    }
  }
  return edit;
}

}  // namespace

SweepAxis parse_sweep_axis(std::string_view text, std::string_view file, std::string_view option) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos || equals == 0 || equals + 1 == text.size()) {
    refuse("PARAMETER=VALUE,VALUE,... (e.g. robot_window=1,2,3)", text, file, option);
  }
  SweepAxis axis;
  axis.parameter = std::string(text.substr(0, equals));
  axis.file = std::string(file);
  axis.option = std::string(option);
  std::string value;
  int depth = 0;
  bool quoted = false;
  for (const char c : text.substr(equals + 1)) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '[' || c == '{')) ++depth;
    if (!quoted && (c == ']' || c == '}')) --depth;
    if (c == ',' && depth == 0 && !quoted) {
      axis.values.push_back(value);
      value.clear();
      continue;
    }
    value += c;
  }
  axis.values.push_back(value);
  for (const std::string& v : axis.values) {
    if (v.empty()) refuse("a value between every two commas", text, file, option);
  }
  return axis;
}

std::vector<SweepPoint> sweep_grid(const std::vector<SweepAxis>& axes) {
  std::vector<SweepPoint> points{SweepPoint{}};
  for (const SweepAxis& axis : axes) {
    std::vector<SweepPoint> next;
    for (const SweepPoint& p : points) {
      for (std::size_t v = 0; v < axis.values.size(); ++v) {
        next.push_back(p);
        next.back().push_back(v);
      }
    }
    points = std::move(next);
  }
  return points;
}

sim::ScenarioInputs apply_sweep_point(sim::ScenarioInputs inputs,
                                      const std::vector<SweepAxis>& axes, const SweepPoint& point) {
  // Pointer edits are checked together once all are made (shares that must sum to 100%
  // move in one point); a named parameter is checked as it is set.
  std::string behaviour_edits, policy_edits;
  for (std::size_t a = 0; a < axes.size(); ++a) {
    const std::string& parameter = axes[a].parameter;
    const std::string& value = axes[a].values[point[a]];
    if (parameter.rfind(kBehaviourPointer, 0) == 0) {
      sim::LoadedInput& b = inputs.behaviour;
      b.bytes = set_pointer(b.bytes, b.name, parameter.substr(kBehaviourPointer.size()), value);
      behaviour_edits += (behaviour_edits.empty() ? "" : ", ") + parameter + "=" + value;
    } else if (parameter.rfind(kPolicyPointer, 0) == 0) {
      sim::LoadedInput& p = inputs.policy;
      p.bytes = set_pointer(p.bytes, p.name, parameter.substr(kPolicyPointer.size()), value);
      policy_edits += (policy_edits.empty() ? "" : ", ") + parameter + "=" + value;
    } else {
      inputs.policy.bytes =
          sim::edit_policy(inputs.policy.bytes, inputs.policy.name, named_edit(axes[a], value));
    }
  }
  if (!behaviour_edits.empty()) {
    (void)sim::BehaviourParams::parse(inputs.behaviour.bytes,
                                      inputs.behaviour.name + " (edited " + behaviour_edits + ")");
  }
  if (!policy_edits.empty())
    (void)Policy::parse(inputs.policy.bytes, inputs.policy.name + " (edited " + policy_edits + ")");
  return inputs;
}

}  // namespace bailiff::study
