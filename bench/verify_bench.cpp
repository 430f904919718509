// Verify throughput: a decide bundle of the shipped example cases repeated to 100,000 cases
// (about 530,000 decisions), verified end to end on one thread (parse, chain, seal, inputs,
// replay, every record, root). Reported as decisions/s per core.

#include <benchmark/benchmark.h>

#include <map>

#include <nlohmann/json.hpp>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/sim/decide_run.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/sim/defaults.hpp"

namespace {

using namespace bailiff;

/// The example cases repeated to \p count cases, ids made unique with "#n".
std::string repeated_cases(std::size_t count) {
  const nlohmann::ordered_json example =
      nlohmann::ordered_json::parse(sim::find_embedded("cases/example.json")->bytes);
  const auto& cases = example.at("cases");
  nlohmann::ordered_json out;
  out["cases"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < count; ++i) {
    nlohmann::ordered_json c = cases[i % cases.size()];
    c["id"] = c["id"].get<std::string>() + "#" + std::to_string(i / cases.size());
    out["cases"].push_back(std::move(c));
  }
  return out.dump();
}

struct BenchBundle {
  std::string bytes;
  std::uint64_t decisions = 0;
};

const BenchBundle& bench_bundle(std::size_t cases) {
  static std::map<std::size_t, BenchBundle> made;
  auto it = made.find(cases);
  if (it != made.end()) return it->second;
  const sim::LoadedInput policy = sim::load_input(std::string(sim::defaults::kPolicy), "policies");
  const sim::LoadedInput calendar = sim::load_input("kz", "calendars");
  const sim::LoadedInput file{"bench:example-x" + std::to_string(cases), repeated_cases(cases)};
  const sim::DecideRun run = sim::run_decide(policy, calendar, file, std::nullopt);
  BenchBundle b;
  b.bytes = audit::decide_bundle(run, "bailiff_bench");
  for (const auto& t : run.timelines) b.decisions += t.size();
  return made.emplace(cases, std::move(b)).first->second;
}

void BM_VerifyDecideBundle(benchmark::State& state) {
  const BenchBundle& b = bench_bundle(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const audit::VerifyResult r = audit::verify_bundle(b.bytes, "bench.rbb");
    if (!r.ok()) state.SkipWithError("bundle did not verify");
    benchmark::DoNotOptimize(r.replay_root);
  }
  state.counters["decisions/s"] = benchmark::Counter(
      static_cast<double>(b.decisions) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["decisions"] = static_cast<double>(b.decisions);
  state.counters["bundle_MB"] = static_cast<double>(b.bytes.size()) / 1e6;
}
BENCHMARK(BM_VerifyDecideBundle)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
