// Fuzz target: the calibration targets reader (Target::parse).
#include "bailiff/study/target.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bailiff::fuzz::guarded([&] {
    (void)bailiff::study::Target::parse(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
  });
}
