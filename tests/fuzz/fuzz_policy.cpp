// Fuzz target: the policy reader (Policy::parse) and the rules it builds.
#include "bailiff/policy.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bailiff::fuzz::guarded([&] {
    const bailiff::Policy policy = bailiff::Policy::parse(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
    (void)policy.id();
  });
}
