#include "bailiff/sim/distributions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace bailiff::sim {
namespace {

constexpr std::uint64_t kSeed = 20251124;
constexpr std::uint64_t kDraws = 1000000;
constexpr double kTwo32 = 4294967296.0;

// True when `count` successes in `draws` trials lie within 4.5 standard deviations of the
// binomial mean for probability p (the tests are deterministic; this checks that the
// pinned counts are statistically plausible, not merely reproducible).
bool plausible(std::uint64_t count, std::uint64_t draws, double p) {
  const double mean = static_cast<double>(draws) * p;
  const double sd = std::sqrt(static_cast<double>(draws) * p * (1 - p));
  return std::abs(static_cast<double>(count) - mean) <= 4.5 * sd + 1e-9;
}

double probability(Prob32 p) {
  return p.raw / kTwo32;
}

TEST(Prob32, FromRatioRoundsAsNamed) {
  EXPECT_EQ(Prob32::from_ratio(1, 3, Rounding::kDown).raw, 0x55555555u);
  EXPECT_EQ(Prob32::from_ratio(1, 3, Rounding::kHalfUp).raw, 0x55555555u);
  EXPECT_EQ(Prob32::from_ratio(1, 3, Rounding::kUp).raw, 0x55555556u);
  EXPECT_EQ(Prob32::from_ratio(2, 3, Rounding::kDown).raw, 0xaaaaaaaau);
  EXPECT_EQ(Prob32::from_ratio(2, 3, Rounding::kHalfUp).raw, 0xaaaaaaabu);
  EXPECT_EQ(Prob32::from_ratio(1, 2, Rounding::kUp).raw, 0x80000000u);
  EXPECT_EQ(Prob32::from_ratio(0, 5, Rounding::kUp).raw, 0u);
  // 1 / 2^33 is half a unit: half-up rounds it up, down drops it.
  EXPECT_EQ(Prob32::from_ratio(1, 1ull << 33, Rounding::kHalfUp).raw, 1u);
  EXPECT_EQ(Prob32::from_ratio(1, 1ull << 33, Rounding::kDown).raw, 0u);
}

TEST(Prob32, FromRatioIsExactForFull64BitOperands) {
  // 2^63 / (2^64 - 1) = 2^-1 * (1 + 1 / (2^64 - 1)): just above one half.
  const std::uint64_t den = ~std::uint64_t{0};
  EXPECT_EQ(Prob32::from_ratio(1ull << 63, den, Rounding::kDown).raw, 0x80000000u);
  EXPECT_EQ(Prob32::from_ratio(1ull << 63, den, Rounding::kHalfUp).raw, 0x80000000u);
  EXPECT_EQ(Prob32::from_ratio(1ull << 63, den, Rounding::kUp).raw, 0x80000001u);
}

TEST(Prob32, CertaintySaturates) {
  EXPECT_EQ(Prob32::from_ratio(7, 7, Rounding::kDown).raw, 0xffffffffu);
  EXPECT_EQ(Prob32::from_ratio(~0ull - 1, ~0ull, Rounding::kUp).raw, 0xffffffffu);
}

TEST(Prob32, FromRatioRejectsImproperRatios) {
  EXPECT_THROW(Prob32::from_ratio(1, 0, Rounding::kDown), DomainError);
  EXPECT_THROW(Prob32::from_ratio(4, 3, Rounding::kDown), DomainError);
}

TEST(Prob32, FromRatioEvaluatesAtCompileTime) {
  static_assert(Prob32::from_ratio(1, 4, Rounding::kDown).raw == 0x40000000u);
}

TEST(Bernoulli, FrequencyIsPinnedAndPlausible) {
  const Prob32 p = Prob32::from_ratio(3, 10, Rounding::kHalfUp);
  std::uint64_t successes = 0;
  for (std::uint64_t c = 0; c < kDraws; ++c) {
    CaseRng rng(kSeed, c, 1);
    successes += bernoulli(rng, p) ? 1 : 0;
  }
  EXPECT_TRUE(plausible(successes, kDraws, probability(p))) << successes;
  EXPECT_EQ(successes, 299837u);
}

TEST(Bernoulli, ZeroNeverSucceeds) {
  CaseRng rng(kSeed, 0, 0);
  for (int i = 0; i < 10000; ++i) ASSERT_FALSE(bernoulli(rng, Prob32{}));
}

TEST(UniformInt, CoversTheClosedRange) {
  CaseRng rng(kSeed, 0, 0);
  std::array<int, 5> hits{};
  for (int i = 0; i < 1000; ++i) {
    const std::uint32_t x = uniform_int(rng, 10, 14);
    ASSERT_GE(x, 10u);
    ASSERT_LE(x, 14u);
    ++hits[x - 10];
  }
  for (const int count : hits) EXPECT_GT(count, 0);
  EXPECT_EQ(uniform_int(rng, 9, 9), 9u);
}

TEST(UniformInt, FullRangeIsTheRawWord) {
  CaseRng a(kSeed, 3, 3);
  CaseRng b(kSeed, 3, 3);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(uniform_int(a, 0, 0xffffffff), b.next_u32());
}

// Draws `draws` categories from stream 2 of case 0 and counts each.
std::vector<std::uint64_t> category_counts(const std::vector<std::uint64_t>& weights,
                                           std::uint64_t draws) {
  const Categorical categorical(weights);
  std::vector<std::uint64_t> counts(weights.size());
  CaseRng rng(kSeed, 0, 2);
  for (std::uint64_t i = 0; i < draws; ++i) ++counts[categorical.sample(rng)];
  return counts;
}

void expect_plausible_frequencies(const std::vector<std::uint64_t>& weights,
                                  const std::vector<std::uint64_t>& counts) {
  double total = 0;
  for (const std::uint64_t w : weights) total += static_cast<double>(w);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    EXPECT_TRUE(plausible(counts[i], kDraws, static_cast<double>(weights[i]) / total))
        << "category " << i << ": " << counts[i];
  }
}

