// Ground truth: a log written from a simulated population by the engine's own decisions
// gives no finding; every deviation injected into it is found, once, with its kind and its
// tenge at stake, in both forms of the log.

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "../support/fixtures.hpp"
#include "bailiff/study/record_check.hpp"
#include "bailiff/study/record_generator.hpp"

namespace bailiff::study {
namespace {

constexpr const char* kKey = "ground-truth-key-0001";

sim::Scenario national(std::uint64_t cases) {
  sim::ScenarioChoice choice;
  choice.population = "synthetic:national";
  choice.cases = cases;
  return sim::load_scenario(choice);
}

struct Checked {
  GeneratedLog truth;
  CheckResult result;
};

Checked generate_and_check(const sim::Scenario& scenario, std::uint32_t ppm, LogFormat format) {
  GeneratorOptions options;
  options.seed = 7;
  options.inject_ppm = ppm;
  options.format = format;
  std::stringstream log;
  Checked run;
  run.truth = write_record_log(scenario, options, log);
  RecordLogReader reader(log, "generated", kKey);
  run.result = check_log(reader, scenario.policy.value, scenario.calendar.value, CheckOptions{},
                         run.truth.horizon);
  return run;
}

TEST(GroundTruth, TheEnginesOwnLogHasNoFinding) {
  const sim::Scenario scenario = national(20'000);
  const Checked run = generate_and_check(scenario, 0, LogFormat::kCsv);
  EXPECT_EQ(run.result.cases, 20'000u);
  EXPECT_GT(run.result.events, 20'000u);
  EXPECT_TRUE(run.truth.injected.empty());
  ASSERT_TRUE(run.result.findings.empty())
      << run.result.findings.size() << " findings, the first: " << run.result.findings[0].case_id
      << " " << finding_kind_name(run.result.findings[0].kind);
  EXPECT_EQ(run.result.charged_without_basis, 0);
}

void expect_every_injection_found(LogFormat format) {
  const sim::Scenario scenario = national(30'000);
  const Checked run = generate_and_check(scenario, 200'000, format);
  std::map<std::string, std::vector<const Finding*>> by_case;
  for (const Finding& f : run.result.findings) by_case[f.case_id].push_back(&f);
  std::array<std::uint64_t, kFindingKinds> found{};
  Tiyn charged = 0;
  for (const Injected& i : run.truth.injected) {
    const auto it = by_case.find(i.case_id);
    ASSERT_NE(it, by_case.end()) << i.case_id << " " << finding_kind_name(i.kind) << " not found";
    ASSERT_EQ(it->second.size(), 1u) << i.case_id << " " << finding_kind_name(i.kind) << ": "
                                     << finding_kind_name(it->second[0]->kind) << " and more";
    const Finding& f = *it->second[0];
    EXPECT_EQ(f.kind, i.kind) << i.case_id << ": injected " << finding_kind_name(i.kind)
                              << ", found " << finding_kind_name(f.kind);
    EXPECT_EQ(f.at_stake, i.at_stake) << i.case_id << " " << finding_kind_name(i.kind);
    EXPECT_EQ(f.charged, i.charged) << i.case_id << " " << finding_kind_name(i.kind);
    ++found[static_cast<std::size_t>(f.kind)];
    if (i.charged) charged += i.at_stake;
  }
  EXPECT_EQ(by_case.size(), run.truth.injected.size()) << "a finding in a case left clean";
  EXPECT_EQ(run.result.charged_without_basis, charged);
  for (std::size_t k = 0; k < kFindingKinds; ++k) {
    EXPECT_GT(run.truth.by_kind[k], 0u)
        << finding_kind_name(static_cast<FindingKind>(k)) << " never injected";
    EXPECT_EQ(found[k], run.truth.by_kind[k]) << finding_kind_name(static_cast<FindingKind>(k));
  }
}

TEST(GroundTruth, EveryInjectedDeviationIsFoundWithItsKindAndTengeCsv) {
  expect_every_injection_found(LogFormat::kCsv);
}

TEST(GroundTruth, EveryInjectedDeviationIsFoundWithItsKindAndTengeJsonLines) {
  expect_every_injection_found(LogFormat::kJsonLines);
}

TEST(GroundTruth, TheSameSeedWritesTheSameLog) {
  const sim::Scenario scenario = national(2'000);
  GeneratorOptions options;
  options.seed = 11;
  options.inject_ppm = 100'000;
  std::ostringstream a, b;
  write_record_log(scenario, options, a);
  write_record_log(scenario, options, b);
  EXPECT_EQ(a.str(), b.str());
  options.seed = 12;
  std::ostringstream c;
  write_record_log(scenario, options, c);
  EXPECT_NE(a.str(), c.str());
}

}  // namespace
}  // namespace bailiff::study
