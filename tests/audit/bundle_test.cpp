// Replay bundles: round trip, tamper detection at the right record, clear errors for
// truncated and foreign files, simulate bundles against simulate().

#include <gtest/gtest.h>

#include <map>
#include <memory>

#include <nlohmann/json.hpp>
#include <random>

#include "bailiff/sim/comparison_run.hpp"
#include "../support/fixtures.hpp"
#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/error.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/verify_gate.hpp"
#include "bailiff/report/verify_report.hpp"
#include "bailiff/sim/decide_run.hpp"
#include "bailiff/sim/scenario.hpp"
#include "../../audit/src/bundle_format.hpp"

namespace bailiff::sim {

using namespace ::bailiff::audit;
using namespace ::bailiff::report;
namespace {

using test::threads;

struct Example {
  LoadedInput policy = load_input("kz-2024-08-20", "policies");
  LoadedInput calendar = load_input("kz", "calendars");
  LoadedInput cases = load_input("example", "cases");
  DecideRun run = run_decide(policy, calendar, cases, std::nullopt);

  std::string bundle() const { return decide_bundle(run, "bailiff decide (test)"); }
};

const Example& example() {
  static const Example e;
  return e;
}

std::uint64_t record_count(const DecideRun& run) {
  std::uint64_t n = 0;
  for (const auto& t : run.timelines) n += t.size();
  return n;
}

/// The bundle with its log replaced by \p entries (raw entry bytes), everything else as is.
std::string with_log(const std::string& bytes, const std::vector<std::string>& entries) {
  const Bundle b = parse_bundle(bytes, "x");
  std::string log;
  for (const std::string& e : entries) log += e;
  std::string out = bytes.substr(0, b.log_offset - 8);
  for (int s = 56; s >= 0; s -= 8) out.push_back(static_cast<char>(static_cast<std::uint64_t>(log.size()) >> s));
  out += log;
  out += bytes.substr(bytes.size() - 40);
  return out;
}

/// Raw bytes of each log entry.
std::vector<std::string> raw_entries(const std::string& bytes) {
  const Bundle b = parse_bundle(bytes, "x");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < b.entries.size(); ++i) {
    const std::uint64_t end = i + 1 < b.entries.size() ? b.entries[i + 1].offset : bytes.size() - 40;
    out.push_back(bytes.substr(b.entries[i].offset, end - b.entries[i].offset));
  }
  return out;
}

/// Entry index of the \p n-th decision record of case \p id.
std::size_t entry_of(const std::string& bytes, const std::string& id, std::size_t n) {
  const Bundle b = parse_bundle(bytes, "x");
  for (std::size_t i = 0; i < b.entries.size(); ++i) {
    if (b.entries[i].tag == EntryTag::kDecision) {
      const auto d = decode_decision(b.entries[i].body);
      if (d && d->case_id == id && d->seq == n) return i;
    }
  }
  ADD_FAILURE() << "no record " << n << " of " << id;
  return 0;
}

TEST(Bundle, RoundTripVerifies) {
  const std::string bytes = example().bundle();
  const VerifyResult r = verify_bundle(bytes, "example.rbb");
  EXPECT_TRUE(r.ok()) << verify_report_text(r);
  EXPECT_EQ(r.records, record_count(example().run));
  EXPECT_EQ(r.replayed, r.records);
  EXPECT_EQ(r.cases, 7u);
  EXPECT_EQ(r.manifest_root, to_hex(example().run.root));
  EXPECT_EQ(r.replay_root, to_hex(example().run.root));
  EXPECT_FALSE(r.chain_break);
  EXPECT_FALSE(r.mismatch);
  const std::string text = verify_report_text(r);
  EXPECT_NE(text.find("VERIFIED"), std::string::npos);

  const Bundle b = parse_bundle(bytes, "example.rbb");
  EXPECT_EQ(b.kind, BundleKind::kDecide);
  ASSERT_EQ(b.inputs.size(), 3u);
  EXPECT_EQ(b.inputs[2].bytes, example().cases.bytes);
  EXPECT_NE(std::string(b.manifest).find("\"inputs_embedded\": true"), std::string::npos);

  // Writing is deterministic.
  EXPECT_EQ(bytes, example().bundle());
}

TEST(Bundle, JsonLinesHasOneManifestLineAndOneLinePerRecord) {
  const std::string jsonl = bundle_jsonl(example().bundle(), "example.rbb");
  std::size_t lines = 0;
  for (char c : jsonl) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 1 + record_count(example().run));
  EXPECT_EQ(jsonl.rfind("{\"type\":\"manifest\"", 0), 0u);
  EXPECT_NE(jsonl.find("\"rule\":\"robot.paid_in_window\""), std::string::npos);
  EXPECT_NE(jsonl.find("\"legal_basis\":\"КоАП РК ст. 893"), std::string::npos);
}

