// Fuzz target: the synthetic population reader (a preset, priced with the shipped policy).
#include "bailiff/sim/population.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bailiff::sim::LoadedInput policy_file =
      bailiff::sim::load_input("kz-2024-08-20", "policies");
  static const bailiff::Policy policy = bailiff::Policy::parse(policy_file.bytes, policy_file.name);
  return bailiff::fuzz::guarded([&] {
    const bailiff::sim::SyntheticPopulation population(bailiff::fuzz::bytes_of(data, size),
                                                       "fuzz.json", policy, 1000);
    for (std::uint64_t i = 0; i < population.size() && i < 16; ++i) (void)population.at(i, 7);
  });
}
