// One case's check: the engine's required decisions from the recorded fine and payments,
// compared with the recorded events act by act, fee by fee and in the sum collected.

#include <algorithm>
#include <map>

#include "bailiff/error.hpp"
#include "bailiff/study/record_check.hpp"

namespace bailiff::study {
namespace {

constexpr Action kActs[] = {Action::kProceedingOpened,       Action::kNoticeSms,
                            Action::kNoticeEgovPush,         Action::kAccountArrested,
                            Action::kHandedToPrivateBailiff, Action::kMeasuresLifted};

bool is_payment(Action a) {
  return a == Action::kPaymentReceived || a == Action::kClosedAsPaid;
}

class CaseCheck {
 public:
  CaseCheck(const RecordedCase& c, const Engine& engine, const CheckOptions& options, Date as_of)
      // Nothing after the calendar's last day can be decided: it is the check's last day then.
      : c_(c), engine_(engine), options_(options),
        as_of_(std::min(as_of, engine.calendar().last_day())) {}

  std::vector<Finding> run() {
    const Calendar& calendar = engine_.calendar();
    if (c_.fine.in_force < calendar.first_day() || c_.fine.in_force > calendar.last_day()) {
      cannot_judge(CannotJudge::kOutsideCalendar, {});
      return std::move(out_);
    }
    try {
      run_ = law_run(c_, engine_, as_of_);
      for (const Decision& d : run_.decisions) {
        if (d.action == Action::kClosedAsPaid) closing_ = &d;
      }
      for (const Action act : kActs) compare_act(act);
      compare_fees();
      compare_collected();
      for (const RecordedEvent& e : c_.events) {
        if (e.date > as_of_) late_event(e);
      }
    } catch (const DomainError& e) {
      out_.clear();
      cannot_judge(CannotJudge::kEngineRefused, e.what());
    }
    std::stable_sort(out_.begin(), out_.end(), [](const Finding& a, const Finding& b) {
      return a.date != b.date ? a.date < b.date : a.kind < b.kind;
    });
    return std::move(out_);
  }

 private:
  Finding& add(FindingKind kind, Date date, const RecordedEvent* e, const Decision* r) {
    Finding& f = out_.emplace_back();
    f.kind = kind;
    f.case_id = c_.fine.id;
    f.region = c_.fine.region;
    f.date = date;
    f.line = e != nullptr ? e->line : c_.line;
    if (e != nullptr) {
      f.recorded = e->action;
      f.recorded_date = e->date;
      f.recorded_amount = e->amount;
    }
    if (r != nullptr) {
      f.required = r->action;
      f.required_date = r->date;
      f.required_amount = r->amount;
      f.rule = std::string(r->rule);
      f.legal_basis = std::string(r->legal_basis);
    }
    return f;
  }

  void basis(Finding& f, std::string rule, Param param, Date date) const {
    if (f.rule.empty()) f.rule = std::move(rule);
    if (f.legal_basis.empty()) f.legal_basis = std::string(engine_.policy().at(date).basis(param));
  }

  void cannot_judge(CannotJudge why, std::string reason) {
    Finding& f = add(FindingKind::kCannotJudge, c_.fine.in_force, nullptr, nullptr);
    f.rule = "check.cannot_judge";
    f.cannot_judge = why;
    f.reason = std::move(reason);
  }

  void late_event(const RecordedEvent& e) {
    Finding& f = add(FindingKind::kCannotJudge, e.date, &e, nullptr);
    f.rule = "check.cannot_judge";
    f.cannot_judge = CannotJudge::kAfterAsOf;
    f.reason = to_iso(as_of_);
  }

  // Whether recorded day \p d is within the tolerance of required day \p r.
  bool within(Date r, Date d) const {
    if (d == r) return true;
    const std::int32_t n = options_.tolerance_working_days;
    if (n == 0) return false;
    const Calendar& cal = engine_.calendar();
    const Date early = std::min(r, d), late = std::max(r, d);
    const std::optional<Date> limit = cal.add_working_days_within(early, n);
    return !limit || late <= *limit;
  }

  // Whether the law's deadline \p n working days after \p day has passed by the as-of date.
  std::optional<Date> deadline(Date day, std::int32_t n) const {
    if (n == 0) return day;
    return engine_.calendar().add_working_days_within(day, n);
  }

  void compare_act(Action act) {
    std::vector<const RecordedEvent*> recorded;
    for (const RecordedEvent& e : c_.events) {
      if (e.action == act && e.date <= as_of_) recorded.push_back(&e);
    }
    std::vector<const Decision*> required;
    for (const Decision& d : run_.decisions) {
      if (d.action == act) required.push_back(&d);
    }
    const std::size_t pairs = std::min(recorded.size(), required.size());
    for (std::size_t i = 0; i < pairs; ++i) judge(*recorded[i], *required[i]);
    for (std::size_t i = pairs; i < recorded.size(); ++i)
      unrequired(*recorded[i], !required.empty());
    for (std::size_t i = pairs; i < required.size(); ++i) unrecorded(*required[i]);
  }

