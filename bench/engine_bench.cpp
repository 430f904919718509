// Engine and audit primitives: deciding one case, SHA-256 of audit records.

#include <benchmark/benchmark.h>

#include "bailiff/audit.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace {

const bailiff::Policy& policy() {
  static const bailiff::Policy p = bailiff::Policy::parse(
      std::string(bailiff::sim::find_embedded("policies/kz-2024-08-20.json")->bytes), "p");
  return p;
}

const bailiff::Calendar& calendar() {
  static const bailiff::Calendar c = bailiff::Calendar::parse(
      std::string(bailiff::sim::find_embedded("calendars/kz.json")->bytes), "c");
  return c;
}

/// A 5 MRP fine never paid: it goes all the way to a private bailiff (the longest timeline).
bailiff::Fine unpaid_fine() {
  bailiff::Fine fine;
  fine.id = "B-1";
  fine.amount = bailiff::tenge(19'660);
  fine.in_force = bailiff::from_ymd(2025, 3, 3);
  fine.discount_eligible = true;
  return fine;
}

void BM_DecideUnpaidFine(benchmark::State& state) {
  const bailiff::Engine engine(policy(), calendar());
  const bailiff::Fine fine = unpaid_fine();
  for (auto _ : state) {
    benchmark::DoNotOptimize(engine.decide(fine, calendar().last_day()));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecideUnpaidFine);

/// Hashing one case's decisions into its chain (what verify replays).
void BM_CaseDigest(benchmark::State& state) {
  const bailiff::Engine engine(policy(), calendar());
  const bailiff::Fine fine = unpaid_fine();
  const std::vector<bailiff::Decision> decisions = engine.decide(fine, calendar().last_day());
  for (auto _ : state) benchmark::DoNotOptimize(bailiff::case_digest(fine.id, decisions));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(decisions.size()));
  state.counters["decisions_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * decisions.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CaseDigest);

}  // namespace
