// The exact method's paid-by-day series against a day-by-day reference: every stretch's days
// added to the series one by one, as the method did before it summed the stretches by table,
// first day and length (sim/src/stretch_sums.hpp). The two are the same sums in another
// order, so each day agrees to within 1e-12 of its value (plus 1e-9 cases; the largest gap
// seen is 6e-14 of it, 7e-7 cases on the national year's day 0), and every rounded day (what
// the reports print) is the same.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/sim/case_path.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/robot_coverage.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {
namespace {

double chance(Prob32 p) {
  return static_cast<double>(p.raw) / 4294967296.0;
}

double cdf(const DiscreteSurvival& table, std::int64_t day) {
  return day < 0 ? 0.0 : chance(table.cdf(static_cast<std::uint32_t>(day)));
}

/// The day series of one run, each day of each stretch added on its own.
class DayByDay {
 public:
  explicit DayByDay(const BehaviourModel& model) : model_(model), series_(kSeriesDays) {}

  /// \p weight cases of \p path in force on \p in_force, of \p segment and amount band \p band.
  void add(const CasePath& path, Date in_force, std::uint32_t segment, std::uint32_t band,
           double weight) {
    in_force_ = in_force;
    weight_ = weight;
    double alive = 1;
    for (std::size_t i = 0; i < path.stretches.size(); ++i) {
      alive = stretch(path.stretches[i], segment, band, alive);
      if (i < path.steps.size()) alive = step(path.steps[i], segment, alive);
    }
  }

  const std::vector<double>& series() const { return series_; }

 private:
  void paid(std::int64_t since, double mass) {
    series_[static_cast<std::size_t>(std::min<std::int64_t>(
        since, static_cast<std::int64_t>(kSeriesDays) - 1))] += mass * weight_;
  }

  double stretch(const PathStretch& s, std::uint32_t segment, std::uint32_t band, double alive) {
    if (s.length == 0 || alive == 0) return alive;
    if (s.stage != PayStage::kRobot)
      return paid_in(model_.table(segment, band, s.stage, s.exposure), s, segment, alive);
    const double sms = chance(model_.sms_reach(segment)), egov = chance(model_.egov_reach(segment));
    double left = 0;
    for (const bool sms_reached : {false, true}) {
      for (const bool egov_reached : {false, true}) {
        const double p_sms =
            !s.exposure.sms ? (sms_reached ? 0.0 : 1.0) : (sms_reached ? sms : 1.0 - sms);
        const double p_egov =
            !s.exposure.egov ? (egov_reached ? 0.0 : 1.0) : (egov_reached ? egov : 1.0 - egov);
        if (p_sms * p_egov == 0) continue;
        const RobotExposure e{sms_reached, egov_reached, s.exposure.arrest};
        left +=
            paid_in(model_.table(segment, band, s.stage, e), s, segment, alive * p_sms * p_egov);
      }
    }
    return left;
  }

  double paid_in(const DiscreteSurvival& table, const PathStretch& s, std::uint32_t segment,
                 double alive) {
    const std::uint32_t days = std::min(s.length, table.horizon());
    const std::int64_t first = days_between(in_force_, s.start);
    for (std::uint32_t d = 0; d < days; ++d)
      paid(first + d, alive * (cdf(table, d) - cdf(table, std::int64_t{d} - 1)));
    const double within = days == 0 ? 0.0 : cdf(table, days - 1);
    const double bump = s.at_deadline ? chance(model_.deadline_bump(segment, s.stage)) : 0.0;
    const double bumped = alive * (1.0 - within) * bump;
    paid(first + s.length - 1, bumped);
    return alive * (1.0 - within) - bumped;
  }

  double step(const PathStep& s, std::uint32_t segment, double alive) {
    if (!s.arrest || alive == 0) return alive;
    const double recovered =
        alive * chance(model_.account(segment)) * chance(model_.balance_covers(s.debt));
    paid(days_between(in_force_, s.recovery_date), recovered);
    return alive - recovered;
  }

