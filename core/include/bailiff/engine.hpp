#pragma once
/// \file The policy engine: a pure function from (fine, payments, policy, calendar) to the
/// case's decision timeline, and the step-by-step interface a simulation drives.

#include <cstdint>
#include <optional>
#include <vector>

#include "bailiff/calendar.hpp"
#include "bailiff/decision.hpp"
#include "bailiff/fine.hpp"
#include "bailiff/policy.hpp"

namespace bailiff {

/// Where a case stands.
enum class Stage : std::uint8_t {
  kVoluntary,       ///< inside the voluntary payment term (and maybe the discount window)
  kOverdue,         ///< term expired, not yet referred for enforcement
  kRobot,           ///< in a simplified proceeding opened by the robot
  kPrivateBailiff,  ///< with a private bailiff; a fee is due on recovery
  kClosed,          ///< paid in full
};

/// The scheduled steps of a case, in the order they can happen.
enum class Milestone : std::uint8_t {
  kDiscountCloses,
  kVoluntaryExpires,
  kReferral,
  kRobotWindowExpires,
  kNone,  ///< nothing more happens unless the debtor pays
};

/// Stable machine name of a milestone, e.g. "referral".
std::string_view milestone_name(Milestone milestone);

/// A case's state between events. Plain data: copy it to explore "what if".
struct CaseState {
  Stage stage = Stage::kVoluntary;
  Milestone pending = Milestone::kNone;
  Date pending_date;           ///< first day on which the pending milestone takes effect
  /// The pending milestone falls after the calendar's last day, so its date cannot be
  /// computed (pending_date is then the day after the calendar): it is never taken.
  bool pending_undated = false;
  Date today;                  ///< day of the last event processed
  Date in_force;               ///< day 0 of the clock
  Tiyn fine = 0;               ///< amount imposed
  Tiyn discounted = 0;         ///< amount that settles the fine inside the discount window
  Tiyn paid = 0;               ///< total paid toward the fine
  Tiyn principal_due = 0;      ///< fine still due (full price)
  Tiyn fee_due = 0;            ///< private-bailiff fee still due
  Tiyn fee_paid = 0;           ///< private-bailiff fee paid
  bool discount_open = false;  ///< the early-payment discount is still available
  bool measures = false;       ///< enforcement measures are in force
  /// The robot can take this case when it is referred (a simulation's roll-out draw sets
  /// it); when false, a referral the policy would send to the robot goes to a private
  /// bailiff, as before the robot. Cases decided from records always have it.
  bool robot_available = true;
};

/// The next step the engine will take if the debtor does not pay first.
struct ScheduledStep {
  Milestone milestone;
  Date date;  ///< a payment made before this day is processed before the step
};

/// A case decided up to a horizon: its decisions and where it stands on the horizon.
struct CaseRun {
  std::vector<Decision> decisions;  ///< every decision taken on or before the horizon
  CaseState state;                  ///< the state after the last of them
};

/// The amount that settles a fine of \p fine inside its early-payment discount window under
/// \p rules (the rules in force on its entry into force): the fine less its discount.
Tiyn discounted_amount(Tiyn fine, const PolicyRules& rules);

/// Engine version committed to by every audit root; bump on any change of decisions.
inline constexpr std::string_view kEngineVersion = "robot-bailiff-engine/1";

/// Decides cases under one policy and calendar. Holds references: both must outlive it.
class Engine {
 public:
  /// An engine for \p policy over \p calendar.
  Engine(const Policy& policy, const Calendar& calendar) : policy_(policy), calendar_(calendar) {}

  /// The timeline of \p fine given its payments: every milestone and payment on or before
  /// \p horizon and the calendar's last day, with the state reached. Payments after the
  /// case is closed, after the horizon, or after an undatable step are not processed.
  CaseRun run(const Fine& fine, Date horizon) const;

  /// The decisions of run(\p fine, \p horizon).
  std::vector<Decision> decide(const Fine& fine, Date horizon) const;

  /// The state of \p fine on the day it enters into force, with its first milestone.
  CaseState open(const Fine& fine) const;

  /// What happens next, and on which day, unless the debtor pays before; nullopt when
  /// nothing is scheduled (closed, or with a private bailiff awaiting recovery).
  std::optional<ScheduledStep> next_step(const CaseState& state) const {
    if (state.pending == Milestone::kNone) return std::nullopt;
    return ScheduledStep{state.pending, state.pending_date};
  }

  /// Amount that closes the case if paid on a day before the next step.
  Tiyn amount_to_close(const CaseState& state) const;

  /// Take the pending step, appending its decisions to \p out.
  void advance(CaseState& state, std::vector<Decision>& out) const;

  /// Apply a payment of \p amount on \p date (not before state.today, before the next
  /// step's date), appending its decisions to \p out. Throws DomainError when misordered.
  void pay(CaseState& state, Date date, Tiyn amount, std::vector<Decision>& out) const;

  const Policy& policy() const { return policy_; }        ///< The policy applied.
  const Calendar& calendar() const { return calendar_; }  ///< The calendar used.

 private:
  std::optional<Date> term_end(Date start, const Term& term, bool roll) const;
  void schedule(CaseState& state, Milestone milestone, std::optional<Date> date) const;
  void hand_to_private_bailiff(CaseState& state, Date date, std::string_view rule, Param basis,
                               std::vector<Decision>& out) const;
  Tiyn mrp_for(const CaseState& state, Date action_date) const;

  const Policy& policy_;
  const Calendar& calendar_;
};

}  // namespace bailiff
