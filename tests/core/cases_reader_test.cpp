// The cases reader (parse_cases) on generated documents, beside the fixtures of
// parse_errors_test.cpp: every refusal pinned to its full message (each error path of the
// grammar: the root, the list, a case, a payment, each field's type and value, keys unknown or
// given twice, JSON syntax, UTF-8 and escapes, nesting, and which error wins when a document has
// several), and what the reader accepts pinned field by field (whitespace, a byte order mark, key
// order, escapes, UTF-8, the largest amounts, a NUL after the document).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/cases.hpp"
#include "bailiff/error.hpp"

namespace bailiff {
namespace {

struct Document {
  std::string name;  ///< also the file name given to the reader
  std::string bytes;
  std::string want;  ///< the message after "NAME:", or the fines read (test::fines_summary())
};

void PrintTo(const Document& d, std::ostream* os) {
  *os << d.name;
}

std::string test_name(const ::testing::TestParamInfo<Document>& info) {
  std::string name;
  for (char c : info.param.name) name += (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_';
  return name;
}

// clang-format off
const std::vector<Document> kRefused = {
  {"root-array",
   R"([])",
   "/: (document): expected an object, found []"},
  {"root-string",
   R"("cases")",
   "/: (document): expected an object, found \"cases\""},
  {"root-number",
   R"(12)",
   "/: (document): expected an object, found 12"},
  {"root-empty-object",
   R"({})",
   "/: cases: expected a field \"cases\", found none"},
  {"root-unknown-key",
   R"({"cases": [], "extra": 1})",
   "/extra: extra: expected one of the known keys: cases, found \"extra\""},
  {"root-unknown-key-near",
   R"({"cases": [], "case": 1})",
   "/case: case: expected one of the known keys: cases, found \"case\" (did you mean \"cases\"?)"},
  {"root-unknown-key-before-bad-case",
   R"({"zzz": 1, "cases": [{"id": 7}]})",
   "/cases/0/id: id: expected a non-empty case id (string), found 7"},
  {"root-duplicate-cases",
   R"({"cases": [], "cases": []})",
   "/: cases: expected each key once in an object, found a second \"cases\""},
  {"cases-string",
   R"({"cases": "x"})",
   "/cases: cases: expected an array, found \"x\""},
  {"cases-null",
   R"({"cases": null})",
   "/cases: cases: expected an array, found null"},
  {"syntax-after-semantic",
   R"({"cases": [{"id": 7}], })",
   "line 1, column 24: (document): expected valid JSON, found syntax error while parsing object key - unexpected '}'; expected string literal"},
  {"duplicate-after-semantic",
   R"({"cases": [{"id": 7}, {"id": "a", "id": "b"}]})",
   "/cases/1: id: expected each key once in an object, found a second \"id\""},
  {"depth-after-semantic",
   R"({"cases": [{"id": 7}], "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})",
   "/x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: 0: expected at most 64 levels of nested arrays and objects, found level 65"},
  {"trailing-garbage",
   R"({"cases": []} x)",
   "line 1, column 15: (document): expected valid JSON, found syntax error while parsing value - invalid literal; last read: '\"cases...'; expected end of input"},
  {"trailing-second-document",
   R"({"cases": []} {})",
   "line 1, column 15: (document): expected valid JSON, found syntax error while parsing value - unexpected '{'; expected end of input"},
  {"case-number",
   R"({"cases": [1]})",
   "/cases/0: 0: expected an object, found 1"},
  {"case-array",
   R"({"cases": [[]]})",
   "/cases/0: 0: expected an object, found []"},
  {"case-empty-object",
   R"({"cases": [{}]})",
   "/cases/0: id: expected a field \"id\", found none"},
  {"case-unknown-key-first-sorted",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "zz": 1, "aa": 2}]})",
   "/cases/0/aa: aa: expected one of the known keys: id, debtor, region, article, amount_tenge, in_force, discount_eligible, payments, found \"aa\""},
  {"case-empty-key",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "": 1}]})",
   "/cases/0/: : expected one of the known keys: id, debtor, region, article, amount_tenge, in_force, discount_eligible, payments, found \"\""},
  {"case-unknown-key-after-bad-payment",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "zz": 1, "payments": [{"date": "2024-01-01", "amount_tenge": 1}]}]})",
   "/cases/0/payments/0/date: date: expected a date on or after in_force 2025-01-01, found \"2024-01-01\""},
  {"id-null",
   R"({"cases": [{"id": null}]})",
   "/cases/0/id: id: expected a non-empty case id (string), found null"},
  {"id-bidi",
   "{\"cases\": [{\"id\": \"A\xE2\x80\xAE" "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "/cases/0/id: id: expected text without control or bidirectional formatting characters (UTF-8), found a bidirectional formatting character U+202E at byte 1"},
  {"id-escaped-newline",
   R"({"cases": [{"id": "A\nB", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/id: id: expected text without control or bidirectional formatting characters (UTF-8), found a control character U+000A at byte 1"},
  {"id-escaped-escape",
   R"({"cases": [{"id": "A\u001b[8mB", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/id: id: expected text without control or bidirectional formatting characters (UTF-8), found a control character U+001B at byte 1"},
  {"id-raw-tab",
   "{\"cases\": [{\"id\": \"A\tB\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "line 1, column 21: (document): expected valid JSON, found syntax error while parsing value - invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t; last read: '\"A<U+0...'"},
  {"id-raw-del",
   "{\"cases\": [{\"id\": \"A\x7f" "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "/cases/0/id: id: expected text without control or bidirectional formatting characters (UTF-8), found a control character U+007F at byte 1"},
  {"id-c1-control",
   "{\"cases\": [{\"id\": \"A\xC2\x85" "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "/cases/0/id: id: expected text without control or bidirectional formatting characters (UTF-8), found a control character U+0085 at byte 1"},
  {"id-invalid-utf8",
   "{\"cases\": [{\"id\": \"A\xFF" "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "line 1, column 21: (document): expected valid JSON, found syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"A\xFF'"},
  {"id-overlong-utf8",
   "{\"cases\": [{\"id\": \"A\xC0\x80" "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "line 1, column 21: (document): expected valid JSON, found syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"A\xC0'"},
  {"id-surrogate-utf8",
   "{\"cases\": [{\"id\": \"A\xED\xA0\x80" "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "line 1, column 22: (document): expected valid JSON, found syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"A\xED\xA0'"},
  {"id-truncated-utf8",
   "{\"cases\": [{\"id\": \"A\xD0\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "line 1, column 22: (document): expected valid JSON, found syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"A\xD0\"'"},
  {"id-lone-surrogate-escape",
   R"({"cases": [{"id": "A\ud800B", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "line 1, column 27: (document): expected valid JSON, found syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"A\\ud8...'"},
  {"id-bad-escape",
   R"({"cases": [{"id": "A\qB", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "line 1, column 22: (document): expected valid JSON, found syntax error while parsing value - invalid string: forbidden character after backslash; last read: '\"A\\q'"},
  {"id-short-unicode-escape",
   R"({"cases": [{"id": "A\u12", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "line 1, column 25: (document): expected valid JSON, found syntax error while parsing value - invalid string: '\\u' must be followed by 4 hex digits; last read: '\"A\\u12...'"},
  {"id-iin-escaped",
   R"({"cases": [{"id": "\u0039\u0030\u00305153\u00301234", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/id: id: expected text without an IIN (replace IINs with keyed pseudonyms before use), found 12 digits passing the IIN check digit (not shown)"},
  {"debtor-number",
   R"({"cases": [{"id": "A", "debtor": 5, "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/debtor: debtor: expected a debtor pseudonym (string), found 5"},
  {"debtor-twelve-digits-not-iin",
   R"({"cases": [{"id": "A", "debtor": "123456789012", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/debtor: debtor: expected a pseudonym, not a clear IIN (replace IINs with keyed pseudonyms before use), found 12 digits (not shown)"},
  {"debtor-unsafe",
   R"({"cases": [{"id": "A", "debtor": "p_\u202e1", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/debtor: debtor: expected text without control or bidirectional formatting characters (UTF-8), found a bidirectional formatting character U+202E at byte 2"},
  {"region-null",
   R"({"cases": [{"id": "A", "region": null, "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/region: region: expected a string, found null"},
  {"region-newline",
   R"({"cases": [{"id": "A", "region": "Almaty\n", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/region: region: expected text without control or bidirectional formatting characters (UTF-8), found a control character U+000A at byte 6"},
  {"article-object",
   R"({"cases": [{"id": "A", "article": {"x": 1}, "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/article: article: expected a string, found an object"},
  {"article-empty-array",
   R"({"cases": [{"id": "A", "article": [], "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/article: article: expected a string, found []"},
  {"amount-missing",
   R"({"cases": [{"id": "A", "in_force": "2025-01-01"}]})",
   "/cases/0: amount_tenge: expected a field \"amount_tenge\", found none"},
  {"amount-exponent",
   R"({"cases": [{"id": "A", "amount_tenge": 1e3, "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount in tenge: an integer, or a string such as \"19660.50\", found 1000.0"},
  {"amount-minus-zero",
   R"({"cases": [{"id": "A", "amount_tenge": -0, "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount above zero, found 0"},
  {"amount-leading-zero",
   R"({"cases": [{"id": "A", "amount_tenge": 0123, "in_force": "2025-01-01"}]})",
   "line 1, column 43: (document): expected valid JSON, found syntax error while parsing object - unexpected number literal; expected '}'"},
  {"amount-beyond-uint64",
   R"({"cases": [{"id": "A", "amount_tenge": 18446744073709551616, "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount in tenge: an integer, or a string such as \"19660.50\", found 1.8446744073709552e+19"},
  {"amount-twelve-digits",
   R"({"cases": [{"id": "A", "amount_tenge": 100000000000, "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an integer from 0 to 99999999999, found 100000000000"},
  {"amount-string-twelve-digits",
   R"({"cases": [{"id": "A", "amount_tenge": "100000000000", "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount below 100000000000 tenge (a 12-digit amount may be an IIN), found 12 digits or more (not shown)"},
  {"amount-string-iin",
   R"({"cases": [{"id": "A", "amount_tenge": "900515301234", "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount below 100000000000 tenge (a 12-digit amount may be an IIN), found 12 digits or more (not shown)"},
  {"amount-iin-number",
   R"({"cases": [{"id": "A", "amount_tenge": 900515301234, "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an integer from 0 to 99999999999, found (not shown: it may be an IIN)"},
  {"amount-true",
   R"({"cases": [{"id": "A", "amount_tenge": true, "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount in tenge: an integer, or a string such as \"19660.50\", found true"},
  {"amount-string-empty",
   R"({"cases": [{"id": "A", "amount_tenge": "", "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount in tenge: an integer, or a string such as \"19660.50\", found \"\""},
  {"amount-string-zero",
   R"({"cases": [{"id": "A", "amount_tenge": "0.00", "in_force": "2025-01-01"}]})",
   "/cases/0/amount_tenge: amount_tenge: expected an amount above zero, found \"0.00\""},
  {"amount-number-then-letter",
   R"({"cases": [{"id": "A", "amount_tenge": 12x, "in_force": "2025-01-01"}]})",
   "line 1, column 42: (document): expected valid JSON, found syntax error while parsing object - invalid literal; last read: '12x'; expected '}'"},
  {"in-force-number",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": 20250101}]})",
   "/cases/0/in_force: in_force: expected a date \"YYYY-MM-DD\", found 20250101"},
  {"in-force-february-30",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-02-30"}]})",
   "/cases/0/in_force: in_force: expected a date \"YYYY-MM-DD\", found \"2025-02-30\""},
  {"discount-null",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "discount_eligible": null}]})",
   "/cases/0/discount_eligible: discount_eligible: expected true or false, found null"},
  {"discount-number",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "discount_eligible": 1}]})",
   "/cases/0/discount_eligible: discount_eligible: expected true or false, found 1"},
  {"payments-null",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": null}]})",
   "/cases/0/payments: payments: expected an array, found null"},
  {"payment-number",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [1]}]})",
   "/cases/0/payments/0: 0: expected an object, found 1"},
  {"payment-array",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [[]]}]})",
   "/cases/0/payments/0: 0: expected an object, found []"},
  {"payment-unknown-key",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": "2025-01-02", "amount_tenge": 1, "note": "x"}]}]})",
   "/cases/0/payments/0/note: note: expected one of the known keys: date, amount_tenge, found \"note\" (did you mean \"date\"?)"},
  {"payment-unknown-key-near",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": "2025-01-02", "amount_tenge": 1, "dates": "x"}]}]})",
   "/cases/0/payments/0/dates: dates: expected one of the known keys: date, amount_tenge, found \"dates\" (did you mean \"date\"?)"},
  {"payment-missing-amount",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": "2025-01-02"}]}]})",
   "/cases/0/payments/0: amount_tenge: expected a field \"amount_tenge\", found none"},
  {"payment-duplicate-key",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": "2025-01-02", "date": "2025-01-03", "amount_tenge": 1}]}]})",
   "/cases/0/payments/0: date: expected each key once in an object, found a second \"date\""},
  {"payment-amount-overflow",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": "2025-01-02", "amount_tenge": 1e400}]}]})",
   "line 1, column 121: amount_tenge: expected a finite number, found 1e400"},
  {"payment-amount-string-bad",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": "2025-01-02", "amount_tenge": "1.234"}]}]})",
   "/cases/0/payments/0/amount_tenge: amount_tenge: expected an amount in tenge: an integer, or a string such as \"19660.50\", found \"1.234\""},
  {"payment-date-number",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": 5, "amount_tenge": 1}]}]})",
   "/cases/0/payments/0/date: date: expected a date \"YYYY-MM-DD\", found 5"},
  {"payment-before-in-force-given-later",
   R"({"cases": [{"payments": [{"date": "2024-12-31", "amount_tenge": 1}], "id": "A", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/0/payments/0/date: date: expected a date on or after in_force 2025-01-01, found \"2024-12-31\""},
  {"payment-deep",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": [{"date": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}]}]})",
   "/cases/0/payments/0/date/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: 0: expected at most 64 levels of nested arrays and objects, found level 65"},
  {"duplicate-id-also-bad-date",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01"}, {"id": "A", "amount_tenge": 1, "in_force": "2025-13-01"}]})",
   "/cases/1/in_force: in_force: expected a date \"YYYY-MM-DD\", found \"2025-13-01\""},
  {"duplicate-id-third",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01"}, {"id": "B", "amount_tenge": 1, "in_force": "2025-01-01"}, {"id": "A", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "/cases/2/id: id: expected a case id not used before in the file, found \"A\""},
  {"second-case-bad",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01"}, {"id": "B", "amount_tenge": 0, "in_force": "2025-01-01"}]})",
   "/cases/1/amount_tenge: amount_tenge: expected an amount above zero, found 0"},
  {"nul-inside",
   std::string("{\"cases\": [{\"id\": \"A\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}\0]}", 66),
   "line 1, column 67: (document): expected valid JSON, found syntax error while parsing object - unexpected end of input; expected '}'"},
  {"unterminated",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01"})",
   "line 1, column 68: (document): expected valid JSON, found syntax error while parsing array - unexpected end of input; expected ']'"},
  {"comment",
   R"({"cases": [] /* no */})",
   "line 1, column 14: (document): expected valid JSON, found syntax error while parsing object - invalid literal; last read: '\"cases...'; expected '}'"},
  {"single-quotes",
   R"({'cases': []})",
   "line 1, column 2: (document): expected valid JSON, found syntax error while parsing object key - invalid literal; last read: '{''; expected string literal"},
};

