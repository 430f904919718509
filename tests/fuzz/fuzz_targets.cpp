// Fuzz target: the calibration targets reader (Target::parse).
#include "bailiff/sim/calibration.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bailiff::fuzz::guarded([&] {
    (void)bailiff::sim::Target::parse(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
  });
}
