#include "bailiff/audit/verify_gate.hpp"

namespace bailiff::audit {

void throw_if_not_verified(const VerifyResult& result, const std::string& file) {
  for (const VerifyCheck& c : result.checks) {
    if (!c.ok) throw NotVerified(file + ": not verified: " + c.name + ": " + c.detail);
  }
}

bool require_verified(std::string_view bytes, const std::string& file) {
  VerifyOptions options;
  options.replay = parse_bundle(bytes, file).kind == BundleKind::kDecide;
  throw_if_not_verified(verify_bundle(bytes, file, options), file);
  return options.replay;
}

}  // namespace bailiff::audit
