// The ground-truth generator: a simulated population's cases recorded as a ministry would
// export them, with one deviation injected into a seeded share of the cases.

#include "bailiff/study/record_generator.hpp"

#include <algorithm>
#include <sstream>

#include "bailiff/iin.hpp"
#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/philox.hpp"
#include "log_writer.hpp"

namespace bailiff::study {
namespace {

constexpr std::uint32_t kPpm = 1'000'000;
constexpr std::uint32_t kStreamIin = kStreamInjection + 1;
constexpr Tiyn kInjectedSum = 1000 * kTiynPerTenge;  // the sum added where a sum is invented
constexpr std::int32_t kDateShiftDays = 15;          // a date moved beyond any tolerance

// A random valid IIN drawn from \p rng (11 digits, then the check digit; drawn again when
// the check digit cannot be computed).
std::string synthetic_iin(sim::CaseRng& rng) {
  for (;;) {
    std::string iin(12, '0');
    for (std::size_t i = 0; i < 11; ++i) iin[i] = static_cast<char>('0' + rng.below(10));
    for (char d = '0'; d <= '9'; ++d) {
      iin[11] = d;
      if (!validate_iin(iin)) return iin;
    }
  }
}

// The engine's path for \p fine, paid in full on \p paid (if any), up to \p horizon.
std::vector<Decision> law_path(const Engine& engine, const Fine& fine, std::optional<Date> paid,
                               Date horizon) {
  std::vector<Decision> out;
  CaseState s = engine.open(fine);
  const auto due_by = [&s](Date day) {
    return s.pending != Milestone::kNone && !s.pending_undated && s.pending_date <= day;
  };
  if (paid) {
    while (due_by(*paid)) engine.advance(s, out);
    if (s.stage != Stage::kClosed) engine.pay(s, *paid, engine.amount_to_close(s), out);
  }
  while (due_by(horizon)) engine.advance(s, out);
  return out;
}

// One case's recorded events and the deviation injected into them.
class CaseRecord {
 public:
  CaseRecord(const Fine& fine, std::vector<Decision> path, Date horizon, const Calendar& calendar)
      : fine_(fine), path_(std::move(path)), horizon_(horizon), calendar_(calendar) {
    for (const Decision& d : path_) {
      if (d.action == Action::kDiscountWindowClosed || d.action == Action::kVoluntaryTermExpired)
        continue;
      events_.push_back({d.date, d.action, d.amount, 0});
    }
  }

  // The kinds this case's path allows, in FindingKind order.
  std::vector<FindingKind> applicable() const {
    std::vector<FindingKind> out;
    const Decision* close = find(Action::kClosedAsPaid);
    const Decision* handoff = find(Action::kHandedToPrivateBailiff);
    const Decision* proceeding = find(Action::kProceedingOpened);
    const Decision* fee = find(Action::kFeeCharged);
    const bool discount = close != nullptr && close->rule == "discount.paid_in_window";
    const auto fits = [this](Date d) { return d <= horizon_; };
    if (handoff && handoff->rule == "bailiff.direct_above_threshold")
      out.push_back(FindingKind::kProceedingOverLimit);
    if (handoff && proceeding && handoff->date > proceeding->date.plus_days(kDateShiftDays)) {
      out.push_back(FindingKind::kHandoffBeforeWindow);
    }
    if (close && !handoff && fits(close->date.plus_days(1)))
      out.push_back(FindingKind::kHandoffAfterPayment);
    if (fee && fee->amount > 0) out.push_back(FindingKind::kFeeAboveScale);
    if (handoff && handoff->fee > 0 && fits(handoff->date.plus_days(1)) &&
        (!close || close->date > handoff->date.plus_days(1))) {
      out.push_back(FindingKind::kFeeWithoutRecovery);
    }
    if (find(Action::kAccountArrested)) out.push_back(FindingKind::kArrestBeyondDebt);
    if (close && !proceeding && !handoff) out.push_back(FindingKind::kActionWithoutBasis);
    if (find(Action::kNoticeSms)) out.push_back(FindingKind::kNoticeMissing);
    const Decision* lift = find(Action::kMeasuresLifted);
    if (lift && fits(lift->date.plus_days(kDateShiftDays)))
      out.push_back(FindingKind::kMeasuresNotLifted);
    if (discount && close->amount < fine_.amount) out.push_back(FindingKind::kDiscountNotHonoured);
    if (find(Action::kAccountArrested)) out.push_back(FindingKind::kActionMissing);
    if (handoff) out.push_back(FindingKind::kAmountDiffers);
    if (close && !discount && fits(close->date.plus_days(1)))
      out.push_back(FindingKind::kCollectedBeyondDue);
    if (proceeding && fits(proceeding->date.plus_days(kDateShiftDays)))
      out.push_back(FindingKind::kDateDiffers);
    out.push_back(FindingKind::kCannotJudge);  // any case can be dated before the calendar
    return out;
  }

