// Policy ids with their edits in words: the parameters' labels from the policy file, the
// rest from the message table.

#include "policy_label.hpp"

#include <map>
#include <set>

#include "bailiff/report/plural.hpp"
#include "editable_doc.hpp"
#include "format.hpp"
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
  if (value.is_number_integer()) {
    const std::int64_t n = value.get<std::int64_t>();
    // Terms in the plural form for their count ("1 календарный день", "2 месяца").
    const bool counted =
        unit == "calendar_days" || unit == "working_days" || unit == "calendar_months";
    return std::to_string(n) + " " +
           (counted ? std::string(report::plural("unit." + unit, n, language()))
                    : unit_label(unit));
  }
  return tr("scenario.edited");  // the fee schedule: its brackets do not fit in a label
}

std::string policy_name(const std::string& id, const nlohmann::json& doc) {
  const std::string key = "policy.name." + id;
  const std::string named = tr(key);
  if (named != key) return named;
  if (doc.is_object() && doc.contains("title") && doc["title"].is_string())
    return doc["title"].get<std::string>();
  return id;
}

std::string policy_ids(const EditableDoc& doc) {
  return doc.edited() ? doc.name() + " " + doc.edits().dump() : doc.name();
}

namespace {

/// One edited part of the fee schedule \p value in words: "mode marginal", "cap 5 MRP",
/// "≤ 60 MRP: 12.5%"; \p part is the pointer below the value ("cap_mrp", "brackets/0/rate_bp").
std::string fee_part_label(const nlohmann::json& value, const std::string& part) {
  if (part == "mode")
    return std::string(tr("fee.mode")) + " " + tr("fee.mode." + value.value("mode", std::string()));
  if (part == "cap_mrp" && value.contains("cap_mrp") && value["cap_mrp"].is_number_integer()) {
    return std::string(tr("fee.cap")) + " " + count(value["cap_mrp"].get<std::int64_t>()) + " " +
           unit_label("mrp");
  }
  const std::string brackets = "brackets/";
  if (part.rfind(brackets, 0) == 0 && value.contains("brackets") && value["brackets"].is_array()) {
    const std::size_t k = static_cast<std::size_t>(std::stoul(part.substr(brackets.size())));
    if (k < value["brackets"].size()) {
      const nlohmann::json& b = value["brackets"][k];
      const nlohmann::json up = b.value("up_to_mrp", nlohmann::json());
      const nlohmann::json rate = b.value("rate_bp", nlohmann::json());
      return "≤ " + (up.is_number_integer() ? count(up.get<std::int64_t>()) : std::string("∞")) +
             " " + unit_label("mrp") + ": " +
             (rate.is_number_integer() ? percent(rate.get<std::int64_t>(), 10'000) : "?");
    }
  }
  return tr("scenario.edited");
}

bool digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::string policy_label(const EditableDoc& doc) {
  std::string out = policy_name(doc.name(), doc.doc());
  const nlohmann::json params = doc.doc().is_object()
                                    ? doc.doc().value("parameters", nlohmann::json::object())
                                    : nlohmann::json::object();
  // Per edited parameter, the dated values to name: the edited ones, or all of them when
  // its unit was changed; and per value, the edited parts of a fee schedule.
  std::map<std::string, std::map<std::size_t, std::set<std::string>>> edited;
  const std::string prefix = "/parameters/";
  for (const auto& [pointer, value] : doc.edits().items()) {
    if (pointer.rfind(prefix, 0) != 0) continue;
    const std::size_t name_end = pointer.find('/', prefix.size());
    const std::string name = pointer.substr(prefix.size(), name_end - prefix.size());
    if (!params.contains(name) || !params[name].is_object()) continue;
    const std::string rest = name_end == std::string::npos ? "" : pointer.substr(name_end);
    auto& indices = edited[name];
    const std::size_t count = params[name].value("values", nlohmann::json::array()).size();
    if (rest.rfind("/values/", 0) == 0 && rest.size() > 8 && digit(rest[8])) {
      const std::size_t slash = rest.find('/', 8);
      auto& parts = indices[static_cast<std::size_t>(std::stoul(rest.substr(8)))];
      const std::string below = "/value/";
      if (slash != std::string::npos && rest.compare(slash, below.size(), below) == 0) {
        parts.insert(rest.substr(slash + below.size()));
      }
    } else {
      for (std::size_t i = 0; i < count; ++i) indices[i];
    }
  }
  for (const auto& [name, indices] : edited) {
    const nlohmann::json& param = params[name];
    const std::string unit = param.value("unit", std::string());
    const nlohmann::json values = param.value("values", nlohmann::json::array());
    std::string shown;
    for (const auto& [i, parts] : indices) {
      if (i >= values.size() || !values[i].is_object()) continue;
      if (!shown.empty()) shown += " / ";
      if (values.size() > 1) {
        shown += report::fill("params.from_date", language(),
                              {{"date", values[i].value("from", std::string())}}) +
                 ": ";
      }
      const nlohmann::json value = values[i].value("value", nlohmann::json());
      if (value.is_object() && !parts.empty()) {
        std::string described;
        for (const std::string& part : parts)
          described += (described.empty() ? "" : ", ") + fee_part_label(value, part);
        shown += described;
      } else {
        shown += value_label(value, unit);
      }
    }
    out += ", " + param_label(param, name) + " " + shown;
  }
  return out;
}

}  // namespace bailiff::web
