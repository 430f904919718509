// `bailiff explain`: sentence templates per action, in English and Russian.

#include "bailiff/report/explain.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/cases.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/outcome.hpp"
#include "bailiff/report/provisional_notice.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;
using namespace ::bailiff::audit;
namespace {

using Json = nlohmann::ordered_json;

std::string replace_all(std::string text, std::string_view key, const std::string& value) {
  for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
    text.replace(at, key.size(), value);
  }
  return text;
}

bool starts(std::string_view rule, std::string_view prefix) { return rule.substr(0, prefix.size()) == prefix; }

/// The sentence template of a step (placeholders {amount}, {due}, {fee}).
std::string template_for(const DecodedDecision& d, Lang lang) {
  const bool en = lang == Lang::kEn;
  const std::string_view rule = d.rule;
  switch (d.action) {
    case Action::kPaymentReceived: {
      std::string stage;
      if (starts(rule, "discount.")) stage = en ? " inside the discount window" : " в период скидки";
      else if (starts(rule, "voluntary.")) stage = en ? " within the voluntary payment term" : " в срок добровольной уплаты";
      else if (starts(rule, "overdue.")) stage = en ? " after the voluntary payment term" : " после срока добровольной уплаты";
      else if (starts(rule, "robot.")) stage = en ? " in the robot's proceeding" : " в упрощённом производстве";
      else if (starts(rule, "bailiff.")) stage = en ? " by the private bailiff" : " через частного судебного исполнителя";
      return en ? "A payment of {amount} was received" + stage + "; {due} of the fine is still due."
                : "Поступил платёж {amount}" + stage + "; остаток штрафа к уплате {due}.";
    }
    case Action::kClosedAsPaid:
      if (rule == "discount.paid_in_window") {
        return en ? "The debtor paid {amount} inside the early-payment discount window: the fine is "
                    "settled at the discounted amount and the case is closed."
                  : "Должник уплатил {amount} в период скидки: штраф погашен со скидкой, дело закрыто.";
      }
      if (rule == "voluntary.paid_in_term") {
        return en ? "The debtor paid {amount} within the voluntary payment term; the case is closed."
                  : "Должник уплатил {amount} в срок добровольной уплаты; дело закрыто.";
      }
      if (rule == "overdue.paid_before_referral") {
        return en ? "The debtor paid {amount} after the voluntary term but before the case was "
                    "referred for enforcement; the case is closed."
                  : "Должник уплатил {amount} после срока добровольной уплаты, до передачи на "
                    "принудительное исполнение; дело закрыто.";
      }
      if (rule == "robot.paid_in_window") {
        return en ? "The debtor paid {amount} inside the robot bailiff's window, so no private-bailiff "
                    "fee is due; the case is closed."
                  : "Должник уплатил {amount} в срок, данный роботом-судоисполнителем, поэтому оплата "
                    "деятельности ЧСИ не взимается; дело закрыто.";
      }
      if (rule == "bailiff.paid_with_fee") {
        return en ? "The debtor paid {amount} through the private bailiff, including the bailiff's fee "
                    "of {fee}; the case is closed."
                  : "Должник уплатил {amount} через частного судебного исполнителя, включая оплату его "
                    "деятельности {fee}; дело закрыто.";
      }
      return en ? "The debtor paid {amount}; the case is closed." : "Должник уплатил {amount}; дело закрыто.";
    case Action::kDiscountWindowClosed:
      return en ? "The early-payment discount window closed; the full fine of {due} is now due."
                : "Срок уплаты со скидкой истёк; к уплате полная сумма штрафа {due}.";
    case Action::kVoluntaryTermExpired:
      return en ? "The term for voluntary payment expired with {due} unpaid."
                : "Срок добровольной уплаты истёк; не уплачено {due}.";
    case Action::kProceedingOpened:
      return en ? "The robot bailiff opened a simplified enforcement proceeding for the debt of {amount}."
                : "Робот-судоисполнитель возбудил упрощённое исполнительное производство на сумму долга {amount}.";
    case Action::kNoticeSms:
      return en ? "The robot sent the debtor an SMS notice of the debt of {amount}."
                : "Робот направил должнику SMS-уведомление о долге {amount}.";
    case Action::kNoticeEgovPush:
      return en ? "The robot sent the debtor a push notice in eGov Mobile."
                : "Робот направил должнику push-уведомление в eGov Mobile.";
    case Action::kAccountArrested:
      return en ? "The robot arrested one bank account of the debtor, within the debt of {amount}."
                : "Робот наложил арест на один банковский счёт должника в пределах долга {amount}.";
    case Action::kHandedToPrivateBailiff:
      if (rule == "bailiff.robot_window_expired") {
        return en ? "The robot's window to pay without a fee ended unpaid: the case passed to a private "
                    "bailiff (ЧСИ), whose fee of {fee} the debtor pays on recovery."
                  : "Срок для уплаты без дополнительных расходов истёк: дело передано частному судебному "
                    "исполнителю (ЧСИ); при взыскании должник оплачивает его деятельность в размере {fee}.";
      }
      if (rule == "bailiff.direct_above_threshold") {
        return en ? "The debt of {amount} exceeds the limit of simplified proceedings: the case passed "
                    "directly to a private bailiff (ЧСИ), whose fee of {fee} the debtor pays on recovery."
                  : "Долг {amount} превышает предел упрощённого производства: дело передано "
                    "непосредственно частному судебному исполнителю (ЧСИ); при взыскании должник "
                    "оплачивает его деятельность в размере {fee}.";
      }
      return en ? "The case was referred for enforcement to a private bailiff (ЧСИ), whose fee of {fee} "
                  "the debtor pays on recovery."
                : "Дело направлено на принудительное исполнение частному судебному исполнителю (ЧСИ); "
                  "при взыскании должник оплачивает его деятельность в размере {fee}.";
    case Action::kFeeCharged:
      return en ? "{amount} of the payment went to the private bailiff's fee."
                : "Из платежа {amount} направлено на оплату деятельности ЧСИ.";
    case Action::kMeasuresLifted:
      return en ? "The payment lifted the enforcement measures automatically."
                : "После оплаты меры принудительного исполнения сняты автоматически.";
  }
  return en ? "Step {amount}." : "Шаг {amount}.";
}

