#include "bailiff/decision.hpp"

namespace bailiff {

std::string_view action_name(Action action) {
  switch (action) {
    case Action::kPaymentReceived: return "payment_received";
    case Action::kClosedAsPaid: return "closed_as_paid";
    case Action::kDiscountWindowClosed: return "discount_window_closed";
    case Action::kVoluntaryTermExpired: return "voluntary_term_expired";
    case Action::kProceedingOpened: return "proceeding_opened";
    case Action::kNoticeSms: return "notice_sent_sms";
    case Action::kNoticeEgovPush: return "notice_sent_egov_push";
    case Action::kAccountArrested: return "account_arrested";
    case Action::kHandedToPrivateBailiff: return "handed_to_private_bailiff";
    case Action::kFeeCharged: return "fee_charged";
    case Action::kMeasuresLifted: return "measures_lifted";
  }
  return "unknown";
}

}  // namespace bailiff
