// Target::parse: a target file read field by field, each refusal naming the file, the JSON
// pointer, the field and what was expected.

#include "bailiff/study/target.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "bailiff/json_reader.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "target_names.hpp"

namespace bailiff::study {
namespace {

using ::bailiff::detail::JsonNode;
using detail::kGradeNames;
using detail::kKindNames;
using detail::kStatisticNames;

/// The "statistic" field: one of the names of kStatisticNames.
Statistic parse_statistic(const JsonNode& statistic) {
  const std::string name = statistic.as_string();
  std::string known;
  std::optional<Statistic> found;
  for (std::size_t k = 0; k < kStatisticNames.size(); ++k) {
    if (k != 0) known += ", ";
    known += kStatisticNames[k];
    if (name == kStatisticNames[k]) found = static_cast<Statistic>(k);
  }
  if (!found) statistic.fail("one of " + known);
  return *found;
}

/// The "value" field (a count's denominator 1), then "kind" and a range's "upper" end.
void parse_value_and_kind(const JsonNode& root, Target& t) {
  const JsonNode value = root.at("value");
  t.numerator = value.at("numerator").as_integer(0, 1'000'000'000'000'000);
  t.denominator = value.at("denominator").as_integer(1, 1'000'000'000'000'000);
  if (statistic_is_count(t.statistic) && t.denominator != 1) {
    value.at("denominator")
        .fail("1 for a count statistic (" + std::string(statistic_name(t.statistic)) + ")");
  }
  value.expect_only({"numerator", "denominator"});

  if (const auto kind = root.find("kind")) {
    const std::string kind_name = kind->as_string();
    const auto at = std::find(kKindNames.begin(), kKindNames.end(), kind_name);
    if (at == kKindNames.end()) kind->fail("\"point\", \"lower_bound\" (\"over N\") or \"range\"");
    t.kind = static_cast<TargetKind>(at - kKindNames.begin());
  }
  const std::optional<JsonNode> upper = root.find("upper");
  if (t.kind == TargetKind::kRange) {
    if (!upper) root.at("upper");  // throws: a range needs its upper end
    t.upper_numerator = upper->at("numerator").as_integer(0, 1'000'000'000'000'000);
    t.upper_denominator = upper->at("denominator").as_integer(1, 1'000'000'000'000'000);
    upper->expect_only({"numerator", "denominator"});
    if (t.upper() < t.value())
      upper->fail("an upper end at or above the value " + std::to_string(t.value()));
  } else if (upper) {
    upper->fail("no \"upper\" (only a target of kind \"range\" has one)");
  }
}

/// The "role" field (a fit target's value above zero), then "grade" and the weight it gives.
void parse_role_and_grade(const JsonNode& root, Target& t) {
  const JsonNode role = root.at("role");
  const std::string role_name = role.as_string();
  if (role_name == "fit") {
    t.fit = true;
  } else if (role_name == "check") {
    t.fit = false;
  } else {
    role.fail("\"fit\" (in the objective) or \"check\" (reported only)");
  }
  if (t.fit && t.numerator == 0) {
    root.at("value")
        .at("numerator")
        .fail("a positive value for a fit target (residuals are relative)");
  }
  const JsonNode grade = root.at("grade");
  const std::string grade_name = grade.as_string();
  const auto grade_at = std::find(kGradeNames.begin(), kGradeNames.end(), grade_name);
  if (grade_at == kGradeNames.end()) {
    grade.fail("\"official_national\", \"official_regional\" or \"secondary_press\"");
  }
  t.grade = static_cast<SourceGrade>(grade_at - kGradeNames.begin());
  t.weight_ppm = source_grade_weight_ppm(t.grade) / (statistic_is_count(t.statistic) ? 2 : 1);
  if (const auto weight = root.find("weight_ppm"))
    t.weight_ppm = weight->as_integer(0, 100 * sim::kPpm);
}

/// The report period of a period statistic: "report_period", "report_period_until" and
/// "region" of the "scenario" object.
void parse_report_period(const JsonNode& scenario, Target& t) {
  const std::string_view name = statistic_name(t.statistic);
  if (const auto period = scenario.find("report_period")) {
    t.report_period = sim::parse_date_window(period->as_string());
    if (!t.report_period) period->fail("FROM..TO, two dates YYYY-MM-DD with FROM on or before TO");
  }
  if (statistic_needs_period(t.statistic) && !t.report_period) {
    scenario.at("report_period");  // throws: a period statistic needs its window
  }
  if (!statistic_needs_period(t.statistic) && t.report_period) {
    scenario.at("report_period")
        .fail("no report_period (" + std::string(name) + " is not a period statistic)");
  }
  if (const auto until = scenario.find("report_period_until")) {
    if (!t.report_period) until->fail("no report_period_until without a report_period");
    t.period_until = until->as_date();
    if (*t.period_until <= t.report_period->to) {
      until->fail("a day after the report period's end " + to_iso(t.report_period->to) +
                  " (the latest day an undated figure's window may end)");
    }
  }
  if (const auto region = scenario.find("region")) {
    t.region = region->as_string();
    if (!t.report_period) region->fail("no region without a report_period");
  }
}

/// The "scenario" object: the population, policy, horizon and size simulated for the target.
void parse_scenario(const JsonNode& scenario, Target& t) {
  t.population = scenario.at("population").as_string();
  if (!sim::PopulationSpec::parse(t.population)) {
    scenario.at("population").fail("synthetic:NAME or csv:PATH");
  }
  t.policy = scenario.at("policy").as_string();
  if (t.policy.empty()) scenario.at("policy").fail("a policy file or shipped name");
  if (const auto horizon = scenario.find("horizon")) t.horizon = horizon->as_date();
  t.evaluation_cases =
      static_cast<std::uint64_t>(scenario.at("evaluation_cases").as_integer(0, 1'000'000'000));
  parse_report_period(scenario, t);
  scenario.expect_only({"population", "policy", "horizon", "evaluation_cases", "report_period",
                        "report_period_until", "region"});
}

}  // namespace

Target Target::parse(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = ::bailiff::detail::parse_json_document(bytes, file);
  const JsonNode root(document, file, "");
  if (!root.raw().is_object()) root.fail("an object with the fields of a target");
  Target t;
  t.file = file;
  t.id = root.at("target").as_name();
  if (t.id.empty()) root.at("target").fail("a non-empty target id");
  t.title = root.at("title").as_name();
  t.figure = root.at("figure").as_string();
  t.source = root.at("source").as_string();
  t.definition = root.at("definition").as_string();
  t.statistic = parse_statistic(root.at("statistic"));
  parse_value_and_kind(root, t);
  if (const auto tolerance = root.find("tolerance_ppm"))
    t.tolerance_ppm = tolerance->as_integer(0, sim::kPpm);
  if (const auto published = root.find("published")) t.published = published->as_date();
  parse_role_and_grade(root, t);
  parse_scenario(root.at("scenario"), t);
  root.expect_only({"target", "title", "figure", "source", "grade", "published", "definition",
                    "statistic", "value", "kind", "upper", "tolerance_ppm", "role", "weight_ppm",
                    "scenario"});
  return t;
}

}  // namespace bailiff::study
