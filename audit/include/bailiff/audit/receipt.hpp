#pragma once
/// \file Receipts: a small, self-contained proof that a signed decide bundle holds exactly
/// these decisions for one case, or a signed findings bundle (check-records --bundle,
/// records_bundle.hpp) exactly these findings, checkable offline without the bundle
/// (`bailiff receipt`, `bailiff verify-receipt`). It carries the case's canonical decision records,
/// the case's place in the bundle's case tree (RFC 6962, see bundle.hpp) with its audit path, and
/// what the bundle's signature signs except the tree root, which the checker recomputes.
///
/// Layout (integers big-endian; str = u32 length + bytes), nothing before or after:
///
///     magic  "\x89RBR\r\n\x1a\n" (8 bytes)
///     u16    format version (1: a decide bundle's receipt; 2: followed by the bundle's kind)
///     u8     version 2 only: the bundle's kind (3, records)
///     str    case id
///     u32    record count R, then R × str canonical decision record (core audit.hpp), or
///            for a records bundle canonical finding record (finding_record.hpp)
///     u64    leaf index | u64 tree size (cases in the bundle)
///     u8     path length P, then P × 32-byte hash (the audit path, deepest first)
///     8      key id | 32 seal of the bundle | 64 Ed25519 signature of the bundle
///
/// Size: 10 + 4 + |id| + 4 + Σ(4 + |record|) + 17 + 32·P + 104 bytes, P = ceil(log2 n) at
/// most: 333 to 1,067 bytes for the shipped example's cases (7 cases, P = 3; a record is
/// 55 to 85 bytes); 672 bytes more among 15 million cases (P = 24): 1,005 bytes for a case
/// with one decision, 1,739 for the example's longest (9 decisions).
///
/// A records receipt of a case without a finding has no record: it proves that the check
/// read the case and found nothing.
///
/// Checking: each record must decode, name the receipt's case and be numbered 0, 1, ... in
/// order; the case chain over the records gives the case digest; the leaf
/// SHA-256(0x00 || str case id || case digest) and the path give the tree root; the
/// signature must hold over signed_message(kind, key id, seal, tree size, root). Any
/// changed byte breaks one of these, or the strict framing.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/finding_record.hpp"
#include "bailiff/audit/signature.hpp"

namespace bailiff::audit {

/// The first 8 bytes of every receipt.
inline constexpr std::string_view kReceiptMagic{"\x89RBR\r\n\x1a\n", 8};
/// The receipt format version of a decide bundle's receipts.
inline constexpr std::uint16_t kReceiptFormatVersion = 1;
/// The receipt format version that names its bundle's kind (records receipts).
inline constexpr std::uint16_t kReceiptKindFormatVersion = 2;
/// The most decision records one receipt holds, read or written: a case has a handful of
/// steps, and one record per part payment (`bailiff receipt` refuses a case with more).
inline constexpr std::uint64_t kMaxReceiptRecords = 1000;
/// The longest case id and the longest decision record a receipt holds, read or written
/// (bytes; a record holds the case id, so the id's own limit is lower in practice).
inline constexpr std::uint64_t kMaxReceiptFieldBytes = 4096;
/// The longest audit path read: a tree of 2^64 leaves.
inline constexpr std::uint64_t kMaxReceiptPath = 64;
/// The largest receipt file read (8 MiB): above the most the reader accepts (1,000 records
/// of 4 KiB, a 64-hash path); a receipt is normally about a kilobyte.
inline constexpr std::uint64_t kMaxReceiptBytes = std::uint64_t{8} << 20;

/// One case's receipt.
struct Receipt {
  BundleKind kind = BundleKind::kDecide;  ///< the bundle's: decide or records
  std::string case_id;
  std::vector<std::string> records;  ///< canonical decision (or finding) records, in order
  std::uint64_t leaf_index = 0;
  std::uint64_t tree_size = 0;
  std::vector<Digest> path;
  KeyId key_id{};
  Digest seal{};
  Signature signature{};
};

/// The receipt's bytes (see the file comment).
std::string encode_receipt(const Receipt& receipt);

/// A receipt from \p bytes, read strictly (named \p file in messages). Throws InputError
/// `FILE:byte N: FIELD: expected ..., found ...` when it is not exactly one receipt.
Receipt parse_receipt(std::string_view bytes, const std::string& file);

/// The receipt of case \p case_id from a signed decide or records bundle. Throws InputError
/// when the bundle is not such a bundle or has no such case, and DomainError when the case
/// does not fit a receipt (a case id or a record above kMaxReceiptFieldBytes, more than
/// kMaxReceiptRecords records): a receipt is never written that parse_receipt would refuse.
/// Verify the bundle first: this copies what the bundle holds.
Receipt receipt_from_bundle(std::string_view bundle_bytes, const std::string& file,
                            std::string_view case_id);

/// What checking a receipt established.
struct ReceiptCheck {
  std::vector<DecodedDecision> decisions;  ///< the case's decisions, decoded (decide)
  std::vector<DecodedFinding> findings;    ///< the case's findings, decoded (records)
  Digest case_digest{};
  Digest tree_root{};
  bool consistent = false;  ///< records, chain and path fit together
  Authenticity authenticity = Authenticity::kNotChecked;
  std::string problem;  ///< the first thing that does not hold (empty when none)

  /// Consistent and, when a key was given, authentic: nothing that was checked failed.
  bool ok() const { return consistent && authenticity != Authenticity::kNotAuthentic; }
  /// Verified: consistent and authentic (a public key was given and the signature holds).
  /// Without a key a receipt is never verified: anyone can compute a consistent one.
  bool verified() const { return consistent && authenticity == Authenticity::kAuthentic; }
};

/// Check \p receipt; with \p key, also its signature (see the file comment).
ReceiptCheck check_receipt(const Receipt& receipt, const std::optional<PublicKey>& key);

}  // namespace bailiff::audit