  void judge(const RecordedEvent& e, const Decision& r) {
    const Tiyn amount = e.amount.value_or(r.amount);
    if (r.action == Action::kMeasuresLifted) {
      const std::optional<Date> by = deadline(r.date, options_.lift_working_days);
      if (by && e.date > *by) {
        Finding& f = add(FindingKind::kMeasuresNotLifted, e.date, &e, &r);
        f.at_stake = arrested();
        f.required_amount.reset();  // a lifting has no sum
      } else if (e.date < r.date && !within(r.date, e.date)) {
        add(FindingKind::kDateDiffers, e.date, &e, &r);
      }
      return;
    }
    if (!within(r.date, e.date)) {
      const bool notice = r.action == Action::kNoticeSms || r.action == Action::kNoticeEgovPush;
      if (r.action == Action::kHandedToPrivateBailiff && e.date < r.date) {
        add(FindingKind::kHandoffBeforeWindow, e.date, &e, &r).at_stake = amount;
      } else if (notice && e.date > r.date) {
        add(FindingKind::kNoticeMissing, e.date, &e, &r);
      } else {
        add(FindingKind::kDateDiffers, e.date, &e, &r);
      }
    }
    if (r.action == Action::kAccountArrested) {
      if (amount > r.amount)
        add(FindingKind::kArrestBeyondDebt, e.date, &e, &r).at_stake = amount - r.amount;
    } else if (r.action == Action::kProceedingOpened ||
               r.action == Action::kHandedToPrivateBailiff) {
      if (amount != r.amount) {
        add(FindingKind::kAmountDiffers, e.date, &e, &r).at_stake =
            amount > r.amount ? amount - r.amount : r.amount - amount;
      }
    }
  }

  // A recorded act with no required counterpart left.
  void unrequired(const RecordedEvent& e, bool one_was_required) {
    const Tiyn amount = e.amount.value_or(0);
    if (e.action == Action::kProceedingOpened) {
      for (const Decision& d : run_.decisions) {
        if (d.rule == "bailiff.direct_above_threshold") {
          add(FindingKind::kProceedingOverLimit, e.date, &e, &d).at_stake =
              e.amount.value_or(d.amount);
          return;
        }
      }
    }
    if (e.action == Action::kHandedToPrivateBailiff && !one_was_required) {
      if (closing_ != nullptr && closing_->date <= e.date) {
        add(FindingKind::kHandoffAfterPayment, e.date, &e, closing_).at_stake = amount;
        return;
      }
      // The law's day for a hand-off had the debtor paid nothing from that day on.
      Fine unpaid = c_.fine;
      std::erase_if(unpaid.payments, [&e](const Payment& p) { return p.date >= e.date; });
      const CaseRun law = engine_.run(unpaid, engine_.calendar().last_day());
      const Decision* due = nullptr;
      for (const Decision& d : law.decisions) {
        if (d.action == Action::kHandedToPrivateBailiff && due == nullptr) due = &d;
      }
      Finding& f = add(FindingKind::kHandoffBeforeWindow, e.date, &e, due);
      f.at_stake = amount;
      basis(f, "bailiff.robot_window_expired", Param::kRobotWindow, e.date);
      return;
    }
    Finding& f = add(FindingKind::kActionWithoutBasis, e.date, &e, nullptr);
    f.at_stake = e.action == Action::kAccountArrested ? amount : 0;
    basis(f, "check.no_required_action", Param::kEnforcementReferralAfter, e.date);
  }

  // A required act not recorded (judged once its day, with the tolerance, is past).
  void unrecorded(const Decision& r) {
    const bool lift = r.action == Action::kMeasuresLifted;
    const std::optional<Date> by =
        deadline(r.date, lift ? options_.lift_working_days : options_.tolerance_working_days);
    if (!by || *by > as_of_) return;
    if (lift) {
      Finding& f = add(FindingKind::kMeasuresNotLifted, r.date, nullptr, &r);
      f.at_stake = arrested();
      f.required_amount.reset();  // a lifting has no sum
    } else if (r.action == Action::kNoticeSms || r.action == Action::kNoticeEgovPush) {
      add(FindingKind::kNoticeMissing, r.date, nullptr, &r);
    } else {
      add(FindingKind::kActionMissing, r.date, nullptr, &r);
    }
  }

  Tiyn arrested() const {
    Tiyn sum = 0;
    for (const RecordedEvent& e : c_.events) {
      if (e.action == Action::kAccountArrested) sum = checked_add(sum, e.amount.value_or(0));
    }
    return sum;
  }