TEST(Categorical, FrequenciesFollowWeights) {
  const std::vector<std::uint64_t> weights = {5, 0, 3, 2};
  const std::vector<std::uint64_t> counts = category_counts(weights, kDraws);
  expect_plausible_frequencies(weights, counts);
  EXPECT_EQ(counts, (std::vector<std::uint64_t>{499465, 0, 300567, 199968}));
}

TEST(Categorical, WeightsPast32BitsUseTheWideDraw) {
  const std::vector<std::uint64_t> weights = {3000000000, 1, 7000000000};
  const std::vector<std::uint64_t> counts = category_counts(weights, kDraws);
  expect_plausible_frequencies(weights, counts);
  EXPECT_EQ(counts, (std::vector<std::uint64_t>{299942, 0, 700058}));
}

// sample() takes the column by products; category_at() by division of the point drawn from
// the same words. Tables with n * sum(weights) just below 2^32, at 3 x 2^30 (a quarter of the
// words rejected, so the redraws are compared too), and small ones.
TEST(Categorical, SampleEqualsTheDivisionOfItsPoint) {
  const std::vector<std::vector<std::uint64_t>> tables = {
      {5, 0, 3, 2},
      {1},
      {1, 1, 1},
      {1u << 29, 1u << 28, 1u << 28},
      {4294967295u},
      {1431655765u, 1, 0},
      {550000, 300000, 150000},
      {4293, 1423, 900, 777, 650, 120, 33, 1, 0, 2}};
  for (std::size_t t = 0; t < tables.size(); ++t) {
    const Categorical categorical(tables[t]);
    std::uint64_t units = 0;
    for (const std::uint64_t w : tables[t]) units += w * tables[t].size();
    for (std::uint64_t c = 0; c < 20000; ++c) {
      CaseRng rng(kSeed, c, 7), copy(kSeed, c, 7);
      for (int k = 0; k < 10; ++k) {
        ASSERT_EQ(categorical.sample(rng), categorical.category_at(detail::below_u64(copy, units)))
            << "table " << t << " case " << c << " draw " << k;
      }
      ASSERT_EQ(rng.next_u32(), copy.next_u32()) << "the same words drawn, table " << t;
    }
  }
}

