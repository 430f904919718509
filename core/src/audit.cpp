#include "bailiff/audit.hpp"

namespace bailiff {
namespace {

void put_u8(std::string& out, std::uint8_t v) { out.push_back(static_cast<char>(v)); }

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) put_u8(out, static_cast<std::uint8_t>(v >> shift));
}

void put_u64(std::string& out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) put_u8(out, static_cast<std::uint8_t>(v >> shift));
}

void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

}  // namespace

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
  HashChain chain("robot-bailiff/case/v1");
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
    const auto last = case_digests.begin() +
                      static_cast<std::ptrdiff_t>(std::min<std::uint64_t>(
                          start + kCasesPerBlock, case_digests.size()));
    blocks.push_back(block_digest(start / kCasesPerBlock, std::vector<Digest>(first, last)));
  }
  return run_root(header, blocks);
}

}  // namespace bailiff
