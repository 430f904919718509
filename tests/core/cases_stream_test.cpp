// The streaming cases reader (core/src/cases_stream.hpp) against the DOM reader it stands in
// for: whatever document it takes, the DOM reader takes too, with the same fines field by field
// (so parse_cases gives the same fines, and every refusal its DOM message, whichever reader
// read first). Checked on the shipped and fixture documents, on every one-byte edit of a small
// document (a byte deleted, replaced or inserted), on every UTF-8 lead and continuation byte,
// on escapes valid and not in every kind of string, and on the documents the benchmark verifies
// and a writer escaping all but ASCII writes; the streaming reader must take those.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../../core/src/cases_stream.hpp"
#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"

namespace bailiff {
namespace {

/// What the DOM reader makes of \p bytes: the fines' summary, or "refused: " and its message.
std::string dom(std::string_view bytes) {
  try {
    return test::fines_summary(detail::parse_cases_document(bytes, "doc.json"));
  } catch (const InputError& e) {
    return std::string("refused: ") + e.what();
  }
}

/// Whether the streaming reader takes \p bytes; when it does, the DOM reader must give the same
/// fines.
bool streamed_as_dom(std::string_view bytes) {
  const std::optional<std::vector<Fine>> fines = detail::stream_cases(bytes);
  if (fines) {
    EXPECT_EQ(test::fines_summary(*fines), dom(bytes)) << bytes;
  }
  return fines.has_value();
}

const std::string kSmall =
    "{\"cases\": [{\"id\": \"A-1\", \"debtor\": \"p_3f9a\", \"region\": \"\xD0\x90\xD0\xBB\", "
    "\"article\": \"592 p.1\", \"amount_tenge\": 19660, \"in_force\": \"2025-03-03\", "
    "\"discount_eligible\": true, \"payments\": [{\"date\": \"2025-03-07\", \"amount_tenge\": "
    "\"9830.50\"}, {\"date\": \"2025-03-09\", \"amount_tenge\": 1}]},\n"
    " {\"in_force\": \"2026-01-12\", \"amount_tenge\": \"7\", \"id\": \"B\", \"payments\": []}]}";

TEST(CasesStream, TakesTheShippedAndFixtureDocuments) {
  for (const std::string& bytes :
       {test::shipped("cases/example.json"), test::fixture("cases/valid-minimal.json"), kSmall}) {
    EXPECT_TRUE(streamed_as_dom(bytes)) << bytes;
  }
}

// The benchmark's cases (bench/verify_bench.cpp): the example's cases dumped by nlohmann,
// compact and indented.
TEST(CasesStream, TakesDumpedDocuments) {
  const nlohmann::ordered_json example =
      nlohmann::ordered_json::parse(test::shipped("cases/example.json"));
  EXPECT_TRUE(streamed_as_dom(example.dump()));
  EXPECT_TRUE(streamed_as_dom(example.dump(2)));
  EXPECT_TRUE(streamed_as_dom(example.dump(1, '\t')));
}

// A writer that escapes every character outside ASCII (Python's json.dump by default).
TEST(CasesStream, TakesEscapedDocuments) {
  nlohmann::json doc = nlohmann::json::parse(kSmall);
  doc["cases"][0]["region"] = "\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B \xF0\x9F\x98\x80";
  doc["cases"][1]["id"] = "B \"quoted\" \\ /";
  const std::string escaped = doc.dump(-1, ' ', true);
  ASSERT_NE(escaped.find("\\u0410"), std::string::npos);
  EXPECT_TRUE(streamed_as_dom(escaped));
}

// Escapes in a value, in a key, in a date and in an amount: taken exactly when the DOM takes
// them, and read alike.
TEST(CasesStream, EscapesAsTheDom) {
  // clang-format off
  const std::vector<std::string> escapes = {
      R"(\")", R"(\\)", R"(\/)", R"(\b)", R"(\f)", R"(\n)", R"(\r)", R"(\t)", R"(\u0041)",
      R"(\u00e9)", R"(\u0410)", R"(\u20B8)", R"(\uFFFF)", R"(\ud83d\ude00)", R"(\uD83D\uDE00)",
      R"(\u0000)", R"(\u001b)", R"(\u202e)", R"(\u0085)", R"(\u007f)", R"(\u0030)", R"(\u0031)",
      R"(\u0064)", R"(\u0073)", R"(\x)", R"(\u)", R"(\u12)", R"(\u12G4)", R"(\ud800)",
      R"(\ud800x)", R"(\ud800\u0041)", R"(\udc00)", R"(\ud800\ud800)", R"(\)", R"(\')",
      R"(\U0041)", "\xD0\x90\\u0431\xD0\x92", "\\u0434\\\"\xE2\x82\xB8"};
  // clang-format on
  const std::vector<std::string> templates = {
      R"({"cases": [{"id": "A@B", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
      R"({"cases": [{"id": "A", "region": "@", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
      R"({"cases": [{"id": "A", "debtor": "p_@", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
      R"({"cases": [{"i@": "A", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
      R"({"cases": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-0@"}]})",
      R"({"cases": [{"id": "A", "amount_tenge": "1@", "in_force": "2025-01-01"}]})",
      R"({"case@": [{"id": "A", "amount_tenge": 1, "in_force": "2025-01-01"}]})",
      R"({"cases": [{"id": "A@", "amount_tenge": 1, "in_force": "2025-01-01"}, )"
      R"({"id": "A\u0031", "amount_tenge": 1, "in_force": "2025-01-01"}]})"};
  std::size_t taken = 0;
  for (const std::string& t : templates) {
    for (const std::string& e : escapes) {
      std::string doc = t;
      doc.replace(doc.find('@'), 1, e);
      const bool dom_takes = dom(doc).rfind("refused: ", 0) != 0;
      const bool streamed = streamed_as_dom(doc);
      EXPECT_EQ(streamed, dom_takes) << doc;
      taken += streamed;
    }
  }
  EXPECT_GT(taken, 50u);
}