TEST(Bundle, EveryRandomByteFlipInTheLogIsDetectedAtItsEntry) {
  const std::string bytes = example().bundle();
  const Bundle clean = parse_bundle(bytes, "x");
  const std::uint64_t log_end = bytes.size() - 40;
  std::mt19937_64 rng(20240820);  // raw engine output only: the same on every library
  for (int trial = 0; trial < 300; ++trial) {
    const std::uint64_t at = clean.log_offset + rng() % (log_end - clean.log_offset);
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ static_cast<char>(1 + rng() % 255));
    std::size_t entry = 0;
    while (entry + 1 < clean.entries.size() && clean.entries[entry + 1].offset <= at) ++entry;
    const VerifyResult r = verify_bundle(flipped, "flipped.rbb");
    ASSERT_FALSE(r.ok()) << "flip at byte " << at;
    ASSERT_TRUE(r.chain_break) << "flip at byte " << at;
    EXPECT_EQ(r.chain_break->entry, entry) << "flip at byte " << at << ": " << r.chain_break->reason;
  }
}

TEST(Bundle, DroppedDuplicatedSwappedAndInsertedRecordsAreDetectedWhereTheyHappen) {
  const std::string bytes = example().bundle();
  const std::vector<std::string> entries = raw_entries(bytes);
  const std::size_t k = entry_of(bytes, "EX-03-robot-window", 2);  // mid-case
  const std::size_t last = entry_of(bytes, "EX-03-robot-window", 6);  // last of its case

  auto expect_break = [](const std::string& tampered, std::size_t entry, const char* what) {
    const VerifyResult r = verify_bundle(tampered, "t.rbb");
    EXPECT_FALSE(r.ok()) << what;
    ASSERT_TRUE(r.chain_break) << what;
    EXPECT_EQ(r.chain_break->entry, entry) << what << ": " << r.chain_break->reason;
    EXPECT_TRUE(r.mismatch) << what;
  };
  {
    auto e = entries;
    e.erase(e.begin() + static_cast<std::ptrdiff_t>(k));
    expect_break(with_log(bytes, e), k, "dropped mid-case");
  }
  {
    auto e = entries;
    e.erase(e.begin() + static_cast<std::ptrdiff_t>(last));
    expect_break(with_log(bytes, e), last, "dropped last of a case");
  }
  {
    auto e = entries;
    e.insert(e.begin() + static_cast<std::ptrdiff_t>(k + 1), entries[k]);
    expect_break(with_log(bytes, e), k + 1, "duplicated");
  }
  {
    auto e = entries;
    std::swap(e[k], e[k + 1]);
    expect_break(with_log(bytes, e), k, "swapped");
  }
  {
    auto e = entries;
    e.insert(e.begin() + static_cast<std::ptrdiff_t>(k), entries[entry_of(bytes, "EX-07-unpaid", 1)]);
    expect_break(with_log(bytes, e), k, "inserted");
  }
  {
    // A whole case (header and records) dropped: the next header no longer sits where its
    // link says.
    auto e = entries;
    const std::size_t header = entry_of(bytes, "EX-02-voluntary", 0) - 1;
    e.erase(e.begin() + static_cast<std::ptrdiff_t>(header), e.begin() + static_cast<std::ptrdiff_t>(header + 2));
    expect_break(with_log(bytes, e), header, "dropped case");
  }
}

