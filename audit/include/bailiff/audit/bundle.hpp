#pragma once
/// \file Replay bundles: a self-contained file holding a run's manifest, the exact bytes of
/// every input it read and its hash-chained log, so that an auditor can replay the run on
/// another machine and confirm every record and the root (`bailiff verify`).
///
/// Layout (integers big-endian; str = u32 length + UTF-8 bytes):
///
///     magic  "\x89RBB\r\n\x1a\n" (8 bytes: binary, catches text-mode and 7-bit damage)
///     u16    format version (1) | u8 kind (1 decide, 2 simulate, 3 records) | u8 flags (0,
///            or 1: signed)
///     u64 M  | manifest: M bytes of JSON (see manifest_json below)
///     u64 I  | inputs: u32 count, per input: str role | str name | u64 size | bytes
///     u64 L  | log: entries until the section ends, each
///              u8 tag | u32 body length | body | 32-byte link
///     "RBB-END\n" | 32-byte seal
///     signed bundles only (flags 1): "RBB-SIG\n" | 64-byte Ed25519 signature
///
/// Log entries. A decide log holds, per case of the cases file in file order, a case header
/// then the case's decision records:
///   'C' case header: body str case id | u32 record count;
///       link = SHA-256("robot-bailiff/bundle-entry/v1" || u64 entry index || tag || body)
///   'D' decision: body = the canonical record of core/include/bailiff/audit.hpp;
///       link = the case chain's head after it (h_i = SHA-256(h_{i-1} || record_i)), so the
///       last link of a case is its case digest, the one the run root commits to.
/// A simulate log holds, per run (replication r under the policy, then under the baseline):
///   'R' run header: body u32 replication | u8 role (0 policy, 1 baseline) | u64 seed |
///       u64 block count | 32-byte run header digest; link as for 'C'
///   'B' block: body u64 block index | the block's headline counters (Metrics::
///       headline_bytes); link = the root chain's head after it (R_b = SHA-256(R_{b-1} ||
///       SHA-256("robot-bailiff/sim-block/v1" || u64 block || headline))), so the last link
///       of a run is its audit root.
/// A records log (check-records' findings, records_bundle.hpp) holds, per case of the
/// recorded log in its order, a 'C' case header (body str case id | u32 finding count) then
/// 'F' findings (body: the canonical finding record of finding_record.hpp; link: the case
/// chain's head after it, as for 'D').
///
/// Seal = SHA-256("robot-bailiff/bundle-seal/v1" || the 12 header bytes || u64 M || manifest ||
/// per input: str role, str name, u64 size, SHA-256 of its bytes || log root), the log root
/// chaining (header link || last link) per case or run from SHA-256("robot-bailiff/bundle-log/v1").
/// Editing the manifest, an input or the log without recomputing every hash breaks the seal
/// or a link at the place edited. A consistent forgery (every hash recomputed) fails the
/// replay only when its log differs from what its embedded inputs give; one that edits an
/// input and recomputes the log from it verifies, unless that input claims a shipped name
/// ("embedded:..."), whose bytes verify compares with the binary's own. Hashes prove
/// integrity, not authorship: that needs a signature.
///
/// Signed bundles (`--sign KEYFILE`; signature.hpp). The manifest gains, after run_root,
/// `case_tree` (decide and records: {hashing, size, root}, the RFC 6962 tree over the cases, leaf
/// data = str case id || case digest, in log order) and `signature` ({algorithm "Ed25519",
/// key_id, signs}); the header's flags are 1, so the seal covers both. The Ed25519 signature
/// is over signed_message(): "robot-bailiff/bundle-signature/v1" || u8 kind || 8-byte key
/// id || seal || u64 case tree size || case tree root (114 bytes; a simulate bundle signs
/// size 0 and SHA-256(""), the empty tree's head). The signature thus covers the manifest,
/// every input and the log through the seal, and the case tree root on its own, so that a
/// receipt (receipt.hpp) can check one case against it without the bundle. Unsigned bundles
/// are unchanged by all this.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/provisional.hpp"
#include "bailiff/audit/signature.hpp"
#include "bailiff/sim/decide_run.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::audit {

