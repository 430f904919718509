#include "bailiff/sim/philox.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <set>
#include <vector>

namespace bailiff::sim {
namespace {

using Block = std::array<std::uint32_t, 4>;

// Random123's known-answer vectors for philox4x32_10 (tests/kat_vectors).
TEST(Philox, KnownAnswerAllZero) {
  EXPECT_EQ(philox4x32_10({{0, 0, 0, 0}}, {{0, 0}}),
            (Block{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}));
}

TEST(Philox, KnownAnswerAllOnes) {
  EXPECT_EQ(
      philox4x32_10({{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}}, {{0xffffffff, 0xffffffff}}),
      (Block{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}));
}

TEST(Philox, KnownAnswerPiDigits) {
  EXPECT_EQ(
      philox4x32_10({{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}}, {{0xa4093822, 0x299f31d0}}),
      (Block{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}));
}

TEST(Philox, EvaluatesAtCompileTime) {
  static_assert(philox4x32_10({{0, 0, 0, 0}}, {{0, 0}})[0] == 0x6627e8d5);
  constexpr std::uint32_t kFirst = [] {
    CaseRng rng(0, 0, 0);
    return rng.next_u32();
  }();
  static_assert(kFirst == 0x6627e8d5);
}

TEST(CaseRng, WordsFollowTheDocumentedCounterLayout) {
  const std::uint64_t seed = 0x0123456789abcdef;
  const std::uint64_t case_index = 0xfedcba9876543210;
  CaseRng rng(seed, case_index, 5);
  for (std::uint32_t n = 0; n < 12; ++n) {
    const Block block =
        philox4x32_10({{0x76543210, 0xfedcba98, 5, n / 4}}, {{0x89abcdef, 0x01234567}});
    EXPECT_EQ(rng.next_u32(), block[n % 4]) << "draw " << n;
  }
}

TEST(CaseRng, SameTripleGivesSameDrawsWhateverElseIsDrawn) {
  CaseRng a(99, 12345, 3);
  CaseRng b(99, 12345, 3);
  CaseRng other(99, 12346, 3);
  for (int i = 0; i < 1000; ++i) {
    other.next_u32();  // draws elsewhere do not move this stream
    ASSERT_EQ(a.next_u32(), b.next_u32()) << "draw " << i;
  }
}

TEST(CaseRng, SeedCaseAndStreamEachChangeTheStream) {
  auto first_words = [](std::uint64_t seed, std::uint64_t case_index, std::uint32_t stream) {
    CaseRng rng(seed, case_index, stream);
    std::vector<std::uint32_t> words;
    for (int i = 0; i < 8; ++i) words.push_back(rng.next_u32());
    return words;
  };
  const std::vector<std::vector<std::uint32_t>> streams = {
      first_words(7, 0, 0), first_words(8, 0, 0),          first_words(7 | 1ull << 32, 0, 0),
      first_words(7, 1, 0), first_words(7, 1ull << 32, 0), first_words(7, 0, 1),
  };
  const std::set<std::vector<std::uint32_t>> distinct(streams.begin(), streams.end());
  EXPECT_EQ(distinct.size(), streams.size());
}

TEST(CaseRng, NextU64PutsTheFirstWordLow) {
  CaseRng words(1, 2, 3);
  CaseRng pairs(1, 2, 3);
  for (int i = 0; i < 10; ++i) {
    const std::uint64_t low = words.next_u32();
    const std::uint64_t high = words.next_u32();
    EXPECT_EQ(pairs.next_u64(), low | high << 32);
  }
}

TEST(CaseRng, BelowStaysInRange) {
  CaseRng rng(2024, 1, 0);
  for (const std::uint32_t n : {1u, 2u, 3u, 7u, 1000u, 0x80000001u, 0xffffffffu}) {
    for (int i = 0; i < 10000; ++i) ASSERT_LT(rng.below(n), n) << "n = " << n;
  }
}

TEST(CaseRng, BelowReachesEveryValue) {
  CaseRng rng(2024, 2, 0);
  std::array<int, 6> hits{};
  for (int i = 0; i < 600; ++i) ++hits[rng.below(6)];
  for (const int count : hits) EXPECT_GT(count, 0);
}

// Golden sequences: the same numbers under WASM prove bit identity.
constexpr std::uint64_t kSeed = 20251124;

TEST(CaseRng, GoldenU32) {
  CaseRng rng(kSeed, 42, 7);
  std::vector<std::uint32_t> got;
  for (int i = 0; i < 8; ++i) got.push_back(rng.next_u32());
  EXPECT_EQ(got, (std::vector<std::uint32_t>{0x9ea44d10, 0xdafde506, 0x4a4db758, 0x5e6a1f51,
                                             0xa5a7c676, 0x963f7051, 0x06d0ede2, 0xb71e8c57}));
}

TEST(CaseRng, GoldenU64) {
  CaseRng rng(kSeed, 42, 7);
  std::vector<std::uint64_t> got;
  for (int i = 0; i < 8; ++i) got.push_back(rng.next_u64());
  EXPECT_EQ(got,
            (std::vector<std::uint64_t>{0xdafde5069ea44d10, 0x5e6a1f514a4db758, 0x963f7051a5a7c676,
                                        0xb71e8c5706d0ede2, 0x9485faf11c38faae, 0xfc1120900496c761,
                                        0xfc9cd8ef1998ceff, 0x921ff91569d75d13}));
}

TEST(CaseRng, GoldenBelow) {
  CaseRng rng(kSeed, 42, 7);
  std::vector<std::uint32_t> got;
  for (int i = 0; i < 8; ++i) got.push_back(rng.below(1000));
  EXPECT_EQ(got, (std::vector<std::uint32_t>{619, 855, 290, 368, 647, 586, 26, 715}));
}

TEST(CaseRng, GoldenBelowThroughRejection) {
  // n = 2^31 + 1 rejects almost half the words: the third word here is rejected.
  CaseRng rng(kSeed, 42, 7);
  std::vector<std::uint32_t> got;
  for (int i = 0; i < 8; ++i) got.push_back(rng.below(0x80000001));
  EXPECT_EQ(got, (std::vector<std::uint32_t>{0x4f522688, 0x6d7ef283, 0x2f350fa8, 0x52d3e33b,
                                             0x024b63b0, 0x7e089048, 0x0ccc677f, 0x34ebae89}));
}

}  // namespace
}  // namespace bailiff::sim
