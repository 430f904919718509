// `bailiff explain`: the words for one case's evidence, from the message table.

#include "bailiff/report/explain.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/engine.hpp"
#include "bailiff/outcome.hpp"
#include "bailiff/report/case_words.hpp"
#include "bailiff/report/format.hpp"
#include "bailiff/report/messages.hpp"
#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff::report {
namespace {

using Json = nlohmann::ordered_json;

bool starts(std::string_view rule, std::string_view prefix) { return rule.substr(0, prefix.size()) == prefix; }

/// The message key of a step's sentence (\p fine_amount tells a partly paid fine).
std::string key_of(const DecodedDecision& d, Tiyn fine_amount) {
  const std::string_view rule = d.rule;
  switch (d.action) {
    case Action::kDiscountWindowClosed:
      return d.due_after < fine_amount ? "explain.discount_window_closed.partly_paid" : "explain.discount_window_closed";
    case Action::kPaymentReceived:
      return rule == "discount.partial_payment" ? "explain.payment_received.discount" : "explain.payment_received";
    case Action::kClosedAsPaid:
      if (rule == "discount.paid_in_window") return "explain.closed.discount";
      if (rule == "voluntary.paid_in_term") return "explain.closed.voluntary";
      if (rule == "overdue.paid_before_referral") return "explain.closed.overdue";
      if (rule == "robot.paid_in_window") return "explain.closed.robot";
      if (rule == "bailiff.paid_with_fee") return "explain.closed.bailiff";
      return "explain.closed";
    case Action::kHandedToPrivateBailiff:
      if (rule == "bailiff.robot_window_expired") return "explain.handed.robot_window_expired";
      if (rule == "bailiff.direct_above_threshold") return "explain.handed.direct_above_threshold";
      if (rule == "bailiff.referral_robot_not_reached") return "explain.handed.robot_not_reached";
      return "explain.handed";
    default: return "explain." + std::string(action_name(d.action));
  }
}

/// Where a payment was received, from its rule's stage: " in the robot's proceeding".
std::string stage_of(const DecodedDecision& d, Language language) {
  for (const char* stage : {"discount", "voluntary", "overdue", "robot", "bailiff"}) {
    if (starts(d.rule, std::string(stage) + ".")) return message(std::string("explain.stage.") + stage, language);
  }
  return "";
}

/// What still closes the case at the discount after a part payment \p d inside the window:
/// the discounted amount less what the debtor has paid so far (the fine less \p d's due).
Tiyn rest_at_discount(const DecodedDecision& d, const audit::CaseEvidence& evidence) {
  const Tiyn paid = evidence.fine.amount - d.due_after;
  return discounted_amount(evidence.fine.amount, evidence.policy.at(evidence.fine.in_force)) - paid;
}

std::string sentence(const DecodedDecision& d, const audit::CaseEvidence& evidence, Language language) {
  const NumberStyle numbers = text_numbers(language);
  const bool inside_discount = d.rule == "discount.partial_payment";
  return fill(key_of(d, evidence.fine.amount), language,
              {{"amount", tenge(d.amount, numbers)},
               {"due", tenge(d.due_after, numbers)},
               {"fee", tenge(d.fee, numbers)},
               {"rest", inside_discount ? tenge(rest_at_discount(d, evidence), numbers) : ""},
               {"stage", stage_of(d, language)}});
}

std::string outcome_sentence(const Explanation& e, const CaseOutcome& outcome) {
  const NumberStyle numbers = text_numbers(e.language);
  if (outcome.closed) {
    return fill(outcome.fee_paid != 0 ? "explain.outcome.closed.fee" : "explain.outcome.closed", e.language,
                {{"date", long_date(*outcome.closed, e.language)},
                 {"paid", tenge(outcome.paid, numbers)},
                 {"fee", tenge(outcome.fee_paid, numbers)}});
  }
  // After a part recovery only the rest of the bailiff's fee is still due, and the sentence
  // says how much of it was already charged.
  const char* key = outcome.handed && outcome.fee_paid > 0 ? "explain.outcome.open.bailiff.partly"
                    : outcome.handed                       ? "explain.outcome.open.bailiff"
                    : outcome.robot                        ? "explain.outcome.open.robot"
                                                           : "explain.outcome.open";
  return fill(key, e.language,
              {{"date", long_date(e.horizon, e.language)},
               {"due", tenge(outcome.due, numbers)},
               {"fee", tenge(outcome.fee_due, numbers)},
               {"fee_paid", tenge(outcome.fee_paid, numbers)},
               {"fee_total", tenge(outcome.fee_paid + outcome.fee_due, numbers)}});
}

/// The payments up to the horizon that the steps did not apply (report/case_words.hpp).
std::string unapplied_sentence(const Explanation& e, const CaseOutcome& outcome) {
  Tiyn recorded = 0;
  for (const Payment& p : e.fine.payments) {
    if (p.date <= e.horizon) recorded += p.amount;
  }
  return unapplied_words(recorded, outcome.paid, e.language);
}

std::string basis_on(const Policy& policy, const DecodedDecision& d, Language language) {
  try {
    return std::string(policy.at(d.date).basis(d.basis_param));
  } catch (const std::exception&) {
    return fill("explain.no_reference", language, {{"date", to_iso(d.date)}});
  }
}

/// The act and article of \p d's parameter in \p language, as the policy file words them; the
/// logged reference \p legal_basis when the file gives no `basis`.
std::string translated_basis(const Policy& policy, const DecodedDecision& d,
                             const std::string& legal_basis, Language language) {
  const TranslatedText& basis =
      policy.parameters().at(static_cast<std::size_t>(d.basis_param)).basis;
  return basis.empty() ? legal_basis : in_language(basis, language);
}

std::string source_line(const audit::CaseEvidence& e, Language language) {
  using audit::ReplayAgreement;
  if (e.agreement == ReplayAgreement::kNotFromBundle) {
    return fill("explain.source.run", language,
                {{"policy", e.sources.at(0)},
                 {"calendar", e.sources.at(1)},
                 {"cases", e.sources.at(2)},
                 {"horizon", to_iso(e.horizon)}});
  }
  std::string agreement;
  switch (e.agreement) {
    case ReplayAgreement::kSame:
      agreement = fill("explain.replay.same", language, {{"count", std::to_string(e.decisions.size())}});
      break;
    case ReplayAgreement::kDiffers:
      agreement = fill("explain.replay.differs", language, {{"step", std::to_string(e.first_difference + 1)}});
      break;
    default: agreement = message("explain.replay.missing", language);
  }
  return fill("explain.source.bundle", language, {{"file", e.sources.at(0)}, {"agreement", agreement}});
}

/// The next step of a case open at the horizon, as decide states it; empty otherwise.
std::string next_step_sentence(const audit::CaseEvidence& evidence, Language language) {
  const CaseState& state = evidence.at_horizon;
  if (state.stage == Stage::kClosed || state.pending == Milestone::kNone) return {};
  const std::string step(milestone_name(state.pending));
  if (state.pending_undated) {
    return fill("explain.next_step.undated", language,
                {{"horizon", long_date(evidence.horizon, language)},
                 {"step", step},
                 {"last", long_date(evidence.calendar_last_day, language)}});
  }
  return fill("explain.next_step", language,
              {{"horizon", long_date(evidence.horizon, language)},
               {"step", step},
               {"date", long_date(state.pending_date, language)}});
}

}  // namespace

