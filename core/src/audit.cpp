#include "bailiff/audit.hpp"

#include "bailiff/byte_codec.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff {

void encode_decision(std::string& out, std::string_view case_id, std::uint32_t seq,
                     const Decision& d) {
  put_u8(out, 1);
  put_str(out, case_id);
  put_u32(out, seq);
  put_u32(out, static_cast<std::uint32_t>(d.date.days));
  put_u8(out, static_cast<std::uint8_t>(d.action));
  put_u64(out, static_cast<std::uint64_t>(d.amount));
  put_u64(out, static_cast<std::uint64_t>(d.due_after));
  put_u64(out, static_cast<std::uint64_t>(d.fee));
  put_str(out, d.rule);
  put_u8(out, static_cast<std::uint8_t>(d.basis_param));
}

void HashChain::append(std::string_view item) {
  Sha256 hasher;
  hasher.update(head_.data(), head_.size());
  hasher.update(item);
  head_ = hasher.finish();
}

void HashChain::append(const Digest& digest) {
  append(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

Digest case_digest(std::string_view case_id, const std::vector<Decision>& decisions) {
  HashChain chain(kCaseChainDomain);
  std::string record;
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    record.clear();
    encode_decision(record, case_id, static_cast<std::uint32_t>(i), decisions[i]);
    chain.append(record);
  }
  return chain.head();
}

Digest run_header_digest(const RunHeader& header) {
  std::string bytes = "robot-bailiff/run/v1";
  put_str(bytes, header.engine_version);
  for (const Digest* d : {&header.policy, &header.calendar, &header.population}) {
    bytes.append(reinterpret_cast<const char*>(d->data()), d->size());
  }
  put_u64(bytes, header.seed);
  put_u64(bytes, header.case_count);
  return sha256(bytes);
}

Digest block_digest(std::uint64_t block, const std::vector<Digest>& case_digests) {
  std::string domain = "robot-bailiff/block/v1";
  put_u64(domain, block);
  HashChain chain(domain);
  for (const Digest& d : case_digests) chain.append(d);
  return chain.head();
}

Digest run_root(const RunHeader& header, const std::vector<Digest>& block_digests) {
  HashChain chain(run_header_digest(header));
  for (const Digest& d : block_digests) chain.append(d);
  return chain.head();
}

Digest run_root_of_cases(const RunHeader& header, const std::vector<Digest>& case_digests) {
  std::vector<Digest> blocks;
  for (std::uint64_t start = 0; start < case_digests.size(); start += kCasesPerBlock) {
    const auto first = case_digests.begin() + static_cast<std::ptrdiff_t>(start);
    const auto last = case_digests.begin() + static_cast<std::ptrdiff_t>(std::min<std::uint64_t>(
                                                 start + kCasesPerBlock, case_digests.size()));
    blocks.push_back(block_digest(start / kCasesPerBlock, std::vector<Digest>(first, last)));
  }
  return run_root(header, blocks);
}

std::optional<DecodedDecision> decode_decision(std::string_view rec, std::string* error) {
  std::size_t pos = 0;
  auto fail = [&](const std::string& why) -> std::optional<DecodedDecision> {
    if (error) *error = why + " at byte " + std::to_string(pos) + " of the record";
    return std::nullopt;
  };
  auto have = [&](std::size_t n) { return rec.size() - pos >= n; };
  DecodedDecision d;
  if (!have(1)) return fail("empty record");
  if (static_cast<unsigned char>(rec[pos]) != 1) return fail("record format version is not 1");
  pos += 1;
  if (!have(4)) return fail("record ends inside the case id length");
  const std::uint64_t id_len = get_be(rec.data() + pos, 4);
  pos += 4;
  if (!have(id_len)) return fail("case id runs past the record");
  d.case_id = std::string(rec.substr(pos, id_len));
  if (const auto bad = unsafe_character(d.case_id)) return fail("case id holds " + *bad);
  if (contains_valid_iin(d.case_id)) return fail("case id holds digits that may be an IIN");
  pos += id_len;
  if (!have(4 + 4 + 1 + 24 + 4)) return fail("record too short for its fixed fields");
  d.seq = static_cast<std::uint32_t>(get_be(rec.data() + pos, 4));
  pos += 4;
  d.date.days = static_cast<std::int32_t>(static_cast<std::uint32_t>(get_be(rec.data() + pos, 4)));
  pos += 4;
  const auto action = static_cast<unsigned char>(rec[pos]);
  if (action < 1 || action >= kActionSlots) return fail("unknown action " + std::to_string(action));
  d.action = static_cast<Action>(action);
  pos += 1;
  d.amount = static_cast<Tiyn>(get_be(rec.data() + pos, 8));
  d.due_after = static_cast<Tiyn>(get_be(rec.data() + pos + 8, 8));
  d.fee = static_cast<Tiyn>(get_be(rec.data() + pos + 16, 8));
  pos += 24;
  const std::uint64_t rule_len = get_be(rec.data() + pos, 4);
  pos += 4;
  if (!have(rule_len)) return fail("rule id runs past the record");
  d.rule = std::string(rec.substr(pos, rule_len));
  if (const auto bad = unsafe_character(d.rule)) return fail("rule id holds " + *bad);
  pos += rule_len;
  if (!have(1)) return fail("record ends before the basis parameter");
  const auto param = static_cast<unsigned char>(rec[pos]);
  if (param >= kParamCount) return fail("unknown policy parameter " + std::to_string(param));
  d.basis_param = static_cast<Param>(param);
  pos += 1;
  if (pos != rec.size()) return fail("extra bytes after the record");
  return d;
}

}  // namespace bailiff
