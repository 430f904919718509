// Every report whose dates reach the provisional 2027 says so, in text and in JSON, naming
// the assumptions (the calendar's and the assumed MRP); inside 2024-2026 only the assumed day
// 2026-08-31 (issue 24, item 13) is named: by the reports over a horizon (simulate, compare,
// diff, verify, export), and by decide and explain only when a case's dates run over it.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/report/decide_report.hpp"
#include "bailiff/report/explain.hpp"
#include "bailiff/report/policy_diff.hpp"
#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/verify_report.hpp"
#include "bailiff/sim/comparison_run.hpp"

namespace bailiff::sim {

using namespace ::bailiff::report;
namespace {

constexpr const char* kNotice =
    "Provisional  dates from 2027-01-01 rely on a provisional calendar or policy values that no "
    "law sets yet (assumptions):\n";
/// The notice of a report over a horizon from 2026-08-31 on: the assumed day comes first.
constexpr const char* kNoticeFromAssumedDay =
    "Provisional  dates from 2026-08-31 rely on a provisional calendar or policy values that no "
    "law sets yet (assumptions):\n";
constexpr const char* kAssumedDay = "calendar kz, 2026-08-31";

DecideRun example(const char* policy, std::optional<Date> horizon) {
  return run_decide(load_input(policy, "policies"), load_input("kz", "calendars"),
                    load_input("example", "cases"), horizon);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The sources of the JSON "provisional" list, in order.
std::vector<std::string> sources(const nlohmann::json& list) {
  std::vector<std::string> out;
  for (const auto& note : list) out.push_back(note.at("source").get<std::string>());
  return out;
}

const std::vector<std::string> kDecideSources = {"calendar kz, year 2027", "calendar kz, year 2027",
                                                 "calendar kz, year 2027",
                                                 "policy kz-2024-08-20, mrp from 2027-01-01"};

TEST(ProvisionalReport, DecideByDefaultSaysNothing) {
  const DecideRun run = example("kz-2024-08-20", std::nullopt);
  EXPECT_EQ(to_iso(run.horizon), "2026-12-31");
  EXPECT_FALSE(has(decide_report_text(run), "Provisional"));
  EXPECT_FALSE(nlohmann::json::parse(decide_report_json(run)).contains("provisional"));
}

TEST(ProvisionalReport, DecideInto2027NamesEveryAssumption) {
  const DecideRun run = example("kz-2024-08-20", from_ymd(2027, 3, 31));
  const std::string text = decide_report_text(run);
  EXPECT_TRUE(
      has(text, std::string("Horizon  2027-03-31 (decisions after it are not taken)\n") + kNotice))
      << text;
  for (const std::string& assumption : test::kz_calendar().provisional_years()[0].assumptions) {
    EXPECT_TRUE(has(text, "  - calendar kz, year 2027: " + assumption + "\n")) << assumption;
  }
  EXPECT_TRUE(has(text, "  - policy kz-2024-08-20, mrp from 2027-01-01: MRP 2027 = 4,325 tenge"));
  const nlohmann::json json = nlohmann::json::parse(decide_report_json(run));
  ASSERT_TRUE(json.contains("provisional"));
  EXPECT_EQ(sources(json.at("provisional")), kDecideSources);
  EXPECT_EQ(json.at("provisional")[3].at("from"), "2027-01-01");
  EXPECT_EQ(json.at("provisional")[3].at("assumption"),
            test::shipped_policy("kz-2024-08-20").assumed_values()[0].assumption);
}

// A case open at the default horizon whose next step is dated in 2027 shows a provisional
// date, so the report says so although the horizon is in 2026.
TEST(ProvisionalReport, DecideWithANextStepIn2027) {
  const std::string cases =
      R"({"cases": [{"id": "LATE-1", "amount_tenge": 21625, "in_force": "2026-10-12"}]})";
  const DecideRun run =
      run_decide(load_input("kz-2024-08-20", "policies"), load_input("kz", "calendars"),
                 LoadedInput{"late.json", cases}, std::nullopt);
  const std::string text = decide_report_text(run);
  EXPECT_TRUE(has(text,
                  "open on 2026-12-31: the next step (robot_window_expires) is due on 2027-01-06, "
                  "after the horizon 2026-12-31"))
      << text;
  EXPECT_TRUE(has(text, kNotice));
  const nlohmann::json json = nlohmann::json::parse(decide_report_json(run));
  EXPECT_EQ(json.at("cases")[0].at("at_horizon").at("next_step_date"), "2027-01-06");
  EXPECT_EQ(sources(json.at("provisional")), kDecideSources);
}

TEST(ProvisionalReport, Explain) {
  const Explanation in_2026 =
      explain_from_run(example("kz-2024-08-20", std::nullopt), "EX-05-above-20-mrp", Language::kEn);
  EXPECT_TRUE(in_2026.provisional.empty());
  EXPECT_FALSE(has(explanation_text(in_2026), "Provisional"));
  const Explanation e = explain_from_run(example("kz-2024-08-20", from_ymd(2027, 6, 30)),
                                         "EX-05-above-20-mrp", Language::kRu);
  // In the explanation's language; the sources and assumptions are the input files' own words.
  EXPECT_TRUE(has(explanation_text(e), "Предварительно: даты с 2027-01-01 опираются на предварительный календарь"));
  EXPECT_TRUE(has(explanation_text(e), "  - calendar kz, year 2027: "));
  EXPECT_EQ(sources(nlohmann::json::parse(explanation_json(e)).at("provisional")), kDecideSources);
}

TEST(ProvisionalReport, DiffNamesBothPolicies) {
  const PolicyDiff d = diff_policies(example("kz-2024-08-20", from_ymd(2027, 1, 31)),
                                     example("kz-pre-robot", from_ymd(2027, 1, 31)));
  const std::string text = policy_diff_text(d);
  EXPECT_TRUE(has(text, kNoticeFromAssumedDay)) << text;
  EXPECT_TRUE(has(text, "  - policy kz-pre-robot, mrp from 2027-01-01: "));
  const nlohmann::json json = nlohmann::json::parse(policy_diff_json(d));
  EXPECT_EQ(json.at("provisional").size(), 6u);
  EXPECT_EQ(sources(nlohmann::json::parse(
                        policy_diff_json(diff_policies(example("kz-2024-08-20", std::nullopt),
                                                       example("kz-pre-robot", std::nullopt))))
                        .at("provisional")),
            std::vector<std::string>{kAssumedDay});
}

TEST(ProvisionalReport, SimulateAndCompare) {
  ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.policy = "kz-2024-pilot";
  choice.cases = 200;
  const Scenario in_2026 = load_scenario(choice);
  const Comparison c26 = run_comparison(in_2026, 1, 1, test::threads(1), {});
  EXPECT_TRUE(has(comparison_text(in_2026, c26, false), kNoticeFromAssumedDay));
  EXPECT_EQ(sources(nlohmann::json::parse(comparison_json(in_2026, c26)).at("provisional")),
            std::vector<std::string>{kAssumedDay});

  choice.horizon = from_ymd(2027, 2, 1);
  const Scenario s = load_scenario(choice);
  const Comparison c = run_comparison(s, 1, 1, test::threads(1), {});
  const std::string text = comparison_text(s, c, true);
  EXPECT_TRUE(has(text, std::string("Horizon      2027-02-01\n") + kNoticeFromAssumedDay)) << text;
  const nlohmann::json json = nlohmann::json::parse(comparison_json(s, c));
  EXPECT_EQ(sources(json.at("provisional")),
            (std::vector<std::string>{kAssumedDay, "calendar kz, year 2027", "calendar kz, year 2027",
                                      "calendar kz, year 2027",
                                      "policy kz-2024-pilot, mrp from 2027-01-01",
                                      "policy kz-pre-robot, mrp from 2027-01-01"}));
}

TEST(ProvisionalReport, VerifyOfABundleReaching2027) {
  const std::string bundle =
      audit::decide_bundle(example("kz-2024-08-20", from_ymd(2027, 3, 31)), "test");
  const audit::VerifyResult r = audit::verify_bundle(bundle, "2027.rbb");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.provisional.size(), 5u);
  EXPECT_TRUE(has(verify_report_text(r), kNoticeFromAssumedDay));
  std::vector<std::string> expected{kAssumedDay};
  expected.insert(expected.end(), kDecideSources.begin(), kDecideSources.end());
  EXPECT_EQ(sources(nlohmann::json::parse(verify_report_json(r)).at("provisional")), expected);
  const audit::VerifyResult in_2026 = audit::verify_bundle(
      audit::decide_bundle(example("kz-2024-08-20", std::nullopt), "test"), "2026.rbb");
  ASSERT_TRUE(in_2026.ok());
  EXPECT_EQ(sources(nlohmann::json::parse(verify_report_json(in_2026)).at("provisional")),
            std::vector<std::string>{kAssumedDay});
}

// export-jsonl: the manifest line carries the same list as the reports.
TEST(ProvisionalReport, ExportJsonlManifestLine) {
  const DecideRun run = example("kz-2024-08-20", from_ymd(2027, 3, 31));
  const std::string lines = audit::bundle_jsonl(audit::decide_bundle(run, "test"), "2027.rbb");
  const nlohmann::ordered_json first =
      nlohmann::ordered_json::parse(lines.substr(0, lines.find('\n')));
  const Policy* policies[] = {&run.policy};
  EXPECT_EQ(first.at("provisional"),
            provisional_json(provisional_notes(run.calendar, policies, run.horizon)));
  EXPECT_EQ(first.at("provisional").size(), 5u);
  const std::string in_2026 = audit::bundle_jsonl(
      audit::decide_bundle(example("kz-2024-08-20", std::nullopt), "test"), "2026.rbb");
  EXPECT_EQ(sources(nlohmann::json::parse(in_2026.substr(0, in_2026.find('\n'))).at("provisional")),
            std::vector<std::string>{kAssumedDay});
}

TEST(ProvisionalReport, VerifyOfASimulateBundleReaching2027) {
  ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.policy = "kz-2024-pilot";
  choice.cases = 200;
  choice.horizon = from_ymd(2027, 2, 1);
  const Scenario s = load_scenario(choice);
  const Comparison c = run_comparison(s, 1, 1, test::threads(1), {}, true);
  const audit::VerifyResult r =
      audit::verify_bundle(audit::simulate_bundle(s, c, "test"), "sim.rbb");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.provisional.size(), 6u);  // the assumed day, the calendar's three, both MRPs
  EXPECT_TRUE(has(verify_report_text(r), kNoticeFromAssumedDay));
}

}  // namespace
}  // namespace bailiff::sim
