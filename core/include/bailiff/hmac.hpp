#pragma once
/// \file HMAC-SHA256 (RFC 2104): keyed digests for IIN pseudonyms and for digests of
/// personal data that must not be invertible by guessing without the key.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bailiff/sha256.hpp"

namespace bailiff {

/// Incremental HMAC-SHA256 of a message given in pieces.
class HmacSha256 {
 public:
  /// Starts a MAC under \p key; keys longer than the 64-byte block are hashed first, as the
  /// RFC prescribes.
  explicit HmacSha256(std::string_view key);

  /// Appends \p bytes to the message.
  void update(std::string_view bytes) { inner_.update(bytes); }

  /// The MAC of everything appended; call once.
  Digest finish();

 private:
  static constexpr std::size_t kBlockBytes = 64;
  std::uint8_t block_key_[kBlockBytes] = {};
  Sha256 inner_;
};

/// Returns HMAC-SHA256 (RFC 2104) of `message` under `key`.
Digest hmac_sha256(std::string_view key, std::string_view message);

}  // namespace bailiff
