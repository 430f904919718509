// Findings bundles (check-records --bundle): the canonical finding record reads back exactly
// and strictly; a signed bundle of the shipped example log verifies, every case's receipt
// proves its findings (or that it has none) without the bundle, and every single-byte change
// of the bundle's log or of a receipt is refused.

#include "bailiff/audit/records_bundle.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/finding_record.hpp"
#include "bailiff/audit/receipt.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/receipt_report.hpp"
#include "bailiff/study/log_source.hpp"

namespace bailiff::audit {
namespace {

const SigningKey& signer() {
  static const SigningKey k = SigningKey::from_seed({9, 8, 7, 6, 5, 4, 3, 2, 1});
  return k;
}
const SigningKey& other() {
  static const SigningKey k = SigningKey::from_seed({});
  return k;
}

/// The shipped example log checked as `check-records example --bundle --sign` does.
struct Checked {
  std::vector<std::string> ids;                       ///< every case, in log order
  std::vector<std::vector<study::Finding>> findings;  ///< per case
  study::CheckResult result;
  std::string bundle;
};

Checked check_example(const SigningKey* key) {
  const study::LogSource source("example");
  const sim::LoadedInput policy = sim::load_input("kz-2024-08-20", "policies");
  const sim::LoadedInput calendar = sim::load_input("kz", "calendars");
  Checked out;
  RecordsBundleWriter writer;
  out.result = study::check_records(
      source, "example-key-0001", Policy::parse(policy.bytes, policy.name),
      Calendar::parse(calendar.bytes, calendar.name), study::CheckOptions{}, std::nullopt, {},
      [&](const study::RecordedCase& c, const std::vector<study::Finding>& found) {
        writer.add_case(c, found);
        out.ids.push_back(c.fine.id);
        out.findings.push_back(found);
      });
  out.bundle = writer.finish(out.result, {policy, calendar, study::log_digest(source)},
                             "bailiff check-records example (test)", key);
  return out;
}

const Checked& example() {
  static const Checked c = check_example(&signer());
  return c;
}

std::string encoded(const study::Finding& f, std::uint32_t seq) {
  std::string out;
  encode_finding(out, seq, f);
  return out;
}

TEST(FindingRecord, EveryFindingOfTheExampleReadsBackExactly) {
  const Checked& c = example();
  ASSERT_EQ(c.result.findings.size(), 10u);
  std::size_t seen = 0;
  for (const auto& found : c.findings) {
    for (std::uint32_t i = 0; i < found.size(); ++i) {
      const std::string bytes = encoded(found[i], i);
      std::string error;
      const auto back = decode_finding(bytes, &error);
      ASSERT_TRUE(back) << error;
      EXPECT_EQ(back->seq, i);
      EXPECT_EQ(encoded(back->finding, i), bytes);
      EXPECT_EQ(back->finding.case_id, found[i].case_id);
      EXPECT_EQ(back->finding.kind, found[i].kind);
      EXPECT_EQ(back->finding.at_stake, found[i].at_stake);
      EXPECT_EQ(back->finding.legal_basis, found[i].legal_basis);
      EXPECT_EQ(back->finding.required_date, found[i].required_date);
      ++seen;
    }
  }
  EXPECT_EQ(seen, 10u);
}

TEST(FindingRecord, MalformedRecordsAreRefusedWithTheirPlace) {
  const std::string good = encoded(example().result.findings.front(), 0);
  std::string error;
  EXPECT_FALSE(decode_finding(good.substr(0, good.size() - 1), &error));
  EXPECT_EQ(error, "record ends inside the line at byte " + std::to_string(good.size() - 8) +
                       " of the record");
  EXPECT_FALSE(decode_finding(good + "x", &error));
  EXPECT_EQ(error, "extra bytes after the record at byte " + std::to_string(good.size()) +
                       " of the record");
  std::string decision = good;
  decision[0] = 1;  // a decision record's version
  EXPECT_FALSE(decode_finding(decision, &error));
  EXPECT_EQ(error, "record format version is not 2 (a finding) at byte 1 of the record");
}

TEST(RecordsBundle, ASignedBundleVerifiesAndNamesItsLogByDigestOnly) {
  const Checked& c = example();
  VerifyOptions options;
  options.public_key = signer().public_key();
  const VerifyResult r = verify_bundle(c.bundle, "f.rbb", options);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.kind, BundleKind::kRecords);
  EXPECT_EQ(r.authenticity, Authenticity::kAuthentic);
  EXPECT_EQ(r.records, 10u);
  EXPECT_EQ(r.cases, 12u);
  std::vector<std::string> names;
  for (const VerifyCheck& check : r.checks) names.push_back(check.name);
  EXPECT_EQ(names, (std::vector<std::string>{"structure", "chain", "seal", "manifest", "inputs",
                                             "signature", "findings"}));
  EXPECT_EQ(r.checks.back().detail.rfind(
                "10 findings in 8 of 12 cases, 17,988.75 ₸ charged without a basis, as the "
                "manifest states; not re-derived",
                0),
            0u)
      << r.checks.back().detail;
  // The log's digest is recorded, its bytes (and the IINs in them) are not.
  const Bundle b = parse_bundle(c.bundle, "f.rbb");
  ASSERT_EQ(b.inputs.size(), 2u);
  EXPECT_EQ(b.inputs[0].role, "policy");
  EXPECT_EQ(b.inputs[1].role, "calendar");
  const std::string digest = to_hex(study::log_digest(study::LogSource("example")).sha256);
  EXPECT_NE(std::string(b.manifest).find("\"sha256\": \"" + digest + "\""), std::string::npos);
  for (const char* iin : {"880101300123", "920615400031", "751231500453", "example-key-0001"}) {
    EXPECT_EQ(c.bundle.find(iin), std::string::npos) << iin;
  }
  EXPECT_FALSE(std::regex_search(c.bundle, std::regex("p_[0-9a-f]{16}")));  // nor a pseudonym
  // Another key is refused; an unsigned bundle verifies for integrity only and gives no receipt.
  options.public_key = other().public_key();
  EXPECT_FALSE(verify_bundle(c.bundle, "f.rbb", options).ok());
  const std::string unsigned_bundle = check_example(nullptr).bundle;
  const VerifyResult plain = verify_bundle(unsigned_bundle, "u.rbb");
  EXPECT_TRUE(plain.ok());
  EXPECT_EQ(plain.authenticity, Authenticity::kNotChecked);
  EXPECT_THROW((void)receipt_from_bundle(unsigned_bundle, "u.rbb", c.ids[0]), InputError);
}

TEST(RecordsBundle, EveryCaseHasAReceiptOfItsFindings) {
  const Checked& c = example();
  ASSERT_EQ(c.ids.size(), 12u);
  for (std::size_t i = 0; i < c.ids.size(); ++i) {
    const Receipt r = receipt_from_bundle(c.bundle, "f.rbb", c.ids[i]);
    EXPECT_EQ(r.kind, BundleKind::kRecords);
    EXPECT_EQ(r.leaf_index, i);
    EXPECT_EQ(r.tree_size, 12u);
    const std::string bytes = encode_receipt(r);
    const Receipt back = parse_receipt(bytes, "r.bin");
    EXPECT_EQ(encode_receipt(back), bytes);
    const ReceiptCheck check = check_receipt(back, signer().public_key());
    ASSERT_TRUE(check.verified()) << c.ids[i] << ": " << check.problem;
    ASSERT_EQ(check.findings.size(), c.findings[i].size());
    for (std::size_t k = 0; k < check.findings.size(); ++k) {
      EXPECT_EQ(encoded(check.findings[k].finding, static_cast<std::uint32_t>(k)),
                encoded(c.findings[i][k], static_cast<std::uint32_t>(k)));
    }
    EXPECT_FALSE(check_receipt(back, other().public_key()).ok());
    EXPECT_FALSE(check_receipt(back, std::nullopt).verified());
  }
  // RL-06: the discount not honoured, in words; RL-02: paid on time, no finding.
  const Receipt r6 = receipt_from_bundle(c.bundle, "f.rbb", "RL-06-no-discount");
  const std::string text = report::receipt_report_text(r6, check_receipt(r6, signer().public_key()),
                                                       "r6.rcpt", encode_receipt(r6).size());
  EXPECT_NE(text.find("Case      RL-06-no-discount: 1 finding\n  1. The debtor paid inside the "
                      "discount window but the discount was not applied"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\nAUTHENTIC signed by key " + key_id_hex(signer().id()) +
                      ": this finding is all the bundle holds for case RL-06-no-discount (case 6 "
                      "of 12)"),
            std::string::npos)
      << text;
  const Receipt r2 = receipt_from_bundle(c.bundle, "f.rbb", "RL-02-voluntary");
  EXPECT_TRUE(r2.records.empty());
  const std::string none = report::receipt_report_text(r2, check_receipt(r2, signer().public_key()),
                                                       "r2.rcpt", encode_receipt(r2).size());
  EXPECT_NE(none.find("the bundle holds no finding for case RL-02-voluntary (case 2 of 12)"),
            std::string::npos)
      << none;
}

bool receipt_holds(const std::string& bytes) {
  try {
    return check_receipt(parse_receipt(bytes, "r.bin"), signer().public_key()).ok();
  } catch (const InputError&) {
    return false;
  }
}

TEST(RecordsBundle, EverySingleByteChangeOfAReceiptFails) {
  const std::string good =
      encode_receipt(receipt_from_bundle(example().bundle, "f.rbb", "RL-08-arrest"));
  ASSERT_TRUE(receipt_holds(good));
  for (std::size_t at = 0; at < good.size(); ++at) {
    for (const int delta : {0x01, 0x80, 0xFF}) {
      std::string bad = good;
      bad[at] = static_cast<char>(static_cast<unsigned char>(bad[at]) ^ delta);
      EXPECT_FALSE(receipt_holds(bad)) << "byte " << at << " ^ " << delta;
    }
  }
}

TEST(RecordsBundle, EverySingleByteChangeOfTheLogFailsVerify) {
  const Checked& c = example();
  const Bundle b = parse_bundle(c.bundle, "f.rbb");
  VerifyOptions options;
  options.public_key = signer().public_key();
  const std::size_t log_end = c.bundle.size() - 40 - 72;
  std::size_t changes = 0;
  for (std::size_t at = b.log_offset; at < log_end; at += 7) {
    std::string bad = c.bundle;
    bad[at] = static_cast<char>(static_cast<unsigned char>(bad[at]) ^ 0x01);
    try {
      EXPECT_FALSE(verify_bundle(bad, "f.rbb", options).ok()) << "byte " << at;
    } catch (const InputError&) {
      // a changed length can make it no bundle at all: refused too
    }
    ++changes;
  }
  EXPECT_GT(changes, 100u);
}

}  // namespace
}  // namespace bailiff::audit
