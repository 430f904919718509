// The check of a recorded enforcement log (study/): reading and checking a generated log of
// 100,000 national cases held in memory, 5% of them with an injected deviation.

#include <benchmark/benchmark.h>

#include <sstream>

#include "bailiff/study/record_check.hpp"
#include "bailiff/study/record_generator.hpp"

namespace {

constexpr const char* kKey = "bench-iin-key-0001";

struct Log {
  std::string bytes;
  bailiff::study::GeneratedLog written;
  bailiff::sim::Scenario scenario;
};

const Log& log_of_national_cases() {
  static const Log log = [] {
    bailiff::sim::ScenarioChoice choice;
    choice.population = "synthetic:national";
    choice.cases = 100'000;
    Log out{{}, {}, bailiff::sim::load_scenario(choice)};
    bailiff::study::GeneratorOptions options;
    options.inject_ppm = 50'000;
    std::ostringstream bytes;
    out.written = bailiff::study::write_record_log(out.scenario, options, bytes);
    out.bytes = bytes.str();
    return out;
  }();
  return log;
}

void BM_CheckRecords(benchmark::State& state) {
  const Log& log = log_of_national_cases();
  for (auto _ : state) {
    std::istringstream in(log.bytes);
    bailiff::study::RecordLogReader reader(in, "bench", kKey);
    benchmark::DoNotOptimize(bailiff::study::check_log(
        reader, log.scenario.policy.value, log.scenario.calendar.value, {}, log.written.horizon));
  }
  const auto lines = static_cast<std::int64_t>(log.written.cases + log.written.events);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(log.written.cases));
  state.counters["lines_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * lines), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CheckRecords)->Unit(benchmark::kMillisecond);

}  // namespace