Explanation explain(const audit::CaseEvidence& evidence, Language language) {
  Explanation e;
  e.language = language;
  e.policy_id = evidence.policy.id();
  e.policy_title = evidence.policy.title();
  e.fine = evidence.fine;
  e.horizon = evidence.horizon;
  for (std::size_t i = 0; i < evidence.decisions.size(); ++i) {
    const DecodedDecision& d = evidence.decisions[i];
    std::string legal_basis = basis_on(evidence.policy, d, language);
    std::string basis = translated_basis(evidence.policy, d, legal_basis, language);
    e.steps.push_back({d, std::move(legal_basis), std::move(basis), sentence(d, evidence, language),
                       evidence.step_notes.at(i)});
  }
  // The case's outcome from its steps, once, for both sentences.
  const CaseOutcome outcome = case_outcome(evidence.decisions, evidence.fine.amount);
  e.outcome = outcome_sentence(e, outcome);
  e.unapplied = unapplied_sentence(e, outcome);
  e.next_step = next_step_sentence(evidence, language);
  e.source = source_line(evidence, language);
  e.provisional = evidence.provisional;
  return e;
}

Explanation explain_from_run(const sim::DecideRun& run, std::string_view case_id, Language language) {
  return explain(audit::case_from_run(run, case_id), language);
}

