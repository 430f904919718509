// Verify throughput: a decide bundle of the shipped example cases repeated to 100,000 cases
// (about 530,000 decisions), verified end to end on one thread (parse, chain, seal, inputs,
// replay, every record, root). Reported as decisions/s per core.

#include <benchmark/benchmark.h>

#include <map>

#include <nlohmann/json.hpp>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/cases.hpp"
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

/// The same bundle checked without the replay (structure, chain, seal, manifest, inputs).
void BM_VerifyDecideBundleIntegrity(benchmark::State& state) {
  const BenchBundle& b = bench_bundle(static_cast<std::size_t>(state.range(0)));
  audit::VerifyOptions options;
  options.replay = false;
  for (auto _ : state) {
    const audit::VerifyResult r = audit::verify_bundle(b.bytes, "bench.rbb", options);
    if (!r.ok()) state.SkipWithError("bundle did not verify");
    benchmark::DoNotOptimize(r.records);
  }
  state.counters["decisions/s"] = benchmark::Counter(
      static_cast<double>(b.decisions) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_VerifyDecideBundleIntegrity)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Reading the bundle's embedded cases file alone (parse_cases), the replay's first step.
void BM_VerifyReadCases(benchmark::State& state) {
  const BenchBundle& b = bench_bundle(static_cast<std::size_t>(state.range(0)));
  const audit::Bundle parsed = audit::parse_bundle(b.bytes, "bench.rbb");
  const audit::BundleInput* cases = nullptr;
  for (const audit::BundleInput& input : parsed.inputs) {
    if (input.role == "cases") cases = &input;
  }
  for (auto _ : state) {
    const std::vector<Fine> fines = parse_cases(cases->bytes, cases->name);
    benchmark::DoNotOptimize(fines.data());
  }
  state.counters["decisions/s"] = benchmark::Counter(
      static_cast<double>(b.decisions) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["cases_MB"] = static_cast<double>(cases->bytes.size()) / 1e6;
}
BENCHMARK(BM_VerifyReadCases)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
