// Receipts: every case of a small signed bundle has a receipt that verifies, and every
// single-byte change of a receipt fails, strictly or against the signature.

#include "bailiff/audit/receipt.hpp"

#include <gtest/gtest.h>

#include <string>

#include "bailiff/error.hpp"
#include "bailiff/merkle.hpp"
#include "bailiff/report/receipt_report.hpp"
#include "bailiff/sim/decide_run.hpp"

namespace bailiff::audit {
namespace {

const SigningKey& signer() {
  static const SigningKey k =
      SigningKey::from_seed({1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16,
                             17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
  return k;
}
const SigningKey& other() {
  static const SigningKey k = SigningKey::from_seed({});
  return k;
}

struct Example {
  sim::DecideRun run = sim::run_decide(sim::load_input("kz-2024-08-20", "policies"),
                                       sim::load_input("kz", "calendars"),
                                       sim::load_input("example", "cases"), std::nullopt);
  std::string bundle = decide_bundle(run, "bailiff decide (test)", &signer());
  std::string case_tree_root = [this] {
    VerifyOptions o;
    o.replay = false;
    return verify_bundle(bundle, "b.rbb", o).case_tree_root;
  }();
};

const Example& example() {
  static const Example e;
  return e;
}

TEST(Receipt, EveryCaseOfASmallBundleHasAReceiptThatVerifies) {
  const Example& e = example();
  ASSERT_EQ(e.run.fines.size(), 7u);
  for (std::size_t c = 0; c < e.run.fines.size(); ++c) {
    const std::string& id = e.run.fines[c].id;
    const Receipt r = receipt_from_bundle(e.bundle, "b.rbb", id);
    EXPECT_EQ(r.leaf_index, c);
    EXPECT_EQ(r.tree_size, 7u);
    EXPECT_EQ(r.records.size(), e.run.timelines[c].size());
    const std::string bytes = encode_receipt(r);
    EXPECT_LT(bytes.size(), 1100u) << id;  // 333 to 1,067 bytes for the example's cases
    const Receipt back = parse_receipt(bytes, "r.bin");
    EXPECT_EQ(encode_receipt(back), bytes);
    const ReceiptCheck check = check_receipt(back, signer().public_key());
    EXPECT_TRUE(check.ok()) << id << ": " << check.problem;
    EXPECT_EQ(check.authenticity, Authenticity::kAuthentic);
    EXPECT_EQ(to_hex(check.case_digest), to_hex(e.run.case_digests[c]));
    EXPECT_EQ(to_hex(check.tree_root), e.case_tree_root);
    const std::string text = report::receipt_report_text(back, check, "r.bin", bytes.size());
    EXPECT_NE(text.find("AUTHENTIC signed by key " + key_id_hex(signer().id())), std::string::npos)
        << text;
    const ReceiptCheck unkeyed = check_receipt(back, std::nullopt);
    EXPECT_TRUE(unkeyed.ok());
    EXPECT_FALSE(unkeyed.verified());  // without a key, nothing is established
    EXPECT_EQ(unkeyed.authenticity, Authenticity::kNotChecked);
    const std::string unkeyed_text =
        report::receipt_report_text(back, unkeyed, "r.bin", bytes.size());
    EXPECT_NE(unkeyed_text.find("\nNOT CHECKED "), std::string::npos) << unkeyed_text;
    EXPECT_EQ(unkeyed_text.find("VERIFIED"), std::string::npos) << unkeyed_text;
    const std::string unkeyed_json =
        report::receipt_report_json(back, unkeyed, "r.bin", bytes.size());
    EXPECT_NE(unkeyed_json.find("\"verified\": false"), std::string::npos) << unkeyed_json;
    EXPECT_NE(unkeyed_json.find("\"verdict\": \"not_checked\""), std::string::npos) << unkeyed_json;
  }
}

bool still_authentic(const std::string& bytes) {
  try {
    return check_receipt(parse_receipt(bytes, "r.bin"), signer().public_key()).ok();
  } catch (const InputError&) {
    return false;
  }
}

TEST(Receipt, EverySingleByteChangeFails) {
  // Every byte of every case's receipt, each changed to 3 other values; and every byte of
  // one receipt changed to all 255 other values.
  const Example& e = example();
  std::size_t changes = 0;
  for (const auto& fine : e.run.fines) {
    const std::string good = encode_receipt(receipt_from_bundle(e.bundle, "b.rbb", fine.id));
    ASSERT_TRUE(still_authentic(good));
    for (std::size_t at = 0; at < good.size(); ++at) {
      for (const int delta : {0x01, 0x80, 0xFF}) {
        std::string bad = good;
        bad[at] = static_cast<char>(static_cast<unsigned char>(bad[at]) ^ delta);
        EXPECT_FALSE(still_authentic(bad)) << fine.id << " byte " << at << " ^ " << delta;
        ++changes;
      }
    }
  }
  const std::string good =
      encode_receipt(receipt_from_bundle(e.bundle, "b.rbb", e.run.fines[1].id));
  for (std::size_t at = 0; at < good.size(); ++at) {
    for (int value = 0; value < 256; ++value) {
      if (static_cast<unsigned char>(good[at]) == value) continue;
      std::string bad = good;
      bad[at] = static_cast<char>(value);
      ASSERT_FALSE(still_authentic(bad)) << "byte " << at << " = " << value;
      ++changes;
    }
  }
  EXPECT_GT(changes, 90'000u);
  // Truncated or extended by one byte.
  EXPECT_FALSE(still_authentic(good.substr(0, good.size() - 1)));
  EXPECT_FALSE(still_authentic(good + '\0'));
}

TEST(Receipt, WrongKeyAndUnsignedBundlesAndUnknownCasesAreRefused) {
  const Example& e = example();
  const Receipt r = receipt_from_bundle(e.bundle, "b.rbb", e.run.fines[0].id);
  const ReceiptCheck wrong = check_receipt(r, other().public_key());
  EXPECT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.problem, "signature: the receipt names key id " + key_id_hex(signer().id()) +
                               ", the public key given is key id " + key_id_hex(other().id()));
  try {
    (void)receipt_from_bundle(decide_bundle(e.run, "unsigned"), "u.rbb", e.run.fines[0].id);
    ADD_FAILURE() << "an unsigned bundle gave a receipt";
  } catch (const InputError& err) {
    EXPECT_EQ(std::string(err.what()),
              "u.rbb:byte 11: flags: expected a signed bundle (written with --sign KEYFILE): a "
              "receipt rests on the signature, found an unsigned bundle");
  }
  try {
    (void)receipt_from_bundle(e.bundle, "b.rbb", "NO-SUCH-CASE");
    ADD_FAILURE() << "an unknown case gave a receipt";
  } catch (const InputError& err) {
    EXPECT_EQ(std::string(err.what()),
              "b.rbb:log: case: expected the id of a case in the bundle, found NO-SUCH-CASE");
  }
}

TEST(Receipt, MalformedReceiptsNameTheByteAndField) {
  const Example& e = example();
  const std::string good =
      encode_receipt(receipt_from_bundle(e.bundle, "b.rbb", e.run.fines[0].id));
  auto error_of = [](const std::string& bytes) {
    try {
      (void)parse_receipt(bytes, "r.bin");
    } catch (const InputError& err) {
      return std::string(err.what());
    }
    return std::string("(no error)");
  };
  EXPECT_EQ(error_of("PK\x03\x04"),
            "r.bin:byte 0: magic: expected a robot-bailiff receipt (starting with "
            "\\x89RBR\\r\\n\\x1a\\n, written by `bailiff receipt`), found other bytes");
  std::string version = good;
  version[9] = 3;
  EXPECT_EQ(error_of(version),
            "r.bin:byte 8: format version: expected 1 (decide) or 2 (records), found 3");
  version[9] = 2;  // a records receipt's version: a kind byte must follow
  EXPECT_EQ(error_of(version), "r.bin:byte 10: kind: expected 3 (records), found 0");
  EXPECT_EQ(error_of(good.substr(0, good.size() - 10)),
            "r.bin:byte " + std::to_string(good.size() - 64) +
                ": signature: expected 64 more bytes, found the file ends after 54");
  EXPECT_EQ(error_of(good + "xy"),
            "r.bin:byte " + std::to_string(good.size()) +
                ": (end): expected the end of the receipt, found 2 more bytes");
}

TEST(Receipt, SizeAtFifteenMillionCasesIsAboutOneKilobyte) {
  // The path has ceil(log2 n) hashes at most; the rest does not depend on n.
  const Example& e = example();
  Receipt r = receipt_from_bundle(e.bundle, "b.rbb", e.run.fines[0].id);
  const std::size_t here = encode_receipt(r).size();
  r.path.resize(24);  // 2^23 < 15,000,000 <= 2^24
  const std::size_t national = encode_receipt(r).size();
  EXPECT_EQ(national, here + (24 - 3) * 32);
  EXPECT_EQ(here, 333u);       // EX-01: one decision, 3 path hashes among 7 cases
  EXPECT_EQ(national, 1005u);  // the same case among 15 million: 24 path hashes
}

}  // namespace
}  // namespace bailiff::audit