// The identity sample() rests on, over a sweep of every 997th word and the words at each
// column's edges: floor(floor(w * n * s / 2^32) / s) == floor(w * n / 2^32).
TEST(Categorical, ColumnOfThePointIsTheWordTimesTheColumns) {
  for (const auto& [n, s] : {std::pair<std::uint64_t, std::uint64_t>{4, 10},
                             {3, 1u << 30},
                             {7, 613566756},
                             {1000, 4294967}}) {
    const auto check = [n = n, s = s](std::uint64_t w) {
      ASSERT_EQ(((w * n * s) >> 32) / s, (w * n) >> 32) << "n " << n << " s " << s << " word " << w;
    };
    for (std::uint64_t w = 0; w < (std::uint64_t{1} << 32); w += 997) check(w);
    for (std::uint64_t c = 1; c < n; ++c) {
      const std::uint64_t edge = (c << 32) / n;  // the first words of column c, about
      for (std::uint64_t w = edge - std::min<std::uint64_t>(edge, 2); w <= edge + 2; ++w) check(w);
    }
    check(0xffffffffu);
  }
}

TEST(Categorical, ZeroWeightCategoriesAreNeverDrawn) {
  const std::vector<std::uint64_t> weights = {0, 1, 0, 0, 2, 0, 1000, 0};
  const std::vector<std::uint64_t> counts = category_counts(weights, 200000);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    EXPECT_EQ(counts[i] == 0, weights[i] == 0) << "category " << i << ": " << counts[i];
  }
}

TEST(Categorical, OneCategoryIsAlwaysDrawn) {
  const Categorical categorical(std::vector<std::uint64_t>{42});
  CaseRng rng(kSeed, 0, 0);
  for (int i = 0; i < 100; ++i) ASSERT_EQ(categorical.sample(rng), 0u);
  EXPECT_EQ(categorical.size(), 1u);
}

TEST(Categorical, RejectsUnusableWeights) {
  EXPECT_THROW(Categorical(std::vector<std::uint64_t>{}), DomainError);
  EXPECT_THROW(Categorical(std::vector<std::uint64_t>{0, 0}), DomainError);
  EXPECT_THROW(Categorical(std::vector<std::uint64_t>{~0ull, 1}), DomainError);
  EXPECT_THROW(Categorical(std::vector<std::uint64_t>{1ull << 62, 1ull << 62}), DomainError);
}

TEST(DiscreteSurvival, CdfOfDyadicHazardsIsExact) {
  // S = 1/2, 3/8, 3/8, 21/64, so F = 1/2, 5/8, 5/8, 43/64.
  const DiscreteSurvival survival(
      std::vector<Prob32>{{0x80000000}, {0x40000000}, {0}, {0x20000000}});
  EXPECT_EQ(survival.horizon(), 4u);
  EXPECT_EQ(survival.cdf(0).raw, 0x80000000u);
  EXPECT_EQ(survival.cdf(1).raw, 0xa0000000u);
  EXPECT_EQ(survival.cdf(2).raw, 0xa0000000u);
  EXPECT_EQ(survival.cdf(3).raw, 0xac000000u);
  EXPECT_EQ(survival.cdf(1000).raw, 0xac000000u);  // past the horizon: within-horizon total
}

TEST(DiscreteSurvival, CdfMatchesTheHandComputedProduct) {
  std::vector<Prob32> hazards;
  for (int d = 0; d < 365; ++d) {
    hazards.push_back(Prob32::from_ratio(d % 7 == 0 ? 5 : 2, 100, Rounding::kHalfUp));
  }
  const DiscreteSurvival survival(hazards);
  // Step by step in integers, as documented: S <- S - floor(S * h / 2^32).
  const std::uint64_t h0 = hazards[0].raw;
  const std::uint64_t h1 = hazards[1].raw;
  const std::uint64_t s0 = (1ull << 32) - h0;
  const std::uint64_t s1 = s0 - ((s0 * h1) >> 32);
  EXPECT_EQ(survival.cdf(0).raw, (1ull << 32) - s0);
  EXPECT_EQ(survival.cdf(1).raw, (1ull << 32) - s1);
  // And against the real-valued product: below it by less than d + 1 units of 2^-32.
  double product = 1;
  for (std::uint32_t d = 0; d < hazards.size(); ++d) {
    product *= 1 - probability(hazards[d]);
    const double exact = (1 - product) * kTwo32;
    const double tabled = survival.cdf(d).raw;
    ASSERT_LE(tabled, exact + 1e-3) << "day " << d;
    ASSERT_GT(tabled, exact - (d + 1)) << "day " << d;
  }
}