TEST(CasesStream, EveryOneByteEditIsTakenOnlyAsTheDomTakesIt) {
  static const std::string kBytes = {
      '"',  '\\', ',',    ':',    '{',    '}',    '[',    ']',    ' ',    '\n',   '\t',
      '\0', '0',  '1',    '9',    '-',    '+',    '.',    'e',    'E',    't',    'f',
      'n',  'x',  '\x7f', '\x80', '\xc0', '\xd0', '\xe2', '\xed', '\xf0', '\xf4', '\xff'};
  std::size_t taken = 0;
  for (std::size_t at = 0; at <= kSmall.size(); ++at) {
    if (at < kSmall.size()) {
      std::string deleted = kSmall;
      deleted.erase(at, 1);
      taken += streamed_as_dom(deleted);
    }
    for (char b : kBytes) {
      std::string inserted = kSmall;
      inserted.insert(at, 1, b);
      taken += streamed_as_dom(inserted);
      if (at < kSmall.size()) {
        std::string replaced = kSmall;
        replaced[at] = b;
        taken += streamed_as_dom(replaced);
      }
    }
  }
  EXPECT_GT(taken, 100u);  // the edits inside strings and whitespace
}

// A case id holding the bytes \p inner: the streaming reader takes it exactly when the DOM
// reader does (nlohmann's UTF-8 rules, then the safe-text rules).
TEST(CasesStream, Utf8AsTheDom) {
  auto same = [](const std::string& inner) {
    const std::string doc = "{\"cases\": [{\"id\": \"A" + inner +
                            "B\", \"amount_tenge\": 1, \"in_force\": \"2025-01-01\"}]}";
    const bool dom_takes = dom(doc).rfind("refused: ", 0) != 0;
    EXPECT_EQ(streamed_as_dom(doc), dom_takes) << inner;
  };
  for (int lead = 0x20; lead <= 0xFF; ++lead) {
    if (lead == '"' || lead == '\\') continue;
    for (int second = 0; second <= 0xFF; ++second) {
      if (second == '"' || second == '\\' || second < 0x20) continue;
      const std::string two = {static_cast<char>(lead), static_cast<char>(second)};
      same(two);
      if (lead >= 0xE0) {
        for (char third : {'\x7f', '\x80', '\xbf', '\xc0'}) {
          same(two + third);
          if (lead >= 0xF0) same(two + third + '\x80');
        }
      }
    }
  }
}

}  // namespace
}  // namespace bailiff
