// Sweeps (study/sweep.hpp): the --set syntax, the grid's order, each kind of parameter
// applied and re-read by the file's own parser, and every refusal's message.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/sweep.hpp"

namespace bailiff::study {
namespace {

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

sim::ScenarioInputs shipped_inputs() {
  sim::ScenarioChoice choice;
  choice.cases = 1000;
  return sim::load_scenario_inputs(choice);
}

TEST(Sweep, ParsesValuesOutsideBracketsAndQuotes) {
  const SweepAxis a = parse_sweep_axis("robot_window=1,2,3", "(command line)", "--set");
  EXPECT_EQ(a.parameter, "robot_window");
  EXPECT_EQ(a.values, (std::vector<std::string>{"1", "2", "3"}));
  const SweepAxis b =
      parse_sweep_axis("policy:/parameters/x/values=[1,2],\"a,b\",true", "(command line)", "--set");
  EXPECT_EQ(b.values, (std::vector<std::string>{"[1,2]", "\"a,b\"", "true"}));
  EXPECT_EQ(message_of([] { parse_sweep_axis("robot_window", "(command line)", "--set"); }),
            "(command line):--set: sweep: expected PARAMETER=VALUE,VALUE,... (e.g. "
            "robot_window=1,2,3), found robot_window");
  EXPECT_EQ(message_of([] { parse_sweep_axis("robot_window=1,,3", "(command line)", "--set"); }),
            "(command line):--set: sweep: expected a value between every two commas, found "
            "robot_window=1,,3");
}

TEST(Sweep, TheGridVariesTheLastAxisFastest) {
  const std::vector<SweepPoint> grid =
      sweep_grid({parse_sweep_axis("a=1,2", "(command line)", "--set"),
                  parse_sweep_axis("b=x,y,z", "(command line)", "--set")});
  ASSERT_EQ(grid.size(), 6u);
  EXPECT_EQ(grid[0], (SweepPoint{0, 0}));
  EXPECT_EQ(grid[1], (SweepPoint{0, 1}));
  EXPECT_EQ(grid[3], (SweepPoint{1, 0}));
  EXPECT_EQ(grid[5], (SweepPoint{1, 2}));
}

TEST(Sweep, SetsNamedParametersPointersAndDatedValues) {
  const sim::ScenarioInputs base = shipped_inputs();
  const std::vector<SweepAxis> axes = {
      parse_sweep_axis("robot_window=2", "(command line)", "--set"),
      parse_sweep_axis("simplified_max_debt@2025-06-01=40", "(command line)", "--set"),
      parse_sweep_axis("behaviour:/segments/0/share_ppm=400000", "(command line)", "--set"),
      parse_sweep_axis("behaviour:/segments/1/share_ppm=0", "(command line)", "--set")};
  // Shares must still sum to 1,000,000: take segment 1's share into segment 0.
  const nlohmann::json before = nlohmann::json::parse(base.behaviour.bytes);
  const std::int64_t s0 = before["segments"][0]["share_ppm"],
                     s1 = before["segments"][1]["share_ppm"];
  std::vector<SweepAxis> fixed = axes;
  fixed[2].values = {std::to_string(s0 + s1)};
  const sim::ScenarioInputs edited = apply_sweep_point(base, fixed, {0, 0, 0, 0});
  const nlohmann::json policy = nlohmann::json::parse(edited.policy.bytes);
  EXPECT_EQ(policy["parameters"]["robot_window"]["values"].back()["value"], 2);
  const nlohmann::json& debt = policy["parameters"]["simplified_max_debt"]["values"];
  EXPECT_EQ(debt.back()["from"], "2025-06-01");
  EXPECT_EQ(debt.back()["value"], 40);
  const nlohmann::json behaviour = nlohmann::json::parse(edited.behaviour.bytes);
  EXPECT_EQ(behaviour["segments"][0]["share_ppm"], s0 + s1);
  EXPECT_EQ(behaviour["segments"][1]["share_ppm"], 0);
  EXPECT_EQ(edited.baseline.bytes, base.baseline.bytes);  // the baseline is never swept
}

TEST(Sweep, RefusesWhatTheFilesWouldRefuse) {
  const sim::ScenarioInputs base = shipped_inputs();
  const auto apply = [&](const char* set) {
    apply_sweep_point(base, {parse_sweep_axis(set, "(command line)", "--set")}, {0});
  };
  EXPECT_NE(message_of([&] {
              apply("robot_windw=2");
            }).find("/parameters: parameter: expected one of mrp, "),
            std::string::npos);
  EXPECT_EQ(message_of([&] { apply("behaviour:/segments/9/share_ppm=1"); }),
            "embedded:behaviour/calibrated.json:/segments/9/share_ppm: pointer: expected a value "
            "that the file has, "
            "found /segments/9/share_ppm");
  // Shares no longer summing to 1,000,000: the behaviour parser's own message.
  EXPECT_NE(message_of([&] { apply("behaviour:/segments/0/share_ppm=1"); }).find("share_ppm"),
            std::string::npos);
  EXPECT_EQ(message_of([&] {
              apply("robot_window@2025-13-01=2");
            }).find("(command line):--set robot_window@2025-13-01"),
            0u);
  EXPECT_EQ(message_of([&] { apply("robot_window@=2"); }),
            "(command line):--set: sweep: expected NAME@YYYY-MM-DD=VALUES (the day the value holds "
            "from), found "
            "robot_window@");
}

}  // namespace
}  // namespace bailiff::study
