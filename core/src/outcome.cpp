#include "bailiff/outcome.hpp"

namespace bailiff {

std::string_view outcome_name(Outcome outcome) {
  switch (outcome) {
    case Outcome::kPaidDiscount: return "paid_discount";
    case Outcome::kPaidVoluntary: return "paid_voluntary";
    case Outcome::kPaidOverdue: return "paid_overdue";
    case Outcome::kPaidRobot: return "paid_robot";
    case Outcome::kPaidBailiff: return "paid_bailiff";
    case Outcome::kPartlyBailiff: return "partly_recovered_bailiff";
    case Outcome::kUnpaidBailiff: return "unpaid_bailiff";
    case Outcome::kUnpaidRobot: return "unpaid_robot";
    case Outcome::kUnpaid: return "unpaid";
  }
  return "unknown";
}

}  // namespace bailiff