TEST(Bundle, ConsistentForgeryFailsTheReplayAtTheFirstDifferingRecordAndField) {
  DecideRun forged = example().run;
  std::size_t record = 0;
  for (std::size_t c = 0; c < 2; ++c) record += forged.timelines[c].size();
  Decision& d = forged.timelines[2][1];  // EX-03, decision 1
  record += 1;
  const Tiyn original = d.amount;
  d.amount += 100;
  forged.case_digests[2] = case_digest(forged.fines[2].id, forged.timelines[2]);
  forged.root = run_root_of_cases(forged.header, forged.case_digests);
  const std::string bytes = decide_bundle(forged, "forged");
  const VerifyResult r = verify_bundle(bytes, "forged.rbb");
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.chain_break) << r.chain_break->reason;  // the chain itself is consistent
  ASSERT_TRUE(r.mismatch);
  EXPECT_EQ(r.mismatch->record, record);
  EXPECT_EQ(r.mismatch->item, "case EX-03-robot-window, decision 1");
  EXPECT_EQ(r.mismatch->field, "amount");
  EXPECT_EQ(r.mismatch->expected, format_tenge(original) + " ₸");
  EXPECT_EQ(r.mismatch->found, format_tenge(original + 100) + " ₸");
  EXPECT_NE(r.replay_root, r.manifest_root);
}

/// \p bytes with its manifest replaced by \p manifest (the seal is not recomputed).
std::string with_manifest(const std::string& bytes, const std::string& manifest) {
  const Bundle b = parse_bundle(bytes, "x");
  std::string out = bytes.substr(0, b.manifest_offset - 8);
  for (int s = 56; s >= 0; s -= 8) out.push_back(static_cast<char>(static_cast<std::uint64_t>(manifest.size()) >> s));
  return out + manifest + bytes.substr(b.manifest_offset + b.manifest.size());
}

TEST(Bundle, ChainBreakNamesTheBrokenRecordsIndexInTextAndJson) {
  const std::string bytes = example().bundle();
  const Bundle clean = parse_bundle(bytes, "x");
  const std::size_t entry = entry_of(bytes, "EX-03-robot-window", 2);
  std::uint64_t record = 0;  // decision records before it
  for (std::size_t i = 0; i < entry; ++i) record += clean.entries[i].tag == EntryTag::kDecision;
  std::string flipped = bytes;
  flipped[static_cast<std::size_t>(clean.entries[entry].offset) + 20] ^= 1;
  const VerifyResult r = verify_bundle(flipped, "t.rbb");
  ASSERT_TRUE(r.chain_break);
  EXPECT_EQ(r.chain_break->record, record);
  EXPECT_NE(r.chain_break->where.find("record " + std::to_string(record) + " "), std::string::npos)
      << r.chain_break->where;
  const auto json = nlohmann::json::parse(verify_report_json(r));
  EXPECT_EQ(json["chain_break"]["record"], record);
}

