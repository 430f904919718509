#pragma once
/// \file How a case ended, derived once from its decisions: which stage closed it (by the
/// legal basis of the closing decision, not by its rule id's text), what the debtor paid,
/// what went to a private bailiff's fee and what is still due. Works on the engine's
/// decisions and on decisions decoded from an audit log alike.

#include <optional>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/decision.hpp"
#include "bailiff/money.hpp"
#include "bailiff/policy.hpp"

namespace bailiff {

/// How a case ends up under one policy (by the horizon).
enum class Outcome {
  kPaidDiscount,   ///< closed inside the early-payment discount window
  kPaidVoluntary,  ///< closed within the voluntary term
  kPaidOverdue,    ///< closed after the term, before enforcement
  kPaidRobot,      ///< closed inside the robot's window (no fee)
  kPaidBailiff,    ///< closed through a private bailiff, fee paid
  kPartlyBailiff,  ///< with a private bailiff, partly recovered
  kUnpaidBailiff,  ///< with a private bailiff, nothing recovered
  kUnpaidRobot,    ///< in the robot's proceeding, unpaid
  kUnpaid,         ///< unpaid, not (yet) enforced
};

/// Stable machine name of an outcome, e.g. "paid_robot".
std::string_view outcome_name(Outcome outcome);

/// A case's outcome and money under one policy.
struct CaseOutcome {
  Outcome outcome = Outcome::kUnpaid;
  Tiyn paid = 0;             ///< money paid by the debtor (fine and fee)
  Tiyn fee_paid = 0;         ///< part of it that went to the private bailiff's fee
  Tiyn fee_due = 0;          ///< the private bailiff's fee still due (assessed minus paid)
  Tiyn due = 0;              ///< the fine still due after the last decision
  BasisPoints fee_rate = 0;  ///< fee assessed at hand-off / debt handed over (0 if none)
  std::optional<Date> closed;  ///< the day it was closed as paid
  bool robot = false;          ///< the robot opened a proceeding
  bool handed = false;         ///< handed to a private bailiff
};

/// The outcome of a timeline of a fine of \p fine_amount. \p Step is Decision or
/// DecodedDecision (anything with date, action, amount, due_after, fee and basis_param).
template <typename Step>
CaseOutcome case_outcome(const std::vector<Step>& steps, Tiyn fine_amount) {
  CaseOutcome o;
  o.due = fine_amount;
  Param closing_basis{};
  Tiyn handed_amount = 0, fee_assessed = 0;
  for (const Step& d : steps) {
    switch (d.action) {
      case Action::kPaymentReceived: o.paid += d.amount; break;
      case Action::kClosedAsPaid:
        o.paid += d.amount;
        o.closed = d.date;
        closing_basis = d.basis_param;
        break;
      case Action::kFeeCharged: o.fee_paid += d.amount; break;
      case Action::kProceedingOpened: o.robot = true; break;
      case Action::kHandedToPrivateBailiff:
        o.handed = true;
        handed_amount = d.amount;
        fee_assessed = d.fee;
        break;
      default: break;
    }
    if (d.action != Action::kMeasuresLifted && d.action != Action::kFeeCharged) o.due = d.due_after;
  }
  if (o.handed && handed_amount > 0) o.fee_rate = fee_assessed * 10000 / handed_amount;
  o.fee_due = o.closed ? 0 : fee_assessed - o.fee_paid;
  if (o.closed) {
    switch (closing_basis) {
      case Param::kDiscountRate: o.outcome = Outcome::kPaidDiscount; break;
      case Param::kVoluntaryTerm: o.outcome = Outcome::kPaidVoluntary; break;
      case Param::kEnforcementReferralAfter: o.outcome = Outcome::kPaidOverdue; break;
      case Param::kRobotWindow: o.outcome = Outcome::kPaidRobot; break;
      default: o.outcome = Outcome::kPaidBailiff; break;
    }
  } else if (o.handed) {
    o.outcome = o.paid > 0 ? Outcome::kPartlyBailiff : Outcome::kUnpaidBailiff;
  } else {
    o.outcome = o.robot ? Outcome::kUnpaidRobot : Outcome::kUnpaid;
  }
  return o;
}

}  // namespace bailiff
