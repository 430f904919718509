// Simulation throughput: cases per second through the full engine, by thread count.

#include <benchmark/benchmark.h>

#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/sim/scenario.hpp"

namespace {

using bailiff::sim::Scenario;

const Scenario& national(std::uint64_t cases) {
  static std::uint64_t loaded = 0;
  static Scenario scenario;
  if (loaded != cases) {
    bailiff::sim::ScenarioChoice choice;
    choice.cases = cases;
    scenario = bailiff::sim::load_scenario(choice);
    loaded = cases;
  }
  return scenario;
}

/// One policy over N national cases (the summary run, full engine), T threads.
void BM_SimulatePolicy(benchmark::State& state) {
  const auto cases = static_cast<std::uint64_t>(state.range(0));
  const Scenario& s = national(cases);
  const bailiff::sim::RunSpec spec = bailiff::sim::run_spec(s, bailiff::sim::Role::kPolicy, 1);
  bailiff::tasks::ThreadPool tasks(static_cast<unsigned>(state.range(1)));
  for (auto _ : state) {
    bailiff::sim::RunResult r = bailiff::sim::simulate(spec, tasks);
    benchmark::DoNotOptimize(r.audit_root);
  }
  state.counters["cases_per_s"] =
      benchmark::Counter(static_cast<double>(cases) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SimulatePolicy)
    ->ArgsProduct({{1'000'000, 10'000'000}, {1, 2}})
    ->ArgNames({"cases", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
