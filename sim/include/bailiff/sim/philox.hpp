#pragma once
/// \file Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror and Shaw,
/// "Parallel random numbers: as easy as 1, 2, 3" (SC'11, Random123), and CaseRng, the
/// keyed stream every random draw of a simulation comes from. Integer arithmetic only, so
/// the output is bit-identical on every target.

#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>

namespace bailiff::sim {

/// The 128-bit counter (plain text) of one Philox4x32 block.
struct Counter {
  std::array<std::uint32_t, 4> words;  ///< words[0] is the first word of Random123's ctr.
};

/// The 64-bit key of Philox4x32.
struct Key {
  std::array<std::uint32_t, 2> words;  ///< words[0] is the first word of Random123's key.
};

/// One Philox4x32-10 block: ten rounds over \p counter under \p key. Matches Random123's
/// philox4x32(ctr, key) with its default ten rounds word for word.
constexpr std::array<std::uint32_t, 4> philox4x32_10(Counter counter, Key key) {
  constexpr std::uint32_t kMultiplier0 = 0xD2511F53;
  constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57;
  constexpr std::uint32_t kWeyl0 = 0x9E3779B9;  // golden ratio
  constexpr std::uint32_t kWeyl1 = 0xBB67AE85;  // sqrt(3) - 1
  std::array<std::uint32_t, 4> x = counter.words;
  std::array<std::uint32_t, 2> k = key.words;
  for (int round = 0; round < 10; ++round) {
    if (round > 0) {
      k[0] += kWeyl0;
      k[1] += kWeyl1;
    }
    const std::uint64_t product0 = std::uint64_t{kMultiplier0} * x[0];
    const std::uint64_t product1 = std::uint64_t{kMultiplier1} * x[2];
    x = {static_cast<std::uint32_t>(product1 >> 32) ^ x[1] ^ k[0],
         static_cast<std::uint32_t>(product1),
         static_cast<std::uint32_t>(product0 >> 32) ^ x[3] ^ k[1],
         static_cast<std::uint32_t>(product0)};
  }
  return x;
}

/// The random stream of one (seed, case, stream) triple. Draw number n (counting 32-bit
/// words from 0) is word n % 4 of philox4x32_10({case low, case high, stream, n / 4},
/// {seed low, seed high}), so a draw depends on nothing but the seed, the case index, the
/// stream and its own number: not on other cases, threads or the order of simulation.
/// A stream holds 2^34 words; drawing more wraps around to the first.
class CaseRng {
 public:
  /// The stream \p stream of case \p case_index under the run's \p seed.
  constexpr CaseRng(std::uint64_t seed, std::uint64_t case_index, std::uint32_t stream)
      : key_{{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}},
        counter_{{static_cast<std::uint32_t>(case_index),
                  static_cast<std::uint32_t>(case_index >> 32), stream, 0}} {}

  /// The next 32-bit word, uniform on [0, 2^32).
  constexpr std::uint32_t next_u32() {
    if (used_ == block_.size()) {
      block_ = philox4x32_10(counter_, key_);
      ++counter_.words[3];
      used_ = 0;
    }
    return block_[used_++];
  }

  /// The next two words as one 64-bit value, the first word drawn in the low half.
  constexpr std::uint64_t next_u64() {
    const std::uint64_t low = next_u32();
    const std::uint64_t high = next_u32();
    return low | (high << 32);
  }

  /// Uniform on [0, n) without bias, n >= 1: Lemire's multiply-shift, "Fast random integer
  /// generation in an interval" (2019), drawing again in the rare rejected case (less than
  /// n in 2^32 per word).
  constexpr std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>((std::uint64_t{below_word(n)} * n) >> 32);
  }

  /// The word w that below(\p n) accepts, drawing the same words: below(n) is
  /// (w * n) >> 32. A caller that needs more of the product than its high half (a
  /// quotient of it, say) takes the word.
  constexpr std::uint32_t below_word(std::uint32_t n) {
    assert(n > 0);
    std::uint32_t word = next_u32();
    if (static_cast<std::uint32_t>(std::uint64_t{word} * n) < n) {
      const std::uint32_t threshold = (0u - n) % n;  // 2^32 mod n
      while (static_cast<std::uint32_t>(std::uint64_t{word} * n) < threshold) word = next_u32();
    }
    return word;
  }

 private:
  Key key_;
  Counter counter_;  // words[3] is the number of the next block to compute
  std::array<std::uint32_t, 4> block_{};
  std::size_t used_ = 4;  // words of block_ already returned; 4 means none is left
};

}  // namespace bailiff::sim
