// Fuzz target: the behaviour reader (BehaviourParams::parse).
#include "bailiff/sim/behaviour.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bailiff::fuzz::guarded([&] {
    (void)bailiff::sim::BehaviourParams::parse(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
  });
}
