#include "verify_gate.hpp"

#include <cstdio>
#include <stdexcept>

#include "bailiff/error.hpp"

namespace bailiff::cli {

void throw_if_not_verified(const audit::VerifyResult& result, const std::string& file) {
  for (const audit::VerifyCheck& c : result.checks) {
    if (!c.ok) throw std::runtime_error(file + ": not verified: " + c.name + ": " + c.detail);
  }
}

void require_verified(const std::string& bytes, const std::string& file) {
  audit::VerifyOptions options;
  options.replay = audit::parse_bundle(bytes, file).kind == audit::BundleKind::kDecide;
  throw_if_not_verified(audit::verify_bundle(bytes, file, options), file);
  if (!options.replay) {
    std::fprintf(stderr,
                 "bailiff: %s: integrity checked (structure, chain, seal, manifest, inputs); the "
                 "simulation was not replayed: `bailiff verify %s` does that\n",
                 escape_control_bytes(file).c_str(), escape_control_bytes(file).c_str());
  }
}

}  // namespace bailiff::cli
