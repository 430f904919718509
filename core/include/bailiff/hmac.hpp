#pragma once

#include <string_view>

#include "bailiff/sha256.hpp"

namespace bailiff {

/// Returns HMAC-SHA256 (RFC 2104) of `message` under `key`; keys longer than the 64-byte
/// block are hashed first, as the RFC prescribes.
Digest hmac_sha256(std::string_view key, std::string_view message);

}  // namespace bailiff
