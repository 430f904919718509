#pragma once
/// \file The gate every front door passes before it uses anything read from a bundle
/// (explain, receipt, export): verify it, and stop at the first failed check.

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "bailiff/audit/bundle.hpp"

namespace bailiff::audit {

/// A bundle that failed a check: `FILE: not verified: CHECK: DETAIL`.
class NotVerified : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Throws NotVerified naming the first failed check of \p result.
void throw_if_not_verified(const VerifyResult& result, const std::string& file);

/// Verify \p bytes (a bundle named \p file) before anything derived from it is used; throws
/// NotVerified at the first failed check. A decide bundle is replayed too (it is small); a
/// simulate bundle's replay takes as long as its run, so only its integrity is checked; a
/// records bundle gets every check of `bailiff verify` (it has no replay). Returns whether
/// every check of `bailiff verify` was run (false: a simulate bundle, not replayed).
bool require_verified(std::string_view bytes, const std::string& file);

/// require_verified, also checking the bundle's signature with \p public_key when given:
/// throws NotVerified unless the bundle is authentic (signed, by that key, and the signature
/// holds).
bool require_verified(std::string_view bytes, const std::string& file,
                      const std::optional<PublicKey>& public_key);

}  // namespace bailiff::audit
