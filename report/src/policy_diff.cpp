// `bailiff diff`: per-case policy differences and a summary by kind of change.

#include "bailiff/report/policy_diff.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/text.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;
namespace {

using Json = nlohmann::ordered_json;

bool same_step(const Decision& x, const Decision& y) {
  return x.date == y.date && x.action == y.action && x.amount == y.amount &&
         x.due_after == y.due_after && x.fee == y.fee && x.rule == y.rule;
}

std::string rate_text(BasisPoints lo, BasisPoints hi) {
  const std::string low = percent(lo, 10'000, 0, kEnglishText), high = percent(hi, 10'000, 0, kEnglishText);
  return low == high ? low : low + "–" + high;
}

/// "paid inside the robot window" (as: false) or "paying inside the robot window" (true).
std::string phrase(Outcome o, const std::string& rate, bool gerund) {
  switch (o) {
    case Outcome::kPaidDiscount:
      return gerund ? "paying with the early-payment discount" : "paid with the early-payment discount";
    case Outcome::kPaidVoluntary: return gerund ? "paying in the voluntary term" : "paid in the voluntary term";
    case Outcome::kPaidOverdue:
      return gerund ? "paying after the term, before enforcement" : "paid after the term, before enforcement";
    case Outcome::kPaidRobot: return gerund ? "paying inside the robot window" : "paid inside the robot window";
    case Outcome::kPaidBailiff:
      return gerund ? "paying a " + rate + " fee" : "paid a " + rate + " private-bailiff fee";
    case Outcome::kPartlyBailiff:
      return gerund ? "being partly recovered by a private bailiff with a " + rate + " fee"
                    : "partly recovered by a private bailiff with a " + rate + " fee";
    case Outcome::kUnpaidBailiff:
      return gerund ? "staying unpaid with a private bailiff (" + rate + " fee due)"
                    : "left unpaid with a private bailiff (" + rate + " fee due)";
    case Outcome::kUnpaidRobot:
      return gerund ? "staying unpaid in the robot's proceeding" : "left unpaid in the robot's proceeding";
    case Outcome::kUnpaid: return gerund ? "staying unpaid, not enforced" : "left unpaid, not enforced";
  }
  return "?";
}

bool has_rate(Outcome o) {
  return o == Outcome::kPaidBailiff || o == Outcome::kPartlyBailiff || o == Outcome::kUnpaidBailiff;
}

std::string step_text(const std::optional<Decision>& d) {
  if (!d) return "(no further step)";
  return to_iso(d->date) + " " + std::string(action_name(d->action)) + " " + tenge(d->amount, kEnglishText) +
         " [" + std::string(d->rule) + "]";
}

std::string signed_tenge(Tiyn v) {
  std::string text = v > 0 ? "+" : "";
  text += tenge(v, kEnglishText);
  return text;
}

}  // namespace

PolicyDiff diff_policies(const DecideRun& a, const DecideRun& b) {
  if (a.fines.size() != b.fines.size() || a.cases_file.sha256 != b.cases_file.sha256) {
    throw DomainError("diff: the two runs do not decide the same cases");
  }
  PolicyDiff diff;
  diff.policy_a = a.policy.id();
  diff.title_a = a.policy.title();
  diff.policy_b = b.policy.id();
  diff.title_b = b.policy.title();
  diff.cases_file = a.cases_file.name;
  diff.horizon = a.horizon;
  const Policy* policies[] = {&a.policy, &b.policy};
  diff.provisional = provisional_notes(a.calendar, policies, a.horizon);
  struct Group {
    ChangeKind kind;
    BasisPoints lo_a = 1 << 30, hi_a = 0, lo_b = 1 << 30, hi_b = 0;
  };
  std::map<std::pair<int, int>, Group> groups;
  for (std::size_t i = 0; i < a.fines.size(); ++i) {
    const std::vector<Decision>& ta = a.timelines[i];
    const std::vector<Decision>& tb = b.timelines[i];
    CaseDiff c;
    c.id = a.fines[i].id;
    c.a = case_outcome(ta, a.fines[i].amount);
    c.b = case_outcome(tb, b.fines[i].amount);
    c.fee_delta = c.a.fee_paid - c.b.fee_paid;
    std::size_t k = 0;
    while (k < ta.size() && k < tb.size() && same_step(ta[k], tb[k])) ++k;
    c.changed = k < ta.size() || k < tb.size();
    if (c.changed) {
      c.first_step = k;
      if (k < ta.size()) c.step_a = ta[k];
      if (k < tb.size()) c.step_b = tb[k];
      Group& g = groups[{static_cast<int>(c.a.outcome), static_cast<int>(c.b.outcome)}];
      g.kind.a = c.a.outcome;
      g.kind.b = c.b.outcome;
      ++g.kind.cases;
      g.kind.fee_delta += c.fee_delta;
      g.kind.paid_delta += c.a.paid - c.b.paid;
      g.lo_a = std::min(g.lo_a, c.a.fee_rate);
      g.hi_a = std::max(g.hi_a, c.a.fee_rate);
      g.lo_b = std::min(g.lo_b, c.b.fee_rate);
      g.hi_b = std::max(g.hi_b, c.b.fee_rate);
      diff.fee_delta += c.fee_delta;
    } else {
      ++diff.unchanged;
    }
    diff.cases.push_back(std::move(c));
  }
  for (auto& [key, g] : groups) {
    ChangeKind k = g.kind;
    k.same_outcome = k.a == k.b;
    const std::string ra = has_rate(k.a) ? rate_text(g.lo_a, g.hi_a) : "";
    const std::string rb = has_rate(k.b) ? rate_text(g.lo_b, g.hi_b) : "";
    k.text = k.same_outcome ? "same outcome (" + phrase(k.a, ra, false) + "), different steps"
                            : phrase(k.a, ra, false) + " instead of " + phrase(k.b, rb, true);
    diff.kinds.push_back(std::move(k));
  }
  std::sort(diff.kinds.begin(), diff.kinds.end(), [](const ChangeKind& x, const ChangeKind& y) {
    return x.cases != y.cases ? x.cases > y.cases : x.text < y.text;
  });
  return diff;
}

