#pragma once
/// \file The engine's input: one administrative fine and the payments made against it.

#include <string>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"

namespace bailiff {

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