TEST(Bundle, DeeplyNestedManifestIsRefusedNotWalked) {
  const std::string bytes = example().bundle();
  const std::string deep = std::string(50'000, '[') + std::string(50'000, ']');
  const std::string tampered = with_manifest(bytes, deep);
  const VerifyResult r = verify_bundle(tampered, "deep.rbb");
  EXPECT_FALSE(r.ok());
  bool manifest_failed = false;
  for (const VerifyCheck& c : r.checks) {
    if (c.name == "manifest") manifest_failed = !c.ok;
  }
  EXPECT_TRUE(manifest_failed);
  const std::string lines = bundle_jsonl(tampered, "deep.rbb");
  EXPECT_NE(lines.find("(refused, damaged manifest: nested deeper than 16 levels (at /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0))"),
            std::string::npos);
  // 16 levels are accepted (the limit), 17 are not.
  const std::string at_limit = "{\"inputs\":" + std::string(15, '[') + std::string(15, ']') + "}";
  const std::string over = "{\"inputs\":" + std::string(16, '[') + std::string(16, ']') + "}";
  EXPECT_FALSE(bundle_detail::manifest_json_or_discarded(parse_bundle(with_manifest(bytes, at_limit), "x")).is_discarded());
  EXPECT_TRUE(bundle_detail::manifest_json_or_discarded(parse_bundle(with_manifest(bytes, over), "x")).is_discarded());
}

TEST(Bundle, AManifestKeyGivenTwiceIsRefused) {
  // {"horizon": A, "horizon": B}: one reader could take A and another B; neither is guessed.
  const std::string bytes = example().bundle();
  const auto discarded = [&](const std::string& manifest) {
    return bundle_detail::manifest_json_or_discarded(parse_bundle(with_manifest(bytes, manifest), "x")).is_discarded();
  };
  EXPECT_TRUE(discarded(R"({"horizon": "2026-12-31", "horizon": "2025-01-01"})"));
  EXPECT_TRUE(discarded(R"({"case_tree": {"size": 1, "size": 2}})"));
  EXPECT_TRUE(discarded(R"({"inputs": [{"name": 1}, {"name": 2, "name": 3}]})"));
  // the same key in other objects
  EXPECT_FALSE(discarded(R"({"inputs": [{"bytes": 1}, {"bytes": 2}], "case_tree": {"size": 3}})"));
  const VerifyResult r = verify_bundle(with_manifest(bytes, R"({"kind": "decide", "kind": "simulate"})"), "dup.rbb");
  EXPECT_FALSE(r.ok());
}

/// Why manifest_json_or_discarded refuses \p manifest in the example bundle ("" when it does not).
std::string manifest_problem(const std::string& manifest) {
  std::string problem;
  const std::string bytes = with_manifest(example().bundle(), manifest);
  const Bundle b = parse_bundle(bytes, "x");  // views into bytes
  const bool discarded = bundle_detail::manifest_json_or_discarded(b, &problem).is_discarded();
  EXPECT_EQ(discarded, !problem.empty());
  return problem;
}

/// The "manifest" check of verify \p bytes: its detail when it failed, "" when it passed.
std::string failed_manifest_check(const std::string& bytes) {
  for (const VerifyCheck& c : verify_bundle(bytes, "m.rbb").checks) {
    if (c.name == "manifest") return c.ok ? "" : c.detail;
  }
  return "(no manifest check)";
}

/// \p bytes (an unsigned decide bundle) with its manifest replaced by \p manifest and the
/// seal recomputed, as a forger can: only the manifest reader can refuse it.
std::string resealed(const std::string& bytes, const std::string& manifest) {
  const std::string edited = with_manifest(bytes, manifest);
  const Bundle b = parse_bundle(edited, "x");
  HashChain root(bundle_detail::kBundleLogDomain);
  Digest link{}, last{};
  bool open = false;
  const auto close_case = [&] {
    std::string pair(reinterpret_cast<const char*>(link.data()), link.size());
    pair.append(reinterpret_cast<const char*>(last.data()), last.size());
    root.append(pair);
  };
  for (const BundleEntry& e : b.entries) {
    if (e.tag == EntryTag::kCase) {
      if (open) close_case();
      link = bundle_detail::digest_at(e.link);
      last = sha256(kCaseChainDomain);
      open = true;
    } else {
      last = bundle_detail::digest_at(e.link);
    }
  }
  if (open) close_case();
  std::vector<Digest> digests;
  for (const BundleInput& input : b.inputs) digests.push_back(sha256(input.bytes));
  const Digest seal = bundle_detail::compute_seal(b.header, b.manifest, b.inputs, digests, root.head());
  return edited.substr(0, edited.size() - seal.size()) +
         std::string(reinterpret_cast<const char*>(seal.data()), seal.size());
}

TEST(Bundle, AManifestKeyGivenTwiceIsReportedAsADuplicateNotAsDepth) {
  // It was reported as "not a JSON object nested at most 16 levels deep".
  EXPECT_EQ(manifest_problem(R"({"horizon": "2026-12-31", "horizon": "2025-01-01"})"),
            "key \"horizon\" given twice in one object (at /horizon)");
  EXPECT_EQ(manifest_problem(R"({"inputs": [{"name": 1}, {"name": 2, "name": 3}]})"),
            "key \"name\" given twice in one object (at /inputs/1/name)");
  EXPECT_EQ(manifest_problem(R"({"inputs": [[[]]]})"), "");
  EXPECT_EQ(manifest_problem("{\"inputs\": " + std::string(16, '[') + std::string(16, ']') + "}"),
            "nested deeper than 16 levels (at /inputs/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0)");
  EXPECT_EQ(manifest_problem(R"({"horizon": )"), "invalid JSON at byte 12 of the manifest");
  EXPECT_EQ(manifest_problem(R"([1, 2])"), "not a JSON object");

  // The example's own manifest with one key given twice (the first "seed" as "case_count").
  std::string manifest(parse_bundle(example().bundle(), "x").manifest);
  const std::size_t at = manifest.find("\"seed\": 0,");
  ASSERT_NE(at, std::string::npos);
  manifest.replace(at, 6, "\"case_count\"");
  const std::string detail = failed_manifest_check(resealed(example().bundle(), manifest));
  EXPECT_NE(detail.find("key \"case_count\" given twice in one object (at /case_count)"),
            std::string::npos)
      << detail;
  EXPECT_EQ(detail.find("nested"), std::string::npos) << detail;
}

TEST(Bundle, AManifestKeyItsWriterNeverWritesIsRefused) {
  // An unknown key was accepted, and export-jsonl printed it as part of the manifest.
  const std::string bytes = example().bundle();
  const std::string manifest(parse_bundle(bytes, "x").manifest);
  EXPECT_EQ(manifest_problem(manifest), "");
  const auto with_key = [&](const std::string& where, const std::string& key) {
    std::string edited = manifest;
    const std::size_t at = edited.find(where);
    EXPECT_NE(at, std::string::npos) << where;
    edited.insert(at + where.size(), "\"" + key + "\": \"x\", ");
    return edited;
  };
  const std::string extra = with_key("{", "note");
  EXPECT_EQ(manifest_problem(extra).rfind("unknown key \"note\" at /note (a decide manifest has only "
                                          "format, format_version, kind,", 0),
            0u)
      << manifest_problem(extra);
  EXPECT_EQ(manifest_problem(with_key("\"inputs\": [\n    {", "url")).rfind(
                "unknown key \"url\" at /inputs/0/url (an input has only role, name, sha256, bytes)", 0),
            0u);
  // A key of another kind's manifest is unknown here too; a control character is not shown raw.
  EXPECT_EQ(manifest_problem(with_key("{", "baseline_id")).rfind("unknown key \"baseline_id\" at /baseline_id", 0), 0u);
  EXPECT_EQ(manifest_problem(with_key("{", "a\\u001b[8mb")).rfind("unknown key \"a\\x1B[8mb\"", 0), 0u)
      << manifest_problem(with_key("{", "a\\u001b[8mb"));

  // The seal recomputed: the seal holds, verify's manifest check names the key, and the
  // gate in front of export-jsonl and explain refuses the bundle.
  EXPECT_TRUE(verify_bundle(resealed(bytes, manifest), "same.rbb").ok());  // the reseal is right
  const VerifyResult sealed = verify_bundle(resealed(bytes, extra), "extra.rbb");
  EXPECT_FALSE(sealed.ok());
  for (const VerifyCheck& c : sealed.checks) {
    if (c.name == "seal") {
      EXPECT_TRUE(c.ok) << c.detail;
    }
    if (c.name == "manifest") {
      EXPECT_FALSE(c.ok);
      EXPECT_NE(c.detail.find("unknown key \"note\" at /note"), std::string::npos) << c.detail;
    }
  }
  EXPECT_THROW((void)require_verified(resealed(bytes, extra), "extra.rbb"), NotVerified);

  // verify names the key; export-jsonl and explain do not print the manifest as if it held.
  const std::string tampered = resealed(bytes, extra);
  EXPECT_NE(failed_manifest_check(tampered).find("unknown key \"note\" at /note"), std::string::npos);
  const std::string lines = bundle_jsonl(tampered, "extra.rbb");
  EXPECT_NE(lines.find("\"manifest\":\"(refused, damaged manifest: unknown key \\\"note\\\" at /note"),
            std::string::npos)
      << lines.substr(0, 400);
  try {
    (void)open_decide_bundle(tampered, "extra.rbb");
    ADD_FAILURE() << "open_decide_bundle accepted an unknown manifest key";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("extra.rbb:byte "), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("unknown key \"note\""), std::string::npos) << e.what();
  }
}

