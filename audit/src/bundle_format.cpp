// The bundle format's definitions shared by its writers and readers: kind names, the signed
// message, case leaves, entry links and framing, and the seal.

#include "bundle_format.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/merkle.hpp"

namespace bailiff::audit {

using namespace bundle_detail;

std::string_view bundle_kind_name(BundleKind kind) {
  switch (kind) {
    case BundleKind::kDecide:
      return "decide";
    case BundleKind::kSimulate:
      return "simulate";
    case BundleKind::kRecords:
      return "records";
  }
  return "unknown";
}

std::string signed_message(const SignedRoot& root) {
  std::string out(kSignatureDomain);
  put_u8(out, static_cast<std::uint8_t>(root.kind));
  out.append(reinterpret_cast<const char*>(root.key_id.data()), root.key_id.size());
  put_digest(out, root.seal);
  put_u64(out, root.tree_size);
  put_digest(out, root.tree_root);
  return out;
}

Digest case_leaf_hash(std::string_view case_id, const Digest& case_digest) {
  std::string data;
  put_str(data, case_id);
  put_digest(data, case_digest);
  return merkle_leaf_hash(data);
}

namespace bundle_detail {

Digest header_link(std::uint64_t entry, EntryTag tag, std::string_view body) {
  std::string prefix = "robot-bailiff/bundle-entry/v1";
  put_u64(prefix, entry);
  put_u8(prefix, static_cast<std::uint8_t>(tag));
  Sha256 hasher;
  hasher.update(prefix);
  hasher.update(body);
  return hasher.finish();
}

void put_entry(std::string& out, EntryTag tag, std::string_view body, const Digest& link) {
  put_u8(out, static_cast<std::uint8_t>(tag));
  put_str(out, body);
  put_digest(out, link);
}

Digest compute_seal(std::string_view header, std::string_view manifest,
                    const std::vector<BundleInput>& inputs,
                    const std::vector<Digest>& input_digests, const Digest& log_root) {
  std::string bytes = "robot-bailiff/bundle-seal/v1";
  bytes.append(header);
  put_u64(bytes, manifest.size());
  bytes.append(manifest);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    put_str(bytes, inputs[i].role);
    put_str(bytes, inputs[i].name);
    put_u64(bytes, inputs[i].bytes.size());
    put_digest(bytes, input_digests[i]);
  }
  put_digest(bytes, log_root);
  return sha256(bytes);
}

}  // namespace bundle_detail

}  // namespace bailiff::audit
