#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bailiff {

/// A SHA-256 digest: 32 bytes in the order FIPS 180-4 outputs them.
using Digest = std::array<std::uint8_t, 32>;

/// Incremental SHA-256 (FIPS 180-4). Feed bytes with update() in any chunking, then call
/// finish(); the digest depends only on the concatenated bytes.
class Sha256 {
 public:
  /// Starts a new hash of the empty message. The native build compresses with OpenSSL's
  /// SHA-256 (the CPU's SHA extensions where it has them), the WASM build with the portable
  /// code: the digests are the same bytes.
  Sha256();

  /// A hasher that compresses with the portable code in every build: the reference the
  /// native build's OpenSSL path is tested against.
  static Sha256 portable();

  /// Appends `n` bytes starting at `data` to the message. `data` may be null when `n` is 0.
  void update(const void* data, std::size_t n);

  /// Appends the bytes of `s` to the message.
  void update(std::string_view s) { update(s.data(), s.size()); }

  /// Pads the message, returns its digest and resets the hasher to the empty message.
  Digest finish();

 private:
  void reset();

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_;
  std::size_t buffered_;       // bytes waiting in buffer_, always < 64
  std::uint64_t total_bytes_;  // message length so far
  bool portable_ = false;      // compress with the portable code even where OpenSSL is linked
};

/// Returns the SHA-256 digest of `bytes`.
Digest sha256(std::string_view bytes);

/// Returns `digest` as 64 lowercase hexadecimal characters.
std::string to_hex(const Digest& digest);

/// Parses exactly 64 hexadecimal characters (either case) into a digest; nullopt otherwise.
std::optional<Digest> digest_from_hex(std::string_view hex);

}  // namespace bailiff