TEST(Bundle, InvalidUtf8InARecordIsReportedNotThrown) {
  // A forger who rewrites a record's case id with a byte that is not UTF-8 (and every hash
  // after it) must get a report, not a raw JSON exception.
  DecideRun forged = example().run;
  forged.fines[0].id = "EX-\xFF";
  forged.case_digests[0] = case_digest(forged.fines[0].id, forged.timelines[0]);
  forged.root = run_root_of_cases(forged.header, forged.case_digests);
  const std::string bytes = decide_bundle(forged, "forged");
  const VerifyResult r = verify_bundle(bytes, "utf8.rbb");
  EXPECT_FALSE(r.ok());
  EXPECT_NO_THROW((void)verify_report_json(r));
  EXPECT_NO_THROW((void)bundle_jsonl(bytes, "utf8.rbb"));
}

TEST(Bundle, ForgeryUnderAShippedNameFailsAgainstTheBinarysOwnBytes) {
  // Every hash recomputed from an edited policy that keeps the shipped policy's name.
  LoadedInput policy = example().policy;
  ASSERT_EQ(policy.name, "embedded:policies/kz-2024-08-20.json");
  const std::size_t at = policy.bytes.find("\"value\": 5000");
  ASSERT_NE(at, std::string::npos);
  policy.bytes.replace(at, 13, "\"value\": 4000");
  const DecideRun forged = run_decide(policy, example().calendar, example().cases, std::nullopt);
  const std::string bytes = decide_bundle(forged, "forged");
  const VerifyResult r = verify_bundle(bytes, "forged.rbb");
  EXPECT_FALSE(r.ok());
  bool named = false;
  for (const VerifyCheck& c : r.checks) {
    if (c.name == "inputs" && !c.ok) {
      named = c.detail.find("differs from the bytes this binary ships under that name") != std::string::npos;
    }
  }
  EXPECT_TRUE(named);
}

