#pragma once
/// \file The audit log: a canonical byte encoding of each decision, a SHA-256 hash chain
/// over a case's decisions, and a run root that commits to every input and every case.
///
/// Record (all integers big-endian, strings as u32 length + UTF-8 bytes):
///   u8 format version (1) | str case id | u32 sequence number in the case |
///   i32 date (days since 1970-01-01) | u8 action | i64 amount | i64 due after | i64 fee |
///   str rule id | u8 policy parameter whose reference is the legal basis (the reference's
///   text is fixed by the policy file, to which the run root commits)
/// Case chain: h_0 = SHA-256("robot-bailiff/case/v1"), h_i = SHA-256(h_{i-1} || record_i).
/// Run root: cases are grouped in blocks of kCasesPerBlock consecutive cases; each block's
/// digest chains its case digests from SHA-256("robot-bailiff/block/v1" || u64 block index);
/// the root chains the block digests from the run header
/// SHA-256("robot-bailiff/run/v1" || str engine version || policy || calendar || population
/// digests || u64 seed || u64 case count). Blocks let threads and processes hash
/// independently while the root stays the same for any split.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/decision.hpp"
#include "bailiff/sha256.hpp"

namespace bailiff {

/// Domain of every case chain: h_0 = SHA-256 of this string.
inline constexpr std::string_view kCaseChainDomain = "robot-bailiff/case/v1";

/// Cases per block of the run root.
inline constexpr std::uint64_t kCasesPerBlock = 4096;

/// Append the canonical record of decision \p seq of case \p case_id to \p out.
void encode_decision(std::string& out, std::string_view case_id, std::uint32_t seq,
                     const Decision& decision);

/// A decision record decoded from its canonical bytes (the inverse of encode_decision; the
/// legal basis is named by its parameter, its text is the policy's).
struct DecodedDecision {
  std::string case_id;
  std::uint32_t seq = 0;
  Date date;
  Action action{};
  Tiyn amount = 0, due_after = 0, fee = 0;
  std::string rule;
  Param basis_param{};
};

/// Decode a canonical decision record; nullopt (with \p error set) when malformed.
std::optional<DecodedDecision> decode_decision(std::string_view record, std::string* error = nullptr);

/// A SHA-256 hash chain: head = SHA-256(head || item) per item.
class HashChain {
 public:
  /// A chain whose head is SHA-256(\p domain).
  explicit HashChain(std::string_view domain) : head_(sha256(domain)) {}
  /// A chain starting from an explicit head.
  explicit HashChain(const Digest& head) : head_(head) {}
  /// Extend the chain by \p item.
  void append(std::string_view item);
  /// Extend the chain by a digest.
  void append(const Digest& digest);
  const Digest& head() const { return head_; }  ///< The current head.

 private:
  Digest head_;
};

/// Digest of one case's timeline (the head of its chain).
Digest case_digest(std::string_view case_id, const std::vector<Decision>& decisions);

/// What a run root commits to besides the cases.
struct RunHeader {
  std::string_view engine_version;
  Digest policy{};      ///< SHA-256 of the policy file's bytes
  Digest calendar{};    ///< SHA-256 of the calendar file's bytes
  Digest population{};  ///< SHA-256 of the cases file's bytes (or population spec)
  std::uint64_t seed = 0;
  std::uint64_t case_count = 0;
};

/// Digest of the run header (the root chain's start).
Digest run_header_digest(const RunHeader& header);

/// Block digest of cases [block * kCasesPerBlock, ...) given their case digests in order.
Digest block_digest(std::uint64_t block, const std::vector<Digest>& case_digests);

/// Root over the header and the block digests in block order.
Digest run_root(const RunHeader& header, const std::vector<Digest>& block_digests);

/// Convenience for a run held in memory: blocks and root from all case digests in order.
Digest run_root_of_cases(const RunHeader& header, const std::vector<Digest>& case_digests);

}  // namespace bailiff
