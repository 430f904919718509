#pragma once
/// \file One decision of the engine: what happened to a case on which day, for how much,
/// by which rule and on which legal basis.

#include <cstdint>
#include <string_view>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"
#include "bailiff/policy.hpp"

namespace bailiff {

/// What the engine did. Values are part of the audit encoding: never renumber.
enum class Action : std::uint8_t {
  kPaymentReceived = 1,        ///< a payment that leaves something due
  kClosedAsPaid = 2,           ///< the debt (and any fee) is paid in full
  kDiscountWindowClosed = 3,   ///< the early-payment discount is no longer available
  kVoluntaryTermExpired = 4,   ///< the term to pay voluntarily ended unpaid
  kProceedingOpened = 5,       ///< the robot opened a simplified enforcement proceeding
  kNoticeSms = 6,              ///< the robot's SMS notice was sent
  kNoticeEgovPush = 7,         ///< the robot's eGov Mobile push notice was sent
  kAccountArrested = 8,        ///< one bank account arrested within the debt
  kHandedToPrivateBailiff = 9, ///< the case passes to a private bailiff (ЧСИ)
  kFeeCharged = 10,            ///< part of a payment went to the private bailiff's fee
  kMeasuresLifted = 11,        ///< enforcement measures lifted after payment
};

/// Number of Action values plus one (they start at 1).
inline constexpr std::size_t kActionSlots = 12;

/// Stable machine name of an action, e.g. "closed_as_paid".
std::string_view action_name(Action action);

/// One step of a case's timeline.
struct Decision {
  Date date;                     ///< day the decision takes effect
  Action action{};               ///< what happened
  Tiyn amount = 0;               ///< money the step concerns (payment applied, sum arrested...)
  Tiyn due_after = 0;            ///< principal (fine) still due after the step
  Tiyn fee = 0;                  ///< private-bailiff fee charged or assessed by this step
  std::string_view rule;         ///< rule id, e.g. "discount.paid_in_window"
  std::string_view legal_basis;  ///< the legal article, from the policy file
  Param basis_param{};           ///< the policy parameter whose reference is legal_basis
};

}  // namespace bailiff
