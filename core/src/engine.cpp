#include "bailiff/engine.hpp"

#include <algorithm>

#include "bailiff/error.hpp"

namespace bailiff {

namespace {

// The day after \p last, when there is one.
std::optional<Date> day_after(std::optional<Date> last) {
  if (!last) return std::nullopt;
  return last->plus_days(1);
}

}  // namespace

std::string_view milestone_name(Milestone milestone) {
  switch (milestone) {
    case Milestone::kDiscountCloses: return "discount_window_closes";
    case Milestone::kVoluntaryExpires: return "voluntary_term_expires";
    case Milestone::kReferral: return "referral";
    case Milestone::kRobotWindowExpires: return "robot_window_expires";
    case Milestone::kNone: return "none";
  }
  return "unknown";
}

// The term's last day; nullopt when the calendar cannot date it (it needs a working day
// after the calendar's last day).
std::optional<Date> Engine::term_end(Date start, const Term& term, bool roll) const {
  Date last;
  switch (term.unit) {
    case TermUnit::kWorkingDays: return calendar_.add_working_days_within(start, term.count);
    case TermUnit::kCalendarDays: last = start.plus_days(term.count); break;
    case TermUnit::kCalendarMonths: last = plus_months(start, term.count); break;
  }
  if (!roll) return last;
  return calendar_.roll_forward_within(last);
}

void Engine::schedule(CaseState& state, Milestone milestone, std::optional<Date> date) const {
  state.pending = milestone;
  state.pending_undated = !date;
  state.pending_date = date ? std::max(*date, state.today) : calendar_.last_day().plus_days(1);
}

Tiyn Engine::mrp_for(const CaseState& state, Date action_date) const {
  const PolicyRules& rules = policy_.at(action_date);
  return rules.mrp_reference == MrpReference::kEntryIntoForce ? policy_.at(state.in_force).mrp
                                                               : rules.mrp;
}

Tiyn discounted_amount(Tiyn fine, const PolicyRules& rules) {
  return checked_sub(fine, apply_rate(fine, rules.discount_rate, rules.rounding));
}

CaseState Engine::open(const Fine& fine) const {
  if (fine.amount <= 0) throw DomainError("case " + fine.id + ": fine amount must be positive");
  const PolicyRules& rules = policy_.at(fine.in_force);
  CaseState state;
  state.in_force = fine.in_force;
  state.today = fine.in_force;
  state.fine = fine.amount;
  state.principal_due = fine.amount;
  state.discount_open = fine.discount_eligible && rules.discount_enabled;
  state.discounted = discounted_amount(fine.amount, rules);
  if (state.discount_open) {
    schedule(state, Milestone::kDiscountCloses,
             day_after(term_end(fine.in_force, rules.discount_term, rules.terms_roll_forward)));
  } else {
    schedule(state, Milestone::kVoluntaryExpires,
             day_after(term_end(fine.in_force, rules.voluntary_term, rules.terms_roll_forward)));
  }
  return state;
}

Tiyn Engine::amount_to_close(const CaseState& state) const {
  if (state.stage == Stage::kClosed) return 0;
  if (state.discount_open) return std::max<Tiyn>(0, state.discounted - state.paid);
  return state.principal_due + state.fee_due;
}

void Engine::hand_to_private_bailiff(CaseState& state, Date date, std::string_view rule,
                                     Param basis, std::vector<Decision>& out) const {
  const PolicyRules& rules = policy_.at(date);
  const Tiyn fee =
      private_bailiff_fee(state.principal_due, mrp_for(state, date), rules.fee, rules.rounding);
  state.stage = Stage::kPrivateBailiff;
  state.fee_due = fee;
  state.measures = true;
  out.push_back({date, Action::kHandedToPrivateBailiff, state.principal_due, state.principal_due,
                 fee, rule, rules.basis(basis), basis});
  state.pending = Milestone::kNone;
}

void Engine::advance(CaseState& state, std::vector<Decision>& out) const {
  if (state.pending == Milestone::kNone) throw DomainError("advance() with no pending step");
  if (state.pending_undated) {
    throw DomainError(std::string("the next step (") + std::string(milestone_name(state.pending)) +
                      ") falls after the calendar's last day " + to_iso(calendar_.last_day()));
  }
  const Date date = state.pending_date;
  state.today = date;
  const PolicyRules& rules = policy_.at(date);
  switch (state.pending) {
    case Milestone::kDiscountCloses: {
      state.discount_open = false;
      out.push_back({date, Action::kDiscountWindowClosed, 0, state.principal_due, 0,
                     "discount.window_closed", rules.basis(Param::kDiscountTerm), Param::kDiscountTerm});
      const PolicyRules& at_start = policy_.at(state.in_force);
      schedule(state, Milestone::kVoluntaryExpires,
               day_after(term_end(state.in_force, at_start.voluntary_term,
                                  at_start.terms_roll_forward)));
      break;
    }
    case Milestone::kVoluntaryExpires: {
      state.stage = Stage::kOverdue;
      out.push_back({date, Action::kVoluntaryTermExpired, 0, state.principal_due, 0,
                     "voluntary.term_expired", rules.basis(Param::kVoluntaryTerm), Param::kVoluntaryTerm});
      const PolicyRules& at_start = policy_.at(state.in_force);
      // The referral is an agency's act: it happens on the term's (rolled) last day itself.
      schedule(state, Milestone::kReferral,
               term_end(state.in_force, at_start.referral_after, at_start.terms_roll_forward));
      break;
    }
    case Milestone::kReferral: {
      const Tiyn threshold = checked_mul(mrp_for(state, date), rules.simplified_max_mrp);
      const bool eligible = rules.simplified_enabled && state.principal_due <= threshold;
      if (eligible && state.robot_available) {
        state.stage = Stage::kRobot;
        out.push_back({date, Action::kProceedingOpened, state.principal_due, state.principal_due,
                       0, "robot.proceeding_opened", rules.basis(Param::kSimplifiedMaxDebt), Param::kSimplifiedMaxDebt});
        if (rules.notice_sms) {
          out.push_back({date, Action::kNoticeSms, state.principal_due, state.principal_due, 0,
                         "robot.notice_sms", rules.basis(Param::kNoticeSms), Param::kNoticeSms});
        }
        if (rules.notice_egov_push) {
          out.push_back({date, Action::kNoticeEgovPush, state.principal_due, state.principal_due,
                         0, "robot.notice_egov_push", rules.basis(Param::kNoticeEgovPush), Param::kNoticeEgovPush});
        }
        if (rules.robot_account_arrest) {
          state.measures = true;
          out.push_back({date, Action::kAccountArrested, state.principal_due, state.principal_due,
                         0, "robot.account_arrested", rules.basis(Param::kRobotAccountArrest), Param::kRobotAccountArrest});
        }
        // The hand-off is an act of enforcement: on the day after the window, or, when acts
        // roll forward, on the first working day from then (acts_roll_forward).
        std::optional<Date> hand_off =
            day_after(term_end(date, rules.robot_window, rules.terms_roll_forward));
        if (hand_off && rules.acts_roll_forward) hand_off = calendar_.roll_forward_within(*hand_off);
        schedule(state, Milestone::kRobotWindowExpires, hand_off);
      } else if (eligible) {
        hand_to_private_bailiff(state, date, "bailiff.referral_robot_not_reached",
                                Param::kEnforcementReferralAfter, out);
      } else {
        const bool above_threshold = rules.simplified_enabled;
        hand_to_private_bailiff(
            state, date,
            above_threshold ? "bailiff.direct_above_threshold" : "bailiff.referral",
            above_threshold ? Param::kSimplifiedMaxDebt : Param::kEnforcementReferralAfter,
            out);
      }
      break;
    }
    case Milestone::kRobotWindowExpires:
      hand_to_private_bailiff(state, date, "bailiff.robot_window_expired",
                              Param::kRobotWindow, out);
      break;
    case Milestone::kNone: break;
  }
}

void Engine::pay(CaseState& state, Date date, Tiyn amount, std::vector<Decision>& out) const {
  if (amount <= 0) throw DomainError("payment of a non-positive amount on " + to_iso(date));
  if (date < state.today) {
    throw DomainError("payment on " + to_iso(date) + " precedes the last event " +
                      to_iso(state.today));
  }
  if (state.pending != Milestone::kNone && date >= state.pending_date) {
    throw DomainError("payment on " + to_iso(date) + " is on or after the pending step on " +
                      to_iso(state.pending_date) + ": advance() first");
  }
  if (state.stage == Stage::kClosed) return;
  state.today = date;
  const PolicyRules& rules = policy_.at(date);

  if (state.discount_open) {
    const Tiyn applied = std::min(amount, state.discounted - state.paid);
    state.paid += applied;
    if (state.paid >= state.discounted) {
      state.principal_due = 0;
      state.stage = Stage::kClosed;
      state.pending = Milestone::kNone;
      out.push_back({date, Action::kClosedAsPaid, applied, 0, 0, "discount.paid_in_window",
                     rules.basis(Param::kDiscountRate), Param::kDiscountRate});
    } else {
      state.principal_due = state.fine - state.paid;
      out.push_back({date, Action::kPaymentReceived, applied, state.principal_due, 0,
                     "discount.partial_payment", rules.basis(Param::kDiscountTerm), Param::kDiscountTerm});
    }
    return;
  }

  std::string_view rule_paid = "voluntary.paid_in_term";
  std::string_view rule_partial = "voluntary.partial_payment";
  Param basis = Param::kVoluntaryTerm;
  switch (state.stage) {
    case Stage::kOverdue:
      rule_paid = "overdue.paid_before_referral";
      rule_partial = "overdue.partial_payment";
      basis = Param::kEnforcementReferralAfter;
      break;
    case Stage::kRobot:
      rule_paid = "robot.paid_in_window";
      rule_partial = "robot.partial_payment";
      basis = Param::kRobotWindow;
      break;
    case Stage::kPrivateBailiff:
      rule_paid = "bailiff.paid_with_fee";
      rule_partial = "bailiff.partial_recovery";
      basis = Param::kPrivateBailiffFee;
      break;
    default: break;
  }

  const Tiyn total_due = state.principal_due + state.fee_due;
  const Tiyn applied = std::min(amount, total_due);
  // A private bailiff's fee is paid only on recovery, in proportion to what is recovered.
  const Tiyn fee_part = applied == total_due
                            ? state.fee_due
                            : scale(applied, state.fee_due, total_due, Rounding::kDown);
  state.fee_due -= fee_part;
  state.fee_paid += fee_part;
  state.principal_due -= applied - fee_part;
  state.paid += applied - fee_part;
  if (fee_part > 0) {
    out.push_back({date, Action::kFeeCharged, fee_part, state.principal_due, fee_part,
                   "bailiff.fee_charged", rules.basis(Param::kPrivateBailiffFee), Param::kPrivateBailiffFee});
  }
  if (state.principal_due + state.fee_due > 0) {
    out.push_back({date, Action::kPaymentReceived, applied, state.principal_due, fee_part,
                   rule_partial, rules.basis(basis), basis});
    return;
  }
  state.stage = Stage::kClosed;
  state.pending = Milestone::kNone;
  out.push_back({date, Action::kClosedAsPaid, applied, 0, fee_part, rule_paid, rules.basis(basis), basis});
  if (state.measures && rules.payment_lifts_measures) {
    state.measures = false;
    out.push_back({date, Action::kMeasuresLifted, 0, 0, 0, "measures.lifted_on_payment",
                   rules.basis(Param::kPaymentLiftsMeasures), Param::kPaymentLiftsMeasures});
  }
}

CaseRun Engine::run(const Fine& fine, Date horizon) const {
  CaseRun result{{}, open(fine)};
  CaseState& state = result.state;
  const Date last = std::min(horizon, calendar_.last_day());
  // Whether the pending step is taken on or before \p day (and so before a payment then).
  const auto due_by = [&state](Date day) {
    return state.pending != Milestone::kNone && !state.pending_undated &&
           state.pending_date <= day;
  };
  for (const Payment& payment : fine.payments) {
    if (payment.date > last) break;
    while (due_by(payment.date)) advance(state, result.decisions);
    if (state.stage == Stage::kClosed) break;
    pay(state, payment.date, payment.amount, result.decisions);
  }
  while (due_by(last)) advance(state, result.decisions);
  return result;
}

std::vector<Decision> Engine::decide(const Fine& fine, Date horizon) const {
  return run(fine, horizon).decisions;
}

}  // namespace bailiff