std::string sentence(const DecodedDecision& d, Lang lang) {
  std::string text = template_for(d, lang);
  text = replace_all(text, "{amount}", amount_in_words(d.amount, lang));
  text = replace_all(text, "{due}", amount_in_words(d.due_after, lang));
  return replace_all(text, "{fee}", amount_in_words(d.fee, lang));
}

std::string outcome_sentence(const Explanation& e) {
  const bool en = e.lang == Lang::kEn;
  std::vector<DecodedDecision> decisions;
  for (const ExplainedStep& s : e.steps) decisions.push_back(s.decision);
  const CaseOutcome outcome = case_outcome(decisions, e.fine.amount);
  const Tiyn paid = outcome.paid, fee_paid = outcome.fee_paid, fee_due = outcome.fee_due;
  const Tiyn due = outcome.due;
  const std::optional<Date> closed = outcome.closed;
  const bool bailiff = outcome.handed, robot = outcome.robot;
  if (closed) {
    if (en) {
      return "Outcome: closed on " + date_in_words(*closed, e.lang) + "; the debtor paid " +
             amount_in_words(paid, e.lang) + " in all, " +
             (fee_paid != 0 ? "of which " + amount_in_words(fee_paid, e.lang) + " was the private bailiff's fee."
                            : "with no private-bailiff fee.");
    }
    return "Итог: дело закрыто " + date_in_words(*closed, e.lang) + "; всего уплачено " +
           amount_in_words(paid, e.lang) + ", " +
           (fee_paid != 0 ? "из них оплата деятельности ЧСИ " + amount_in_words(fee_paid, e.lang) + "."
                          : "без оплаты деятельности ЧСИ.");
  }
  std::string where;
  if (bailiff) {
    where = en ? ", with a private bailiff (fee of " + amount_in_words(fee_due, e.lang) + " due on recovery)"
               : ", дело у ЧСИ (при взыскании — оплата его деятельности " + amount_in_words(fee_due, e.lang) + ")";
  } else if (robot) {
    where = en ? ", in the robot's simplified proceeding" : ", в упрощённом производстве робота";
  }
  return en ? "Outcome: still open on " + date_in_words(e.horizon, e.lang) + ": " +
                  amount_in_words(due, e.lang) + " of the fine due" + where + "."
            : "Итог: на " + date_in_words(e.horizon, e.lang) + " дело не закрыто: к уплате " +
                  amount_in_words(due, e.lang) + where + ".";
}

std::string basis_on(const Policy& policy, const DecodedDecision& d) {
  try {
    return std::string(policy.at(d.date).basis(d.basis_param));
  } catch (const std::exception&) {
    return "(no reference in force on " + to_iso(d.date) + ")";
  }
}

