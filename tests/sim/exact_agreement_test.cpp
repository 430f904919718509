// The exact method against the Monte Carlo: for each scenario (each shipped policy against
// its baseline, a reform, the three-year roll-out with a report period in one region, a
// historical CSV), the mean of the Monte Carlo replications lies within 4 of its standard
// errors of the exact value, for every headline counter, every stage, region and segment
// row, the report period and the paid-by-day series in 30-day bins. The standard errors
// are the exact method's own (its second moments), not estimated from the replications.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/policy_edit.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {
namespace {

using test::threads;

constexpr std::uint32_t kReplications = 4;

/// Every counter the test compares, by name, from the exact moments or a run's counts.
struct Row {
  std::string name;
  Moments exact;
  double simulated = 0;  // the sum over the replications
};

/// The rows of \p e (exact) with \p m's counts added (one replication).
class Rows {
 public:
  void add(const ExpectedMetrics& e, const Metrics& m) {
    std::size_t i = 0;
    const auto row = [&](const std::string& name, const Moments& exact, double value) {
      if (rows_.size() <= i) rows_.push_back({name, exact, 0});
      rows_[i++].simulated += value;
    };
    const auto group = [&](const std::string& name, const ExpectedGroup& g, const GroupTotals& t) {
      row(name + ".cases", g.cases, static_cast<double>(t.cases));
      row(name + ".paid", g.paid, static_cast<double>(t.paid));
      row(name + ".handed", g.handed, static_cast<double>(t.handed));
      row(name + ".collected", g.collected, static_cast<double>(t.collected));
      row(name + ".fees", g.fees, static_cast<double>(t.fees));
    };
    row("cases", e.cases, static_cast<double>(m.cases));
    for (std::size_t k = 0; k < kPayStageCount; ++k) {
      const std::string stage(pay_stage_name(static_cast<PayStage>(k)));
      row("paid_" + stage, e.paid_by_stage[k], static_cast<double>(m.paid_by_stage[k]));
      row("collected_" + stage, e.collected_by_stage[k],
          static_cast<double>(m.collected_by_stage[k]));
    }
    row("fees_paid", e.fees_paid, static_cast<double>(m.fees_paid));
    row("proceedings_opened", e.proceedings_opened, static_cast<double>(m.proceedings_opened));
    row("notices_sms", e.notices_sms, static_cast<double>(m.notices_sms));
    row("notices_egov", e.notices_egov, static_cast<double>(m.notices_egov));
    row("accounts_arrested", e.accounts_arrested, static_cast<double>(m.accounts_arrested));
    row("arrest_recoveries", e.arrest_recoveries, static_cast<double>(m.arrest_recoveries));
    row("handed_to_bailiff", e.handed_to_bailiff, static_cast<double>(m.handed_to_bailiff));
    for (std::size_t r = 0; r < e.by_region.size(); ++r)
      group("region" + std::to_string(r), e.by_region[r], m.by_region[r]);
    for (std::size_t s = 0; s < e.by_segment.size(); ++s)
      group("segment" + std::to_string(s), e.by_segment[s], m.by_segment[s]);
    row("period.fines_in_force", e.period.fines_in_force,
        static_cast<double>(m.period.fines_in_force));
    row("period.imposed", e.period.imposed, static_cast<double>(m.period.imposed));
    row("period.collected", e.period.collected, static_cast<double>(m.period.collected));
    row("period.robot_opened", e.period.robot_opened, static_cast<double>(m.period.robot_opened));
    row("period.robot_completed", e.period.robot_completed,
        static_cast<double>(m.period.robot_completed));
    row("period.robot_collected", e.period.robot_collected,
        static_cast<double>(m.period.robot_collected));
    row("period.handed_to_bailiff", e.period.handed_to_bailiff,
        static_cast<double>(m.period.handed_to_bailiff));
    for (std::size_t first = 0; first < kSeriesDays; first += 30) {
      Moments bin;
      double count = 0;
      for (std::size_t d = first; d < std::min(kSeriesDays, first + 30); ++d) {
        bin.add_scaled(e.paid_by_day[d], 1);
        count += static_cast<double>(m.paid_by_day[d]);
      }
      row("paid_days_" + std::to_string(first), bin, count);
    }
  }

  /// Each row within 4 standard errors of the replications' mean (plus two cases' worth of
  /// its typical per-case value, so that a row of a handful of events is not judged by a
  /// normal approximation); returns the rows checked with a positive expectation.
  int expect_agreement(double cases, const std::string& label) const {
    int checked = 0;
    for (const Row& r : rows_) {
      const double mean = r.simulated / kReplications;
      const double se =
          r.exact.standard_error(cases) / std::sqrt(static_cast<double>(kReplications));
      const double typical = r.exact.mean > 0 ? r.exact.square / r.exact.mean : 0;
      const double tolerance =
          4 * se + 2 * typical / kReplications + 1e-9 * std::fabs(r.exact.mean);
      EXPECT_LE(std::fabs(mean - r.exact.mean), tolerance)
          << label << " " << r.name << ": Monte Carlo mean " << mean << ", exact " << r.exact.mean
          << ", standard error " << se;
      if (r.exact.mean > 0) ++checked;
    }
    return checked;
  }

