// One negative fixture per parse error (tests/fixtures/{policy,cases,calendar}/), each
// checked for its full message: `FILE:LOCATION: FIELD: expected EXPECTED, found FOUND`.
// Then: no input crashes a parser. Every fixture and every shipped file, truncated at every
// byte offset, either parses or raises bailiff::InputError, never anything else; nesting
// past detail::kMaxJsonDepth is refused.

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/calendar.hpp"
#include "bailiff/cases.hpp"
#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/policy.hpp"

namespace bailiff {
namespace {

enum class Kind { kPolicy, kCases, kCalendar };

struct BadInput {
  Kind kind;
  std::string file;     ///< relative to tests/fixtures/, also the name given to the parser
  std::string message;  ///< the InputError's full what()
};

void PrintTo(const BadInput& b, std::ostream* os) { *os << b.file; }

void parse(Kind kind, std::string_view bytes, const std::string& name) {
  switch (kind) {
    case Kind::kPolicy: (void)Policy::parse(bytes, name); break;
    case Kind::kCases: (void)parse_cases(bytes, name); break;
    case Kind::kCalendar: (void)Calendar::parse(bytes, name); break;
  }
}

// clang-format off
const std::vector<BadInput> kBadInputs = {
  // ---- policy -------------------------------------------------------------------------------
  {Kind::kPolicy, "policy/bad-json-missing-comma.json",
   "policy/bad-json-missing-comma.json:line 4, column 14: (document): expected valid JSON, found "
   "syntax error while parsing object - unexpected string literal; expected '}'"},
  {Kind::kPolicy, "policy/empty-file.json",
   "policy/empty-file.json:line 1, column 1: (document): expected valid JSON, found syntax error "
   "while parsing value - unexpected end of input; expected '[', '{', or a literal"},
  {Kind::kPolicy, "policy/not-an-object.json",
   "policy/not-an-object.json:/: (document): expected an object, found an array"},
  {Kind::kPolicy, "policy/missing-title.json",
   "policy/missing-title.json:/: title: expected a field \"title\", found none"},
  {Kind::kPolicy, "policy/parameters-not-object.json",
   "policy/parameters-not-object.json:/parameters: parameters: expected an object, found []"},
  {Kind::kPolicy, "policy/missing-parameter.json",
   "policy/missing-parameter.json:/parameters: voluntary_term: expected a field \"voluntary_term\", found none"},
  {Kind::kPolicy, "policy/unknown-parameter.json",
   "policy/unknown-parameter.json:/parameters/grace_period: grace_period: expected a known parameter "
   "name (see data/README.md), found \"grace_period\""},
  {Kind::kPolicy, "policy/misspelt-parameter.json",
   "policy/misspelt-parameter.json:/parameters/voluntary_trem: voluntary_trem: expected a known "
   "parameter name (see data/README.md), found \"voluntary_trem\" (did you mean \"voluntary_term\"?)"},
  {Kind::kPolicy, "policy/duplicate-key-value.json",
   "policy/duplicate-key-value.json:/parameters/discount_rate/values/0: value: expected each key "
   "once in an object, found a second \"value\""},
  {Kind::kPolicy, "policy/unknown-key-value.json",
   "policy/unknown-key-value.json:/parameters/voluntary_term/values/0/refrence: refrence: expected "
   "one of the known keys: from, value, reference, assumption, found \"refrence\" (did you mean "
   "\"reference\"?)"},
  {Kind::kPolicy, "policy/label-language-missing.json",
   "policy/label-language-missing.json:/parameters/discount_term/label: kk: expected a field \"kk\", "
   "found none"},
  {Kind::kPolicy, "policy/label-language-unknown.json",
   "policy/label-language-unknown.json:/parameters/discount_term/label/de: de: expected one of the "
   "known keys: ru, kk, en, found \"de\""},
  {Kind::kPolicy, "policy/basis-empty.json",
   "policy/basis-empty.json:/parameters/discount_term/basis/kk: kk: expected a non-empty string in "
   "that language, found \"\""},
  {Kind::kPolicy, "policy/assumption-empty.json",
   "policy/assumption-empty.json:/parameters/mrp/values/1/assumption: assumption: expected a "
   "sentence saying what is assumed and why, found \"\""},
  {Kind::kPolicy, "policy/assumption-not-a-string.json",
   "policy/assumption-not-a-string.json:/parameters/mrp/values/1/assumption: assumption: expected "
   "a sentence saying what is assumed and why, found true"},
  {Kind::kPolicy, "policy/wrong-unit.json",
   "policy/wrong-unit.json:/parameters/voluntary_term/unit: unit: expected \"calendar_days\", "
   "\"working_days\" or \"calendar_months\", found \"days\""},
  {Kind::kPolicy, "policy/wrong-unit-boolean.json",
   "policy/wrong-unit-boolean.json:/parameters/notice_sms/unit: unit: expected \"boolean\", found \"flag\""},
  {Kind::kPolicy, "policy/value-out-of-range.json",
   "policy/value-out-of-range.json:/parameters/discount_rate/values/0/value: value: expected an "
   "integer from 0 to 10000, found 12000"},
  {Kind::kPolicy, "policy/negative-term.json",
   "policy/negative-term.json:/parameters/voluntary_term/values/0/value: value: expected an integer "
   "from 0 to 3660, found -30"},
  {Kind::kPolicy, "policy/fractional-term.json",
   "policy/fractional-term.json:/parameters/discount_term/values/0/value: value: expected an integer "
   "from 0 to 3660, found 7.5"},
  {Kind::kPolicy, "policy/mrp-zero.json",
   "policy/mrp-zero.json:/parameters/mrp/values/0/value: value: expected an integer from 1 to "
   "1000000, found 0"},
  {Kind::kPolicy, "policy/dates-out-of-order.json",
   "policy/dates-out-of-order.json:/parameters/mrp/values/1/from: from: expected a date after "
   "2024-01-01 (values ascending by date), found \"2023-06-01\""},
  {Kind::kPolicy, "policy/date-repeated.json",
   "policy/date-repeated.json:/parameters/simplified_enabled/values/1/from: from: expected a date "
   "after 2024-01-01 (values ascending by date), found \"2024-01-01\""},
  {Kind::kPolicy, "policy/bad-date.json",
   "policy/bad-date.json:/parameters/simplified_enabled/values/1/from: from: expected a date "
   "\"YYYY-MM-DD\", found \"2024-02-30\""},
  {Kind::kPolicy, "policy/fee-brackets-not-ascending.json",
   "policy/fee-brackets-not-ascending.json:/parameters/private_bailiff_fee/values/0/value/brackets/2/"
   "up_to_mrp: up_to_mrp: expected a bound above the previous bracket's 300, found 250"},
  {Kind::kPolicy, "policy/fee-open-bracket-missing.json",
   "policy/fee-open-bracket-missing.json:/parameters/private_bailiff_fee/values/0/value/brackets/5/"
   "up_to_mrp: up_to_mrp: expected null (the last bracket is open-ended), found 20000"},
  {Kind::kPolicy, "policy/fee-open-bracket-early.json",
   "policy/fee-open-bracket-early.json:/parameters/private_bailiff_fee/values/0/value/brackets/1/"
   "up_to_mrp: up_to_mrp: expected an integer from 1 to 1000000, found null"},
  {Kind::kPolicy, "policy/fee-brackets-empty.json",
   "policy/fee-brackets-empty.json:/parameters/private_bailiff_fee/values/0/value/brackets: "
   "brackets: expected a non-empty array of brackets, found []"},
  {Kind::kPolicy, "policy/fee-rate-out-of-range.json",
   "policy/fee-rate-out-of-range.json:/parameters/private_bailiff_fee/values/0/value/brackets/0/"
   "rate_bp: rate_bp: expected an integer from 0 to 10000, found 25000"},
  {Kind::kPolicy, "policy/fee-mode-unknown.json",
   "policy/fee-mode-unknown.json:/parameters/private_bailiff_fee/values/0/value/mode: mode: "
   "expected \"whole\" or \"marginal\", found \"progressive\""},
  {Kind::kPolicy, "policy/fee-cap-missing.json",
   "policy/fee-cap-missing.json:/parameters/private_bailiff_fee/values/0/value: cap_mrp: expected "
   "a field \"cap_mrp\", found none"},
  {Kind::kPolicy, "policy/wrong-type-boolean.json",
   "policy/wrong-type-boolean.json:/parameters/terms_roll_forward/values/0/value: value: expected "
   "true or false, found \"yes\""},
  {Kind::kPolicy, "policy/wrong-type-reference.json",
   "policy/wrong-type-reference.json:/parameters/discount_rate/reference: reference: expected a "
   "legal reference (string), found 810"},
  {Kind::kPolicy, "policy/bad-enum-rounding.json",
   "policy/bad-enum-rounding.json:/parameters/rounding/values/0/value: value: expected \"half_up\", "
   "\"down\" or \"up\", found \"bankers\""},
  {Kind::kPolicy, "policy/bad-enum-mrp-reference.json",
   "policy/bad-enum-mrp-reference.json:/parameters/mrp_reference_date/values/0/value: value: "
   "expected \"action_date\" or \"entry_into_force\", found \"decision_date\""},
  {Kind::kPolicy, "policy/empty-values.json",
   "policy/empty-values.json:/parameters/notice_egov_push/values: values: expected a non-empty "
   "array of dated values, found []"},
  {Kind::kPolicy, "policy/missing-reference.json",
   "policy/missing-reference.json:/parameters/robot_window: reference: expected a field "
   "\"reference\", found none"},
  {Kind::kPolicy, "policy/missing-value.json",
   "policy/missing-value.json:/parameters/robot_window/values/0: value: expected a field \"value\", "
   "found none"},

  // ---- cases --------------------------------------------------------------------------------
  {Kind::kCases, "cases/bad-json-trailing-comma.json",
   "cases/bad-json-trailing-comma.json:line 4, column 3: (document): expected valid JSON, found "
   "syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal"},
  {Kind::kCases, "cases/missing-cases.json",
   "cases/missing-cases.json:/: cases: expected a field \"cases\", found none"},
  {Kind::kCases, "cases/cases-not-array.json",
   "cases/cases-not-array.json:/cases: cases: expected an array, found {}"},
  {Kind::kCases, "cases/missing-id.json",
   "cases/missing-id.json:/cases/0: id: expected a field \"id\", found none"},
  {Kind::kCases, "cases/empty-id.json",
   "cases/empty-id.json:/cases/0/id: id: expected a non-empty case id (string), found \"\""},
  {Kind::kCases, "cases/id-not-string.json",
   "cases/id-not-string.json:/cases/0/id: id: expected a non-empty case id (string), found 7"},
  {Kind::kCases, "cases/duplicate-id.json",
   "cases/duplicate-id.json:/cases/1/id: id: expected a case id not used before in the file, "
   "found \"A-1\""},
  {Kind::kCases, "cases/clear-iin-debtor.json",
   "cases/clear-iin-debtor.json:/cases/0/debtor: debtor: expected a pseudonym, not a clear IIN "
   "(replace IINs with keyed pseudonyms before use), found 12 digits (not shown)"},
  {Kind::kCases, "cases/bad-date.json",
   "cases/bad-date.json:/cases/0/in_force: in_force: expected a date \"YYYY-MM-DD\", found "
   "\"2025-02-30\""},
  {Kind::kCases, "cases/bad-date-format.json",
   "cases/bad-date-format.json:/cases/0/in_force: in_force: expected a date \"YYYY-MM-DD\", found "
   "\"03.03.2025\""},
  {Kind::kCases, "cases/missing-in-force.json",
   "cases/missing-in-force.json:/cases/0: in_force: expected a field \"in_force\", found none"},
  {Kind::kCases, "cases/float-amount.json",
   "cases/float-amount.json:/cases/0/amount_tenge: amount_tenge: expected an amount in tenge: an "
   "integer, or a string such as \"19660.50\", found 19660.5"},
  {Kind::kCases, "cases/negative-amount.json",
   "cases/negative-amount.json:/cases/0/amount_tenge: amount_tenge: expected an integer from 0 to "
   "99999999999, found -19660"},
  {Kind::kCases, "cases/negative-amount-string.json",
   "cases/negative-amount-string.json:/cases/0/amount_tenge: amount_tenge: expected an amount in "
   "tenge: an integer, or a string such as \"19660.50\", found \"-19660\""},
  {Kind::kCases, "cases/zero-amount.json",
   "cases/zero-amount.json:/cases/0/amount_tenge: amount_tenge: expected an amount above zero, "
   "found 0"},
  {Kind::kCases, "cases/amount-with-separators.json",
   "cases/amount-with-separators.json:/cases/0/amount_tenge: amount_tenge: expected an amount in "
   "tenge: an integer, or a string such as \"19660.50\", found \"19,660\""},
  {Kind::kCases, "cases/amount-three-decimals.json",
   "cases/amount-three-decimals.json:/cases/0/amount_tenge: amount_tenge: expected an amount in "
   "tenge: an integer, or a string such as \"19660.50\", found \"19660.505\""},
  {Kind::kCases, "cases/amount-too-large.json",
   "cases/amount-too-large.json:/cases/0/amount_tenge: amount_tenge: expected an integer from 0 to "
   "99999999999, found (not shown: it may be an IIN)"},
  {Kind::kCases, "cases/payment-before-in-force.json",
   "cases/payment-before-in-force.json:/cases/0/payments/0/date: date: expected a date on or after "
   "in_force 2025-03-03, found \"2025-03-01\""},
  {Kind::kCases, "cases/payments-out-of-order.json",
   "cases/payments-out-of-order.json:/cases/0/payments/1/date: date: expected payments in date "
   "order (on or after 2025-03-20), found \"2025-03-10\""},
  {Kind::kCases, "cases/payment-zero.json",
   "cases/payment-zero.json:/cases/0/payments/0/amount_tenge: amount_tenge: expected an amount "
   "above zero, found \"0.00\""},
  {Kind::kCases, "cases/payment-missing-date.json",
   "cases/payment-missing-date.json:/cases/0/payments/0: date: expected a field \"date\", found none"},
  {Kind::kCases, "cases/payments-not-array.json",
   "cases/payments-not-array.json:/cases/0/payments: payments: expected an array, found an object"},
  {Kind::kCases, "cases/duplicate-key.json",
   "cases/duplicate-key.json:/cases/0: amount_tenge: expected each key once in an object, found a "
   "second \"amount_tenge\""},
  {Kind::kCases, "cases/unknown-key-paymnets.json",
   "cases/unknown-key-paymnets.json:/cases/0/paymnets: paymnets: expected one of the known keys: "
   "id, debtor, region, article, amount_tenge, in_force, discount_eligible, payments, found "
   "\"paymnets\" (did you mean \"payments\"?)"},
  {Kind::kCases, "cases/number-overflow.json",
   "cases/number-overflow.json:line 3, column 35: amount_tenge: expected a finite number, found "
   "1e400"},
  {Kind::kCases, "cases/iin-id.json",
   "cases/iin-id.json:/cases/0/id: id: expected text without an IIN (replace IINs with keyed "
   "pseudonyms before use), found 12 digits passing the IIN check digit (not shown)"},
  {Kind::kCases, "cases/iin-region.json",
   "cases/iin-region.json:/cases/0/region: region: expected text without an IIN (replace IINs with "
   "keyed pseudonyms before use), found 12 digits passing the IIN check digit (not shown)"},
  {Kind::kCases, "cases/iin-article.json",
   "cases/iin-article.json:/cases/0/article: article: expected text without an IIN (replace IINs "
   "with keyed pseudonyms before use), found 12 digits passing the IIN check digit (not shown)"},
  {Kind::kCases, "cases/iin-debtor-with-text.json",
   "cases/iin-debtor-with-text.json:/cases/0/debtor: debtor: expected a pseudonym, not a clear IIN "
   "(replace IINs with keyed pseudonyms before use), found 12 digits passing the IIN check digit "
   "(not shown)"},
  {Kind::kCases, "cases/iin-debtor-pseudonym-form.json",
   "cases/iin-debtor-pseudonym-form.json:/cases/0/debtor: debtor: expected a pseudonym, not a "
   "clear IIN (replace IINs with keyed pseudonyms before use), found 12 digits passing the IIN "
   "check digit (not shown)"},
  {Kind::kCases, "cases/iin-unknown-key.json",
   "cases/iin-unknown-key.json:/cases/0: (not shown: it may be an IIN): expected one of the known "
   "keys: id, debtor, region, article, amount_tenge, in_force, discount_eligible, payments, found "
   "(not shown: it may be an IIN)"},
  {Kind::kCases, "cases/iin-in-date.json",
   "cases/iin-in-date.json:/cases/0/in_force: in_force: expected a date \"YYYY-MM-DD\", found (not "
   "shown: it may be an IIN)"},
  {Kind::kCases, "cases/discount-eligible-not-bool.json",
   "cases/discount-eligible-not-bool.json:/cases/0/discount_eligible: discount_eligible: expected "
   "true or false, found \"yes\""},

  // ---- calendar -----------------------------------------------------------------------------
  {Kind::kCalendar, "calendar/bad-json.json",
   "calendar/bad-json.json:line 3, column 13: (document): expected valid JSON, found syntax error "
   "while parsing object separator - unexpected '['; expected ':'"},
  {Kind::kCalendar, "calendar/years-empty.json",
   "calendar/years-empty.json:/years: years: expected a non-empty array of years, found []"},
  {Kind::kCalendar, "calendar/years-not-consecutive.json",
   "calendar/years-not-consecutive.json:/years/1/year: year: expected the year after 2024 (years "
   "must be consecutive and ascending), found 2026"},
  {Kind::kCalendar, "calendar/year-out-of-range.json",
   "calendar/year-out-of-range.json:/years/0/year: year: expected an integer from 1900 to 2199, "
   "found 1800"},
  {Kind::kCalendar, "calendar/holiday-in-wrong-year.json",
   "calendar/holiday-in-wrong-year.json:/years/0/holidays/0/date: date: expected a date in 2024, "
   "found \"2025-03-21\""},
  {Kind::kCalendar, "calendar/holidays-not-ascending.json",
   "calendar/holidays-not-ascending.json:/years/0/holidays/1/date: date: expected dates in "
   "ascending order without repeats, found \"2024-03-20\""},
  {Kind::kCalendar, "calendar/day-off-on-weekend.json",
   "calendar/day-off-on-weekend.json:/years/0/days_off/0/date: date: expected a weekday (a day off "
   "transferred onto a weekday), found \"2024-03-24\""},
  {Kind::kCalendar, "calendar/working-day-on-weekday.json",
   "calendar/working-day-on-weekday.json:/years/0/working_days/0/date: date: expected a weekend "
   "day (a working day transferred onto a weekend), found \"2024-05-06\""},
  {Kind::kCalendar, "calendar/unknown-weekday.json",
   "calendar/unknown-weekday.json:/weekend/1: 1: expected a weekday name such as \"saturday\", "
   "found \"sun\""},
  {Kind::kCalendar, "calendar/missing-decrees.json",
   "calendar/missing-decrees.json:/years/0: decrees: expected a field \"decrees\", found none"},
  {Kind::kCalendar, "calendar/unknown-key.json",
   "calendar/unknown-key.json:/years/1/holidays/0/nmae: nmae: expected one of the known keys: "
   "date, name, basis, found \"nmae\" (did you mean \"name\"?)"},
  {Kind::kCalendar, "calendar/bad-holiday-date.json",
   "calendar/bad-holiday-date.json:/years/0/holidays/2/date: date: expected a date "
   "\"YYYY-MM-DD\", found \"2024-03-32\""},
  // A provisional year (data/README.md, calendars): its status, its assumptions, its place.
  {Kind::kCalendar, "calendar/status-unknown.json",
   "calendar/status-unknown.json:/years/1/status: status: expected \"final\" or \"provisional\", "
   "found \"draft\""},
  {Kind::kCalendar, "calendar/provisional-without-assumptions.json",
   "calendar/provisional-without-assumptions.json:/years/1: assumptions: expected a field "
   "\"assumptions\", found none"},
  {Kind::kCalendar, "calendar/provisional-assumptions-empty.json",
   "calendar/provisional-assumptions-empty.json:/years/1/assumptions: assumptions: expected a "
   "non-empty array of what the provisional year assumes, found []"},
  {Kind::kCalendar, "calendar/assumption-not-a-string.json",
   "calendar/assumption-not-a-string.json:/years/1/assumptions/0: 0: expected a sentence saying "
   "what is assumed, found 2025"},
  {Kind::kCalendar, "calendar/assumption-empty-string.json",
   "calendar/assumption-empty-string.json:/years/1/assumptions/0: 0: expected a sentence saying "
   "what is assumed, found \"\""},
  {Kind::kCalendar, "calendar/final-after-provisional.json",
   "calendar/final-after-provisional.json:/years/1/status: status: expected a provisional year "
   "(\"status\": \"provisional\"): a year after a provisional year is provisional too, found "
   "\"final\""},
  {Kind::kCalendar, "calendar/unmarked-after-provisional.json",
   "calendar/unmarked-after-provisional.json:/years/1/year: year: expected a provisional year "
   "(\"status\": \"provisional\"): a year after a provisional year is provisional too, found 2025"},
  {Kind::kCalendar, "calendar/assumptions-in-final-year.json",
   "calendar/assumptions-in-final-year.json:/years/0/assumptions: assumptions: expected no "
   "assumptions in a final year (only a provisional year lists them), found an array"},
};
// clang-format on

class ParseErrorTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(ParseErrorTest, NamesFileLocationFieldAndWhatWasExpected) {
  const BadInput& b = GetParam();
  const std::string bytes = test::fixture(b.file);
  try {
    parse(b.kind, bytes, b.file);
    ADD_FAILURE() << b.file << " parsed without error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), b.message) << b.file;
    EXPECT_EQ(e.file(), b.file);
    // The message's parts agree with the accessors.
    EXPECT_EQ(std::string(e.what()).rfind(e.file() + ":" + e.location() + ": " + e.field() +
                                              ": expected ",
                                          0),
              0u)
        << e.what();
  }
}

std::string fixture_name(const ::testing::TestParamInfo<BadInput>& info) {
  std::string name;
  for (char c : info.param.file) {
    name += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ParseErrorTest, ::testing::ValuesIn(kBadInputs), fixture_name);

// The unterminated string: a raw line feed inside a string. Its message must still say where
// (line 3) and that valid JSON was expected.
TEST(ParseError, UnterminatedStringNamesItsLine) {
  const std::string file = "policy/bad-json-unterminated.json";
  try {
    (void)Policy::parse(test::fixture(file), file);
    FAIL() << "parsed";
  } catch (const InputError& e) {
    EXPECT_EQ(e.location(), "line 3, column 36");
    EXPECT_EQ(e.field(), "(document)");
    EXPECT_NE(std::string(e.what()).find("expected valid JSON"), std::string::npos) << e.what();
  }
}

// Regression (fixed; core/src/json_reader.cpp, parse_json_document): the reason is taken
// after the LAST ": " of nlohmann's message, so for an invalid string it keeps only the
// "last read" fragment and drops "invalid string: control character U+000A (LF) must be
// escaped". The message should say why the JSON is invalid.
TEST(ParseError, UnterminatedStringKeepsTheReason) {
  const std::string file = "policy/bad-json-unterminated.json";
  try {
    (void)Policy::parse(test::fixture(file), file);
    FAIL() << "parsed";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("control character"), std::string::npos)
        ;
  }
}

// The valid IINs used by the fixtures (docs/domain.md section 5 check digit).
const std::vector<std::string> kValidIins = {"900515301234", "851207404569", "010203500781",
                                             "880412300248", "990804314858"};

/// True when \p message shows none of kValidIins.
bool shows_no_iin(const std::string& message) {
  for (const std::string& iin : kValidIins) {
    if (message.find(iin) != std::string::npos) return false;
  }
  return true;
}

TEST(ParseError, ClearIinIsNeverEchoed) {
  for (const char* file :
       {"cases/clear-iin-debtor.json", "cases/iin-id.json", "cases/iin-region.json",
        "cases/iin-article.json", "cases/iin-debtor-with-text.json",
        "cases/iin-debtor-pseudonym-form.json", "cases/iin-unknown-key.json",
        "cases/iin-in-date.json"}) {
    try {
      (void)parse_cases(test::fixture(file), file);
      ADD_FAILURE() << file << " parsed";
    } catch (const InputError& e) {
      EXPECT_TRUE(shows_no_iin(e.what())) << e.what();
    }
  }
}

// An IIN in text nlohmann reports (the token it last read), in a duplicate key, in the
// pointer of a refused value or as a number: never shown either.
TEST(ParseError, IinInGeneratedDocumentsIsNeverEchoed) {
  for (const std::string& bytes : {
           std::string("{\"cases\": [{\"id\": \"900515301234"),  // unterminated
           std::string("{\"cases\": [], \"851207404569\": 1, \"851207404569\": 2}"),  // duplicate
           std::string("{\"cases\": [], \"010203500781\": ") + std::string(100, '[') +
               std::string(100, ']') + "}",                          // too deep
           std::string("{\"cases\": [], \"880412300248\": 1e999}"),  // overflow
           std::string("{\"cases\": [], \"x\": 990804314858e999}"),
           std::string("{\"cases\": [{\"id\": 990804314858}]}"),  // a number
       }) {
    try {
      (void)parse_cases(bytes, "generated.json");
      ADD_FAILURE() << bytes << " parsed";
    } catch (const InputError& e) {
      EXPECT_TRUE(shows_no_iin(e.what())) << e.what();
    }
  }
}

// A file given in the wrong place (a secret key file's hex seed as a cases file) is not
// echoed: nlohmann's "last read" text is cut to its first 6 bytes (cli.trust found a seed
// that starts with digits shown up to its first letter).
TEST(ParseError, ALongTokenIsCutToSixBytes) {
  const std::string seed = "7764965104c3aa51f0e8b2d9a7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8";
  try {
    (void)parse_cases(seed + "\n", "k.key");
    ADD_FAILURE() << "parsed";
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("last read: '776496...'"), std::string::npos) << message;
    EXPECT_EQ(message.find("7764965"), std::string::npos) << message;
  }
  // A seed that reads as a number too large for a double (63e5729695...): the same cut.
  try {
    (void)parse_cases("63e5729695c3aa51f0e8b2d9a7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8\n", "k.key");
    ADD_FAILURE() << "parsed";
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("expected a finite number, found 63e572..."), std::string::npos) << message;
    EXPECT_EQ(message.find("63e5729"), std::string::npos) << message;
  }
}