TEST(Bundle, AShippedNameInAnotherCaseIsRefused) {
  // "Embedded:policies/..." read as an ordinary file's name, so an edited policy under it,
  // every hash recomputed, verified: a reader takes it for the shipped policy.
  for (const std::string prefix : {"Embedded:", "EMBEDDED:", "embeddeD:"}) {
    LoadedInput policy = example().policy;
    policy.name = prefix + "policies/kz-2024-08-20.json";
    const std::size_t at = policy.bytes.find("\"value\": 5000");
    ASSERT_NE(at, std::string::npos);
    policy.bytes.replace(at, 13, "\"value\": 4000");
    const DecideRun forged = run_decide(policy, example().calendar, example().cases, std::nullopt);
    const VerifyResult r = verify_bundle(decide_bundle(forged, "forged"), "forged.rbb");
    EXPECT_FALSE(r.ok()) << prefix;
    bool named = false;
    for (const VerifyCheck& c : r.checks) {
      if (c.name == "inputs" && !c.ok) {
        named = c.detail.find("policy " + policy.name + " begins with \"" + prefix +
                              "\": a shipped name's prefix is \"embedded:\", in lower case") !=
                std::string::npos;
      }
    }
    EXPECT_TRUE(named) << prefix;
  }
}

TEST(Bundle, EditedManifestBreaksTheSeal) {
  std::string bytes = example().bundle();
  const std::size_t at = bytes.find("bailiff decide (test)");
  ASSERT_NE(at, std::string::npos);
  bytes[at] = 'B';  // still valid JSON
  const VerifyResult r = verify_bundle(bytes, "edited.rbb");
  EXPECT_FALSE(r.ok());
  for (const VerifyCheck& c : r.checks) {
    if (c.name == "seal") {
      EXPECT_FALSE(c.ok);
    }
    if (c.name == "chain" || c.name == "replay") {
      EXPECT_TRUE(c.ok) << c.detail;
    }
  }
}

TEST(Bundle, EditedEmbeddedInputIsReported) {
  std::string bytes = example().bundle();
  const std::size_t at = bytes.find("EX-07-unpaid");  // inside the embedded cases file
  ASSERT_NE(at, std::string::npos);
  bytes[at + 3] = '8';
  const VerifyResult r = verify_bundle(bytes, "edited.rbb");
  EXPECT_FALSE(r.ok());
  bool inputs_failed = false;
  for (const VerifyCheck& c : r.checks) inputs_failed |= c.name == "inputs" && !c.ok;
  EXPECT_TRUE(inputs_failed) << verify_report_text(r);
}

void expect_input_error(const std::string& bytes, const std::string& needle) {
  try {
    verify_bundle(bytes, "bad.rbb");
    ADD_FAILURE() << "no error for " << needle;
  } catch (const InputError& e) {
    const std::string what = e.what();
    EXPECT_EQ(e.file(), "bad.rbb");
    EXPECT_EQ(e.location().rfind("byte ", 0), 0u) << what;
    EXPECT_NE(what.find(needle), std::string::npos) << what;
  }
}