/// The first 8 bytes of every bundle.
inline constexpr std::string_view kBundleMagic{"\x89RBB\r\n\x1a\n", 8};
/// The last bytes before the seal.
inline constexpr std::string_view kBundleTrailer{"RBB-END\n", 8};
/// The format version written.
inline constexpr std::uint16_t kBundleFormatVersion = 1;
/// The largest bundle a front door reads (2 GiB): a decide bundle of the national year's
/// cases is about a gigabyte, a simulate bundle of it a few megabytes; anything longer is
/// refused before it is read (and /dev/zero, a pipe or a folder is not a bundle).
inline constexpr std::uint64_t kMaxBundleBytes = std::uint64_t{1} << 31;
/// Header flag of a signed bundle.
inline constexpr std::uint8_t kBundleFlagSigned = 1;
/// The marker between the seal and the signature of a signed bundle.
inline constexpr std::string_view kSignatureMarker{"RBB-SIG\n", 8};
/// Domain of the signed message.
inline constexpr std::string_view kSignatureDomain = "robot-bailiff/bundle-signature/v1";

/// What a bundle holds: a decide or simulate run to replay, or check-records' findings.
enum class BundleKind : std::uint8_t { kDecide = 1, kSimulate = 2, kRecords = 3 };

/// "decide", "simulate" or "records".
std::string_view bundle_kind_name(BundleKind kind);

/// Tags of log entries.
enum class EntryTag : std::uint8_t {
  kCase = 'C',
  kDecision = 'D',
  kRun = 'R',
  kBlock = 'B',
  kFinding = 'F'
};

/// What a bundle's signature signs; a receipt carries the same fields.
struct SignedRoot {
  BundleKind kind{};
  KeyId key_id{};
  Digest seal{};
  std::uint64_t tree_size = 0;  ///< cases in the case tree (0 for a simulate bundle)
  Digest tree_root{};           ///< its RFC 6962 head (SHA-256("") when empty)
};

/// The 114 bytes an Ed25519 signature of \p root signs (see the file comment).
std::string signed_message(const SignedRoot& root);

/// The case tree's leaf hash of a case: SHA-256(0x00 || str case id || case digest).
Digest case_leaf_hash(std::string_view case_id, const Digest& case_digest);

/// One input file with its exact bytes.
struct BundleInput {
  std::string role;   ///< policy, baseline, calendar, cases, behaviour, population
  std::string name;   ///< the name the run gave it ("embedded:policies/x.json" or a path)
  std::string bytes;  ///< its contents
};

/// One log entry as stored (views into the bundle's bytes).
struct BundleEntry {
  EntryTag tag{};
  std::uint64_t offset = 0;  ///< byte offset of the entry's tag in the file
  std::string_view body;
  const std::uint8_t* link = nullptr;  ///< 32 bytes
};

/// Where and why the stored log stops being a valid chain.
struct ChainBreak {
  std::uint64_t entry = 0;   ///< index of the entry among all log entries
  std::uint64_t record = 0;  ///< index of the record (decision or block) at or after it
  std::uint64_t offset = 0;  ///< byte offset of the entry in the file
  std::string where;         ///< e.g. "record 17 (case EX-03, decision 2)"
  std::string reason;
};

/// A bundle split into its parts. Views point into the bytes given to parse_bundle.
struct Bundle {
  std::string file;
  std::uint64_t size = 0;
  std::uint16_t version = 0;
  BundleKind kind{};
  std::string_view header;  ///< the 12 header bytes
  std::string_view manifest;
  std::uint64_t manifest_offset = 0;
  std::vector<BundleInput> inputs;
  std::uint64_t log_offset = 0;
  std::vector<BundleEntry> entries;   ///< up to the first undecodable entry
  std::optional<ChainBreak> framing;  ///< set when an entry could not even be framed
  Digest seal{};
  std::optional<Signature> signature;  ///< set when the header's flags say signed
};

/// Split \p bytes (named \p file in messages) into a bundle. Throws InputError naming the
/// file and the byte offset when it is not a bundle (foreign or truncated file, unknown
/// version, section lengths that do not add up). Damage inside the log is not thrown: it
/// is returned in Bundle::framing for verify to report.
Bundle parse_bundle(std::string_view bytes, const std::string& file);

/// A decide bundle: the run and the exact bytes of the inputs it decided from (the run's
/// own InputFiles), with \p command the command line to record; signed by \p signer when given.
std::string decide_bundle(const sim::DecideRun& run, const std::string& command,
                          const SigningKey* signer = nullptr);

/// One simulation run's block records, as the simulate log stores them.
struct RecordedRun {
  std::uint32_t replication = 0;
  bool baseline = false;
  std::uint64_t seed = 0;
  Digest header_digest{};              ///< run_header_digest of the run
  std::vector<std::string> headlines;  ///< per block: Metrics::headline_bytes()
  sim::RunResult result;                    ///< the same metrics and audit root as simulate()
};

/// The runs of \p comparison (made with keep_block_headlines) as bundle records.
std::vector<RecordedRun> recorded_runs(const sim::Comparison& comparison);

