#include "bailiff/sim/case_path.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "bailiff/error.hpp"

namespace bailiff::sim {
namespace {

/// What closing the case on \p state.today would collect and charge.
std::pair<Tiyn, Tiyn> closing(const Engine& engine, const CaseState& state,
                              std::vector<Decision>& scratch) {
  CaseState paid = state;
  scratch.clear();
  engine.pay(paid, state.today, engine.amount_to_close(state), scratch);
  return {paid.paid - state.paid, paid.fee_paid};
}

}  // namespace

PayStage pay_stage(const CaseState& state) {
  switch (state.stage) {
    case Stage::kVoluntary:
      return state.discount_open ? PayStage::kDiscount : PayStage::kVoluntary;
    case Stage::kOverdue:
      return PayStage::kOverdue;
    case Stage::kRobot:
      return PayStage::kRobot;
    default:
      return PayStage::kBailiff;
  }
}

CasePath walk_case(const Engine& engine, const Fine& fine, Date horizon, bool robot_available) {
  CasePath path;
  CaseState state = engine.open(fine);
  RobotExposure exposure;
  std::array<bool, kPayStageCount> seen{};
  std::vector<Decision> decisions, scratch;
  const Date stop = horizon.plus_days(1);
  while (true) {
    const std::optional<ScheduledStep> next = engine.next_step(state);
    PathStretch stretch;
    stretch.at_deadline = next && next->date < stop;
    stretch.stage = pay_stage(state);
    stretch.start = state.today;
    stretch.length = static_cast<std::uint32_t>(
        std::max(0, days_between(state.today, stretch.at_deadline ? next->date : stop)));
    stretch.exposure = exposure;
    auto& once = seen[static_cast<std::size_t>(stretch.stage)];
    if (once) {
      throw DomainError("the exact method does not follow a case that comes back to the " +
                        std::string(pay_stage_name(stretch.stage)) + " stage (fine in force " +
                        to_iso(fine.in_force) + "); use the Monte Carlo method");
    }
    once = true;
    if (stretch.length > 0)
      std::tie(stretch.collected, stretch.fees) = closing(engine, state, scratch);
    path.stretches.push_back(stretch);
    if (!next || next->date > horizon) break;
    if (next->milestone == Milestone::kReferral) {
      path.referral = true;
      path.referral_date = next->date;
      state.robot_available = robot_available;
    }
    decisions.clear();
    engine.advance(state, decisions);
    PathStep step;
    for (const Decision& d : decisions) {
      switch (d.action) {
        case Action::kNoticeSms:
          exposure.sms = true;
          break;
        case Action::kNoticeEgovPush:
          exposure.egov = true;
          break;
        case Action::kAccountArrested:
          exposure.arrest = true;
          step.arrest = true;
          break;
        case Action::kProceedingOpened:
        case Action::kHandedToPrivateBailiff:
          break;
        default:
          continue;
      }
      step.events.push_back({d.action, d.date, d.action == Action::kProceedingOpened ? d.due_after : 0});
    }
    if (step.arrest) {
      step.recovery_date = state.today;
      step.debt = engine.amount_to_close(state);
      std::tie(step.collected, step.fees) = closing(engine, state, scratch);
    }
    path.steps.push_back(std::move(step));
  }
  return path;
}

}  // namespace bailiff::sim
