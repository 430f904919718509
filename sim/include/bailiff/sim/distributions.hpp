#pragma once
/// \file The project's own distributions: probabilities are integer fractions of 2^32 and
/// every sampler is integer arithmetic over CaseRng words, so a draw is bit-identical on
/// every target and standard library (std::*_distribution is not).

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "bailiff/error.hpp"
#include "bailiff/money.hpp"
#include "bailiff/sim/philox.hpp"

namespace bailiff::sim {

/// A probability as a fraction of 2^32: raw / 2^32, from 0 to 1 - 2^-32. Certainty is not
/// representable; it saturates to raw = 0xFFFFFFFF, which a 32-bit draw misses once in 2^32.
struct Prob32 {
  std::uint32_t raw = 0;  ///< The probability times 2^32.

  /// num / den with the named \p rounding of num * 2^32 / den, exact for any 64-bit
  /// operands; a result of 2^32 (num == den, or rounding up to it) saturates to 0xFFFFFFFF.
  /// Throws DomainError unless 0 <= num <= den and den > 0.
  static constexpr Prob32 from_ratio(std::uint64_t num, std::uint64_t den, Rounding rounding) {
    if (den == 0 || num > den) {
      throw DomainError("Prob32::from_ratio: expected 0 <= num <= den and den > 0");
    }
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint32_t>::max();
    if (num == den) return {static_cast<std::uint32_t>(kMax)};
    std::uint64_t quotient = 0;
    std::uint64_t remainder = num;
    if (num <= kMax) {
      // num * 2^32 fits in 64 bits: one division gives the same quotient and remainder.
      quotient = (num << 32) / den;
      remainder = (num << 32) % den;
    } else {
      // Long division of num * 2^32 by den, one quotient bit at a time; the remainder stays
      // below den, and a bit shifted out of it stands for 2^64, which exceeds den.
      for (int bit = 0; bit < 32; ++bit) {
        const bool carry = (remainder >> 63) != 0;
        remainder <<= 1;
        quotient <<= 1;
        if (carry || remainder >= den) {
          remainder -= den;
          quotient |= 1;
        }
      }
    }
    switch (rounding) {
      case Rounding::kDown:
        break;
      case Rounding::kUp:
        quotient += remainder != 0 ? 1 : 0;
        break;
      case Rounding::kHalfUp:
        quotient += remainder >= den - remainder ? 1 : 0;
        break;
    }
    return {static_cast<std::uint32_t>(std::min(quotient, kMax))};
  }

