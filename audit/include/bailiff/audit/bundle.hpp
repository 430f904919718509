#pragma once
/// \file Replay bundles: a self-contained file holding a run's manifest, the exact bytes of
/// every input it read and its hash-chained log, so that an auditor can replay the run on
/// another machine and confirm every record and the root (`bailiff verify`).
///
/// Layout (integers big-endian; str = u32 length + UTF-8 bytes):
///
///     magic  "\x89RBB\r\n\x1a\n" (8 bytes: binary, catches text-mode and 7-bit damage)
///     u16    format version (1) | u8 kind (1 decide, 2 simulate) | u8 flags (0)
///     u64 M  | manifest: M bytes of JSON (see manifest_json below)
///     u64 I  | inputs: u32 count, per input: str role | str name | u64 size | bytes
///     u64 L  | log: entries until the section ends, each
///              u8 tag | u32 body length | body | 32-byte link
///     "RBB-END\n" | 32-byte seal
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

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/provisional.hpp"
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

/// What a bundle replays.
enum class BundleKind : std::uint8_t { kDecide = 1, kSimulate = 2 };

/// "decide" or "simulate".
std::string_view bundle_kind_name(BundleKind kind);

/// Tags of log entries.
enum class EntryTag : std::uint8_t { kCase = 'C', kDecision = 'D', kRun = 'R', kBlock = 'B' };

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
};

/// Split \p bytes (named \p file in messages) into a bundle. Throws InputError naming the
/// file and the byte offset when it is not a bundle (foreign or truncated file, unknown
/// version, section lengths that do not add up). Damage inside the log is not thrown: it
/// is returned in Bundle::framing for verify to report.
Bundle parse_bundle(std::string_view bytes, const std::string& file);

/// A decide bundle: the run and the exact bytes of the inputs it decided from, with
/// \p command the command line to record.
std::string decide_bundle(const sim::DecideRun& run, const std::string& command);

/// A decide bundle of \p run embedding \p inputs (roles "policy", "calendar", "cases"; each
/// must hash to the run's digest): the writer behind the overload above.
std::string decide_bundle(const sim::DecideRun& run, const std::vector<BundleInput>& inputs,
                          const std::string& command);

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
                            const std::string& command);

/// Options of verify.
struct VerifyOptions {
  sim::TaskSystem* tasks = nullptr;  ///< where a simulate bundle is replayed (null: this thread)
  sim::ProgressFn progress;   ///< optional
  /// Replay the run from the embedded inputs (the last checks). Without it only the
  /// bundle's integrity is checked: structure, chain, seal, manifest and inputs.
  bool replay = true;
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
