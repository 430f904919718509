// Ed25519 keys and signed bundles: RFC 8032 vectors, key files and their errors, "authentic"
// only with the signer's key, and every forgery that keeps the victim's signature refused.

#include "bailiff/audit/signature.hpp"

#include <gtest/gtest.h>

#include <string>

#include "../../audit/src/bundle_format.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/verify_report.hpp"
#include "bailiff/sim/decide_run.hpp"

namespace bailiff::audit {
namespace {

using sim::DecideRun;
using sim::LoadedInput;

std::array<std::uint8_t, 32> seed_from_hex(std::string_view hex) {
  const auto d = digest_from_hex(hex);
  std::array<std::uint8_t, 32> seed{};
  for (std::size_t i = 0; i < 32; ++i) seed[i] = (*d)[i];
  return seed;
}

std::string hex_of(const std::uint8_t* p, std::size_t n) {
  std::string out;
  static const char* digits = "0123456789abcdef";
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(digits[p[i] >> 4]);
    out.push_back(digits[p[i] & 15]);
  }
  return out;
}

const SigningKey& key_a() {
  static const SigningKey k = SigningKey::from_seed(
      seed_from_hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
  return k;
}
const SigningKey& key_b() {
  static const SigningKey k = SigningKey::from_seed(
      seed_from_hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
  return k;
}

// RFC 8032 section 7.1, TEST 1 and TEST 2: libsodium derives the same keys and signatures.
TEST(Signature, Rfc8032TestVectors) {
  EXPECT_EQ(hex_of(key_a().public_key().data(), 32),
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  const Signature s1 = key_a().sign("");
  EXPECT_EQ(hex_of(s1.data(), 64),
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
            "39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  EXPECT_EQ(hex_of(key_b().public_key().data(), 32),
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
  const Signature s2 = key_b().sign(std::string(1, '\x72'));
  EXPECT_EQ(hex_of(s2.data(), 64),
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f"
            "3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
  EXPECT_TRUE(signature_holds(key_b().public_key(), std::string(1, '\x72'), s2));
  EXPECT_FALSE(signature_holds(key_b().public_key(), std::string(1, '\x73'), s2));
  EXPECT_FALSE(signature_holds(key_a().public_key(), std::string(1, '\x72'), s2));
}

TEST(Signature, KeyFilesRoundTripAndNameTheKeyId) {
  const SigningKey k = SigningKey::generate();
  const std::string secret = k.secret_file_text();
  const std::string pub = public_key_file_text(k.public_key());
  EXPECT_EQ(pub.substr(0, pub.find('\n')), "robot-bailiff Ed25519 public key v1");
  EXPECT_NE(pub.find("key-id " + key_id_hex(k.id()) + "\n"), std::string::npos);
  EXPECT_EQ(read_public_key(pub, "k.pub"), k.public_key());
  const SigningKey back = read_secret_key(secret, "k.key");
  EXPECT_EQ(back.public_key(), k.public_key());
  EXPECT_EQ(back.sign("message"), k.sign("message"));
  EXPECT_EQ(key_id_hex(key_id(key_a().public_key())),
            to_hex(sha256(std::string_view(
                       reinterpret_cast<const char*>(key_a().public_key().data()), 32)))
                .substr(0, 16));
}

std::string error_of(auto&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Signature, BadKeyFilesAreRefusedWithFileLineAndFieldAndTheSeedIsNeverShown) {
  const std::string pub = public_key_file_text(key_a().public_key());
  const std::string secret = key_a().secret_file_text();
  EXPECT_EQ(error_of([&] { read_public_key(secret, "a.key"); }),
            "a.key:line 1: header: expected \"robot-bailiff Ed25519 public key v1\", found the "
            "header of a secret key file (give the other file of the pair)");
  EXPECT_EQ(error_of([&] { read_secret_key(pub, "a.pub"); }),
            "a.pub:line 1: header: expected \"robot-bailiff Ed25519 secret key v1\", found the "
            "header of a public key file (give the other file of the pair)");
  EXPECT_EQ(error_of([&] { read_public_key(pub.substr(0, pub.size() - 1), "a.pub"); }),
            "a.pub:line 3: (line end): expected each line ending in a line feed, found the file "
            "ends inside a line");
  std::string bad_id = pub;
  bad_id[pub.find("key-id ") + 7] = bad_id[pub.find("key-id ") + 7] == '0' ? '1' : '0';
  EXPECT_NE(error_of([&] { read_public_key(bad_id, "a.pub"); })
                .find("a.pub:line 2: key-id: expected the key id of the public key, " +
                      key_id_hex(key_a().id())),
            std::string::npos);
  // A damaged seed: the message says so and never shows it.
  const std::size_t seed_at = secret.find("seed ") + 5;
  std::string bad_seed = secret;
  bad_seed[seed_at] = 'X';
  const std::string e1 = error_of([&] { read_secret_key(bad_seed, "a.key"); });
  EXPECT_EQ(e1,
            "a.key:line 4: seed: expected 64 lowercase hex digits, found 64 characters (not "
            "shown: a key file's text is never printed)");
  bad_seed[seed_at] = secret[seed_at] == 'a' ? 'b' : 'a';
  const std::string e2 = error_of([&] { read_secret_key(bad_seed, "a.key"); });
  EXPECT_EQ(e2,
            "a.key:line 4: seed: expected the seed of the public key on line 3, found a seed "
            "giving another key (the file is damaged; not shown: secret)");
  const std::string seed_hex = secret.substr(seed_at, 64);
  for (const std::string& e : {e1, e2})
    EXPECT_EQ(e.find(seed_hex.substr(8, 16)), std::string::npos);
  EXPECT_EQ(error_of([&] { read_public_key(pub + "extra\n", "a.pub"); }),
            "a.pub:line 4: (file): expected exactly 3 lines, found more or fewer lines");
}

struct Signed {
  LoadedInput policy = sim::load_input("kz-2024-08-20", "policies");
  LoadedInput calendar = sim::load_input("kz", "calendars");
  LoadedInput cases = sim::load_input("example", "cases");
  DecideRun run = sim::run_decide(policy, calendar, cases, std::nullopt);
  std::string unsigned_bytes = decide_bundle(run, "bailiff decide (test)");
  std::string bytes = decide_bundle(run, "bailiff decide (test)", &key_a());
};

const Signed& signed_example() {
  static const Signed s;
  return s;
}

VerifyResult verify_with(const std::string& bytes, const SigningKey* key) {
  VerifyOptions options;
  if (key) options.public_key = key->public_key();
  return verify_bundle(bytes, "s.rbb", options);
}

const VerifyCheck* check_named(const VerifyResult& r, const std::string& name) {
  for (const VerifyCheck& c : r.checks) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

TEST(SignedBundle, AuthenticOnlyWithTheSignersKey) {
  const Signed& s = signed_example();
  const VerifyResult without = verify_with(s.bytes, nullptr);
  EXPECT_TRUE(without.ok());
  EXPECT_TRUE(without.is_signed);
  EXPECT_EQ(without.signer_key_id, key_id_hex(key_a().id()));
  EXPECT_EQ(without.authenticity, Authenticity::kNotChecked);
  EXPECT_NE(report::verify_report_text(without).find("integrity checked, authenticity not checked"),
            std::string::npos);
  EXPECT_NE(report::verify_report_json(without).find(
                "\"statement\": \"integrity checked, authenticity not checked"),
            std::string::npos);

  const VerifyResult with = verify_with(s.bytes, &key_a());
  EXPECT_TRUE(with.ok());
  EXPECT_EQ(with.authenticity, Authenticity::kAuthentic);
  EXPECT_NE(
      report::verify_report_text(with).find("AUTHENTIC signed by key " + key_id_hex(key_a().id())),
      std::string::npos);
  EXPECT_NE(report::verify_report_json(with).find("\"authentic\": true"), std::string::npos);

  const VerifyResult wrong = verify_with(s.bytes, &key_b());
  EXPECT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.authenticity, Authenticity::kNotAuthentic);
  ASSERT_TRUE(check_named(wrong, "signature"));
  EXPECT_EQ(check_named(wrong, "signature")->detail,
            "the bundle names key id " + key_id_hex(key_a().id()) +
                ", the public key given is key id " + key_id_hex(key_b().id()));
  EXPECT_NE(report::verify_report_json(wrong).find("\"authentic\": false"), std::string::npos);

  const VerifyResult unsigned_with_key = verify_with(s.unsigned_bytes, &key_a());
  EXPECT_FALSE(unsigned_with_key.ok());
  EXPECT_EQ(check_named(unsigned_with_key, "signature")->detail,
            "the bundle is not signed (written without --sign), so key " +
                key_id_hex(key_a().id()) + " cannot vouch for it");
  const VerifyResult unsigned_without = verify_with(s.unsigned_bytes, nullptr);
  EXPECT_TRUE(unsigned_without.ok());
  EXPECT_FALSE(unsigned_without.is_signed);
  EXPECT_NE(report::verify_report_text(unsigned_without)
                .find("integrity checked, authenticity not checked: the bundle is not signed"),
            std::string::npos);
}

TEST(SignedBundle, SigningAddsOnlyTheManifestsTreeAndKeyAndTheSignatureSection) {
  const Signed& s = signed_example();
  const Bundle u = parse_bundle(s.unsigned_bytes, "u.rbb");
  const Bundle b = parse_bundle(s.bytes, "s.rbb");
  EXPECT_EQ(u.header[11], 0);
  EXPECT_EQ(b.header[11], 1);
  EXPECT_FALSE(u.signature);
  ASSERT_TRUE(b.signature);
  EXPECT_EQ(s.bytes.substr(s.bytes.size() - 72, 8), "RBB-SIG\n");
  const std::string manifest(b.manifest);
  // The unsigned manifest up to its last value's closing quote is the signed one's start.
  EXPECT_EQ(manifest.substr(0, u.manifest.size() - 3),
            std::string(u.manifest.substr(0, u.manifest.size() - 3)));
  EXPECT_NE(manifest.find("\"case_tree\""), std::string::npos);
  EXPECT_NE(manifest.find("\"key_id\": \"" + key_id_hex(key_a().id()) + "\""), std::string::npos);
  // Ed25519 is deterministic: the same key and bundle give the same bytes.
  EXPECT_EQ(decide_bundle(s.run, "bailiff decide (test)", &key_a()), s.bytes);
}

TEST(SignedBundle, AnyChangedByteFailsAuthenticity) {
  const Signed& s = signed_example();
  const Bundle b = parse_bundle(s.bytes, "s.rbb");
  // A byte of the manifest, of an input, of the log, of the seal and of the signature.
  const std::uint64_t positions[] = {b.manifest_offset + 40,
                                     b.manifest_offset + b.manifest.size() + 60, b.log_offset + 3,
                                     s.bytes.size() - 80, s.bytes.size() - 1};
  for (const std::uint64_t at : positions) {
    std::string bytes = s.bytes;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
    VerifyResult r;
    try {
      r = verify_with(bytes, &key_a());
    } catch (const InputError&) {
      continue;  // not even a bundle any more: refused
    }
    EXPECT_FALSE(r.ok()) << "byte " << at;
    // (A damaged stored seal leaves the signature over the recomputed one holding; the
    // bundle is still not reported authentic, because it fails its integrity checks.)
    EXPECT_NE(report::verify_report_json(r).find("\"authentic\": false"), std::string::npos)
        << "byte " << at;
    EXPECT_EQ(report::verify_report_text(r).find("AUTHENTIC"), std::string::npos) << "byte " << at;
  }
}

// The log root of a decide bundle as bundle.hpp defines it, for forging in tests.
Digest log_root_of(const Bundle& b) {
  HashChain root(bundle_detail::kBundleLogDomain);
  Digest header{}, last{};
  bool open = false;
  auto close = [&] {
    if (!open) return;
    std::string pair;
    bundle_detail::put_digest(pair, header);
    bundle_detail::put_digest(pair, last);
    root.append(pair);
  };
  for (const BundleEntry& e : b.entries) {
    if (e.tag == EntryTag::kCase) {
      close();
      header = bundle_detail::digest_at(e.link);
      last = sha256(kCaseChainDomain);
      open = true;
    } else {
      last = bundle_detail::digest_at(e.link);
    }
  }
  close();
  return root.head();
}

TEST(SignedBundle, ForgeryThatRecomputesEveryHashAndKeepsTheVictimsSignatureIsNotAuthentic) {
  // The forger edits the manifest (here the recorded command), recomputes the log root and
  // the seal, keeps the victim's key id and signature: everything is consistent but the
  // signature, which verify checks against the recomputed seal.
  const Signed& s = signed_example();
  const Bundle b = parse_bundle(s.bytes, "s.rbb");
  std::string manifest(b.manifest);
  const std::string from = "bailiff decide (test)";
  manifest.replace(manifest.find(from), from.size(), "bailiff decide (TEST)");
  const std::string log(s.bytes.substr(b.log_offset, s.bytes.size() - 112 - b.log_offset));
  const Digest tree = digest_from_hex(verify_with(s.bytes, nullptr).case_tree_root).value();
  std::string forged = bundle_detail::assemble(BundleKind::kDecide, manifest, b.inputs, log,
                                               log_root_of(b), {&key_b(), 7, tree});
  forged.replace(forged.size() - 64, 64, reinterpret_cast<const char*>(b.signature->data()), 64);
  const VerifyResult without = verify_with(forged, nullptr);
  EXPECT_TRUE(without.ok());  // integrity holds: only a key can tell
  EXPECT_EQ(without.authenticity, Authenticity::kNotChecked);
  const VerifyResult r = verify_with(forged, &key_a());
  EXPECT_FALSE(r.ok());
  ASSERT_TRUE(check_named(r, "signature"));
  EXPECT_FALSE(check_named(r, "signature")->ok);
  EXPECT_EQ(check_named(r, "signature")->detail,
            "the Ed25519 signature of key " + key_id_hex(key_a().id()) +
                " does not hold: the bundle was changed after it was signed, or it was signed by "
                "another key");
  for (const char* name : {"chain", "seal", "manifest", "inputs", "replay", "root"}) {
    EXPECT_TRUE(check_named(r, name)->ok) << name;
  }
}

TEST(SignedBundle, AManifestKeyIdThatIsNotSixteenHexDigitsFailsTheManifestCheck) {
  const Signed& s = signed_example();
  const Bundle b = parse_bundle(s.bytes, "s.rbb");
  std::string manifest(b.manifest);
  const std::string id = key_id_hex(key_a().id());
  manifest.replace(manifest.find(id), id.size(), "NOT-A-KEY-ID-XYZ");
  const std::string log(s.bytes.substr(b.log_offset, s.bytes.size() - 112 - b.log_offset));
  const Digest tree = digest_from_hex(verify_with(s.bytes, nullptr).case_tree_root).value();
  const std::string forged = bundle_detail::assemble(BundleKind::kDecide, manifest, b.inputs, log,
                                                     log_root_of(b), {&key_a(), 7, tree});
  const VerifyResult r = verify_with(forged, nullptr);
  ASSERT_TRUE(check_named(r, "manifest"));
  EXPECT_FALSE(check_named(r, "manifest")->ok);
  EXPECT_NE(check_named(r, "manifest")->detail.find(
                "signature: key_id: expected 16 lowercase hex digits, found \"NOT-A-KEY-ID-XYZ\""),
            std::string::npos)
      << check_named(r, "manifest")->detail;
}

}  // namespace
}  // namespace bailiff::audit
