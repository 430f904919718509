// The floor of a Monte Carlo case run: only the work no simulation of one case can skip, so
// that BM_SimulatePolicy's cases per second (simulate_bench.cpp) can be set against it in
// one run. Per case: one Philox4x32-10 block (CaseRng), two categorical picks (the kind of
// fine, the debtor's segment), a binary search over a 365-day survival table (the payment
// day), a private-bailiff fee from the shipped policy's schedule, and integer sums.

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <vector>

#include "bailiff/policy.hpp"
#include "bailiff/sim/distributions.hpp"
#include "bailiff/sim/philox.hpp"
#include "bailiff/sim/scenario.hpp"

namespace {

using namespace bailiff;

/// What the floor adds up: cases paid, tenge collected, fees, cases paid by day.
struct FloorSums {
  std::int64_t paid = 0, collected = 0, fees = 0;
  std::array<std::int64_t, 365> by_day{};
};

/// N national cases through the floor, 1 thread.
void BM_MonteCarloFloor(benchmark::State& state) {
  const auto cases = static_cast<std::uint64_t>(state.range(0));
  const sim::Scenario s = sim::load_scenario(sim::ScenarioChoice{});
  // The kinds of fine by their counts, scaled to about 600,000 in all so that kinds x total
  // stays below 2^32 and a pick takes one word (the four words of one block: two picks, a
  // day and a spare for the rare rejected word); the segments by their shares.
  std::vector<sim::FineKind> kinds = s.population->kinds();
  std::vector<double> counts;
  double total = 0;
  for (const sim::FineKind& k : kinds) {
    double n = 0;
    for (const double c : k.count_by_region) n += c;
    counts.push_back(n);
    total += n;
  }
  std::vector<std::uint64_t> kind_weights;
  for (const double n : counts)
    kind_weights.push_back(1 + static_cast<std::uint64_t>(n / total * 6e5));
  std::vector<std::uint64_t> shares;
  std::vector<sim::DiscreteSurvival> tables;
  for (const sim::Segment& seg : s.behaviour_params.value.segments) {
    shares.push_back(static_cast<std::uint64_t>(seg.share_ppm));
    const std::int64_t hazard = seg.hazard_ppm[static_cast<std::size_t>(sim::PayStage::kVoluntary)];
    const std::vector<sim::Prob32> hazards(
        365,
        sim::Prob32::from_ratio(static_cast<std::uint64_t>(hazard), sim::kPpm, Rounding::kHalfUp));
    tables.emplace_back(hazards);
  }
  const sim::Categorical kind_pick(kind_weights), segment_pick(shares);
  const PolicyRules& rules = s.policy.value.at(s.horizon);
  for (auto _ : state) {
    FloorSums sums;
    for (std::uint64_t i = 0; i < cases; ++i) {
      sim::CaseRng rng(20240820, i, 0);
      const sim::FineKind& kind = kinds[kind_pick.sample(rng)];
      const std::optional<std::uint32_t> day = tables[segment_pick.sample(rng)].sample_day(rng);
      if (!day) continue;
      const Tiyn fee = private_bailiff_fee(kind.amount, rules.mrp, rules.fee, rules.rounding);
      ++sums.paid;
      sums.collected += kind.amount;
      sums.fees += fee;
      ++sums.by_day[*day];
    }
    benchmark::DoNotOptimize(sums);
  }
  state.counters["cases_per_s"] =
      benchmark::Counter(static_cast<double>(cases) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MonteCarloFloor)
    ->Arg(10'000'000)
    ->ArgName("cases")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