  void compare_fees() {
    struct Day {
      Tiyn recorded = 0, required = 0;
      const RecordedEvent* event = nullptr;
      const Decision* decision = nullptr;
      bool paid = false;
    };
    std::map<std::int32_t, Day> days;
    for (const RecordedEvent& e : c_.events) {
      if (e.date > as_of_) continue;
      if (e.action == Action::kFeeCharged) {
        Day& d = days[e.date.days];
        d.recorded = checked_add(d.recorded, *e.amount);
        if (d.event == nullptr) d.event = &e;
      } else if (is_payment(e.action)) {
        days[e.date.days].paid = true;
      }
    }
    for (const Decision& r : run_.decisions) {
      if (r.action != Action::kFeeCharged) continue;
      Day& d = days[r.date.days];
      d.required = checked_add(d.required, r.amount);
      if (d.decision == nullptr) d.decision = &r;
    }
    for (const auto& [day, d] : days) {
      const Date date{day};
      if (d.recorded > d.required) {
        const bool unrecovered = d.required == 0 && !d.paid;
        Finding& f =
            add(unrecovered ? FindingKind::kFeeWithoutRecovery : FindingKind::kFeeAboveScale, date,
                d.event, d.decision);
        f.required = Action::kFeeCharged;
        f.required_date = date;
        f.required_amount = d.required;
        f.at_stake = d.recorded - d.required;
        f.charged = true;
        // A fee above the scale was taken out of that day's payment (a fee without recovery
        // was not): the sum collected is compared net of it.
        if (!unrecovered) fees_charged_ = checked_add(fees_charged_, f.at_stake);
        basis(f, "bailiff.fee_charged", Param::kPrivateBailiffFee, date);
      } else if (d.recorded < d.required) {
        Finding& f = add(FindingKind::kAmountDiffers, date, d.event, d.decision);
        f.recorded = Action::kFeeCharged;
        f.recorded_amount = d.recorded;
        f.at_stake = d.required - d.recorded;
      }
    }
  }

  void compare_collected() {
    Tiyn recorded = 0, required = 0;
    const RecordedEvent* last = nullptr;
    bool closed_on_day = false;
    for (const RecordedEvent& e : c_.events) {
      if (!is_payment(e.action) || e.date > as_of_) continue;
      recorded = checked_add(recorded, *e.amount);
      last = &e;
      if (e.action == Action::kClosedAsPaid && closing_ != nullptr &&
          within(closing_->date, e.date)) {
        closed_on_day = true;
      }
    }
    for (const Decision& r : run_.decisions) {
      if (is_payment(r.action)) required = checked_add(required, r.amount);
    }
    const Tiyn excess = recorded - required - fees_charged_;
    const bool discount = closing_ != nullptr && closing_->rule == "discount.paid_in_window";
    if (discount && (excess > 0 || !closed_on_day)) {
      Finding& f = add(FindingKind::kDiscountNotHonoured, closing_->date, last, closing_);
      f.recorded_amount = recorded;
      f.required_amount = required;
      f.charged = excess > 0;
      f.at_stake = excess > 0 ? excess : c_.fine.amount - required;
    } else if (excess > 0) {
      Finding& f = add(FindingKind::kCollectedBeyondDue, last->date, last, closing_);
      f.recorded_amount = recorded;
      f.required_amount = required;
      f.at_stake = excess;
      f.charged = true;
      basis(f, "check.collected_beyond_due", Param::kVoluntaryTerm, last->date);
    }
  }

  const RecordedCase& c_;
  const Engine& engine_;
  const CheckOptions& options_;
  Date as_of_;
  CaseRun run_;
  const Decision* closing_ = nullptr;
  Tiyn fees_charged_ = 0;
  std::vector<Finding> out_;
};

}  // namespace

std::string_view finding_kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::kProceedingOverLimit:
      return "proceeding_over_limit";
    case FindingKind::kHandoffBeforeWindow:
      return "handoff_before_window";
    case FindingKind::kHandoffAfterPayment:
      return "handoff_after_payment";
    case FindingKind::kFeeAboveScale:
      return "fee_above_scale";
    case FindingKind::kFeeWithoutRecovery:
      return "fee_without_recovery";
    case FindingKind::kArrestBeyondDebt:
      return "arrest_beyond_debt";
    case FindingKind::kActionWithoutBasis:
      return "action_without_basis";
    case FindingKind::kNoticeMissing:
      return "notice_missing";
    case FindingKind::kMeasuresNotLifted:
      return "measures_not_lifted";
    case FindingKind::kDiscountNotHonoured:
      return "discount_not_honoured";
    case FindingKind::kActionMissing:
      return "action_missing";
    case FindingKind::kAmountDiffers:
      return "amount_differs";
    case FindingKind::kCollectedBeyondDue:
      return "collected_beyond_due";
    case FindingKind::kDateDiffers:
      return "date_differs";
    case FindingKind::kCannotJudge:
      return "cannot_judge";
    case FindingKind::kCount:
      break;
  }
  return "unknown";
}

CaseRun law_run(const RecordedCase& c, const Engine& engine, Date as_of) {
  const Date last = std::min(as_of, engine.calendar().last_day());
  Fine fine = c.fine;
  std::erase_if(fine.payments, [last](const Payment& p) { return p.date > last; });
  return engine.run(fine, last);
}

std::vector<Finding> check_case(const RecordedCase& c, const Engine& engine,
                                const CheckOptions& options, Date as_of) {
  return CaseCheck(c, engine, options, as_of).run();
}

}  // namespace bailiff::study