// Hazards of 5% on every seventh day and 2% otherwise over 60 days.
DiscreteSurvival weekly_survival() {
  std::vector<Prob32> hazards;
  for (int d = 0; d < 60; ++d) {
    hazards.push_back(Prob32::from_ratio(d % 7 == 0 ? 5 : 2, 100, Rounding::kHalfUp));
  }
  return DiscreteSurvival(hazards);
}

TEST(DiscreteSurvival, NonPaymentFrequencyIsPinnedAndPlausible) {
  const DiscreteSurvival survival = weekly_survival();
  CaseRng rng(kSeed, 0, 3);
  std::uint64_t never = 0;
  std::uint64_t day_sum = 0;
  for (std::uint64_t i = 0; i < kDraws; ++i) {
    const std::optional<std::uint32_t> day = survival.sample_day(rng);
    if (day) day_sum += *day;
    if (!day) ++never;
  }
  EXPECT_TRUE(plausible(never, kDraws, 1 - probability(survival.cdf(59)))) << never;
  EXPECT_EQ(never, 224679u);
  EXPECT_EQ(day_sum, 17018689u);
}

TEST(DiscreteSurvival, ConditionalDayIsNeverBeforeFirstDay) {
  const DiscreteSurvival survival = weekly_survival();
  CaseRng rng(kSeed, 1, 3);
  for (const std::uint32_t first_day : {1u, 5u, 20u, 59u}) {
    for (int i = 0; i < 20000; ++i) {
      const std::optional<std::uint32_t> day = survival.sample_day_from(rng, first_day);
      ASSERT_GE(day.value_or(first_day), first_day);
      ASSERT_LT(day.value_or(0), 60u);
    }
  }
}

TEST(DiscreteSurvival, ConditionalFirstDayPaysWithItsHazard) {
  const DiscreteSurvival survival = weekly_survival();
  CaseRng rng(kSeed, 2, 3);
  std::uint64_t on_day_21 = 0;
  for (std::uint64_t i = 0; i < kDraws; ++i) on_day_21 += survival.sample_day_from(rng, 21) == 21u;
  EXPECT_TRUE(plausible(on_day_21, kDraws, 0.05)) << on_day_21;
}

TEST(DiscreteSurvival, FromDayZeroIsTheUnconditionalSampler) {
  const DiscreteSurvival survival = weekly_survival();
  CaseRng a(kSeed, 4, 3);
  CaseRng b(kSeed, 4, 3);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(survival.sample_day(a), survival.sample_day_from(b, 0));
}

TEST(DiscreteSurvival, PastTheHorizonIsNeverAndDrawsNothing) {
  const DiscreteSurvival survival = weekly_survival();
  CaseRng rng(kSeed, 5, 3);
  EXPECT_EQ(survival.sample_day_from(rng, 60), std::nullopt);
  EXPECT_EQ(rng.next_u32(), CaseRng(kSeed, 5, 3).next_u32());

  const DiscreteSurvival empty(std::vector<Prob32>{});
  EXPECT_EQ(empty.sample_day(rng), std::nullopt);
  EXPECT_EQ(empty.cdf(0).raw, 0u);
}

