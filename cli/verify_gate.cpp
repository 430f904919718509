#include "verify_gate.hpp"

#include <cstdio>

#include "bailiff/audit/verify_gate.hpp"
#include "bailiff/error.hpp"

namespace bailiff::cli {

void require_verified(const std::string& bytes, const std::string& file) {
  if (!audit::require_verified(bytes, file)) {
    std::fprintf(stderr,
                 "bailiff: %s: integrity checked (structure, chain, seal, manifest, inputs); the "
                 "simulation was not replayed: `bailiff verify %s` does that\n",
                 escape_control_bytes(file).c_str(), escape_control_bytes(file).c_str());
  }
}

}  // namespace bailiff::cli
