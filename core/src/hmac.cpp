#include "bailiff/hmac.hpp"

#include <array>

namespace bailiff {

HmacSha256::HmacSha256(std::string_view key) {
  if (key.size() > kBlockBytes) {
    const Digest hashed = sha256(key);
    for (std::size_t i = 0; i < hashed.size(); ++i) block_key_[i] = hashed[i];
  } else {
    for (std::size_t i = 0; i < key.size(); ++i) block_key_[i] = static_cast<std::uint8_t>(key[i]);
  }
  std::array<std::uint8_t, kBlockBytes> pad;
  for (std::size_t i = 0; i < kBlockBytes; ++i) pad[i] = block_key_[i] ^ 0x36;
  inner_.update(pad.data(), pad.size());
}

Digest HmacSha256::finish() {
  const Digest inner_digest = inner_.finish();
  std::array<std::uint8_t, kBlockBytes> pad;
  for (std::size_t i = 0; i < kBlockBytes; ++i) pad[i] = block_key_[i] ^ 0x5c;
  Sha256 outer;
  outer.update(pad.data(), pad.size());
  outer.update(inner_digest.data(), inner_digest.size());
  return outer.finish();
}

Digest hmac_sha256(std::string_view key, std::string_view message) {
  HmacSha256 mac(key);
  mac.update(message);
  return mac.finish();
}

}  // namespace bailiff
