#pragma once
// The gate every command that reads a bundle passes first: verify it, and stop at the first
// failed check before anything derived from the bundle is printed.

#include <string>

#include "bailiff/audit/bundle.hpp"

namespace bailiff::cli {

/// Ends the command with the first failed check of \p result (exit 1).
void throw_if_not_verified(const audit::VerifyResult& result, const std::string& file);

/// Checks a bundle before anything derived from it is printed, so that a tampered bundle
/// ends the command with the failed check and no output. A decide bundle is replayed too (it
/// is small); a simulate bundle's replay takes as long as its run, so only its integrity is
/// checked and stderr says so.
void require_verified(const std::string& bytes, const std::string& file);

}  // namespace bailiff::cli