std::string policy_diff_text(const PolicyDiff& d) {
  std::string out;
  out += "Policy diff over " + std::to_string(d.cases.size()) + " cases of " + d.cases_file +
         " (horizon " + to_iso(d.horizon) + ")\n";
  out += "  A  " + d.policy_a + ": " + d.title_a + "\n";
  out += "  B  " + d.policy_b + ": " + d.title_b + "\n";
  out += provisional_text(d.provisional) + "\n";
  out += "Per case: the first step that differs, and fees paid by the debtor (A − B)\n";
  for (const CaseDiff& c : d.cases) {
    if (!c.changed) {
      out += "  " + printable(c.id) + ": identical timelines\n";
      continue;
    }
    out += "  " + printable(c.id) + ": step " + std::to_string(c.first_step + 1) + "\n";
    out += "      A " + step_text(c.step_a) + "\n";
    out += "      B " + step_text(c.step_b) + "\n";
    out += "      A " + std::string(outcome_name(c.a.outcome)) + ", B " + std::string(outcome_name(c.b.outcome)) +
           "; fees A " + tenge(c.a.fee_paid, kEnglishText) + ", B " + tenge(c.b.fee_paid, kEnglishText) +
           ", delta " + signed_tenge(c.fee_delta) + "\n";
  }
  out += "\nSummary by kind of change (under A instead of under B)\n";
  for (const ChangeKind& k : d.kinds) {
    out += "  " + k.text + ": " + std::to_string(k.cases) + (k.cases == 1 ? " case" : " cases") +
           ", fees " + signed_tenge(k.fee_delta) + "\n";
  }
  out += "  identical timelines: " + std::to_string(d.unchanged) + (d.unchanged == 1 ? " case" : " cases") + "\n";
  out += "Total fee difference (A − B): " + signed_tenge(d.fee_delta) + " over " +
         std::to_string(d.cases.size() - d.unchanged) + " changed cases\n";
  return out;
}

std::string policy_diff_json(const PolicyDiff& d) {
  Json j;
  j["a"] = Json{{"policy", d.policy_a}, {"title", d.title_a}};
  j["b"] = Json{{"policy", d.policy_b}, {"title", d.title_b}};
  j["cases_file"] = d.cases_file;
  j["horizon"] = to_iso(d.horizon);
  if (!d.provisional.empty()) j["provisional"] = provisional_json(d.provisional);
  auto step = [](const std::optional<Decision>& s) -> Json {
    if (!s) return nullptr;
    return Json{{"date", to_iso(s->date)},
                {"action", action_name(s->action)},
                {"amount_tenge", plain_tenge(s->amount)},
                {"due_after_tenge", plain_tenge(s->due_after)},
                {"fee_tenge", plain_tenge(s->fee)},
                {"rule", s->rule}};
  };
  auto outcome = [](const CaseOutcome& o) {
    return Json{{"outcome", outcome_name(o.outcome)},
                {"paid_tenge", plain_tenge(o.paid)},
                {"fee_paid_tenge", plain_tenge(o.fee_paid)}};
  };
  Json cases = Json::array();
  for (const CaseDiff& c : d.cases) {
    Json one{{"id", c.id}, {"changed", c.changed}};
    if (c.changed) {
      one["first_step"] = c.first_step;
      one["step_a"] = step(c.step_a);
      one["step_b"] = step(c.step_b);
    }
    one["a"] = outcome(c.a);
    one["b"] = outcome(c.b);
    one["fee_delta_tenge"] = plain_tenge(c.fee_delta);
    cases.push_back(std::move(one));
  }
  j["cases"] = std::move(cases);
  Json kinds = Json::array();
  for (const ChangeKind& k : d.kinds) {
    kinds.push_back(Json{{"a", outcome_name(k.a)},
                         {"b", outcome_name(k.b)},
                         {"text", k.text},
                         {"cases", k.cases},
                         {"fee_delta_tenge", plain_tenge(k.fee_delta)},
                         {"paid_delta_tenge", plain_tenge(k.paid_delta)}});
  }
  j["summary"] = std::move(kinds);
  j["unchanged"] = d.unchanged;
  j["fee_delta_tenge"] = plain_tenge(d.fee_delta);
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace bailiff::report