// The samplers' search against std::upper_bound over the CDF, with the word drawn from a copy
// of the stream: every end of sample_day_before() up to past the horizon, every first day of
// sample_day_from().
TEST(DiscreteSurvival, SearchEqualsUpperBound) {
  std::vector<Prob32> hazards;
  for (std::uint32_t d = 0; d < 300; ++d) {
    hazards.push_back({d % 50 == 7 ? 0u : 40000000u + d * 1000000u});
  }
  const DiscreteSurvival survival(hazards);
  std::vector<std::uint32_t> cdf;
  for (std::uint32_t d = 0; d < survival.horizon(); ++d) cdf.push_back(survival.cdf(d).raw);
  for (std::uint64_t c = 0; c < 3000; ++c) {
    const std::uint32_t end = static_cast<std::uint32_t>(c % 310);
    CaseRng rng(kSeed, c, 9), copy(kSeed, c, 9);
    const std::uint32_t point = copy.next_u32();
    const auto stop = cdf.begin() + std::min<std::size_t>(end, cdf.size());
    const auto day =
        static_cast<std::uint32_t>(std::upper_bound(cdf.begin(), stop, point) - cdf.begin());
    const std::optional<std::uint32_t> expected =
        day < end && stop != cdf.begin() ? std::optional(day) : std::nullopt;
    ASSERT_EQ(survival.sample_day_before(rng, end), expected) << "case " << c << " end " << end;
    CaseRng from(kSeed, c, 10), from_copy(kSeed, c, 10);
    const std::uint32_t first = end;
    if (first >= cdf.size()) continue;
    const std::uint32_t paid_before = first == 0 ? 0 : cdf[first - 1];
    const std::uint32_t tail =
        paid_before == 0 ? from_copy.next_u32() : paid_before + from_copy.below(0u - paid_before);
    const auto tail_day =
        static_cast<std::uint32_t>(std::upper_bound(cdf.begin(), cdf.end(), tail) - cdf.begin());
    const std::optional<std::uint32_t> tail_expected =
        tail_day < cdf.size() ? std::optional(tail_day) : std::nullopt;
    ASSERT_EQ(survival.sample_day_from(from, first), tail_expected)
        << "case " << c << " first " << first;
  }
}

TEST(DiscreteSurvival, ZeroHazardsNeverPay) {
  const DiscreteSurvival survival(std::vector<Prob32>(30));
  CaseRng rng(kSeed, 6, 3);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(survival.sample_day(rng), std::nullopt);
  EXPECT_EQ(survival.cdf(29).raw, 0u);
}

// Golden sequences (seed 20251124, case 42, stream 7): the same numbers under WASM prove
// bit identity.
template <typename Draw>
std::vector<int> first_eight(Draw draw) {
  CaseRng rng(kSeed, 42, 7);
  std::vector<int> got;
  for (int i = 0; i < 8; ++i) got.push_back(draw(rng));
  return got;
}

int day_or_minus_one(std::optional<std::uint32_t> day) {
  return day ? static_cast<int>(*day) : -1;
}

TEST(Golden, UniformInt) {
  EXPECT_EQ(first_eight([](CaseRng& rng) { return static_cast<int>(uniform_int(rng, 100, 200)); }),
            (std::vector<int>{162, 186, 129, 137, 165, 159, 102, 172}));
}

TEST(Golden, Bernoulli) {
  const Prob32 p = Prob32::from_ratio(3, 10, Rounding::kHalfUp);
  EXPECT_EQ(p.raw, 1288490189u);
  EXPECT_EQ(first_eight([&](CaseRng& rng) { return static_cast<int>(bernoulli(rng, p)); }),
            (std::vector<int>{0, 0, 1, 0, 0, 0, 1, 0}));
}

TEST(Golden, Categorical) {
  const Categorical small(std::vector<std::uint64_t>{5, 0, 3, 2});
  EXPECT_EQ(first_eight([&](CaseRng& rng) { return static_cast<int>(small.sample(rng)); }),
            (std::vector<int>{0, 3, 2, 2, 0, 0, 0, 0}));
  const Categorical wide(std::vector<std::uint64_t>{3000000000, 1, 7000000000});
  EXPECT_EQ(first_eight([&](CaseRng& rng) { return static_cast<int>(wide.sample(rng)); }),
            (std::vector<int>{2, 0, 0, 0, 0, 2, 2, 2}));
}

TEST(Golden, SurvivalDays) {
  const DiscreteSurvival survival = weekly_survival();
  EXPECT_EQ(first_eight([&](CaseRng& rng) { return day_or_minus_one(survival.sample_day(rng)); }),
            (std::vector<int>{38, -1, 13, 18, 42, 35, 0, 49}));
  EXPECT_EQ(first_eight(
                [&](CaseRng& rng) { return day_or_minus_one(survival.sample_day_from(rng, 20)); }),
            (std::vector<int>{58, 33, -1, 24, 20, -1, 23, 54}));
  EXPECT_EQ(survival.cdf(7).raw, 0x3355c100u);
  EXPECT_EQ(survival.cdf(59).raw, 0xc66b28dcu);
}

}  // namespace
}  // namespace bailiff::sim
