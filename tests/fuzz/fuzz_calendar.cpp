// Fuzz target: the calendar reader (Calendar::parse), term arithmetic and the provisional
// years on what it accepts.
#include "bailiff/calendar.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bailiff::fuzz::guarded([&] {
    const bailiff::Calendar calendar =
        bailiff::Calendar::parse(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
    (void)calendar.add_working_days_within(calendar.first_day(), 7);
    (void)calendar.roll_forward_within(calendar.last_day());
    (void)calendar.is_provisional(calendar.last_final_day().plus_days(1));
  });
}
