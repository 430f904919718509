#include "bailiff/audit/verify_gate.hpp"

namespace bailiff::audit {

void throw_if_not_verified(const VerifyResult& result, const std::string& file) {
  for (const VerifyCheck& c : result.checks) {
    if (!c.ok) throw NotVerified(file + ": not verified: " + c.name + ": " + c.detail);
  }
}

bool require_verified(std::string_view bytes, const std::string& file) {
  return require_verified(bytes, file, std::nullopt);
}

bool require_verified(std::string_view bytes, const std::string& file,
                      const std::optional<PublicKey>& public_key) {
  VerifyOptions options;
  options.replay = parse_bundle(bytes, file).kind != BundleKind::kSimulate;
  options.public_key = public_key;
  const VerifyResult result = verify_bundle(bytes, file, options);
  throw_if_not_verified(result, file);
  if (public_key && result.authenticity != Authenticity::kAuthentic) {
    throw NotVerified(
        file + ": not verified: signature: the signature does not hold for the public key given");
  }
  return options.replay;
}

}  // namespace bailiff::audit