  const BehaviourModel& model_;
  std::vector<double> series_;
  Date in_force_;
  double weight_ = 0;
};

/// The series of \p spec day by day: every kind, its path with and without the robot
/// reaching the referral, every segment.
std::vector<double> day_by_day(const RunSpec& spec) {
  const BehaviourModel& model = *spec.behaviour;
  const std::vector<std::string>& regions = spec.population->regions();
  const Engine engine(*spec.policy, *spec.calendar);
  const RobotCoverage coverage(model.params(), regions);
  DayByDay series(model);
  // A preset's own count, scaled by the behaviour's volume as the method scales it.
  const double volume = spec.population->volume_is_assumed()
                            ? static_cast<double>(model.params().population_volume_ppm) / 1e6
                            : 1.0;
  Fine fine;
  for (const FineKind& kind : spec.population->kinds()) {
    fine.amount = kind.amount;
    fine.in_force = kind.in_force;
    fine.discount_eligible = kind.discount_eligible;
    const CasePath robot = walk_case(engine, fine, spec.horizon, true);
    const CasePath other = robot.referral ? walk_case(engine, fine, spec.horizon, false) : robot;
    const bool two = !(robot == other);
    double total = 0, with_robot = 0;
    for (std::size_t r = 0; r < regions.size(); ++r) {
      const double n = kind.count_by_region[r] * volume;
      total += n;
      with_robot +=
          n * (two ? chance(coverage.at(static_cast<std::uint16_t>(r), robot.referral_date)) : 1);
    }
    const std::uint32_t band = model.amount_band(kind.amount);
    const std::vector<Segment>& segments = model.params().segments;
    for (std::uint32_t s = 0; s < segments.size(); ++s) {
      const double share = static_cast<double>(segments[s].share_ppm) / static_cast<double>(kPpm);
      series.add(robot, kind.in_force, s, band, with_robot * share);
      if (two) series.add(other, kind.in_force, s, band, (total - with_robot) * share);
    }
  }
  return series.series();
}

std::int64_t rounded(double x) {
  return x <= 0 ? 0 : static_cast<std::int64_t>(x + 0.5);
}

/// Both runs of \p scenario: the method's series against the reference, day by day.
void expect_series(const Scenario& scenario, const std::string& label) {
  for (const Role role : {Role::kPolicy, Role::kBaseline}) {
    const RunSpec spec = run_spec(scenario, role, 0);
    const ExpectedMetrics e = expected_metrics(spec);
    const std::vector<double> reference = day_by_day(spec);
    ASSERT_GT(reference[0], 0) << label;
    for (std::size_t d = 0; d < kSeriesDays; ++d) {
      EXPECT_NEAR(e.paid_by_day[d].mean, reference[d], 1e-12 * reference[d] + 1e-9)
          << label << " day " << d;
      EXPECT_EQ(rounded(e.paid_by_day[d].mean), rounded(reference[d])) << label << " day " << d;
      EXPECT_EQ(e.paid_by_day[d].square, e.paid_by_day[d].mean) << label << " day " << d;
    }
    // The sums do not depend on the number of workers.
    const ExpectedMetrics two = expected_metrics(spec, spec.population->kinds(), test::threads(2),
                                                 /*series=*/true);
    for (std::size_t d = 0; d < kSeriesDays; ++d)
      EXPECT_EQ(two.paid_by_day[d].mean, e.paid_by_day[d].mean) << label << " day " << d;
  }
}

TEST(ExactSeries, NationalYearAgreesWithTheDayByDaySums) {
  expect_series(load_scenario(ScenarioChoice{}), "national");
}

TEST(ExactSeries, TarazPilotAgreesWithTheDayByDaySums) {
  expect_series(test::taraz_pilot(50'000), "taraz-pilot");
}

}  // namespace
}  // namespace bailiff::sim