  // Injects \p kind; returns the finding the check must report.
  Injected inject(FindingKind kind) {
    Injected truth{fine_.id, kind, 0, false};
    if (!change_event(kind, truth)) add_or_remove_event(kind, truth);
    std::stable_sort(
        events_.begin(), events_.end(),
        [](const RecordedEvent& a, const RecordedEvent& b) { return a.date < b.date; });
    return truth;
  }

  const Fine& fine() const { return fine_; }
  const std::vector<RecordedEvent>& events() const { return events_; }

 private:
  const Decision* find(Action a) const {
    for (const Decision& d : path_) {
      if (d.action == a) return &d;
    }
    return nullptr;
  }

  // The first recorded event of action \p a.
  std::vector<RecordedEvent>::iterator event(Action a) {
    return std::find_if(events_.begin(), events_.end(),
                        [a](const RecordedEvent& e) { return e.action == a; });
  }

  // Injects \p kind when it changes the date or the sum of a recorded event (or the fine's
  // day in force), into \p truth; false for the other kinds.
  bool change_event(FindingKind kind, Injected& truth) {
    const Decision* close = find(Action::kClosedAsPaid);
    switch (kind) {
      case FindingKind::kHandoffBeforeWindow: {
        auto h = event(Action::kHandedToPrivateBailiff);
        h->date = find(Action::kProceedingOpened)->date;
        truth.at_stake = *h->amount;
        return true;
      }
      case FindingKind::kFeeAboveScale: {
        auto fee = event(Action::kFeeCharged);
        const Tiyn extra = std::max<Tiyn>(100 * kTiynPerTenge, *fee->amount / 10);
        const Date day = fee->date;
        *fee->amount += extra;
        for (RecordedEvent& e : events_) {
          if (e.date == day &&
              (e.action == Action::kClosedAsPaid || e.action == Action::kPaymentReceived)) {
            *e.amount += extra;
          }
        }
        truth.at_stake = extra;
        truth.charged = true;
        return true;
      }
      case FindingKind::kArrestBeyondDebt:
        *event(Action::kAccountArrested)->amount += fine_.amount;
        truth.at_stake = fine_.amount;
        return true;
      case FindingKind::kDiscountNotHonoured:
        event(Action::kClosedAsPaid)->amount = fine_.amount;
        truth.at_stake = fine_.amount - close->amount;
        truth.charged = true;
        return true;
      case FindingKind::kAmountDiffers:
        *event(Action::kHandedToPrivateBailiff)->amount += kInjectedSum;
        truth.at_stake = kInjectedSum;
        return true;
      case FindingKind::kDateDiffers: {
        auto p = event(Action::kProceedingOpened);
        p->date = p->date.plus_days(kDateShiftDays);
        return true;
      }
      case FindingKind::kCannotJudge:
        fine_.in_force = calendar_.first_day().plus_days(-366);
        return true;
      case FindingKind::kProceedingOverLimit:
      case FindingKind::kHandoffAfterPayment:
      case FindingKind::kFeeWithoutRecovery:
      case FindingKind::kActionWithoutBasis:
      case FindingKind::kNoticeMissing:
      case FindingKind::kMeasuresNotLifted:
      case FindingKind::kActionMissing:
      case FindingKind::kCollectedBeyondDue:
      case FindingKind::kCount:
        break;
    }
    return false;
  }

