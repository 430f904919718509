// Fuzz target: the cases reader (parse_cases), then deciding every case it accepts under the
// shipped policy, so that the engine sees whatever a reader lets through. The streaming reader
// behind parse_cases must take a document only when the DOM reader takes it with the same fines.
#include "../../core/src/cases_stream.hpp"
#include "bailiff/cases.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "fuzz_guard.hpp"

namespace {

bool same_fine(const bailiff::Fine& a, const bailiff::Fine& b) {
  if (a.id != b.id || a.debtor != b.debtor || a.region != b.region || a.article != b.article ||
      a.amount != b.amount || a.in_force != b.in_force ||
      a.discount_eligible != b.discount_eligible || a.payments.size() != b.payments.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.payments.size(); ++i) {
    if (a.payments[i].date != b.payments[i].date || a.payments[i].amount != b.payments[i].amount) {
      return false;
    }
  }
  return true;
}

/// Traps when the streaming reader takes \p bytes and the DOM reader refuses them or reads other
/// fines.
void streamed_as_dom(std::string_view bytes) {
  const std::optional<std::vector<bailiff::Fine>> streamed = bailiff::detail::stream_cases(bytes);
  if (!streamed) return;
  std::vector<bailiff::Fine> dom;
  try {
    dom = bailiff::detail::parse_cases_document(bytes, "fuzz.json");
  } catch (...) {
    __builtin_trap();
  }
  if (dom.size() != streamed->size()) __builtin_trap();
  for (std::size_t i = 0; i < dom.size(); ++i) {
    if (!same_fine(dom[i], (*streamed)[i])) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bailiff::sim::LoadedInput policy_file =
      bailiff::sim::load_input("kz-2024-08-20", "policies");
  static const bailiff::sim::LoadedInput calendar_file = bailiff::sim::load_input("kz", "calendars");
  static const bailiff::Policy policy = bailiff::Policy::parse(policy_file.bytes, policy_file.name);
  static const bailiff::Calendar calendar = bailiff::Calendar::parse(calendar_file.bytes, calendar_file.name);
  streamed_as_dom(bailiff::fuzz::bytes_of(data, size));
  return bailiff::fuzz::guarded([&] {
    const std::vector<bailiff::Fine> fines =
        bailiff::parse_cases(bailiff::fuzz::bytes_of(data, size), "fuzz.json");
    const bailiff::Engine engine(policy, calendar);
    for (const bailiff::Fine& fine : fines) (void)engine.run(fine, calendar.last_day());
  });
}