TEST(Bundle, TruncatedAndForeignFilesGiveClearErrors) {
  const std::string bytes = example().bundle();
  for (std::size_t n : {std::size_t{0}, std::size_t{3}, std::size_t{8}, std::size_t{11}, std::size_t{12},
                        std::size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    expect_input_error(bytes.substr(0, n), n < 8 && n > 0 ? "truncated" : n == 0 ? "magic" : "truncated");
  }
  expect_input_error(example().cases.bytes, "magic");
  expect_input_error("PK\x03\x04 some zip", "magic");
  std::string other_version = bytes;
  other_version[9] = 9;
  expect_input_error(other_version, "format version");
  std::string appended = bytes + "x";
  expect_input_error(appended, "end marker");
}

TEST(Bundle, SimulateReplayChecksBothHorizonRulesOfLoadScenario) {
  // The scenario is rebuilt from a bundle by the same function as from files, so a manifest
  // whose horizon ends before the population's last fine is refused like the command line.
  ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.cases = 500;
  const Scenario scenario = load_scenario(choice);
  const Comparison comparison = run_comparison(scenario, 7, 1, threads(1), nullptr, true);
  const std::string bytes = simulate_bundle(scenario, comparison, "bailiff simulate (test)");
  const Bundle b = parse_bundle(bytes, "x");
  std::string manifest(b.manifest);
  const std::string horizon = "\"horizon\": \"" + to_iso(scenario.horizon) + "\"";
  const std::size_t at = manifest.find(horizon);
  ASSERT_NE(at, std::string::npos);
  manifest.replace(at, horizon.size(), "\"horizon\": \"2024-01-10\"");
  const VerifyResult r = verify_bundle(with_manifest(bytes, manifest), "early.rbb");
  bool refused = false;
  for (const VerifyCheck& c : r.checks) {
    if (c.name == "replay") refused = c.detail.find("ends before the population's last fine") != std::string::npos;
  }
  EXPECT_TRUE(refused) << verify_report_text(r);
}

TEST(Bundle, SimulateBundleRecordsWhatSimulateCommitsTo) {
  ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.cases = 9000;  // three blocks, the last partial
  const Scenario scenario = load_scenario(choice);
  const Comparison comparison = run_comparison(scenario, 7, 2, threads(2), nullptr, true);
  const std::vector<RecordedRun> recorded = record_comparison(scenario, 7, 2, threads(1), nullptr);
  ASSERT_EQ(recorded.size(), 4u);
  for (const RecordedRun& run : recorded) {
    const RunResult& ref = run.baseline ? comparison.baseline_runs[run.replication]
                                        : comparison.policy_runs[run.replication];
    EXPECT_EQ(run.result.audit_root, ref.audit_root);
    EXPECT_EQ(run.result.metrics.headline_bytes(), ref.metrics.headline_bytes());
    EXPECT_EQ(run.headlines.size(), 3u);
  }
  const std::string bytes = simulate_bundle(scenario, comparison, "bailiff simulate (test)");
  VerifyOptions options;
  options.tasks = &threads(2);
  const VerifyResult r = verify_bundle(bytes, "sim.rbb", options);
  EXPECT_TRUE(r.ok()) << verify_report_text(r);
  EXPECT_EQ(r.records, 12u);
  EXPECT_EQ(r.manifest_root, to_hex(comparison.policy_runs[0].audit_root));

  // A changed counter in block 1 of the first run: the chain breaks there, and the replay
  // names the counter.
  const Bundle b = parse_bundle(bytes, "sim.rbb");
  const BundleEntry& block1 = b.entries[2];
  ASSERT_EQ(block1.tag, EntryTag::kBlock);
  std::string tampered = bytes;
  const std::size_t at = static_cast<std::size_t>(block1.offset) + 5 + 8 + 7;  // low byte of "cases"
  tampered[at] = static_cast<char>(tampered[at] ^ 1);
  const VerifyResult t = verify_bundle(tampered, "sim.rbb", options);
  EXPECT_FALSE(t.ok());
  ASSERT_TRUE(t.chain_break);
  EXPECT_EQ(t.chain_break->entry, 2u);
  ASSERT_TRUE(t.mismatch);
  EXPECT_EQ(t.mismatch->record, 1u);
  EXPECT_EQ(t.mismatch->field, "cases");
  EXPECT_EQ(t.mismatch->expected, "4096");
}

TEST(Bundle, SimulateBundleRefusesCsvPopulations) {
  ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.cases = 100;
  Scenario scenario = load_scenario(choice);
  const Comparison comparison = run_comparison(scenario, 1, 1, threads(1), nullptr, true);
  scenario.choice.population = "csv:records.csv";
  EXPECT_THROW(simulate_bundle(scenario, comparison, "x"), InputError);
}

}  // namespace
}  // namespace bailiff::sim
