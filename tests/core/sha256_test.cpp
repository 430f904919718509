#include "bailiff/sha256.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>

namespace bailiff {
namespace {

// Vectors from NIST FIPS 180-4 examples / CAVS (SHA256ShortMsg, SHA256LongMsg).
TEST(Sha256, EmptyMessage) {
  EXPECT_EQ(to_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, Abc) {
  EXPECT_EQ(to_hex(sha256("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, TwoBlockMessage448Bits) {
  EXPECT_EQ(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, Message896Bits) {
  EXPECT_EQ(to_hex(sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                          "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, OneMillionAInUnevenChunks) {
  const std::string as(1000, 'a');
  Sha256 hasher;
  std::size_t fed = 0;
  for (std::size_t chunk = 1; fed < 1000000; chunk = chunk % 997 + 1) {
    const std::size_t n = std::min(chunk, 1000000 - fed);
    hasher.update(as.data(), n);
    fed += n;
  }
  EXPECT_EQ(to_hex(hasher.finish()),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Lengths around the padding boundaries (55/56 bytes, whole blocks); expected digests
// computed with Python's hashlib.
TEST(Sha256, PaddingBoundaries) {
  const std::pair<std::size_t, const char*> cases[] = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
      {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
      {128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"},
  };
  for (const auto& [length, expected] : cases) {
    EXPECT_EQ(to_hex(sha256(std::string(length, 'a'))), expected) << "length " << length;
  }
}

TEST(Sha256, IncrementalMatchesOneShotForEverySplit) {
  std::string message;
  for (int i = 0; i < 200; ++i) message.push_back(static_cast<char>((i * 37 + 11) & 0xff));
  const std::string_view all = message;
  for (std::size_t length : {std::size_t{130}, std::size_t{200}}) {
    const Digest expected = sha256(all.substr(0, length));
    for (std::size_t split = 0; split <= 130 && split <= length; ++split) {
      Sha256 hasher;
      hasher.update(all.substr(0, split));
      hasher.update(all.substr(split, length - split));
      EXPECT_EQ(hasher.finish(), expected) << "length " << length << " split " << split;
    }
  }
}

TEST(Sha256, FinishResetsToEmptyMessage) {
  Sha256 hasher;
  hasher.update("abc");
  EXPECT_EQ(hasher.finish(), sha256("abc"));
  EXPECT_EQ(hasher.finish(), sha256(""));
  hasher.update("abc");
  EXPECT_EQ(hasher.finish(), sha256("abc"));
}

TEST(Sha256, NullDataWithZeroLengthIsEmpty) {
  Sha256 hasher;
  hasher.update(nullptr, 0);
  EXPECT_EQ(hasher.finish(), sha256(""));
}

// The portable compression function (the WASM build's) against the published vectors, and
// the build's own (OpenSSL natively) against it on inputs of every length to 4 blocks and
// random splits: the digests are the same bytes on every platform.
Digest portable_sha256(std::string_view bytes) {
  Sha256 hasher = Sha256::portable();
  hasher.update(bytes);
  return hasher.finish();
}

TEST(Sha256, PortableCodeMatchesTheVectors) {
  EXPECT_EQ(to_hex(portable_sha256("")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(to_hex(portable_sha256("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(to_hex(portable_sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(to_hex(portable_sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, BuildsCodeEqualsThePortableCodeOnRandomInputs) {
  std::uint64_t state = 0x9e3779b97f4a7c15ULL;
  const auto next_byte = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<char>(state >> 56);
  };
  for (std::size_t length = 0; length <= 256; ++length) {
    std::string message;
    for (std::size_t i = 0; i < length; ++i) message.push_back(next_byte());
    const Digest expected = portable_sha256(message);
    EXPECT_EQ(sha256(message), expected) << "length " << length;
    const std::size_t split = length == 0 ? 0 : static_cast<std::uint8_t>(next_byte()) % length;
    Sha256 hasher;
    hasher.update(std::string_view(message).substr(0, split));
    hasher.update(std::string_view(message).substr(split));
    EXPECT_EQ(hasher.finish(), expected) << "length " << length << " split " << split;
  }
}

TEST(DigestHex, RoundTripsAndAcceptsEitherCase) {
  const Digest digest = sha256("abc");
  EXPECT_EQ(digest_from_hex(to_hex(digest)), digest);
  EXPECT_EQ(digest_from_hex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"),
            digest);
}

TEST(DigestHex, RejectsWrongLengthOrNonHex) {
  const std::string hex = to_hex(sha256("abc"));
  EXPECT_EQ(digest_from_hex(""), std::nullopt);
  EXPECT_EQ(digest_from_hex(hex.substr(0, 63)), std::nullopt);
  EXPECT_EQ(digest_from_hex(hex + "0"), std::nullopt);
  EXPECT_EQ(digest_from_hex("g" + hex.substr(1)), std::nullopt);
  EXPECT_EQ(digest_from_hex(hex.substr(0, 63) + " "), std::nullopt);
}

}  // namespace
}  // namespace bailiff
