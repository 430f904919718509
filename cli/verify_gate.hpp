#pragma once
// The CLI's side of the bundle gate (audit::require_verified): what it says on stderr.

#include <string>

namespace bailiff::cli {

/// audit::require_verified, saying on stderr when a simulate bundle was checked for
/// integrity but not replayed (and which command replays it).
void require_verified(const std::string& bytes, const std::string& file);

}  // namespace bailiff::cli
