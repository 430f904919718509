#include "bailiff/sha256.hpp"

#include <cstring>

#include "bailiff/byte_codec.hpp"

#if BAILIFF_OPENSSL_SHA256
// SHA256_Transform, OpenSSL's compression function (with the CPU's SHA extensions where it
// has them), is deprecated in OpenSSL 3 in favour of EVP, which hashes whole messages only;
// the padding and the state stay ours, so both builds hash through the same code.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#endif

namespace bailiff {
namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::size_t kBlockBytes = 64;

inline std::uint32_t rotr(std::uint32_t x, int n) {
  return (x >> n) | (x << (32 - n));
}

inline std::uint32_t load_be32(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

inline void store_be32(std::uint32_t v, std::uint8_t* p) {
  p[0] = static_cast<std::uint8_t>(v >> 24);
  p[1] = static_cast<std::uint8_t>(v >> 16);
  p[2] = static_cast<std::uint8_t>(v >> 8);
  p[3] = static_cast<std::uint8_t>(v);
}

// One compression round. The caller rotates the roles of a..h instead of moving values.
inline void sha_round(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t& d,
                      std::uint32_t e, std::uint32_t f, std::uint32_t g, std::uint32_t& h,
                      std::uint32_t k_plus_w) {
  const std::uint32_t t1 =
      h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k_plus_w;
  const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
  d += t1;
  h = t1 + t2;
}

// Message schedule word i >= 16, kept in a 16-word ring.
inline std::uint32_t schedule(std::uint32_t* w, std::size_t i) {
  const std::uint32_t w15 = w[(i - 15) & 15];
  const std::uint32_t w2 = w[(i - 2) & 15];
  const std::uint32_t s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3);
  const std::uint32_t s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10);
  return w[i & 15] += s0 + w[(i - 7) & 15] + s1;
}

// Compresses `blocks` consecutive 64-byte blocks starting at `p` into `state`.
void compress_portable(std::array<std::uint32_t, 8>& state, const std::uint8_t* p,
                       std::size_t blocks) {
  std::uint32_t w[16];
  for (; blocks > 0; --blocks, p += kBlockBytes) {
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (std::size_t i = 0; i < 16; i += 8) {
      for (std::size_t j = 0; j < 8; ++j) w[i + j] = load_be32(p + 4 * (i + j));
      sha_round(a, b, c, d, e, f, g, h, kRoundConstants[i + 0] + w[i + 0]);
      sha_round(h, a, b, c, d, e, f, g, kRoundConstants[i + 1] + w[i + 1]);
      sha_round(g, h, a, b, c, d, e, f, kRoundConstants[i + 2] + w[i + 2]);
      sha_round(f, g, h, a, b, c, d, e, kRoundConstants[i + 3] + w[i + 3]);
      sha_round(e, f, g, h, a, b, c, d, kRoundConstants[i + 4] + w[i + 4]);
      sha_round(d, e, f, g, h, a, b, c, kRoundConstants[i + 5] + w[i + 5]);
      sha_round(c, d, e, f, g, h, a, b, kRoundConstants[i + 6] + w[i + 6]);
      sha_round(b, c, d, e, f, g, h, a, kRoundConstants[i + 7] + w[i + 7]);
    }
    for (std::size_t i = 16; i < 64; i += 8) {
      sha_round(a, b, c, d, e, f, g, h, kRoundConstants[i + 0] + schedule(w, i + 0));
      sha_round(h, a, b, c, d, e, f, g, kRoundConstants[i + 1] + schedule(w, i + 1));
      sha_round(g, h, a, b, c, d, e, f, kRoundConstants[i + 2] + schedule(w, i + 2));
      sha_round(f, g, h, a, b, c, d, e, kRoundConstants[i + 3] + schedule(w, i + 3));
      sha_round(e, f, g, h, a, b, c, d, kRoundConstants[i + 4] + schedule(w, i + 4));
      sha_round(d, e, f, g, h, a, b, c, kRoundConstants[i + 5] + schedule(w, i + 5));
      sha_round(c, d, e, f, g, h, a, b, kRoundConstants[i + 6] + schedule(w, i + 6));
      sha_round(b, c, d, e, f, g, h, a, kRoundConstants[i + 7] + schedule(w, i + 7));
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}

// compress_portable() by OpenSSL where the build has it.
void compress(std::array<std::uint32_t, 8>& state, const std::uint8_t* p, std::size_t blocks,
              bool portable) {
#if BAILIFF_OPENSSL_SHA256
  if (!portable) {
    SHA256_CTX context;
    static_assert(sizeof(context.h) == sizeof(state));
    std::memcpy(context.h, state.data(), sizeof(state));
    for (; blocks > 0; --blocks, p += kBlockBytes) SHA256_Transform(&context, p);
    std::memcpy(state.data(), context.h, sizeof(state));
    return;
  }
#else
  (void)portable;
#endif
  compress_portable(state, p, blocks);
}

}  // namespace

Sha256::Sha256() {
  reset();
}

Sha256 Sha256::portable() {
  Sha256 hasher;
  hasher.portable_ = true;
  return hasher;
}

void Sha256::reset() {
  state_ = kInitialState;
  buffered_ = 0;
  total_bytes_ = 0;
}

void Sha256::update(const void* data, std::size_t n) {
  if (n == 0) return;
  const auto* p = static_cast<const std::uint8_t*>(data);
  total_bytes_ += n;
  if (buffered_ > 0) {
    const std::size_t take = n < kBlockBytes - buffered_ ? n : kBlockBytes - buffered_;
    std::memcpy(buffer_.data() + buffered_, p, take);
    buffered_ += take;
    p += take;
    n -= take;
    if (buffered_ < kBlockBytes) return;
    compress(state_, buffer_.data(), 1, portable_);
    buffered_ = 0;
  }
  const std::size_t whole = n / kBlockBytes;
  compress(state_, p, whole, portable_);
  p += whole * kBlockBytes;
  n -= whole * kBlockBytes;
  std::memcpy(buffer_.data(), p, n);
  buffered_ = n;
}

Digest Sha256::finish() {
  const std::uint64_t bit_length = total_bytes_ * 8;
  buffer_[buffered_++] = 0x80;
  if (buffered_ > kBlockBytes - 8) {
    std::memset(buffer_.data() + buffered_, 0, kBlockBytes - buffered_);
    compress(state_, buffer_.data(), 1, portable_);
    buffered_ = 0;
  }
  std::memset(buffer_.data() + buffered_, 0, kBlockBytes - 8 - buffered_);
  store_be32(static_cast<std::uint32_t>(bit_length >> 32), buffer_.data() + 56);
  store_be32(static_cast<std::uint32_t>(bit_length), buffer_.data() + 60);
  compress(state_, buffer_.data(), 1, portable_);

  Digest digest;
  for (std::size_t i = 0; i < 8; ++i) store_be32(state_[i], digest.data() + 4 * i);
  reset();
  return digest;
}

Digest sha256(std::string_view bytes) {
  Sha256 hasher;
  hasher.update(bytes);
  return hasher.finish();
}

std::string to_hex(const Digest& digest) {
  return hex_encode(digest);
}

std::optional<Digest> digest_from_hex(std::string_view hex) {
  Digest digest;
  if (!hex_decode(hex, digest, HexLetters::kEitherCase)) return std::nullopt;
  return digest;
}

}  // namespace bailiff