 private:
  std::vector<Row> rows_;
};

/// Both runs of \p scenario, exact against kReplications Monte Carlo replications.
void expect_agreement(const Scenario& scenario, const std::string& label) {
  for (const Role role : {Role::kPolicy, Role::kBaseline}) {
    RunSpec spec = run_spec(scenario, role, 20240820);
    const ExpectedMetrics exact = expected_metrics(spec);
    Rows rows;
    for (std::uint32_t r = 0; r < kReplications; ++r) {
      spec.seed = replication_seed(20240820, r);
      rows.add(exact, simulate(spec, threads(2)).metrics);
    }
    const std::string name = label + (role == Role::kPolicy ? " (policy)" : " (baseline)");
    EXPECT_GT(rows.expect_agreement(static_cast<double>(scenario.population->size()), name), 20)
        << name;
  }
}

ScenarioChoice choice_of(const char* population, const char* policy, const char* baseline,
                         std::uint64_t cases) {
  ScenarioChoice choice;
  choice.population = population;
  choice.policy = policy;
  choice.baseline = baseline;
  choice.cases = cases;
  choice.behaviour_draws = false;
  return choice;
}

TEST(ExactAgreement, NationalUnderTheRobotAgainstBeforeIt) {
  expect_agreement(
      load_scenario(choice_of("synthetic:national", "kz-2024-08-20", "kz-pre-robot", 100'000)),
      "national");
}

TEST(ExactAgreement, TheTarazPilot) {
  expect_agreement(
      load_scenario(choice_of("synthetic:taraz-pilot", "kz-2024-pilot", "kz-pre-robot", 100'000)),
      "taraz-pilot");
}

TEST(ExactAgreement, AReformAgainstTheShippedPolicy) {
  const ScenarioChoice choice =
      choice_of("synthetic:national", "kz-2024-08-20", "kz-2024-08-20", 100'000);
  ScenarioInputs inputs = load_scenario_inputs(choice);
  inputs.policy.bytes = edit_policy(inputs.policy.bytes, inputs.policy.name,
                                    {"robot_window", "2", "calendar_months", {}});
  inputs.policy.bytes = edit_policy(inputs.policy.bytes, inputs.policy.name,
                                    {"simplified_max_debt", "40", "mrp", {}});
  expect_agreement(scenario_from_inputs(choice, std::move(inputs)), "reform");
}

TEST(ExactAgreement, TheRollOutWithAReportPeriodInOneRegion) {
  ScenarioChoice choice =
      choice_of("synthetic:national-2024-2026", "kz-2024-08-20", "kz-2024-pilot", 100'000);
  choice.report_period = parse_date_window("2024-08-20..2025-10-24");
  choice.region = "Zhambyl";
  expect_agreement(load_scenario(choice), "roll-out");
}

TEST(ExactAgreement, AHistoricalPopulation) {
  // 2,000 records: the valid fixture's rows again and again, a day later each time.
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "bailiff_exact_agreement.csv";
  {
    std::ifstream in(std::string(BAILIFF_SOURCE_DIR) + "/tests/fixtures/csv/valid.csv");
    std::string header, line;
    std::getline(in, header);
    std::vector<std::vector<std::string>> rows;
    while (std::getline(in, line)) {
      std::vector<std::string> fields(1);
      for (const char ch : line) {
        if (ch == ',') {
          fields.emplace_back();
        } else {
          fields.back() += ch;
        }
      }
      rows.push_back(fields);
    }
    std::ofstream out(path);
    out << header << "\n";
    for (int i = 0; i < 2000; ++i) {
      std::vector<std::string> f = rows[static_cast<std::size_t>(i) % rows.size()];
      f[0] = "HX-" + std::to_string(i);
      f[5] = to_iso(parse_iso_date("2024-01-01")->plus_days(i % 700));
      f[6] = f[7] = "";
      for (std::size_t k = 0; k < f.size(); ++k) out << (k ? "," : "") << f[k];
      out << "\n";
    }
  }
  ScenarioChoice choice =
      choice_of(("csv:" + path.string()).c_str(), "kz-2024-08-20", "kz-pre-robot", 0);
  choice.iin_key = "exact-agreement-test-key-0123456789";
  expect_agreement(load_scenario(choice), "historical");
  std::filesystem::remove(path);
}

TEST(ExactMethod, RunsAreTheRoundedExpectations) {
  const Scenario s =
      load_scenario(choice_of("synthetic:taraz-pilot", "kz-2024-pilot", "kz-pre-robot", 50'000));
  const RunSpec spec = run_spec(s, Role::kPolicy, 1);
  const ExpectedMetrics e = expected_metrics(spec);
  const RunResult r = simulate_exact(spec);
  EXPECT_EQ(r.metrics.cases, 50'000);
  EXPECT_EQ(r.metrics.fees_paid, static_cast<std::int64_t>(e.fees_paid.mean + 0.5));
  EXPECT_EQ(r.metrics.collected(), [&] {
    std::int64_t sum = 0;
    for (const Moments& m : e.collected_by_stage) sum += static_cast<std::int64_t>(m.mean + 0.5);
    return sum;
  }());
  // The seed plays no part; the root commits to the counters.
  RunSpec other = spec;
  other.seed = 2;
  EXPECT_EQ(simulate_exact(other).metrics.headline_bytes(), r.metrics.headline_bytes());
  EXPECT_EQ(simulate_exact(spec).audit_root, r.audit_root);
}

}  // namespace
}  // namespace bailiff::sim
