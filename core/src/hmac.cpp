#include "bailiff/hmac.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace bailiff {

Digest hmac_sha256(std::string_view key, std::string_view message) {
  constexpr std::size_t kBlockBytes = 64;
  std::array<std::uint8_t, kBlockBytes> block_key{};
  if (key.size() > kBlockBytes) {
    const Digest hashed = sha256(key);
    for (std::size_t i = 0; i < hashed.size(); ++i) block_key[i] = hashed[i];
  } else {
    for (std::size_t i = 0; i < key.size(); ++i) block_key[i] = static_cast<std::uint8_t>(key[i]);
  }

  std::array<std::uint8_t, kBlockBytes> pad;
  for (std::size_t i = 0; i < kBlockBytes; ++i) pad[i] = block_key[i] ^ 0x36;
  Sha256 inner;
  inner.update(pad.data(), pad.size());
  inner.update(message);
  const Digest inner_digest = inner.finish();

  for (std::size_t i = 0; i < kBlockBytes; ++i) pad[i] = block_key[i] ^ 0x5c;
  Sha256 outer;
  outer.update(pad.data(), pad.size());
  outer.update(inner_digest.data(), inner_digest.size());
  return outer.finish();
}

}  // namespace bailiff
