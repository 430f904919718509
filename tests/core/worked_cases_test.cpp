// The worked cases of tests/cases/worked_cases.json: each fine with its payments and the
// decision timeline computed by hand (the arithmetic is in each case's "reasoning"). The
// test decides every case with the shipped policy and calendar and compares every decision.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "bailiff/engine.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "../support/fixtures.hpp"

namespace bailiff {
namespace {

struct ExpectedDecision {
  std::string date, action, amount, due_after, fee, rule;
};

struct WorkedCase {
  std::string id;
  std::string policy;
  nlohmann::json set;  ///< parameters set for the whole policy (another reading), or null
  std::string reasoning;
  Fine fine;
  std::optional<Date> horizon;
  std::vector<ExpectedDecision> expected;
};

// GoogleTest prints parameters with this: the id and the reasoning appear on every failure.
void PrintTo(const WorkedCase& c, std::ostream* os) {
  *os << c.id << " [" << c.policy << "]: " << c.reasoning;
}

Date date_field(const nlohmann::json& j, const char* key, const std::string& id) {
  const std::optional<Date> date = parse_iso_date(j.at(key).get<std::string>());
  if (!date) throw std::runtime_error("worked case " + id + ": bad date in " + key);
  return *date;
}

Tiyn tenge_field(const nlohmann::json& j, const char* key, const std::string& id) {
  const std::optional<Tiyn> amount = parse_tenge(j.at(key).get<std::string>());
  if (!amount) throw std::runtime_error("worked case " + id + ": bad amount in " + key);
  return *amount;
}

std::vector<WorkedCase> load_worked_cases() {
  const std::string bytes =
      sim::read_file(std::string(BAILIFF_SOURCE_DIR) + "/tests/cases/worked_cases.json");
  const nlohmann::json doc = nlohmann::json::parse(bytes);
  std::vector<WorkedCase> cases;
  for (const nlohmann::json& j : doc.at("cases")) {
    WorkedCase c;
    c.id = j.at("id").get<std::string>();
    c.policy = j.at("policy").get<std::string>();
    if (j.contains("set")) c.set = j.at("set");
    c.reasoning = j.at("reasoning").get<std::string>();
    const nlohmann::json& fine = j.at("fine");
    c.fine.id = c.id;
    c.fine.amount = tenge_field(fine, "amount_tenge", c.id);
    c.fine.in_force = date_field(fine, "in_force", c.id);
    c.fine.discount_eligible = fine.at("discount_eligible").get<bool>();
    for (const nlohmann::json& p : fine.at("payments")) {
      c.fine.payments.push_back({date_field(p, "date", c.id), tenge_field(p, "amount_tenge", c.id)});
    }
    if (j.contains("horizon")) c.horizon = date_field(j, "horizon", c.id);
    for (const nlohmann::json& e : j.at("expected")) {
      c.expected.push_back({e.at("date").get<std::string>(), e.at("action").get<std::string>(),
                            e.at("amount_tenge").get<std::string>(),
                            e.at("due_after_tenge").get<std::string>(),
                            e.at("fee_tenge").get<std::string>(), e.at("rule").get<std::string>()});
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

const std::vector<WorkedCase>& worked_cases() {
  static const std::vector<WorkedCase> cases = load_worked_cases();
  return cases;
}

/// "2025-03-13 closed_as_paid 9830.00 due 0.00 fee 0.00 [discount.paid_in_window]"
std::string line(const ExpectedDecision& d) {
  return d.date + " " + d.action + " " + d.amount + " due " + d.due_after + " fee " + d.fee +
         " [" + d.rule + "]";
}

ExpectedDecision as_expected(const Decision& d) {
  return {to_iso(d.date),        std::string(action_name(d.action)), plain_tenge(d.amount),
          plain_tenge(d.due_after), plain_tenge(d.fee),              std::string(d.rule)};
}

std::string normalised_tenge(const std::string& text) {
  const std::optional<Tiyn> amount = parse_tenge(text);
  return amount ? plain_tenge(*amount) : "(malformed " + text + ")";
}

/// The case's policy: the shipped one, or, with "set", the shipped one with each parameter
/// named there given that one value from 2024-01-01 (e.g. the other reading of
/// acts_roll_forward).
const Policy& policy_of(const WorkedCase& c) {
  if (c.set.is_null()) return test::shipped_policy(c.policy);
  static std::map<std::string, Policy> edited;
  const std::string key = c.policy + c.set.dump();
  auto it = edited.find(key);
  if (it == edited.end()) {
    const std::string path = "policies/" + c.policy + ".json";
    nlohmann::json doc = nlohmann::json::parse(sim::find_embedded(path)->bytes);
    for (const auto& [name, value] : c.set.items()) {
      doc["parameters"][name]["values"] = nlohmann::json::array({{{"from", "2024-01-01"}, {"value", value}}});
    }
    it = edited.emplace(key, Policy::parse(doc.dump(), path + " (" + c.set.dump() + ")")).first;
  }
  return it->second;
}

class WorkedCaseTest : public ::testing::TestWithParam<WorkedCase> {};

TEST_P(WorkedCaseTest, EveryDecisionMatchesTheHandComputation) {
  const WorkedCase& c = GetParam();
  const Engine engine(policy_of(c), test::kz_calendar());
  const std::vector<Decision> actual =
      engine.decide(c.fine, c.horizon.value_or(test::kz_calendar().last_final_day()));

  std::string expected_text, actual_text;
  for (const ExpectedDecision& e : c.expected) expected_text += "\n  " + line(e);
  for (const Decision& d : actual) actual_text += "\n  " + line(as_expected(d));
  const std::string context = "case " + c.id + " [" + c.policy + "]\n  reasoning: " +
                              c.reasoning + "\nexpected:" + expected_text + "\nactual:" +
                              actual_text;

  ASSERT_EQ(actual.size(), c.expected.size()) << "number of decisions differs\n" << context;
  for (std::size_t i = 0; i < actual.size(); ++i) {
    const ExpectedDecision got = as_expected(actual[i]);
    const ExpectedDecision& want = c.expected[i];
    SCOPED_TRACE("decision " + std::to_string(i) + " of " + context);
    EXPECT_EQ(got.date, want.date);
    EXPECT_EQ(got.action, want.action);
    EXPECT_EQ(got.amount, normalised_tenge(want.amount));
    EXPECT_EQ(got.due_after, normalised_tenge(want.due_after));
    EXPECT_EQ(got.fee, normalised_tenge(want.fee));
    EXPECT_EQ(got.rule, want.rule);
    EXPECT_FALSE(actual[i].legal_basis.empty()) << "every decision names its legal basis";
  }
}

// The event-by-event interface gives the same timeline as decide(): open, then for each
// payment advance every step due on or before it, then pay; finally advance to the horizon.
TEST_P(WorkedCaseTest, StepByStepMatchesDecide) {
  const WorkedCase& c = GetParam();
  const Engine engine(policy_of(c), test::kz_calendar());
  const Date horizon = c.horizon.value_or(test::kz_calendar().last_final_day());
  std::vector<Decision> stepped;
  CaseState state = engine.open(c.fine);
  for (const Payment& p : c.fine.payments) {
    while (const auto next = engine.next_step(state)) {
      if (next->date > p.date) break;
      engine.advance(state, stepped);
    }
    if (state.stage == Stage::kClosed) break;
    engine.pay(state, p.date, p.amount, stepped);
  }
  while (const auto next = engine.next_step(state)) {
    if (next->date > horizon) break;
    engine.advance(state, stepped);
  }
  const std::vector<Decision> decided = engine.decide(c.fine, horizon);
  ASSERT_EQ(stepped.size(), decided.size()) << c.id;
  for (std::size_t i = 0; i < decided.size(); ++i) {
    const ExpectedDecision a = as_expected(stepped[i]), b = as_expected(decided[i]);
    EXPECT_EQ(line(a), line(b)) << c.id << " decision " << i;
  }
}

std::string case_name(const ::testing::TestParamInfo<WorkedCase>& info) {
  std::string name;
  for (char ch : info.param.id) {
    const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    name += alnum ? ch : '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Table, WorkedCaseTest, ::testing::ValuesIn(worked_cases()), case_name);

TEST(WorkedCaseTable, IdsAreUniqueAndEveryCaseHasReasoning) {
  std::vector<std::string> ids;
  for (const WorkedCase& c : worked_cases()) {
    EXPECT_FALSE(c.reasoning.empty()) << c.id;
    EXPECT_FALSE(c.expected.empty()) << c.id;
    EXPECT_EQ(std::count(ids.begin(), ids.end(), c.id), 0) << "duplicate id " << c.id;
    ids.push_back(c.id);
  }
  EXPECT_GE(ids.size(), 40u);
}

}  // namespace
}  // namespace bailiff
