#pragma once
/// \file The engine's input: one administrative fine and the payments made against it.

#include <string>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"

namespace bailiff {

/// Every amount a reader takes (a fine, a payment) is below this: fines of 10^11 tenge or
/// more do not exist, and a 12-digit number of tenge may be an IIN in the wrong field, so it is
/// refused rather than stored (the cases file, the historical CSV, recorded logs).
inline constexpr Tiyn kAmountLimit = 100'000'000'000 * kTiynPerTenge;

/// A payment by the debtor.
struct Payment {
  Date date;        ///< day the payment was made
  Tiyn amount = 0;  ///< amount paid, > 0
};

/// An administrative fine whose decision has entered into legal force.
struct Fine {
  std::string id;       ///< case id, unique within a file
  std::string debtor;   ///< pseudonym of the debtor (never a clear IIN)
  std::string region;   ///< region or city of republican significance
  std::string article;  ///< article of the Code of Administrative Offences
  Tiyn amount = 0;      ///< fine imposed, tiyn
  Date in_force;        ///< day the decision entered into legal force (day 0)
  bool discount_eligible = false;  ///< offence admitted without appeal (art. 810 shortened proceedings)
  std::vector<Payment> payments;   ///< ascending by date
};

}  // namespace bailiff