TEST(ParseError, ValidFixturesParse) {
  EXPECT_NO_THROW((void)Policy::parse(test::fixture("policy/valid-minimal.json"), "valid-minimal"));
  EXPECT_NO_THROW((void)Calendar::parse(test::fixture("calendar/valid-minimal.json"), "valid"));
  const std::vector<Fine> fines = parse_cases(test::fixture("cases/valid-minimal.json"), "valid");
  ASSERT_EQ(fines.size(), 2u);
  EXPECT_EQ(fines[0].id, "A-1");
  EXPECT_EQ(fines[0].debtor, "p_3f9a1c2b7d4e5f60");
  EXPECT_EQ(fines[0].amount, 1'966'000);
  EXPECT_EQ(to_iso(fines[0].in_force), "2025-03-03");
  EXPECT_TRUE(fines[0].discount_eligible);
  ASSERT_EQ(fines[0].payments.size(), 1u);
  EXPECT_EQ(fines[0].payments[0].amount, 983'000);
  EXPECT_EQ(fines[1].amount, 2'162'550);  // "21625.50"
  EXPECT_FALSE(fines[1].discount_eligible);
  EXPECT_TRUE(fines[1].payments.empty());
}

// Regression (fixed; core/src/json_reader.cpp, JsonNode::found): the value shown after
// "found" is cut at byte 57, which can split a multi-byte UTF-8 character and leave the
// message invalid UTF-8.
bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    }
    i += n;
  }
  return true;
}

