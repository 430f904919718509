// The recorded enforcement log's reader: both forms give the same cases, and every way a
// line can be malformed is refused with FILE:line, column, the field and what was expected.

#include <gtest/gtest.h>

#include <sstream>

#include "bailiff/error.hpp"
#include "bailiff/sim/region_names.hpp"
#include "bailiff/study/record_log.hpp"

namespace bailiff::study {
namespace {

constexpr const char* kKey = "record-log-test-key";
const std::string kHeader =
    "case_id,record,date,action,amount_tenge,debtor_iin,region,article,discount_eligible\n";
const std::string kFine = "A-1,fine,2025-03-03,,19660,880101300123,Almaty,592 p.1,1\n";

std::vector<RecordedCase> read_all(const std::string& bytes, const std::string& name = "log.csv") {
  std::istringstream in(bytes);
  RecordLogReader reader(in, name, kKey);
  std::vector<RecordedCase> out;
  RecordedCase c;
  while (reader.next(c)) out.push_back(c);
  return out;
}

std::string refusal(const std::string& bytes, const std::string& name = "log.csv") {
  try {
    read_all(bytes, name);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(RecordLog, CsvAndJsonLinesGiveTheSameCases) {
  const std::string csv = kHeader + kFine +
                          "A-1,event,2025-03-07,payment_received,5000,,,,\n"
                          "A-1,event,2025-03-08,closed_as_paid,4830.50,,,,\n"
                          "B-2,fine,2025-04-01,,39320,880101300123,г. Шымкент,,0\n"
                          "B-2,event,2025-05-26,notice_sent_sms,,,,,\n";
  const std::string jsonl =
      "{\"case_id\":\"A-1\",\"record\":\"fine\",\"in_force\":\"2025-03-03\",\"amount_tenge\":19660,"
      "\"debtor_iin\":\"880101300123\",\"region\":\"Almaty\",\"article\":\"592 "
      "p.1\",\"discount_eligible\":true}\n"
      "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-07\",\"action\":\"payment_"
      "received\",\"amount_tenge\":\"5000\"}\n"
      "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-08\",\"action\":\"closed_as_"
      "paid\",\"amount_tenge\":\"4830.50\"}\n"
      "{\"case_id\":\"B-2\",\"record\":\"fine\",\"in_force\":\"2025-04-01\",\"amount_tenge\":"
      "\"39320.00\","
      "\"debtor_iin\":\"880101300123\",\"region\":\"Шымкент қаласы\",\"discount_eligible\":false}\n"
      "{\"case_id\":\"B-2\",\"record\":\"event\",\"date\":\"2025-05-26\",\"action\":\"notice_sent_"
      "sms\"}\n";
  const auto a = read_all(csv);
  const auto b = read_all(jsonl, "log.jsonl");
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(b.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(a[i].fine.id, b[i].fine.id);
    EXPECT_EQ(a[i].fine.debtor, b[i].fine.debtor);
    EXPECT_EQ(a[i].fine.region, b[i].fine.region);
    EXPECT_EQ(a[i].fine.amount, b[i].fine.amount);
    EXPECT_EQ(a[i].fine.in_force, b[i].fine.in_force);
    EXPECT_EQ(a[i].fine.discount_eligible, b[i].fine.discount_eligible);
    ASSERT_EQ(a[i].events.size(), b[i].events.size());
    for (std::size_t e = 0; e < a[i].events.size(); ++e) {
      EXPECT_EQ(a[i].events[e].date, b[i].events[e].date);
      EXPECT_EQ(a[i].events[e].action, b[i].events[e].action);
      EXPECT_EQ(a[i].events[e].amount, b[i].events[e].amount);
    }
  }
  EXPECT_EQ(a[0].fine.debtor.rfind("p_", 0), 0u);
  EXPECT_EQ(a[0].fine.debtor.size(), 18u);
  ASSERT_EQ(a[0].fine.payments.size(), 2u);
  EXPECT_EQ(a[0].fine.payments[1].amount, 483050);
  EXPECT_EQ(a[0].fine.region, "Almaty (city)");
  EXPECT_EQ(a[1].fine.region, "Shymkent (city)");
  EXPECT_FALSE(a[1].events[0].amount.has_value());
}

struct Bad {
  std::string bytes;
  std::string message;
};

TEST(RecordLog, EveryMalformedCsvLineIsRefusedWithItsPlace) {
  const std::string iin_form =
      "a 12-digit IIN: the 12th digit to equal the check digit computed from the first 11";
  const std::string amount_form =
      "an amount in tenge below 100000000000: digits with up to 2 decimals, such as 19660 or "
      "9830.50";
  const std::vector<Bad> cases = {
      {"",
       "log.csv:line 1, column 1: header: expected the header line case_id,record,date,action,"
       "amount_tenge,debtor_iin,region,article,discount_eligible, found an empty file"},
      {"case_id,kind\n",
       "log.csv:line 1, column 9: header: expected column 2 named \"record\" (header: "
       "case_id,record,date,action,amount_tenge,debtor_iin,region,article,"
       "discount_eligible), found \"kind\""},
      {"case_id,record\n",
       "log.csv:line 1, column 15: header: expected column 3 named \"date\" (header: "
       "case_id,record,date,action,amount_tenge,debtor_iin,region,article,"
       "discount_eligible), found the end of the line"},
      {kHeader,
       "log.csv:line 2: (records): expected at least one case: a fine row after the "
       "header, found none"},
      {kHeader + kFine + "A-1,event,2025-03-07,closed,9830,,,,\n",
       "log.csv:line 3, column 22: action: expected one of the engine's actions: "
       "proceeding_opened, "
       "notice_sent_sms, notice_sent_egov_push, account_arrested, handed_to_private_bailiff, "
       "fee_charged, payment_received, closed_as_paid, measures_lifted, discount_window_closed, "
       "voluntary_term_expired, found \"closed\""},
      {kHeader + kFine + "A-1,event,2025-03-01,payment_received,100,,,,\n",
       "log.csv:line 3, column 11: date: expected a date on or after the day in force 2025-03-03 "
       "(line 2), found \"2025-03-01\""},
      {kHeader + kFine +
           "A-1,event,2025-03-07,payment_received,100,,,,\n"
           "A-1,event,2025-03-05,payment_received,100,,,,\n",
       "log.csv:line 4, column 11: date: expected events in date order: a date on or after "
       "2025-03-07 (line 3), found \"2025-03-05\""},
      {kHeader + "A-1,event,2025-03-07,payment_received,100,,,,\n",
       "log.csv:line 2, column 1: record: expected a fine row opening case \"A-1\" before its "
       "events "
       "(each case opens with its fine row), found an event row"},
      {kHeader + "B-1,fine,2025-03-03,,19660,880101300123,Almaty,,0\n" + kFine,
       "log.csv:line 3, column 1: case_id: expected case ids in ascending byte order, each case's "
       "rows together (after \"B-1\"), found \"A-1\""},
      {kHeader + kFine + kFine,
       "log.csv:line 3, column 1: case_id: expected one fine row per case (case opened on line 2), "
       "found \"A-1\""},
      {kHeader + kFine + "B-1,event,2025-03-07,payment_received,100,,,,\n",
       "log.csv:line 3, column 1: case_id: expected a fine row opening case \"B-1\" before its "
       "events, found \"B-1\""},
      {kHeader + "B-1,fine,2025-03-03,,19660,880101300123,Almaty,,0\n"
                 "A-1,event,2025-03-07,payment_received,100,,,,\n",
       "log.csv:line 3, column 1: case_id: expected an event of case \"B-1\" (opened on line 2) or "
       "a "
       "fine row opening a later case, found \"A-1\""},
      {kHeader + "A-1,payment,2025-03-03,,19660,880101300123,Almaty,,0\n",
       "log.csv:line 2, column 5: record: expected fine or event, found \"payment\""},
      {kHeader + "A-1,fine,2025-02-30,,19660,880101300123,Almaty,,0\n",
       "log.csv:line 2, column 10: date: expected a date YYYY-MM-DD, found \"2025-02-30\""},
      {kHeader + "A-1,fine,2025-03-03,x,19660,880101300123,Almaty,,0\n",
       "log.csv:line 2, column 21: action: expected an empty field in a fine row (its date is the "
       "day in force), found \"x\""},
      {kHeader + "A-1,fine,2025-03-03,,19 660,880101300123,Almaty,,0\n",
       "log.csv:line 2, column 22: amount_tenge: expected " + amount_form +
           ", above 0, found \"19 660\""},
      {kHeader + "A-1,fine,2025-03-03,,19660,880101300124,Almaty,,0\n",
       "log.csv:line 2, column 28: debtor_iin: expected " + iin_form +
           ", found 12 digits failing the check digit (value not shown)"},
      {kHeader + "A-1,fine,2025-03-03,,19660,880101300123,,,0\n",
       "log.csv:line 2, column 41: region: expected a non-empty region, found an empty field"},
      {kHeader + "A-1,fine,2025-03-03,,19660,880101300123,Almaty,IIN 880101300123,0\n",
       "log.csv:line 2, column 48: article: expected article without an IIN (an IIN is personal "
       "data), found 12 digits passing the IIN check digit (not shown)"},
      {kHeader + "A-1,fine,2025-03-03,,19660,880101300123,Almaty,,yes\n",
       "log.csv:line 2, column 49: discount_eligible: expected 0 or 1, found \"yes\""},
      {kHeader + kFine + "A-1,event,2025-03-07,payment_received,,,,,\n",
       "log.csv:line 3, column 39: amount_tenge: expected " + amount_form +
           " (payment_received gives its sum), found an empty field"},
      {kHeader + kFine + "A-1,event,2025-03-07,fee_charged,0,,,,\n",
       "log.csv:line 3, column 34: amount_tenge: expected " + amount_form +
           ", above 0, found \"0\""},
      {kHeader + kFine + "A-1,event,2025-03-07,notice_sent_sms,,,Almaty,,\n",
       "log.csv:line 3, column 40: region: expected an empty field in an event row (the case's "
       "fine "
       "row gives it), found a value (not shown)"},
      {kHeader + kFine + "A-1,event,2025-03-07,notice_sent_sms\n",
       "log.csv:line 3, column 37: amount_tenge: expected 9 comma-separated columns, as in the "
       "header, found 4 columns"},
      {kHeader + kFine + "A-1,event,2025-03-07,notice_sent_sms,,,,,,x\n",
       "log.csv:line 3, column 43: (extra column): expected 9 comma-separated columns, as in the "
       "header, found 10 columns"},
      {kHeader + "\"A-1,fine,2025-03-03,,19660,880101300123,Almaty,,0\n",
       "log.csv:line 2, column 1: case_id: expected a closing double quote before the end of the "
       "line (a quoted field cannot span lines), found an unterminated quote"},
  };
  for (const Bad& c : cases) EXPECT_EQ(refusal(c.bytes), c.message) << c.bytes;
}

TEST(RecordLog, EveryMalformedJsonLineIsRefusedWithItsPlace) {
  const std::string fine =
      "{\"case_id\":\"A-1\",\"record\":\"fine\",\"in_force\":\"2025-03-03\",\"amount_tenge\":19660,"
      "\"debtor_iin\":\"880101300123\",\"region\":\"Almaty\",\"discount_eligible\":true}\n";
  const std::vector<Bad> cases = {
      {fine + "{\"case_id\":\"A-1\",\n",
       "log.jsonl:line 2, column 18: (document): expected valid JSON, found syntax error while "
       "parsing object key"},
      {fine + "[1]\n",
       "log.jsonl:line 2, column 1: (line): expected a JSON object, found an array"},
      {fine + "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-07\",\"action\":"
              "\"closed\"}\n",
       "log.jsonl:line 2, column 64: action: expected one of the engine's actions: "
       "proceeding_opened, "
       "notice_sent_sms, notice_sent_egov_push, account_arrested, handed_to_private_bailiff, "
       "fee_charged, payment_received, closed_as_paid, measures_lifted, discount_window_closed, "
       "voluntary_term_expired, found \"closed\""},
      {fine + "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-07\",\"action\":"
              "\"notice_sent_sms\",\"note\":1}\n",
       "log.jsonl:line 2, column 89: \"note\": expected only the keys of event rows: case_id, "
       "record, "
       "date, action, amount_tenge, found an unknown key"},
      {fine + "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-07\",\"action\":"
              "\"closed_as_paid\",\"amount_tenge\":9830.5}\n",
       "log.jsonl:line 2, column 96: amount_tenge: expected an amount in tenge below 100000000000: "
       "digits with up to 2 decimals, such as 19660 or 9830.50 (an integer, or a string with up to "
       "2 decimals), above 0, found \"9830.5\""},
      {fine + "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-07\",\"action\":"
              "\"closed_as_paid\"}\n",
       "log.jsonl:line 2, column 1: amount_tenge: expected a field \"amount_tenge\" "
       "(closed_as_paid "
       "gives its sum), found none"},
      {fine + "{\"case_id\":\"A-1\",\"record\":\"event\",\"date\":\"2025-03-01\",\"action\":"
              "\"notice_sent_sms\"}\n",
       "log.jsonl:line 2, column 42: date: expected a date on or after the day in force 2025-03-03 "
       "(line 1), found \"2025-03-01\""},
      {"{\"case_id\":\"A-1\",\"record\":\"fine\",\"in_force\":\"2025-03-03\",\"amount_tenge\":"
       "19660,"
       "\"debtor_iin\":880101300123,\"region\":\"Almaty\",\"discount_eligible\":true}\n",
       "log.jsonl:line 1, column 92: debtor_iin: expected a 12-digit IIN as a string, found a "
       "value "
       "of another type"},
      {"{\"case_id\":\"A-1\",\"record\":\"fine\",\"in_force\":\"2025-03-03\",\"amount_tenge\":"
       "19660,"
       "\"debtor_iin\":\"880101300123\",\"region\":\"Almaty\",\"discount_eligible\":\"1\"}\n",
       "log.jsonl:line 1, column 145: discount_eligible: expected true or false, found \"1\""},
      {"{\"case_id\":\"A-1\",\"record\":\"fine\",\"amount_tenge\":19660}\n",
       "log.jsonl:line 1, column 1: in_force: expected a field \"in_force\", found none"},
      {"{\"case_id\":\"A-1\",\"record\":\"fine\",\"case_id\":\"A-2\"}\n",
       "log.jsonl:line 1, column 1: case_id: expected each key once in an object, found a second "
       "\"case_id\""},
  };
  for (const Bad& c : cases) {
    const std::string message = refusal(c.bytes, "log.jsonl");
    EXPECT_EQ(message.substr(0, c.message.size()), c.message) << c.bytes << "\n" << message;
  }
}

// The region column resolves through data/regions/kz.json as the historical CSV's does: every
// name of a region is that region, by its English name; a name not in the table is refused.
TEST(RecordLog, RegionsResolveByTheirEnglishRussianAndKazakhNames) {
  const std::string english = kHeader + "A-1,fine,2025-03-03,,19660,880101300123,Zhambyl,,0\n";
  const std::string russian =
      kHeader + "A-1,fine,2025-03-03,,19660,880101300123,Жамбылская область,,0\n";
  const std::string kazakh =
      "{\"case_id\":\"A-1\",\"record\":\"fine\",\"in_force\":\"2025-03-03\",\"amount_tenge\":19660,"
      "\"debtor_iin\":\"880101300123\",\"region\":\"Жамбыл облысы\",\"discount_eligible\":false}\n";
  EXPECT_EQ(read_all(english).at(0).fine.region, "Zhambyl");
  EXPECT_EQ(read_all(russian).at(0).fine.region, "Zhambyl");
  EXPECT_EQ(read_all(kazakh, "log.jsonl").at(0).fine.region, "Zhambyl");
  EXPECT_EQ(read_all(kHeader + "A-1,fine,2025-03-03,,19660,880101300123, zhambyl region ,,0\n")
                .at(0)
                .fine.region,
            "Zhambyl");
}

TEST(RecordLog, AnUnknownRegionIsRefusedWithEveryKnownName) {
  const std::string known = sim::RegionNames::shipped().known_names();
  EXPECT_EQ(refusal(kHeader + "A-1,fine,2025-03-03,,19660,880101300123,Taraz,,0\n"),
            "log.csv:line 2, column 41: region: expected one of Kazakhstan's 20 regions by its "
            "English, Russian or Kazakh name (data/regions/kz.json): " +
                known + ", found \"Taraz\"");
  EXPECT_EQ(refusal("{\"case_id\":\"A-1\",\"record\":\"fine\",\"in_force\":\"2025-03-03\","
                    "\"amount_tenge\":19660,\"debtor_iin\":\"880101300123\",\"region\":\"Тараз\","
                    "\"discount_eligible\":false}\n",
                    "log.jsonl"),
            "log.jsonl:line 1, column 116: region: expected one of Kazakhstan's 20 regions by its "
            "English, Russian or Kazakh name (data/regions/kz.json): " +
                known + ", found \"Тараз\"");
  EXPECT_NE(known.find("Zhambyl (Жамбылская область, Жамбыл облысы)"), std::string::npos);
}

TEST(RecordLog, AShortKeyIsRefusedBeforeTheLogIsRead) {
  std::istringstream in(kHeader + kFine);
  EXPECT_THROW(RecordLogReader(in, "log.csv", "short"), InputError);
}

TEST(RecordLog, NoMessageShowsAnIin) {
  const std::string message =
      refusal(kHeader + "880101300123,fine,2025-03-03,,19660,880101300123,Almaty,,0\n");
  EXPECT_EQ(message.find("880101300123"), std::string::npos) << message;
  EXPECT_NE(message.find("not shown"), std::string::npos) << message;
}

}  // namespace
}  // namespace bailiff::study