  /// Equal when the raw fractions are.
  friend constexpr bool operator==(Prob32, Prob32) = default;
};

/// True with probability exactly p.raw / 2^32; draws one word.
constexpr bool bernoulli(CaseRng& rng, Prob32 p) {
  return rng.next_u32() < p.raw;
}

/// Uniform on [lo, hi], both included, lo <= hi.
constexpr std::uint32_t uniform_int(CaseRng& rng, std::uint32_t lo, std::uint32_t hi) {
  assert(lo <= hi);
  const std::uint32_t span = hi - lo;
  if (span == std::numeric_limits<std::uint32_t>::max()) return rng.next_u32();
  return lo + rng.below(span + 1);
}

namespace detail {

/// Uniform on [0, n), n >= 1: one CaseRng::below() when n fits in 32 bits, otherwise
/// 64-bit draws masked to n's bit width and rejected until below n.
constexpr std::uint64_t below_u64(CaseRng& rng, std::uint64_t n) {
  if (n <= std::numeric_limits<std::uint32_t>::max()) {
    return rng.below(static_cast<std::uint32_t>(n));
  }
  const std::uint64_t mask = ~std::uint64_t{0} >> (64 - std::bit_width(n - 1));
  std::uint64_t x = rng.next_u64() & mask;
  while (x >= n) x = rng.next_u64() & mask;
  return x;
}

}  // namespace detail

/// A categorical distribution over 0..n-1 with integer weights, sampled in O(1) with a
/// Walker/Vose alias table. The table is built in exact integer arithmetic in a fixed order,
/// so category i is drawn with probability exactly weights[i] / sum(weights), and a
/// zero-weight category never.
class Categorical {
 public:
  /// Throws DomainError when \p weights is empty, has more than 2^32 - 1 entries, sums to
  /// zero, or n * sum(weights) exceeds 2^64 - 1.
  explicit Categorical(std::span<const std::uint64_t> weights) {
    constexpr std::uint64_t kMax64 = std::numeric_limits<std::uint64_t>::max();
    const std::size_t n = weights.size();
    if (n == 0 || n > std::numeric_limits<std::uint32_t>::max()) {
      throw DomainError("Categorical: expected 1 to 2^32 - 1 weights");
    }
    std::uint64_t total = 0;
    for (const std::uint64_t weight : weights) {
      if (weight > kMax64 - total) throw DomainError("Categorical: weights sum past 2^64 - 1");
      total += weight;
    }
    if (total == 0) throw DomainError("Categorical: expected a positive weight");
    if (total > kMax64 / n) throw DomainError("Categorical: count * sum of weights past 2^64 - 1");
    // Column i holds `total` units: threshold_[i] of category i, the rest of alias_[i].
    width_ = total;
    threshold_.resize(n);
    alias_.resize(n);
    std::vector<std::uint64_t> scaled(n);
    std::vector<std::uint32_t> small, large;
    for (std::uint32_t i = 0; i < n; ++i) {
      scaled[i] = weights[i] * n;
      (scaled[i] < total ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
      const std::uint32_t s = small.back();
      small.pop_back();
      const std::uint32_t l = large.back();
      threshold_[s] = scaled[s];
      alias_[s] = l;
      scaled[l] -= total - scaled[s];
      if (scaled[l] < total) {
        large.pop_back();
        small.push_back(l);
      }
    }
    // The scaled weights left always sum to `total` per category left, so what remains is
    // large categories holding exactly one full column each.
    assert(small.empty());
    for (const std::uint32_t l : large) {
      threshold_[l] = total;
      alias_[l] = l;
    }
  }

  /// One category, from a uniform point in n columns of sum(weights) units: one word when
  /// n * sum(weights) < 2^32 (bar a rare rejection), two or more otherwise.
  std::uint32_t sample(CaseRng& rng) const {
    const std::uint64_t units = width_ * alias_.size();
    if (units > std::numeric_limits<std::uint32_t>::max()) {
      return category_at(detail::below_u64(rng, units));
    }
    // The point is floor(w * n * width / 2^32) for the accepted word w, so its column,
    // point / width, is floor(w * n / 2^32): category_at(point) by products, no division.
    const std::uint64_t word = rng.below_word(static_cast<std::uint32_t>(units));
    const std::uint64_t column = (word * alias_.size()) >> 32;
    const std::uint64_t offset = ((word * units) >> 32) - column * width_;
    return offset < threshold_[column] ? static_cast<std::uint32_t>(column) : alias_[column];
  }

  /// The category of unit \p point (below n * sum(weights)) of the table: column
  /// point / sum(weights), then that column's own category or its alias.
  std::uint32_t category_at(std::uint64_t point) const {
    const std::uint64_t column = point / width_;
    return point % width_ < threshold_[column] ? static_cast<std::uint32_t>(column)
                                               : alias_[column];
  }

  /// The number of categories n.
  std::uint32_t size() const { return static_cast<std::uint32_t>(alias_.size()); }

 private:
  std::uint64_t width_ = 0;               // units per column: the sum of the weights
  std::vector<std::uint64_t> threshold_;  // units of column i that draw category i
  std::vector<std::uint32_t> alias_;      // the category drawn by the rest of column i
};

/// The day of payment in a discrete-time hazard model over a horizon of days 0..H-1:
/// hazards[d] is the probability of paying on day d given no payment before it. The CDF
/// F(d) = 1 - prod_{k<=d} (1 - hazards[k]) is tabled in 32-bit fixed point from 64-bit
/// integer products; sampling inverts it with one word and a binary search.
class DiscreteSurvival {
 public:
  /// Tables the CDF. Each step rounds the survival S(d) = S(d-1) * (1 - hazards[d]) up
  /// (Rounding::kUp), so F(d) is below the exact value by less than d + 1 units of 2^-32
  /// and never reaches 1. Throws DomainError for more than 2^32 - 1 days.
  explicit DiscreteSurvival(std::span<const Prob32> hazards) {
    if (hazards.size() > std::numeric_limits<std::uint32_t>::max()) {
      throw DomainError("DiscreteSurvival: expected at most 2^32 - 1 days");
    }
    constexpr std::uint64_t kOne = std::uint64_t{1} << 32;
    std::uint64_t survival = kOne;  // S(d) * 2^32, from 1 down to at least 2^-32
    cdf_.reserve(hazards.size());
    for (const Prob32 hazard : hazards) {
      // ceil(S * (2^32 - h) / 2^32) = S - floor(S * h / 2^32); S * h < 2^64.
      survival -= (survival * hazard.raw) >> 32;
      cdf_.push_back(static_cast<std::uint32_t>(kOne - survival));
    }
  }

