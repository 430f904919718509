#include "bailiff/study/target_statistic.hpp"

#include "bailiff/money.hpp"

namespace bailiff::study {
namespace {

double tenge(double tiyn) {
  return tiyn / static_cast<double>(kTiynPerTenge);
}

double tenge(Tiyn tiyn) {
  return tenge(static_cast<double>(tiyn));
}

/// \p numerator / \p denominator, or 0 when nothing is counted.
double ratio(double numerator, double denominator) {
  return denominator > 0 ? numerator / denominator : 0.0;
}

}  // namespace

TargetCounters TargetCounters::of(const sim::Metrics& m) {
  TargetCounters c;
  c.cases = static_cast<double>(m.cases);
  c.proceedings_opened = static_cast<double>(m.proceedings_opened);
  for (std::size_t k = 0; k < sim::kPayStageCount; ++k) {
    c.paid_by_stage[k] = static_cast<double>(m.paid_by_stage[k]);
    c.collected_by_stage[k] = tenge(m.collected_by_stage[k]);
  }
  const sim::PeriodCounts& p = m.period;
  c.period_robot_opened = static_cast<double>(p.robot_opened);
  c.period_robot_opened_debt = tenge(p.robot_opened_debt);
  c.period_robot_completed = static_cast<double>(p.robot_completed);
  c.period_robot_collected = tenge(p.robot_collected);
  c.period_official_savings =
      tenge(apply_rate(p.robot_collected, sim::kOfficialSavingsRate, Rounding::kHalfUp));
  c.period_fines_in_force = static_cast<double>(p.fines_in_force);
  c.period_imposed = tenge(p.imposed);
  c.period_collected = tenge(p.collected);
  return c;
}

TargetCounters TargetCounters::of(const sim::ExpectedMetrics& m) {
  TargetCounters c;
  c.cases = m.cases.mean;
  c.proceedings_opened = m.proceedings_opened.mean;
  for (std::size_t k = 0; k < sim::kPayStageCount; ++k) {
    c.paid_by_stage[k] = m.paid_by_stage[k].mean;
    c.collected_by_stage[k] = tenge(m.collected_by_stage[k].mean);
  }
  const sim::ExpectedPeriod& p = m.period;
  c.period_robot_opened = p.robot_opened.mean;
  c.period_robot_opened_debt = tenge(p.robot_opened_debt.mean);
  c.period_robot_completed = p.robot_completed.mean;
  c.period_robot_collected = tenge(p.robot_collected.mean);
  c.period_official_savings = c.period_robot_collected *
                              static_cast<double>(sim::kOfficialSavingsRate) /
                              10'000.0;  // basis points
  c.period_fines_in_force = p.fines_in_force.mean;
  c.period_imposed = tenge(p.imposed.mean);
  c.period_collected = tenge(p.collected.mean);
  return c;
}

double statistic_value(Statistic statistic, const TargetCounters& c, double count_scale) {
  const auto robot = static_cast<std::size_t>(sim::PayStage::kRobot);
  const auto stage_of = [statistic](Statistic first) {
    return static_cast<std::size_t>(statistic) - static_cast<std::size_t>(first);
  };
  switch (statistic) {
    case Statistic::kProceedingsOpened:
      return c.proceedings_opened * count_scale;
    case Statistic::kRobotPaid:
      return c.paid_by_stage[robot] * count_scale;
    case Statistic::kRobotCollected:
      return c.collected_by_stage[robot] * count_scale;
    case Statistic::kRobotPaidShare:
      return ratio(c.paid_by_stage[robot], c.proceedings_opened);
    case Statistic::kRobotMeanPaid:
      return ratio(c.collected_by_stage[robot], c.paid_by_stage[robot]);
    case Statistic::kPaidShareDiscount:
    case Statistic::kPaidShareVoluntary:
    case Statistic::kPaidShareOverdue:
    case Statistic::kPaidShareRobot:
    case Statistic::kPaidShareBailiff:
      return ratio(c.paid_by_stage[stage_of(Statistic::kPaidShareDiscount)], c.cases);
    case Statistic::kMeanPaidDiscount:
    case Statistic::kMeanPaidVoluntary:
    case Statistic::kMeanPaidOverdue:
    case Statistic::kMeanPaidRobot:
    case Statistic::kMeanPaidBailiff: {
      const std::size_t k = stage_of(Statistic::kMeanPaidDiscount);
      return ratio(c.collected_by_stage[k], c.paid_by_stage[k]);
    }
    case Statistic::kPeriodRobotOpened:
      return c.period_robot_opened * count_scale;
    case Statistic::kPeriodRobotCompleted:
      return c.period_robot_completed * count_scale;
    case Statistic::kPeriodRobotCollected:
      return c.period_robot_collected * count_scale;
    case Statistic::kPeriodOfficialSavings:
      return c.period_official_savings * count_scale;
    case Statistic::kPeriodFinesInForce:
      return c.period_fines_in_force * count_scale;
    case Statistic::kPeriodImposed:
      return c.period_imposed * count_scale;
    case Statistic::kPeriodCollected:
      return c.period_collected * count_scale;
    case Statistic::kPeriodPaidShareTenge:
      return ratio(c.period_collected, c.period_imposed);
    case Statistic::kPeriodMeanFine:
      return ratio(c.period_imposed, c.period_fines_in_force);
    case Statistic::kPeriodRobotOpenedTenge:
      return c.period_robot_opened_debt * count_scale;
    case Statistic::kPeriodRobotPaidShare:
      return ratio(c.period_robot_completed, c.period_robot_opened);
    case Statistic::kPeriodRobotPaidShareTenge:
      return ratio(c.period_robot_collected, c.period_robot_opened_debt);
    case Statistic::kPeriodRobotMeanOpened:
      return ratio(c.period_robot_opened_debt, c.period_robot_opened);
  }
  return 0.0;
}

}  // namespace bailiff::study
