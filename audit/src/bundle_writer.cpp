// Writing a bundle file: the parts every writer (decide, simulate, records) shares, the
// assembled file and the manifest's common keys, inputs, case tree and signature.

#include "bailiff/audit/bundle.hpp"
#include "bailiff/engine.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit::bundle_detail {

using Json = nlohmann::ordered_json;

std::string assemble(BundleKind kind, const std::string& manifest,
                     const std::vector<BundleInput>& inputs, const std::string& log,
                     const Digest& log_root, const SignRequest& sign) {
  std::string header(kBundleMagic);
  put_u16(header, kBundleFormatVersion);
  put_u8(header, static_cast<std::uint8_t>(kind));
  put_u8(header, sign.signer ? kBundleFlagSigned : 0);
  std::string input_section;
  put_u32(input_section, static_cast<std::uint32_t>(inputs.size()));
  std::vector<Digest> digests;
  for (const BundleInput& input : inputs) {
    put_str(input_section, input.role);
    put_str(input_section, input.name);
    put_u64(input_section, input.bytes.size());
    input_section += input.bytes;
    digests.push_back(sha256(input.bytes));
  }
  std::string out = header;
  out.reserve(header.size() + manifest.size() + input_section.size() + log.size() + 128);
  put_u64(out, manifest.size());
  out += manifest;
  put_u64(out, input_section.size());
  out += input_section;
  put_u64(out, log.size());
  out += log;
  out += kBundleTrailer;
  const Digest seal = compute_seal(header, manifest, inputs, digests, log_root);
  put_digest(out, seal);
  if (sign.signer) {
    const Signature signature = sign.signer->sign(
        signed_message({kind, sign.signer->id(), seal, sign.tree_size, sign.tree_root}));
    out += kSignatureMarker;
    out.append(reinterpret_cast<const char*>(signature.data()), signature.size());
  }
  return out;
}

Json manifest_signature(const SigningKey& signer) {
  return Json{{"algorithm", "Ed25519"},
              {"key_id", key_id_hex(signer.id())},
              {"signs",
               "robot-bailiff/bundle-signature/v1 || u8 kind || 8-byte key id || the seal || "
               "u64 case tree size || case tree root; the 64-byte signature follows the seal "
               "after \"RBB-SIG\\n\". `bailiff verify FILE --public-key KEY.pub` checks it."}};
}

Json manifest_case_tree(std::uint64_t size, const Digest& root) {
  return Json{{"hashing",
               "RFC 6962 over SHA-256, one leaf per case in log order: leaf = SHA-256(0x00 || "
               "str case id || case digest), node = SHA-256(0x01 || left || right); "
               "`bailiff receipt` proves one case against this root"},
              {"size", size},
              {"root", to_hex(root)}};
}

Json manifest_head(std::string_view format, BundleKind kind, const std::string& command) {
  Json manifest;
  manifest[manifest_key::kFormat] = format;
  manifest[manifest_key::kFormatVersion] = kBundleFormatVersion;
  manifest[manifest_key::kKind] = bundle_kind_name(kind);
  manifest[manifest_key::kEngineVersion] = std::string(kEngineVersion);
  manifest[manifest_key::kCommand] = command;
  return manifest;
}

Json manifest_inputs(const std::vector<BundleInput>& inputs) {
  Json list = Json::array();
  for (const BundleInput& input : inputs) {
    list.push_back(Json{{"role", input.role},
                        {"name", input.name},
                        {"sha256", to_hex(sha256(input.bytes))},
                        {"bytes", input.bytes.size()}});
  }
  return list;
}

void add_embedded_inputs(Json& manifest, const std::vector<BundleInput>& inputs) {
  manifest[manifest_key::kInputsEmbedded] = true;
  manifest[manifest_key::kSelfContained] =
      "Every input's exact bytes are embedded in this bundle after the manifest; "
      "`bailiff verify` replays from them and needs nothing else.";
  manifest[manifest_key::kInputs] = manifest_inputs(inputs);
}

}  // namespace bailiff::audit::bundle_detail