  /// The number of days H the hazards cover.
  std::uint32_t horizon() const { return static_cast<std::uint32_t>(cdf_.size()); }

  /// F(day): the probability of paying on or before \p day. Days at or past the horizon
  /// give F(H - 1), the probability of paying within the horizon (0 when H = 0).
  Prob32 cdf(std::uint32_t day) const {
    if (cdf_.empty()) return {};
    return {cdf_[std::min<std::size_t>(day, cdf_.size() - 1)]};
  }

  /// The day of payment, or nullopt for no payment within the horizon. Draws one word
  /// (none when H = 0); same as sample_day_from(rng, 0).
  std::optional<std::uint32_t> sample_day(CaseRng& rng) const { return sample_day_from(rng, 0); }

  /// The day of payment if it falls before \p end, else nullopt: the same word and the same
  /// mapping as sample_day(), but the search stops at \p end, so a stage of a few days
  /// costs one comparison for the many debtors who do not pay in it.
  std::optional<std::uint32_t> sample_day_before(CaseRng& rng, std::uint32_t end) const {
    const std::uint32_t point = rng.next_u32();
    const auto stop = cdf_.begin() + std::min<std::size_t>(end, cdf_.size());
    if (stop == cdf_.begin() || point >= *(stop - 1)) return std::nullopt;
    return upper_bound(static_cast<std::uint32_t>(stop - cdf_.begin()), point);
  }

  /// The day of payment given no payment before \p first_day, or nullopt for none within
  /// the horizon: the inverse CDF restricted to its tail [F(first_day - 1), 1), so the day
  /// is never before first_day. The word is mapped onto the tail with CaseRng::below() when
  /// F(first_day - 1) > 0; for first_day >= H nothing is drawn.
  std::optional<std::uint32_t> sample_day_from(CaseRng& rng, std::uint32_t first_day) const {
    if (first_day >= cdf_.size()) return std::nullopt;
    const std::uint32_t paid_before = first_day == 0 ? 0 : cdf_[first_day - 1];
    // 0 - paid_before is 2^32 - paid_before, the surviving mass, when paid_before > 0.
    const std::uint32_t point =
        paid_before == 0 ? rng.next_u32() : paid_before + rng.below(0u - paid_before);
    const std::uint32_t day = upper_bound(horizon(), point);
    if (day == horizon()) return std::nullopt;
    return day;
  }

 private:
  /// The first day d < \p end with cdf_[d] > \p point, else \p end: std::upper_bound's
  /// answer, by a search whose steps select rather than branch (the point is random, so a
  /// branch on it is mispredicted half the time).
  std::uint32_t upper_bound(std::uint32_t end, std::uint32_t point) const {
    const std::uint32_t* first = cdf_.data();
    std::uint32_t count = end;
    while (count > 1) {
      const std::uint32_t half = count / 2;
      first += half * static_cast<std::uint32_t>(first[half - 1] <= point);
      count -= half;
    }
    const auto day = static_cast<std::uint32_t>(first - cdf_.data());
    return count == 1 && first[0] <= point ? day + 1 : day;
  }

  std::vector<std::uint32_t> cdf_;  // F(d) * 2^32, nondecreasing
};

}  // namespace bailiff::sim
