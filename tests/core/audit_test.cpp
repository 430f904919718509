// The audit log: canonical record bytes, the case hash chain, the run root, and the golden
// root of the shipped example (the one `bailiff decide` prints as "Run root").

#include "bailiff/audit.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/report/decide_report.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff {

namespace {

std::string hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

Decision opened() {
  return {Date{20173}, Action::kProceedingOpened, 1'966'000, 1'966'000, 0,
          "robot.proceeding_opened", "art. 10-1", Param::kSimplifiedMaxDebt};
}

// By hand from the format in audit.hpp:
//   01                          format version
//   00000002 4331               case id "C1"
//   00000002                    sequence number 2
//   00004ecd                    2025-03-26 = day 20173
//   05                          proceeding_opened
//   00000000001dffb0 (x2)       amount, due after: 1,966,000 tiyn
//   0000000000000000            fee 0
//   00000017 "robot.proceeding_opened" (23 bytes)
//   0a                          legal basis: parameter 10, simplified_max_debt
TEST(AuditRecord, CanonicalBytesOfOneDecision) {
  std::string record;
  encode_decision(record, "C1", 2, opened());
  EXPECT_EQ(hex(record),
            "01"
            "0000000243310000000200004ecd05"
            "00000000001dffb0"
            "00000000001dffb0"
            "0000000000000000"
            "00000017" + hex("robot.proceeding_opened") + "0a");
  EXPECT_EQ(record.size(), 1u + 4 + 2 + 4 + 4 + 1 + 24 + 4 + 23 + 1);
}

TEST(AuditRecord, NegativeNumbersAreTwosComplement) {
  Decision neg = opened();
  neg.date = Date{-1};
  neg.amount = -1;
  std::string record;
  encode_decision(record, "", 0, neg);
  EXPECT_EQ(hex(record).substr(0, 2 + 8 + 8 + 8 + 2 + 16), "01" "00000000" "00000000" "ffffffff"
                                                          "05" "ffffffffffffffff");
}

TEST(AuditRecord, AppendsToTheBuffer) {
  std::string record = "x";
  encode_decision(record, "C1", 2, opened());
  std::string alone;
  encode_decision(alone, "C1", 2, opened());
  EXPECT_EQ(record, "x" + alone);
}

TEST(AuditChain, HeadIsShaOfPreviousHeadAndItem) {
  EXPECT_EQ(to_hex(case_digest("C1", {})),
            "6fb46e181a1d41ed5aa3e5e1536463a03a495eacd5519a1f09b0f47eff7c0834");  // SHA-256 of the domain
  HashChain chain("robot-bailiff/case/v1");
  std::string record;
  encode_decision(record, "C1", 0, opened());
  chain.append(record);
  const Digest start = sha256("robot-bailiff/case/v1");
  EXPECT_EQ(chain.head(),
            sha256(std::string(reinterpret_cast<const char*>(start.data()), start.size()) + record));
  EXPECT_EQ(chain.head(), case_digest("C1", {opened()}));
}

// The record of CanonicalBytesOfOneDecision ("C1", sequence 2) hashed
// once after the domain (SHA-256 computed outside the project): pinned so that any change
// of the encoding or of the chain shows.
TEST(AuditChain, PinnedDigestOfOneRecord) {
  Decision d = opened();
  std::string record;
  encode_decision(record, "C1", 2, d);
  HashChain chain("robot-bailiff/case/v1");
  chain.append(record);
  EXPECT_EQ(to_hex(chain.head()),
            "6a7ad48b37b72c34ec5aea5d10118ac05dc70e63487799fe945cd23ecaac9cb0");
}

TEST(AuditChain, ChangesWhenAnyFieldChanges) {
  const std::vector<Decision> base = {opened(), opened()};
  const Digest reference = case_digest("C1", base);
  EXPECT_EQ(case_digest("C1", base), reference);  // deterministic
  EXPECT_NE(case_digest("C2", base), reference);
  EXPECT_NE(case_digest("C1", {opened()}), reference);  // one decision fewer
  auto changed = [&](auto mutate) {
    std::vector<Decision> v = base;
    mutate(v[1]);
    return case_digest("C1", v);
  };
  EXPECT_NE(changed([](Decision& d) { d.date = d.date.plus_days(1); }), reference);
  EXPECT_NE(changed([](Decision& d) { d.action = Action::kNoticeSms; }), reference);
  EXPECT_NE(changed([](Decision& d) { d.amount += 1; }), reference);
  EXPECT_NE(changed([](Decision& d) { d.due_after += 1; }), reference);
  EXPECT_NE(changed([](Decision& d) { d.fee = 1; }), reference);
  EXPECT_NE(changed([](Decision& d) { d.rule = "robot.proceeding_openeD"; }), reference);
  EXPECT_NE(changed([](Decision& d) { d.basis_param = Param::kNoticeSms; }), reference);
  // The basis text is not in the record: the parameter names it, and the run root commits
  // to the policy file that holds the text.
  EXPECT_EQ(changed([](Decision& d) { d.legal_basis = "art. 10-2"; }), reference);
  // Order matters (sequence numbers and chaining).
  std::vector<Decision> swapped = base;
  swapped[0].amount = 1;
  const Digest a = case_digest("C1", swapped);
  std::swap(swapped[0], swapped[1]);
  EXPECT_NE(case_digest("C1", swapped), a);
  // Length prefixes: moving a byte between the rule and the basis changes the digest.
  EXPECT_NE(changed([](Decision& d) {
              d.rule = "robot.proceeding_opene";
              d.legal_basis = "dart. 10-1";
            }),
            reference);
}

RunHeader header() {
  return {kEngineVersion, sha256("policy"), sha256("calendar"), sha256("cases"), 0, 3};
}

TEST(AuditRun, RootDependsOnEveryHeaderFieldAndCase) {
  const std::vector<Digest> cases = {sha256("a"), sha256("b"), sha256("c")};
  const Digest root = run_root_of_cases(header(), cases);
  EXPECT_EQ(run_root_of_cases(header(), cases), root);
  RunHeader h = header();
  h.engine_version = "robot-bailiff-engine/2";
  EXPECT_NE(run_root_of_cases(h, cases), root);
  h = header();
  h.policy = sha256("policy2");
  EXPECT_NE(run_root_of_cases(h, cases), root);
  h = header();
  h.calendar = sha256("calendar2");
  EXPECT_NE(run_root_of_cases(h, cases), root);
  h = header();
  h.population = sha256("cases2");
  EXPECT_NE(run_root_of_cases(h, cases), root);
  h = header();
  h.seed = 1;
  EXPECT_NE(run_root_of_cases(h, cases), root);
  h = header();
  h.case_count = 4;
  EXPECT_NE(run_root_of_cases(h, cases), root);
  EXPECT_NE(run_root_of_cases(header(), {sha256("b"), sha256("a"), sha256("c")}), root);
  EXPECT_NE(run_root_of_cases(header(), {sha256("a"), sha256("b")}), root);
}

TEST(AuditRun, BlocksSplitTheSameWayEveryTime) {
  // kCasesPerBlock + 1 cases: two blocks, composed by hand equal the convenience root.
  std::vector<Digest> cases;
  for (std::uint64_t i = 0; i <= kCasesPerBlock; ++i) cases.push_back(sha256(std::to_string(i)));
  RunHeader h = header();
  h.case_count = cases.size();
  const Digest first = block_digest(0, std::vector<Digest>(cases.begin(), cases.end() - 1));
  const Digest second = block_digest(1, {cases.back()});
  EXPECT_EQ(run_root(h, {first, second}), run_root_of_cases(h, cases));
  EXPECT_NE(block_digest(0, {cases.back()}), second);  // the block index is committed
  // No cases: the root is the header digest itself.
  EXPECT_EQ(run_root(h, {}), run_header_digest(h));
  EXPECT_EQ(run_root_of_cases(h, {}), run_header_digest(h));
}

sim::LoadedInput embedded(const std::string& path, const std::string& name) {
  const auto file = sim::find_embedded(path);
  if (!file) throw std::runtime_error("not embedded: " + path);
  return {name, std::string(file->bytes)};
}

// The golden root of the shipped example: `./build/native/cli/bailiff decide` (policy
// kz-2024-08-20, calendar kz, cases example, horizon 2026-12-31) prints this as "Run root".
constexpr const char* kExampleRoot =
    "419e280e4f69a17429e53bff2d8fd7bb7518a09f247b385bfe6f8a06758e4dda";

TEST(AuditGolden, ShippedExampleRunRoot) {
  const sim::DecideRun run = sim::run_decide(
      embedded("policies/kz-2024-08-20.json", "embedded:policies/kz-2024-08-20.json"),
      embedded("calendars/kz.json", "embedded:calendars/kz.json"),
      embedded("cases/example.json", "embedded:cases/example.json"), std::nullopt);
  EXPECT_EQ(to_hex(run.root), kExampleRoot);
  EXPECT_EQ(run.fines.size(), 7u);
  EXPECT_EQ(to_iso(run.horizon), "2026-12-31");
  EXPECT_NE(report::decide_report_text(run).find(std::string("Run root ") + kExampleRoot),
            std::string::npos);
}

TEST(AuditGolden, RootDependsOnBytesNotNames) {
  const auto run = [](const std::string& suffix, const std::string& extra_bytes) {
    sim::LoadedInput cases = embedded("cases/example.json", "cases" + suffix);
    cases.bytes += extra_bytes;
    return sim::run_decide(embedded("policies/kz-2024-08-20.json", "policy" + suffix),
                           embedded("calendars/kz.json", "calendar" + suffix), cases,
                           std::nullopt)
        .root;
  };
  EXPECT_EQ(to_hex(run("-renamed", "")), kExampleRoot);
  // One more trailing newline: same cases, different bytes, different root.
  EXPECT_NE(to_hex(run("", "\n")), kExampleRoot);
}

}  // namespace
}  // namespace bailiff
