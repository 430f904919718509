// Fuzz target: the cases reader (parse_cases), then deciding every case it accepts under the
// shipped policy, so that the engine sees whatever a reader lets through.
#include "bailiff/cases.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bailiff::sim::LoadedInput policy_file =
      bailiff::sim::load_input("kz-2024-08-20", "policies");
  static const bailiff::sim::LoadedInput calendar_file = bailiff::sim::load_input("kz", "calendars");
  static const bailiff::Policy policy = bailiff::Policy::parse(policy_file.bytes, policy_file.name);
  static const bailiff::Calendar calendar = bailiff::Calendar::parse(calendar_file.bytes, calendar_file.name);
  return bailiff::fuzz::guarded([&] {
    const std::vector<bailiff::Fine> fines =
        bailiff::parse_cases(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
    const bailiff::Engine engine(policy, calendar);
    for (const bailiff::Fine& fine : fines) (void)engine.run(fine, calendar.last_day());
  });
}