  // Injects \p kind when it adds or removes a recorded event, into \p truth.
  void add_or_remove_event(FindingKind kind, Injected& truth) {
    const Decision* close = find(Action::kClosedAsPaid);
    const Decision* handoff = find(Action::kHandedToPrivateBailiff);
    switch (kind) {
      case FindingKind::kProceedingOverLimit:
        events_.push_back({handoff->date, Action::kProceedingOpened, handoff->amount, 0});
        truth.at_stake = handoff->amount;
        break;
      case FindingKind::kHandoffAfterPayment:
        events_.push_back(
            {close->date.plus_days(1), Action::kHandedToPrivateBailiff, fine_.amount, 0});
        truth.at_stake = fine_.amount;
        break;
      case FindingKind::kFeeWithoutRecovery:
        events_.push_back({handoff->date.plus_days(1), Action::kFeeCharged, handoff->fee, 0});
        truth.at_stake = handoff->fee;
        truth.charged = true;
        break;
      case FindingKind::kActionWithoutBasis:
        events_.push_back({close->date, Action::kAccountArrested, fine_.amount, 0});
        truth.at_stake = fine_.amount;
        break;
      case FindingKind::kNoticeMissing:
        events_.erase(event(Action::kNoticeSms));
        break;
      case FindingKind::kMeasuresNotLifted:
        events_.erase(event(Action::kMeasuresLifted));
        for (const RecordedEvent& e : events_) {
          if (e.action == Action::kAccountArrested) truth.at_stake += *e.amount;
        }
        break;
      case FindingKind::kActionMissing:
        events_.erase(event(Action::kAccountArrested));
        break;
      case FindingKind::kCollectedBeyondDue:
        events_.push_back({close->date.plus_days(1), Action::kPaymentReceived, kInjectedSum, 0});
        truth.at_stake = kInjectedSum;
        truth.charged = true;
        break;
      case FindingKind::kHandoffBeforeWindow:
      case FindingKind::kFeeAboveScale:
      case FindingKind::kArrestBeyondDebt:
      case FindingKind::kDiscountNotHonoured:
      case FindingKind::kAmountDiffers:
      case FindingKind::kDateDiffers:
      case FindingKind::kCannotJudge:
      case FindingKind::kCount:
        break;  // change_event's kinds
    }
  }

  Fine fine_;
  std::vector<Decision> path_;
  Date horizon_;
  const Calendar& calendar_;
  std::vector<RecordedEvent> events_;
};

std::string case_id(std::uint64_t index) {
  std::string digits = std::to_string(index);
  return "SIM-" + std::string(digits.size() < 9 ? 9 - digits.size() : 0, '0') + digits;
}

}  // namespace

GeneratedLog write_record_log(const sim::Scenario& scenario, const GeneratorOptions& options,
                              std::ostream& out) {
  const sim::RunSpec spec = sim::run_spec(scenario, sim::Role::kPolicy, options.seed);
  sim::CaseSimulator simulator(spec);
  sim::Metrics metrics(scenario.population->regions().size(),
                       scenario.behaviour->params().segments.size());
  const Engine engine(*spec.policy, *spec.calendar);
  const auto& regions = scenario.population->regions();
  const auto& offences = scenario.population->offences();
  GeneratedLog log;
  log.horizon = spec.horizon;
  detail::write_header(out, options.format);
  for (std::uint64_t i = 0; i < scenario.population->size(); ++i) {
    simulator.run(i, metrics);
    const sim::FineDraw& draw = simulator.draw();
    std::optional<Date> paid;
    for (const Decision& d : simulator.decisions()) {
      if (d.action == Action::kClosedAsPaid) paid = d.date;
    }
    Fine fine;
    fine.id = case_id(i);
    fine.region = regions[draw.region];
    fine.article = offences.empty() ? std::string() : offences[draw.offence].name;
    fine.amount = draw.amount;
    fine.in_force = draw.in_force;
    fine.discount_eligible = draw.discount_eligible;
    CaseRecord record(fine, law_path(engine, fine, paid, spec.horizon), spec.horizon,
                      *spec.calendar);
    sim::CaseRng rng(options.seed, i, kStreamInjection);
    if (rng.below(kPpm) < options.inject_ppm) {
      const std::vector<FindingKind> kinds = record.applicable();
      if (!kinds.empty()) {
        const FindingKind kind = kinds[rng.below(static_cast<std::uint32_t>(kinds.size()))];
        log.injected.push_back(record.inject(kind));
        ++log.by_kind[static_cast<std::size_t>(kind)];
      }
    }
    sim::CaseRng iin_rng(options.seed, i, kStreamIin);
    detail::write_fine(out, options.format, record.fine(), synthetic_iin(iin_rng));
    for (const RecordedEvent& e : record.events())
      detail::write_event(out, options.format, fine.id, e);
    ++log.cases;
    log.events += record.events().size();
  }
  return log;
}

std::string injected_csv(const GeneratedLog& log) {
  std::ostringstream out;
  out << "case_id,kind,at_stake_tenge,charged\n";
  for (const Injected& i : log.injected) {
    out << i.case_id << ',' << finding_kind_name(i.kind) << ',' << plain_tenge(i.at_stake) << ','
        << (i.charged ? 1 : 0) << '\n';
  }
  return out.str();
}

}  // namespace bailiff::study
