// The exact method's cost: one national year (25.5 M fines, every counter's expectation)
// with and without the paid-by-day series, by thread count, against one Monte Carlo run of
// the same year (BM_SimulatePolicy in simulate_bench.cpp).

#include <benchmark/benchmark.h>

#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/scenario.hpp"

namespace {

const bailiff::sim::Scenario& national_year() {
  static const bailiff::sim::Scenario scenario =
      bailiff::sim::load_scenario(bailiff::sim::ScenarioChoice{});
  return scenario;
}

/// One policy over the national year by the exact method; arguments: threads, series (0/1).
void BM_ExactNationalYear(benchmark::State& state) {
  const bailiff::sim::RunSpec spec =
      bailiff::sim::run_spec(national_year(), bailiff::sim::Role::kPolicy, 1);
  bailiff::tasks::ThreadPool tasks(static_cast<unsigned>(state.range(0)));
  const bool series = state.range(1) != 0;
  for (auto _ : state) {
    bailiff::sim::RunResult r = bailiff::sim::simulate_exact(spec, tasks, series);
    benchmark::DoNotOptimize(r.audit_root);
  }
  state.counters["fines"] = static_cast<double>(national_year().population->size());
}
BENCHMARK(BM_ExactNationalYear)
    ->ArgsProduct({{1, 2}, {0, 1}})
    ->ArgNames({"threads", "series"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

}  // namespace