TEST(ParseError, FoundValueKeepsUtf8Valid) {
  // "x" then 40 Cyrillic letters: the cut at byte 57 lands inside a two-byte character.
  std::string name = "x";
  for (int i = 0; i < 40; ++i) name += "\xD0\xB0";  // U+0430
  const std::string bytes = "{\"cases\": [{\"id\": \"A\", \"amount_tenge\": 1, \"in_force\": \"" +
                            name + "\"}]}";
  try {
    (void)parse_cases(bytes, "utf8.json");
    FAIL() << "parsed";
  } catch (const InputError& e) {
    EXPECT_TRUE(valid_utf8(e.what())) ;
  }
}

// ---- no input ever crashes ---------------------------------------------------------------------

struct AnyInput {
  Kind kind;
  std::string bytes;
  std::string name;
};

std::vector<AnyInput> every_input() {
  std::vector<AnyInput> inputs;
  for (const BadInput& b : kBadInputs) inputs.push_back({b.kind, test::fixture(b.file), b.file});
  inputs.push_back({Kind::kPolicy, test::fixture("policy/bad-json-unterminated.json"),
                    "policy/bad-json-unterminated.json"});
  inputs.push_back({Kind::kPolicy, test::fixture("policy/valid-minimal.json"), "policy/valid-minimal.json"});
  inputs.push_back({Kind::kCases, test::fixture("cases/valid-minimal.json"), "cases/valid-minimal.json"});
  inputs.push_back({Kind::kCalendar, test::fixture("calendar/valid-minimal.json"), "calendar/valid-minimal.json"});
  inputs.push_back({Kind::kCalendar, test::fixture("calendar/valid-provisional.json"),
                    "calendar/valid-provisional.json"});
  for (const char* p : {"kz-pre-robot", "kz-2024-pilot", "kz-2024-08-20"}) {
    inputs.push_back({Kind::kPolicy, test::shipped(std::string("policies/") + p + ".json"), p});
  }
  inputs.push_back({Kind::kCases, test::shipped("cases/example.json"), "example"});
  inputs.push_back({Kind::kCalendar, test::shipped("calendars/kz.json"), "kz"});
  return inputs;
}