const std::vector<Document> kAccepted = {
  {"bom",
   "\xEF\xBB\xBF{\"cases\": [{\"id\": \"A\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "A||||100|2025-01-01|0;"},
  {"whitespace",
   "\r\n\t {  \"cases\"\t:\n[ {\"id\"\r:\"A\" ,\"amount_tenge\" :\t7,\"in_force\":\"2025-01-01\" } ] } \n",
   "A||||700|2025-01-01|0;"},
  {"compact",
   R"({"cases":[{"id":"A","amount_tenge":1,"in_force":"2025-01-01","payments":[{"date":"2025-01-01","amount_tenge":1}]}]})",
   "A||||100|2025-01-01|0|2025-01-01:100;"},
  {"empty-list",
   R"({"cases": []})",
   ""},
  {"key-order",
   R"({"cases": [{"payments": [{"amount_tenge": "0.01", "date": "2025-02-01"}, {"amount_tenge": 3, "date": "2025-02-01"}], "discount_eligible": false, "in_force": "2025-01-31", "amount_tenge": "99999999999.99", "article": "592 p.1", "region": "", "debtor": "", "id": "Z"}]})",
   "Z|||592 p.1|9999999999999|2025-01-31|0|2025-02-01:1|2025-02-01:300;"},
  {"escapes",
   R"({"cases": [{"id": "A\"B\\C\/D", "debtor": "p_\u0041", "region": "\u0410\u043b\u043c\u0430\u0442\u044b", "article": "\ud83d\ude00 x", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "A\"B\\C/D|p_A|\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B|\xF0\x9F\x98\x80 x|100|2025-01-01|0;"},
  {"escaped-key",
   R"({"cases": [{"i\u0064": "A", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "A||||100|2025-01-01|0;"},
  {"raw-utf8",
   "{\"cases\": [{\"id\": \"\xD0\x90-1\", \"region\": \"\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B\", \"article\": \"\xE2\x82\xB8 \xF0\x9F\x98\x80\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}",
   "\xD0\x90-1||\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B|\xE2\x82\xB8 \xF0\x9F\x98\x80|100|2025-01-01|0;"},
  {"max-amounts",
   R"({"cases": [{"id": "A", "amount_tenge": 99999999999, "in_force": "2025-01-01", "discount_eligible": true, "payments": [{"date": "2025-01-01", "amount_tenge": "99999999999.99"}]}]})",
   "A||||9999999999900|2025-01-01|1|2025-01-01:9999999999999;"},
  {"debtor-eleven-digits",
   R"({"cases": [{"id": "A", "debtor": "12345678901", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
   "A|12345678901|||100|2025-01-01|0;"},
  {"nul-after",
   std::string("{\"cases\": []}\0garbage", 21),
   ""},
  {"nul-after-whitespace",
   std::string("{\"cases\": []} \0", 15),
   ""},
  {"two-cases-empty-payments",
   R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01", "payments": []}, {"id": "AB", "amount_tenge": "5", "in_force": "2026-12-31"}]})",
   "A||||100|2025-01-01|0;AB||||500|2026-12-31|0;"},
};
// clang-format on

class CasesRefusedTest : public ::testing::TestWithParam<Document> {};

TEST_P(CasesRefusedTest, WithItsMessage) {
  const Document& d = GetParam();
  try {
    (void)parse_cases(d.bytes, d.name);
    ADD_FAILURE() << d.name << " parsed";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), d.name + ":" + d.want);
  }
}

INSTANTIATE_TEST_SUITE_P(Generated, CasesRefusedTest, ::testing::ValuesIn(kRefused), test_name);

class CasesAcceptedTest : public ::testing::TestWithParam<Document> {};

TEST_P(CasesAcceptedTest, FieldByField) {
  const Document& d = GetParam();
  EXPECT_EQ(test::fines_summary(parse_cases(d.bytes, d.name)), d.want);
}

INSTANTIATE_TEST_SUITE_P(Generated, CasesAcceptedTest, ::testing::ValuesIn(kAccepted), test_name);

}  // namespace
}  // namespace bailiff
