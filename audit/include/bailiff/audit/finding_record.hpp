#pragma once
/// \file The canonical record of one finding of `check-records`, as a findings bundle stores
/// it and a receipt carries it: the decision record's counterpart (core audit.hpp), chained
/// per case the same way (h_i = SHA-256(h_{i-1} || record_i) from SHA-256("robot-bailiff/
/// case/v1")), so that the bundle's case tree and receipts work for findings unchanged.
///
/// Record (integers big-endian, str = u32 length + UTF-8 bytes):
///   u8 format version (2: a finding, where a decision record is 1) | str case id |
///   u32 sequence number in the case | u8 kind (study::FindingKind) | str region |
///   i32 date (days since 1970-01-01) | u8 presence (bit 0 recorded action, 1 recorded
///   date, 2 recorded amount, 3 required action, 4 required date, 5 required amount) |
///   u8 recorded action | i32 recorded date | i64 recorded amount (tiyn) | u8 required
///   action | i32 required date | i64 required amount (tiyn) | str rule id | str legal basis |
///   i64 tenge at stake (tiyn) | u8 charged (0 or 1) | u8 why it cannot be judged
///   (study::CannotJudge) | str reason | u64 line of the log
/// A field that is absent is written as zero, so that each finding has one encoding. No
/// field holds an IIN: a finding has none (the log's reader refuses an IIN outside its
/// column and replaces the one in it by a pseudonym, which no finding carries either).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "bailiff/study/record_check.hpp"

namespace bailiff::audit {

/// The first byte of every finding record.
inline constexpr std::uint8_t kFindingRecordVersion = 2;

/// Append the canonical record of finding \p seq of its case to \p out.
void encode_finding(std::string& out, std::uint32_t seq, const study::Finding& finding);

/// A finding record decoded from its canonical bytes.
struct DecodedFinding {
  std::uint32_t seq = 0;   ///< its place among its case's findings
  study::Finding finding;  ///< every field as recorded
};

/// Decode a canonical finding record; nullopt (with \p error set) when malformed or not in
/// its one canonical form.
std::optional<DecodedFinding> decode_finding(std::string_view record, std::string* error = nullptr);

/// The fields of finding record \p d as JSON, from "seq" to "line" (money as plain tenge,
/// absent values null): what `export-jsonl` and a receipt's JSON report show of a finding.
nlohmann::ordered_json finding_fields_json(const DecodedFinding& d);

}  // namespace bailiff::audit