void PrintTo(const AnyInput& input, std::ostream* os) { *os << input.name; }

class TruncationTest : public ::testing::TestWithParam<AnyInput> {};

// Every fixture at every byte offset. The shipped files (10-12 KB each, so n^2/2 bytes of
// parsing) at every byte of their first and last 512 bytes and every 7th byte in between.
TEST_P(TruncationTest, EveryPrefixParsesOrRaisesInputError) {
  const AnyInput& input = GetParam();
  const bool shipped = input.name.find('/') == std::string::npos;
  std::size_t parsed = 0, refused = 0;
  for (std::size_t n = 0; n <= input.bytes.size(); ++n) {
    if (shipped && n > 512 && n + 512 < input.bytes.size() && n % 7 != 0) continue;
    const std::string_view prefix(input.bytes.data(), n);
    try {
      parse(input.kind, prefix, input.name);
      ++parsed;
    } catch (const InputError&) {
      ++refused;
    } catch (const std::exception& e) {
      ADD_FAILURE() << input.name << " truncated to " << n << " bytes: not an InputError: "
                    << e.what();
    } catch (...) {
      ADD_FAILURE() << input.name << " truncated to " << n << " bytes: unknown exception";
    }
  }
  EXPECT_GT(refused, 0u) << input.name;  // at least the empty prefix
}

