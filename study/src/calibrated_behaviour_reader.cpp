// What is read back from the "calibration" object of a behaviour file written by `bailiff
// calibrate`: the fit it records and the record checks of its national official figures.

#include "bailiff/study/calibrated_behaviour.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "target_names.hpp"

namespace bailiff::study {

using detail::kKindNames;

std::vector<RecordCheck> record_checks(std::string_view bytes) {
  std::vector<RecordCheck> out;
  const nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("calibration") || !doc["calibration"].is_object())
    return out;
  const nlohmann::json& targets = doc["calibration"].value("targets", nlohmann::json::array());
  if (!targets.is_array()) return out;
  for (const nlohmann::json& t : targets) {
    if (!t.is_object() || t.value("role", "") != "fit" ||
        t.value("grade", "") != "official_national" || !t.contains("ensemble_interval") ||
        !t["ensemble_interval"].is_object()) {
      continue;
    }
    const std::optional<Statistic> statistic = statistic_from_name(t.value("statistic", ""));
    const auto kind = std::find(kKindNames.begin(), kKindNames.end(), t.value("kind", "point"));
    const nlohmann::json& value = t.value("value", nlohmann::json::object());
    const nlohmann::json& interval = t["ensemble_interval"];
    if (!statistic || kind == kKindNames.end() || !value.is_object()) continue;
    RecordCheck check;
    check.target = t.value("target", "");
    check.figure = t.value("figure", "");
    check.statistic = *statistic;
    check.kind = static_cast<TargetKind>(kind - kKindNames.begin());
    const double denominator = value.value("denominator", 1.0);
    check.value = denominator > 0 ? value.value("numerator", 0.0) / denominator : 0.0;
    check.p5 = interval.value("p5", 0.0);
    check.p95 = interval.value("p95", 0.0);
    check.draws = interval.value("draws", 0u);
    check.inside = interval.value("figure_inside", false);
    out.push_back(std::move(check));
  }
  return out;
}

std::optional<FitRecord> fit_record(std::string_view bytes) {
  const nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("calibration")) return std::nullopt;
  const nlohmann::json& c = doc["calibration"];
  if (!c.is_object() || !c.contains("from") || !c["from"].is_string() ||
      !c.contains("parameters") || !c["parameters"].is_array() ||
      c["parameters"].size() != sim::kCalibratedCount) {
    return std::nullopt;
  }
  FitRecord record;
  record.from = c["from"].get<std::string>();
  for (std::size_t k = 0; k < sim::kCalibratedCount; ++k) {
    const nlohmann::json& p = c["parameters"][k];
    if (!p.is_object() || p.value("name", "") != sim::calibrated_parameter(k).name ||
        !p.contains("multiplier_ppm") || !p["multiplier_ppm"].is_number_integer()) {
      return std::nullopt;
    }
    record.multipliers[k] = p["multiplier_ppm"].get<std::int64_t>();
    if (p.contains("held_at_prior") && p["held_at_prior"].is_string())
      record.held.push_back({k, p["held_at_prior"].get<std::string>()});
  }
  return record;
}

}  // namespace bailiff::study
