// CaseSimulator::count: a case of the summary run from its kind's memoised unpaid path.

#include <algorithm>

#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/philox.hpp"

namespace bailiff::sim {

void CaseSimulator::count(std::uint64_t index, const FineDraw& draw, Metrics& m) {
  fine_.amount = draw.amount;
  fine_.in_force = draw.in_force;
  fine_.discount_eligible = draw.discount_eligible;
  const KindHead head = paths_.find(fine_);
  if (!head.walked) {
    run(index, m);
    return;
  }
  // From here on, the draws and counts of run(), in its order.
  CaseRng debtor_rng(spec_.seed, index, kStreamDebtor);
  const BehaviourModel& model = *spec_.behaviour;
  const std::uint32_t segment = model.draw_segment(debtor_rng);
  const bool sms_reach = model.draw_sms_reach(debtor_rng, segment);
  const bool egov_reach = model.draw_egov_reach(debtor_rng, segment);

  ++m.cases;
  const ReportPeriod* period =
      spec_.period && (!spec_.period->region || *spec_.period->region == draw.region) ? &*spec_.period : nullptr;
  const auto in_period = [period](Date date) { return period != nullptr && period->contains(date); };
  if (in_period(draw.in_force)) {
    ++m.period.fines_in_force;
    m.period.imposed = checked_add(m.period.imposed, draw.amount);
  }
  GroupTotals& region = m.by_region[draw.region];
  GroupTotals& seg = m.by_segment[segment];
  ++region.cases;
  ++seg.cases;

  const std::uint32_t band = model.amount_band(draw.amount);
  // Counts a payment of \p collected (and \p fees) that closes the case on \p date in \p stage.
  const auto record_payment = [&](Date date, PayStage stage, Tiyn collected, Tiyn fees) {
    const auto s = static_cast<std::size_t>(stage);
    ++m.paid_by_stage[s];
    m.collected_by_stage[s] += collected;
    m.fees_paid += fees;
    const auto since = static_cast<std::size_t>(days_between(draw.in_force, date));
    ++m.paid_by_day[std::min(since, kSeriesDays - 1)];
    if (in_period(date)) {
      m.period.collected = checked_add(m.period.collected, collected);
      if (stage == PayStage::kRobot) {
        ++m.period.robot_completed;
        m.period.robot_collected = checked_add(m.period.robot_collected, collected);
      }
    }
    for (GroupTotals* g : {&region, &seg}) {
      ++g->paid;
      g->collected += collected;
      g->fees += fees;
    }
  };
  // Draws a payment inside \p stretch and counts it; whether the case was paid.
  const auto paid_in = [&](const PathStretch& stretch) {
    // The notices sent before the stretch count only when they reach the debtor.
    const RobotExposure exposure{stretch.exposure.sms && sms_reach,
                                 stretch.exposure.egov && egov_reach, stretch.exposure.arrest};
    CaseRng stage_rng(spec_.seed, index, kStreamStage + static_cast<std::uint32_t>(stretch.stage));
    const std::int32_t day = model.draw_payment_day(stage_rng, segment, band, stretch.stage,
                                                    stretch.length, exposure, stretch.at_deadline);
    if (day >= 0) record_payment(stretch.start.plus_days(day), stretch.stage, stretch.collected, stretch.fees);
    return day >= 0;
  };
  if (paid_in(head.first)) return;
  const KindPaths& kind = paths_.paths(head.index);
  const CasePath* path = &kind.robot;
  for (std::size_t i = 0; i < path->steps.size(); ++i) {
    if (i > 0 && paid_in(path->stretches[i])) return;
    if (path->referral && i == path->referral_step) {
      CaseRng coverage_rng(spec_.seed, index, kStreamCoverage);
      // The two paths are the same up to the referral.
      if (!bernoulli(coverage_rng, coverage_.at(draw.region, path->referral_date))) path = &kind.other;
    }
    const PathStep& step = path->steps[i];
    for (const PathEvent& event : step.events) {
      const bool counted = in_period(event.date);
      switch (event.action) {
        case Action::kProceedingOpened:
          ++m.proceedings_opened;
          if (counted) {
            ++m.period.robot_opened;
            m.period.robot_opened_debt += event.debt;
          }
          break;
        case Action::kNoticeSms: ++m.notices_sms; break;
        case Action::kNoticeEgovPush: ++m.notices_egov; break;
        case Action::kAccountArrested: ++m.accounts_arrested; break;
        case Action::kHandedToPrivateBailiff:
          ++m.handed_to_bailiff;
          if (counted) ++m.period.handed_to_bailiff;
          ++region.handed;
          ++seg.handed;
          break;
        default: break;
      }
    }
    // The arrested account's balance settles the debt on the arrest day, or it does not.
    if (step.arrest) {
      CaseRng arrest_rng(spec_.seed, index, kStreamArrest);
      if (model.draw_arrest_recovery(arrest_rng, segment, step.debt)) {
        ++m.arrest_recoveries;
        record_payment(step.recovery_date, PayStage::kRobot, step.collected, step.fees);
        return;
      }
    }
  }
  // The last stretch, open to the horizon (the first when the path has no step).
  if (!path->steps.empty()) paid_in(path->stretches.back());
}

}  // namespace bailiff::sim