std::string input_name(const ::testing::TestParamInfo<AnyInput>& info) {
  std::string name;
  for (char c : info.param.name) {
    name += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(NoCrash, TruncationTest, ::testing::ValuesIn(every_input()), input_name);

TEST(NoCrash, WrongKindOfDocumentIsAnInputError) {
  // A policy given as cases, cases as a calendar, and so on: refused, never a crash.
  const std::vector<AnyInput> inputs = every_input();
  for (const AnyInput& input : inputs) {
    for (Kind kind : {Kind::kPolicy, Kind::kCases, Kind::kCalendar}) {
      if (kind == input.kind) continue;
      try {
        parse(kind, input.bytes, input.name);
      } catch (const InputError&) {
      } catch (const std::exception& e) {
        ADD_FAILURE() << input.name << ": not an InputError: " << e.what();
      }
    }
  }
}

// Regression (fixed; core/src/json_reader.cpp, JsonNode::found): the value shown after
// "found" is serialised whole with nlohmann's recursive dump() before it is cut to 60
// characters, so a deeply nested value where a string is expected overflows the stack
// (SIGSEGV at a depth of 100,000 with an 8 MB stack). found() no longer dumps containers, and
// the depth limit (DepthLimit below) now refuses such a document while parsing. Run in a
// child process so a crash is reported as a failure instead of killing the test binary.
#if GTEST_HAS_DEATH_TEST
TEST(NoCrashDeathTest, DeeplyNestedValueInErrorMessage) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const std::size_t depth = 100'000;
  const std::string bytes = "{\"cases\": [{\"id\": " + std::string(depth, '[') +
                            std::string(depth, ']') + "}]}";
  EXPECT_EXIT(
      {
        try {
          (void)parse_cases(bytes, "deep.json");
        } catch (const InputError&) {
          std::exit(0);
        }
        std::exit(3);
      },
      ::testing::ExitedWithCode(0), "")
      ;
}
#endif

/// A cases document whose first case is \p depth nested arrays.
std::string nested_cases(std::size_t depth) {
  return "{\"cases\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
}

/// The message for nested_cases(depth) with depth > kMaxJsonDepth: the pointer of the first
/// array past the limit.
std::string too_deep_message() {
  std::string pointer;
  for (std::size_t level = 2; level <= detail::kMaxJsonDepth + 1; ++level) {
    pointer += level == 2 ? "/cases" : "/0";
  }
  return "deep.json:" + pointer +
         ": 0: expected at most 64 levels of nested arrays and objects, "
         "found level 65";
}

TEST(DepthLimit, LimitIsReachableAndOneMoreLevelIsRefused) {
  EXPECT_NO_THROW((void)detail::parse_json_document(
      std::string(detail::kMaxJsonDepth, '[') + std::string(detail::kMaxJsonDepth, ']'), "x"));
  EXPECT_THROW((void)detail::parse_json_document(std::string(detail::kMaxJsonDepth + 1, '[') +
                                                     std::string(detail::kMaxJsonDepth + 1, ']'),
                                                 "x"),
               InputError);
}

TEST(DepthLimit, HundredLevelsAreRefusedWithThePointer) {
  try {
    (void)parse_cases(nested_cases(100), "deep.json");
    FAIL() << "parsed";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), too_deep_message());
  }
}

// Refused while parsing, before the rest is read: no recursion anywhere reaches this depth.
TEST(DepthLimit, FiftyThousandLevelsAreRefusedNotACrash) {
  try {
    (void)parse_cases(nested_cases(50'000), "deep.json");
    FAIL() << "parsed";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), too_deep_message());
  }
}

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(detail::edit_distance("", ""), 0u);
  EXPECT_EQ(detail::edit_distance("", "abc"), 3u);
  EXPECT_EQ(detail::edit_distance("payments", "payments"), 0u);
  EXPECT_EQ(detail::edit_distance("paymnets", "payments"), 2u);
  EXPECT_EQ(detail::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(detail::edit_distance("in_forc", "in_force"), 1u);
}

}  // namespace
}  // namespace bailiff