/// Run the comparison like run_comparison() while keeping each block's headline counters.
/// Runs are ordered replication by replication, policy then baseline.
std::vector<RecordedRun> record_comparison(const sim::Scenario& scenario, std::uint64_t seed,
                                           std::uint32_t replications, sim::TaskSystem& tasks,
                                           const sim::ProgressFn& progress);

/// A simulate bundle of \p comparison, which must have been run with keep_block_headlines
/// (so the bundle records exactly what `simulate` reported), with the inputs embedded. Populations read from CSV are refused: their records carry clear
/// IINs, which never enter a bundle.
std::string simulate_bundle(const sim::Scenario& scenario, const sim::Comparison& comparison,
                            const std::string& command, const SigningKey* signer = nullptr);

/// Options of verify.
struct VerifyOptions {
  sim::TaskSystem* tasks = nullptr;  ///< where a simulate bundle is replayed (null: this thread)
  sim::ProgressFn progress;   ///< optional
  /// Replay the run from the embedded inputs (the last checks). Without it only the
  /// bundle's integrity is checked: structure, chain, seal, manifest and inputs.
  bool replay = true;
  /// The signer's public key: verify then checks the signature and says "authentic" only
  /// when it holds. Without it, authenticity is not checked.
  std::optional<PublicKey> public_key;
};

/// Whether verify established who signed the bundle.
enum class Authenticity {
  kNotChecked,  ///< no public key given: "integrity checked, authenticity not checked"
  kAuthentic,   ///< the signature of the given key holds over this bundle
  kNotAuthentic ///< a key was given and the bundle is unsigned, signed by another key, or
                ///< its signature does not hold (a failed "signature" check says which)
};

/// One check of verify and its outcome.
struct VerifyCheck {
  std::string name;  ///< structure, seal, chain, manifest, inputs, replay, root
  bool ok = false;
  std::string detail;
};

/// The first record where the bundle and the replay differ.
struct RecordMismatch {
  std::uint64_t record = 0;  ///< index among decision (or block) records
  std::string item;          ///< case id, or "replication r policy|baseline block b"
  std::string field;         ///< e.g. "amount", "rule", "record" (missing or extra)
  std::string expected;      ///< from the replay
  std::string found;         ///< in the bundle
};

/// What verify found.
struct VerifyResult {
  std::string file;
  BundleKind kind{};
  std::uint64_t size = 0;
  std::uint64_t records = 0;  ///< records stored
  std::uint64_t replayed = 0; ///< records replayed
  std::uint64_t cases = 0;
  std::string manifest_root;  ///< hex, as the manifest states it
  std::string replay_root;    ///< hex, recomputed
  std::vector<VerifyCheck> checks;
  std::optional<ChainBreak> chain_break;
  std::optional<RecordMismatch> mismatch;
  /// What the replayed horizon relies on that no law sets yet (a provisional calendar year,
  /// an assumed policy value); empty inside final years or without a replay.
  std::vector<ProvisionalNote> provisional;
  bool is_signed = false;         ///< the bundle carries a signature
  std::string signer_key_id;      ///< hex, as the manifest states it (signed bundles)
  std::string case_tree_root;     ///< hex, recomputed from the log (signed decide bundles)
  Authenticity authenticity = Authenticity::kNotChecked;

  bool ok() const;  ///< every check passed
};

/// Verify a bundle: structure, seal, chain, manifest, embedded inputs against their digests,
/// replay from the embedded inputs, every record and the root. Throws InputError only when
/// \p bytes is not a bundle at all (see parse_bundle); every other problem is a failed check.
VerifyResult verify_bundle(std::string_view bytes, const std::string& file,
                           const VerifyOptions& options = {});

/// JSON Lines: the manifest line (with the bundle's format, kind, inputs and seal, and a
/// "provisional" list when the recorded horizon reaches a provisional calendar year or an
/// assumed policy value), then one line per record. Decision lines carry the legal basis
/// from the embedded policy.
std::string bundle_jsonl(std::string_view bytes, const std::string& file);

/// The inputs of a decide bundle parsed back (policy, calendar, cases) with the stored
/// decisions of each case; used by explain. Throws InputError when \p bytes is not a
/// decide bundle.
struct DecideBundleView {
  Bundle bundle;
  sim::LoadedInput policy, calendar, cases;
  std::optional<Date> horizon;
  std::vector<std::string> case_ids;                       ///< in log order
  std::vector<std::vector<DecodedDecision>> decisions;     ///< per case, as stored
};
DecideBundleView open_decide_bundle(std::string_view bytes, const std::string& file);

}  // namespace bailiff::audit