Explanation build(const Policy& policy, const Calendar& calendar, const Fine& fine, Date horizon,
                  const std::vector<DecodedDecision>& decisions, Lang lang) {
  Explanation e;
  const Policy* policies[] = {&policy};
  e.provisional = provisional_notes(calendar, policies, horizon);
  e.lang = lang;
  e.policy_id = policy.id();
  e.policy_title = policy.title();
  e.fine = fine;
  e.horizon = horizon;
  for (const DecodedDecision& d : decisions) e.steps.push_back({d, basis_on(policy, d), sentence(d, lang)});
  e.outcome = outcome_sentence(e);
  return e;
}

[[noreturn]] void unknown_case(const std::string& file, std::string_view id, const std::vector<Fine>& fines) {
  std::string known;
  for (std::size_t i = 0; i < fines.size() && i < 10; ++i) known += (i ? ", " : "") + fines[i].id;
  if (fines.size() > 10) known += ", ...";
  throw InputError(file, "--case", "case", "the id of a case in the file (" + known + ")", std::string(id));
}

}  // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "en") return Lang::kEn;
  if (code == "ru") return Lang::kRu;
  return std::nullopt;
}

std::string date_in_words(Date date, Lang lang) {
  static const char* kEn[] = {"January", "February", "March",     "April",   "May",      "June",
                              "July",    "August",   "September", "October", "November", "December"};
  static const char* kRu[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                              "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
  const YearMonthDay ymd = to_ymd(date);
  const std::string day = std::to_string(ymd.day);
  const std::string year = std::to_string(ymd.year);
  return lang == Lang::kEn ? day + " " + kEn[ymd.month - 1] + " " + year
                           : day + " " + kRu[ymd.month - 1] + " " + year + " г.";
}

std::string amount_in_words(Tiyn amount, Lang lang) {
  std::string text = format_tenge(amount);
  if (lang == Lang::kRu) {
    for (char& c : text) c = c == ',' ? ' ' : c == '.' ? ',' : c;
  }
  return text + " ₸";
}

DecodedDecision decoded(std::string_view case_id, std::uint32_t seq, const Decision& d) {
  return {std::string(case_id), seq, d.date, d.action, d.amount, d.due_after, d.fee,
          std::string(d.rule), d.basis_param};
}

Explanation explain_from_run(const DecideRun& run, std::string_view case_id, Lang lang) {
  for (std::size_t i = 0; i < run.fines.size(); ++i) {
    if (run.fines[i].id != case_id) continue;
    std::vector<DecodedDecision> steps;
    for (std::size_t s = 0; s < run.timelines[i].size(); ++s) {
      steps.push_back(decoded(case_id, static_cast<std::uint32_t>(s), run.timelines[i][s]));
    }
    Explanation e = build(run.policy, run.calendar, run.fines[i], run.horizon, steps, lang);
    e.source = (lang == Lang::kEn ? "Decided from " : "Решения получены из ") + run.policy_file.name +
               ", " + run.calendar_file.name + ", " + run.cases_file.name +
               (lang == Lang::kEn ? "; horizon " : "; горизонт ") + to_iso(run.horizon) + ".";
    return e;
  }
  unknown_case(run.cases_file.name, case_id, run.fines);
}

Explanation explain_from_bundle(std::string_view bytes, const std::string& file,
                                std::string_view case_id, Lang lang) {
  const DecideBundleView view = open_decide_bundle(bytes, file);
  const Policy policy = Policy::parse(view.policy.bytes, view.policy.name);
  const Calendar calendar = Calendar::parse(view.calendar.bytes, view.calendar.name);
  const std::vector<Fine> fines = parse_cases(view.cases.bytes, view.cases.name);
  const Date horizon = view.horizon.value_or(calendar.last_final_day());
  const Fine* fine = nullptr;
  for (const Fine& f : fines) {
    if (f.id == case_id) fine = &f;
  }
  if (!fine) unknown_case(file + " (" + view.cases.name + ")", case_id, fines);
  const std::vector<DecodedDecision>* logged = nullptr;
  for (std::size_t i = 0; i < view.case_ids.size(); ++i) {
    if (view.case_ids[i] == case_id) logged = &view.decisions[i];
  }
  const bool en = lang == Lang::kEn;
  std::vector<DecodedDecision> steps = logged ? *logged : std::vector<DecodedDecision>{};
  Explanation e = build(policy, calendar, *fine, horizon, steps, lang);
  // Replay this one case and say whether the log agrees.
  const std::vector<Decision> replay = Engine(policy, calendar).decide(*fine, horizon);
  std::string agree;
  std::size_t differ = replay.size() == steps.size() ? replay.size() : std::min(replay.size(), steps.size());
  for (std::size_t i = 0; i < std::min(replay.size(), steps.size()); ++i) {
    std::string a, b;
    encode_decision(a, fine->id, static_cast<std::uint32_t>(i), replay[i]);
    const DecodedDecision& s = steps[i];
    const Decision as_decision{s.date, s.action, s.amount, s.due_after, s.fee, s.rule, {}, s.basis_param};
    encode_decision(b, s.case_id, s.seq, as_decision);
    if (a != b) {
      differ = i;
      break;
    }
  }
  if (!logged) {
    agree = en ? "WARNING: the bundle's log has no entry for this case; run `bailiff verify`."
               : "ВНИМАНИЕ: в журнале пакета нет записей этого дела; выполните `bailiff verify`.";
  } else if (differ == replay.size() && replay.size() == steps.size()) {
    agree = en ? "a replay of this case from the embedded inputs gives the same " +
                     std::to_string(steps.size()) + " decisions."
               : "повторный расчёт дела по вложенным входным данным даёт те же решения (" +
                     std::to_string(steps.size()) + ").";
  } else {
    agree = en ? "WARNING: a replay from the embedded inputs differs from the log at step " +
                     std::to_string(differ + 1) + "; run `bailiff verify`."
               : "ВНИМАНИЕ: повторный расчёт расходится с журналом на шаге " + std::to_string(differ + 1) +
                     "; выполните `bailiff verify`.";
  }
  e.source = (en ? "Decisions as logged in bundle " : "Решения из журнала пакета ") + file + "; " + agree;
  return e;
}

std::string explanation_text(const Explanation& e) {
  const bool en = e.lang == Lang::kEn;
  const Fine& f = e.fine;
  std::string out = (en ? "Case " : "Дело ") + f.id + (en ? " — fine of " : " — штраф ") +
                    amount_in_words(f.amount, e.lang);
  if (!f.article.empty()) out += (en ? " under art. " : " по ст. ") + f.article + (en ? " of the КоАП" : " КоАП");
  if (!f.region.empty()) out += " (" + f.region + ")";
  out += (en ? ", in force since " : ", вступил в силу ") + date_in_words(f.in_force, e.lang);
  if (f.discount_eligible) out += en ? "; eligible for the early-payment discount" : "; право на скидку при ранней уплате";
  out += out.back() == '.' ? "\n" : ".\n";
  out += (en ? "Policy " : "Политика ") + e.policy_id + ": " + e.policy_title + "\n";
  if (f.payments.empty()) {
    out += en ? "Payments by the debtor: none.\n" : "Платежи должника: нет.\n";
  } else {
    out += en ? "Payments by the debtor: " : "Платежи должника: ";
    for (std::size_t i = 0; i < f.payments.size(); ++i) {
      out += (i ? "; " : "") + date_in_words(f.payments[i].date, e.lang) + ": " +
             amount_in_words(f.payments[i].amount, e.lang);
    }
    out += ".\n";
  }
  out += "\n";
  if (e.steps.empty()) {
    out += en ? "No decision was taken up to " + date_in_words(e.horizon, e.lang) + ".\n"
              : "До " + date_in_words(e.horizon, e.lang) + " решений не принималось.\n";
  }
  for (std::size_t i = 0; i < e.steps.size(); ++i) {
    const ExplainedStep& s = e.steps[i];
    out += std::to_string(i + 1) + ". " + date_in_words(s.decision.date, e.lang) + " — " + s.text + "\n";
    out += std::string(std::to_string(i + 1).size() + 2, ' ') + (en ? "Rule " : "Правило ") + s.decision.rule +
           (en ? "; legal basis: " : "; правовое основание: ") + s.legal_basis + "\n";
  }
  out += "\n" + e.outcome + "\n";
  out += provisional_text(e.provisional);
  out += e.source + "\n";
  return out;
}

std::string explanation_json(const Explanation& e) {
  Json j;
  j["case"] = e.fine.id;
  j["lang"] = e.lang == Lang::kEn ? "en" : "ru";
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
    steps.push_back(Json{{"date", to_iso(d.date)},
                         {"action", action_name(d.action)},
                         {"amount_tenge", plain_tenge(d.amount)},
                         {"due_after_tenge", plain_tenge(d.due_after)},
                         {"fee_tenge", plain_tenge(d.fee)},
                         {"rule", d.rule},
                         {"basis_param", Policy::kNames[static_cast<std::size_t>(d.basis_param)]},
                         {"legal_basis", s.legal_basis},
                         {"text", s.text}});
  }
  j["steps"] = std::move(steps);
  j["outcome"] = e.outcome;
  j["source"] = e.source;
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace bailiff::report