Explanation explain_from_bundle(std::string_view bytes, const std::string& file, std::string_view case_id,
                                Language language) {
  return explain(audit::case_from_bundle(bytes, file, case_id), language);
}

std::string explanation_text(const Explanation& e) {
  const Language l = e.language;
  const NumberStyle numbers = text_numbers(l);
  const Fine& f = e.fine;
  std::string out =
      fill("explain.header", l, {{"case", printable(f.id)}, {"amount", tenge(f.amount, numbers)}});
  if (!f.article.empty())
    out += fill("explain.header.article", l, {{"article", article_words(f.article, l)}});
  if (!f.region.empty()) out += " (" + region_words(f.region, l) + ")";
  out += fill("explain.header.in_force", l, {{"date", long_date(f.in_force, l)}});
  if (f.discount_eligible) out += message("explain.header.discount", l);
  out += out.back() == '.' ? "\n" : ".\n";
  out += fill("explain.policy", l, {{"id", e.policy_id}, {"title", policy_words(e.policy_id, e.policy_title, l)}}) + "\n";
  out += fill("explain.payments", l, {{"payments", payments_words(f, l)}}) + "\n\n";
  if (e.steps.empty()) out += fill("explain.no_decision", l, {{"date", long_date(e.horizon, l)}}) + "\n";
  for (std::size_t i = 0; i < e.steps.size(); ++i) {
    const ExplainedStep& s = e.steps[i];
    const std::string number = std::to_string(i + 1);
    out += number + ". " + long_date(s.decision.date, l) + " — " + s.text + "\n";
    out += std::string(number.size() + 2, ' ') +
           fill("explain.rule", l, {{"rule", s.decision.rule}, {"basis", s.basis}}) + "\n";
    for (const ProvisionalNote& note : s.notes) {
      out += std::string(number.size() + 2, ' ') +
             fill("explain.assumption", l, {{"source", note.source}, {"assumption", note.assumption}}) +
             "\n";
    }
  }
  out += "\n" + e.outcome + "\n";
  if (!e.unapplied.empty()) out += e.unapplied + "\n";
  if (!e.next_step.empty()) out += e.next_step + "\n";
  out += provisional_text(e.provisional, l);
  out += e.source + "\n";
  return out;
}

std::string explanation_json(const Explanation& e) {
  Json j;
  j["case"] = e.fine.id;
  j["lang"] = language_code(e.language);
  j["policy"] = Json{{"id", e.policy_id}, {"title", e.policy_title}};
  Json payments = Json::array();
  for (const Payment& p : e.fine.payments) {
    payments.push_back(Json{{"date", to_iso(p.date)}, {"amount_tenge", plain_tenge(p.amount)}});
  }
  j["fine"] = Json{{"amount_tenge", plain_tenge(e.fine.amount)},
                   {"in_force", to_iso(e.fine.in_force)},
                   {"article", e.fine.article},
                   {"region", e.fine.region},
                   {"discount_eligible", e.fine.discount_eligible},
                   {"payments", std::move(payments)}};
  j["horizon"] = to_iso(e.horizon);
  if (!e.provisional.empty()) j["provisional"] = provisional_json(e.provisional);
  Json steps = Json::array();
  for (const ExplainedStep& s : e.steps) {
    const DecodedDecision& d = s.decision;
    Json step = Json{{"date", to_iso(d.date)},
                         {"action", action_name(d.action)},
                         {"amount_tenge", plain_tenge(d.amount)},
                         {"due_after_tenge", plain_tenge(d.due_after)},
                         {"fee_tenge", plain_tenge(d.fee)},
                         {"rule", d.rule},
                         {"basis_param", Policy::kNames[static_cast<std::size_t>(d.basis_param)]},
                         {"legal_basis", s.legal_basis},
                         {"basis", s.basis},
                         {"text", s.text}};
    if (!s.notes.empty()) step["assumptions"] = provisional_json(s.notes);
    steps.push_back(std::move(step));
  }
  j["steps"] = std::move(steps);
  j["outcome"] = e.outcome;
  if (!e.unapplied.empty()) j["unapplied"] = e.unapplied;
  if (!e.next_step.empty()) j["next_step"] = e.next_step;
  j["source"] = e.source;
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace bailiff::report
