// Policies: dated parameters (the 20 Aug 2024 change, MRP by year), references, and the
// private-bailiff fee schedule of art. 118 in whole and marginal modes, with its cap.

#include "bailiff/policy.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"

namespace bailiff {
namespace {

Date d(const char* iso) { return *parse_iso_date(iso); }
const Policy& national() { return test::shipped_policy("kz-2024-08-20"); }

TEST(Policy, IdTitleAndParametersInOrder) {
  EXPECT_EQ(national().id(), "kz-2024-08-20");
  EXPECT_FALSE(national().title().empty());
  ASSERT_EQ(national().parameters().size(), kParamCount);
  for (std::size_t i = 0; i < kParamCount; ++i) {
    EXPECT_EQ(national().parameters()[i].name, Policy::kNames[i]);
    EXPECT_FALSE(national().parameters()[i].reference.empty()) << Policy::kNames[i];
  }
  EXPECT_EQ(national().parameters()[static_cast<std::size_t>(Param::kDiscountTerm)].unit,
            "working_days");
  EXPECT_EQ(national().parameters()[static_cast<std::size_t>(Param::kRobotWindow)].unit,
            "calendar_months");
}

// Every shipped policy names and explains each parameter and gives its legal basis in each of
// the page's languages (the page and explain show them).
TEST(Policy, ShippedParametersSpeakEveryLanguage) {
  for (const char* id : {"kz-2024-08-20", "kz-2024-pilot", "kz-pre-robot"}) {
    for (const ParameterInfo& p : test::shipped_policy(id).parameters()) {
      for (const TranslatedText* text : {&p.label, &p.explanation, &p.basis}) {
        EXPECT_FALSE(text->ru.empty() || text->kk.empty() || text->en.empty())
            << id << " " << p.name;
      }
    }
  }
  const ParameterInfo& fee =
      national().parameters()[static_cast<std::size_t>(Param::kPrivateBailiffFee)];
  EXPECT_EQ(fee.label.en, "private bailiff's fee");
  EXPECT_EQ(
      fee.basis.kk,
      "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» ҚР Заңы, 118-бап; ҚР "
      "Үкіметінің 2014 жылғы 4 мамырдағы № 437 қаулысы");
}

// A file without labels is still a policy: the texts are empty and the page shows the keys.
TEST(Policy, LabelsAreOptional) {
  const Policy minimal =
      Policy::parse(test::fixture("policy/valid-minimal.json"), "valid-minimal.json");
  EXPECT_TRUE(minimal.parameters().front().label.empty());
}

TEST(Policy, Order697TakesEffectOn20August2024) {
  const PolicyRules& before = national().at(d("2024-08-19"));
  const PolicyRules& from = national().at(d("2024-08-20"));
  EXPECT_FALSE(before.simplified_enabled);
  EXPECT_EQ(before.simplified_max_mrp, 0);
  EXPECT_FALSE(before.notice_sms);
  EXPECT_FALSE(before.notice_egov_push);
  EXPECT_FALSE(before.robot_account_arrest);
  EXPECT_TRUE(from.simplified_enabled);
  EXPECT_EQ(from.simplified_max_mrp, 20);
  EXPECT_TRUE(from.notice_sms);
  EXPECT_TRUE(from.notice_egov_push);
  EXPECT_TRUE(from.robot_account_arrest);
  EXPECT_TRUE(national().at(d("2026-12-31")).simplified_enabled);
  // Unchanged parameters are the same on both sides.
  EXPECT_EQ(before.voluntary_term.count, 30);
  EXPECT_EQ(from.voluntary_term.count, 30);
  EXPECT_EQ(from.voluntary_term.unit, TermUnit::kCalendarDays);
  EXPECT_EQ(from.discount_term.count, 7);
  EXPECT_EQ(from.discount_term.unit, TermUnit::kWorkingDays);
  EXPECT_EQ(from.referral_after.count, 50);
  EXPECT_EQ(from.robot_window.count, 1);
  EXPECT_EQ(from.robot_window.unit, TermUnit::kCalendarMonths);
  EXPECT_EQ(from.discount_rate, 5000);
  EXPECT_EQ(from.rounding, Rounding::kHalfUp);
  EXPECT_EQ(from.mrp_reference, MrpReference::kActionDate);
  EXPECT_TRUE(from.terms_roll_forward);
  EXPECT_TRUE(from.payment_lifts_measures);
  // Each parameter's legal reference is carried into the rules in force.
  EXPECT_NE(from.basis(Param::kSimplifiedMaxDebt).find("697"), std::string_view::npos);
  EXPECT_NE(from.basis(Param::kVoluntaryTerm).find("893"), std::string_view::npos);
  EXPECT_NE(from.basis(Param::kPrivateBailiffFee).find("118"), std::string_view::npos);
}

TEST(Policy, MrpByYear) {
  EXPECT_EQ(national().at(d("2024-01-01")).mrp, 369'200);
  EXPECT_EQ(national().at(d("2024-12-31")).mrp, 369'200);
  EXPECT_EQ(national().at(d("2025-01-01")).mrp, 393'200);
  EXPECT_EQ(national().at(d("2025-12-31")).mrp, 393'200);
  EXPECT_EQ(national().at(d("2026-01-01")).mrp, 432'500);
}

TEST(Policy, PilotAndPreRobot) {
  const PolicyRules& pilot = test::shipped_policy("kz-2024-pilot").at(d("2024-03-26"));
  EXPECT_TRUE(pilot.simplified_enabled);
  EXPECT_TRUE(pilot.notice_sms);
  EXPECT_FALSE(pilot.notice_egov_push);
  EXPECT_FALSE(pilot.robot_account_arrest);
  EXPECT_EQ(pilot.robot_window.count, 5);
  EXPECT_EQ(pilot.robot_window.unit, TermUnit::kCalendarDays);
  const PolicyRules& pre = test::shipped_policy("kz-pre-robot").at(d("2025-06-01"));
  EXPECT_FALSE(pre.simplified_enabled);
}

TEST(Policy, NothingInForceBeforeTheFirstValue) {
  try {
    (void)national().at(d("2023-12-31"));
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "policy \"kz-2024-08-20\" has no parameters in force on 2023-12-31 (its first "
                 "values start 2024-01-01)");
  }
}

// A parameter whose first value starts later than the others leaves the earlier interval
// incomplete: parsing succeeds, asking for the rules then is a DomainError naming it.
TEST(Policy, IncompleteIntervalNamesTheMissingParameter) {
  nlohmann::json doc = nlohmann::json::parse(test::fixture("policy/valid-minimal.json"));
  doc["parameters"]["robot_window"]["values"][0]["from"] = "2024-08-20";
  const Policy policy = Policy::parse(doc.dump(), "late.json");
  EXPECT_EQ(policy.at(d("2024-08-20")).robot_window.count, 1);
  try {
    (void)policy.at(d("2024-08-19"));
    FAIL() << "no error";
  } catch (const DomainError& e) {
    EXPECT_STREQ(e.what(),
                 "policy \"valid-minimal\": parameter \"robot_window\" has no value in force on "
                 "2024-08-19");
  }
}

TEST(Policy, AValueMayCarryItsOwnReference) {
  nlohmann::json doc = nlohmann::json::parse(test::fixture("policy/valid-minimal.json"));
  doc["parameters"]["simplified_enabled"]["values"][1]["reference"] = "Order 697, p. 1";
  const Policy policy = Policy::parse(doc.dump(), "refs.json");
  EXPECT_EQ(policy.at(d("2024-08-19")).basis(Param::kSimplifiedEnabled), "Order 697");
  EXPECT_EQ(policy.at(d("2024-08-20")).basis(Param::kSimplifiedEnabled), "Order 697, p. 1");
  // A copy of the policy keeps its references valid.
  const Policy copy = policy;
  EXPECT_EQ(copy.at(d("2024-08-20")).basis(Param::kSimplifiedEnabled), "Order 697, p. 1");
}

TEST(Policy, ShippedFeeSchedule) {
  const FeeSchedule& fee = national().at(d("2025-01-01")).fee;
  EXPECT_EQ(fee.mode, FeeMode::kWhole);
  EXPECT_EQ(fee.cap_mrp, 10'000);
  ASSERT_EQ(fee.brackets.size(), 7u);
  const std::int64_t bounds[] = {60, 300, 1000, 5000, 10000, 20000, 0};
  const BasisPoints rates[] = {2500, 2000, 1500, 1000, 800, 500, 300};
  for (std::size_t i = 0; i < 7; ++i) {
    EXPECT_EQ(fee.brackets[i].up_to_mrp, bounds[i]);
    EXPECT_EQ(fee.brackets[i].rate, rates[i]);
  }
  EXPECT_EQ(term_unit_name(TermUnit::kCalendarDays), "calendar_days");
  EXPECT_EQ(term_unit_name(TermUnit::kWorkingDays), "working_days");
  EXPECT_EQ(term_unit_name(TermUnit::kCalendarMonths), "calendar_months");
}

constexpr Tiyn kMrp2025 = 393'200;

Tiyn whole(Tiyn amount) {
  return private_bailiff_fee(amount, kMrp2025, national().at(d("2025-01-01")).fee,
                             Rounding::kHalfUp);
}

Tiyn marginal(Tiyn amount, Rounding rounding = Rounding::kHalfUp) {
  FeeSchedule fee = national().at(d("2025-01-01")).fee;
  fee.mode = FeeMode::kMarginal;
  return private_bailiff_fee(amount, kMrp2025, fee, rounding);
}

// Whole mode, 2025 MRP 3,932 tenge: the bracket of the amount sets the rate of all of it.
TEST(PrivateBailiffFee, WholeModeByHand) {
  EXPECT_EQ(whole(tenge(19'660)), tenge(4'915));              // 25%
  EXPECT_EQ(whole(tenge(235'920)), tenge(58'980));            // 60 MRP: 25%
  EXPECT_EQ(whole(tenge(235'920) + 1), tenge(47'184));        // 20% of 235,920.01 = 47,184.002
  EXPECT_EQ(whole(tenge(1'179'600)), tenge(235'920));         // 300 MRP: 20%
  EXPECT_EQ(whole(tenge(1'179'600) + 1), tenge(176'940));     // 15%
  EXPECT_EQ(whole(tenge(3'932'000)), tenge(589'800));         // 1,000 MRP: 15%
  EXPECT_EQ(whole(tenge(3'932'000) + 1), tenge(393'200));     // 10%
  EXPECT_EQ(whole(tenge(19'660'000)), tenge(1'966'000));      // 5,000 MRP: 10%
  EXPECT_EQ(whole(tenge(19'660'000) + 1), tenge(1'572'800));  // 8%
  EXPECT_EQ(whole(tenge(39'320'000)), tenge(3'145'600));      // 10,000 MRP: 8%
  EXPECT_EQ(whole(tenge(39'320'000) + 1), tenge(1'966'000));  // 5%
  EXPECT_EQ(whole(tenge(78'640'000)), tenge(3'932'000));      // 20,000 MRP: 5%
  EXPECT_EQ(whole(tenge(78'640'000) + 1), tenge(2'359'200));  // 3%
  EXPECT_EQ(whole(tenge(1'300'000'000)), tenge(39'000'000));  // 3%, under the cap
  EXPECT_EQ(whole(tenge(1'400'000'000)), tenge(39'320'000));  // 42,000,000 capped
  EXPECT_EQ(whole(0), 0);
  EXPECT_EQ(whole(1), 0);  // 25% of 1 tiyn = 0.25 -> 0
  EXPECT_EQ(whole(2), 1);  // 0.5 -> 1 half up
}

// Marginal mode: each bracket's rate on the part of the amount inside it. Cumulative fee at
// each bound, by hand: 60 MRP 235,920 x 25% = 58,980; + (1,179,600 - 235,920) x 20% = 188,736
// -> 247,716; + 2,752,400 x 15% = 412,860 -> 660,576; + 15,728,000 x 10% = 1,572,800 ->
// 2,233,376; + 19,660,000 x 8% = 1,572,800 -> 3,806,176; + 39,320,000 x 5% = 1,966,000 ->
// 5,772,176; then 3%. The cap 39,320,000 is reached at 78,640,000 + 33,547,824 / 3% =
// 1,196,900,800.
TEST(PrivateBailiffFee, MarginalModeByHand) {
  EXPECT_EQ(marginal(tenge(100'000)), tenge(25'000));
  EXPECT_EQ(marginal(tenge(235'920)), tenge(58'980));
  EXPECT_EQ(marginal(tenge(300'000)), tenge(71'796));  // 58,980 + 64,080 x 20% = 12,816
  EXPECT_EQ(marginal(tenge(1'179'600)), tenge(247'716));
  EXPECT_EQ(marginal(tenge(3'932'000)), tenge(660'576));
  EXPECT_EQ(marginal(tenge(19'660'000)), tenge(2'233'376));
  EXPECT_EQ(marginal(tenge(39'320'000)), tenge(3'806'176));
  EXPECT_EQ(marginal(tenge(78'640'000)), tenge(5'772'176));
  EXPECT_EQ(marginal(tenge(100'000'000)), tenge(6'412'976));  // + 21,360,000 x 3% = 640,800
  EXPECT_EQ(marginal(tenge(1'196'900'800)), tenge(39'320'000));  // exactly the cap
  EXPECT_EQ(marginal(tenge(2'000'000'000)), tenge(39'320'000));  // capped
  // One tiyn above a bound adds 20% of a tiyn, rounded per bracket: nothing half up, 1 up.
  EXPECT_EQ(marginal(tenge(235'920) + 1), tenge(58'980));
  EXPECT_EQ(marginal(tenge(235'920) + 1, Rounding::kUp), tenge(58'980) + 1);
}

TEST(PrivateBailiffFee, MarginalNeverDropsAtABoundWholeDoes) {
  for (const std::int64_t bound : {60, 300, 1000, 5000, 10000, 20000}) {
    const Tiyn at = kMrp2025 * bound;
    EXPECT_LE(marginal(at), marginal(at + 1)) << bound;
    EXPECT_GT(whole(at), whole(at + 1)) << bound << " MRP: whole mode drops to the lower rate";
  }
}

TEST(PrivateBailiffFee, TheCapUsesTheMrpGiven) {
  const FeeSchedule& fee = national().at(d("2024-01-01")).fee;
  EXPECT_EQ(private_bailiff_fee(tenge(2'000'000'000), 369'200, fee, Rounding::kHalfUp),
            tenge(36'920'000));  // 10,000 x 3,692
  EXPECT_EQ(private_bailiff_fee(tenge(2'000'000'000), 432'500, fee, Rounding::kHalfUp),
            tenge(43'250'000));  // 10,000 x 4,325
}

}  // namespace
}  // namespace bailiff
