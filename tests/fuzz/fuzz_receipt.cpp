// Fuzz target: the receipt reader and checker behind `bailiff verify-receipt` (and the page's
// receipt tab), with and without a public key, and both reports. The key is the one
// tests/fuzz/run.sh signs its seed receipts with (seed bytes 0..31), so that seeds verify.
#include "bailiff/audit/receipt.hpp"
#include "bailiff/report/receipt_report.hpp"
#include "bailiff/safe_text.hpp"
#include "fuzz_guard.hpp"

#include <cstdlib>

namespace {

const bailiff::audit::PublicKey& fuzz_key() {
  static const bailiff::audit::PublicKey key = [] {
    std::array<std::uint8_t, 32> seed{};
    for (std::size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<std::uint8_t>(i);
    return bailiff::audit::SigningKey::from_seed(seed).public_key();
  }();
  return key;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = bailiff::fuzz::bytes_of(data, size);
  bailiff::fuzz::guarded([&] {
    const bailiff::audit::Receipt receipt = bailiff::audit::parse_receipt(bytes, "fuzz.receipt");
    for (const bool keyed : {false, true}) {
      const auto check =
          bailiff::audit::check_receipt(receipt, keyed ? std::optional(fuzz_key()) : std::nullopt);
      const std::string text =
          bailiff::report::receipt_report_text(receipt, check, "fuzz.receipt", size);
      // Nothing read is printed raw (issue 24, item 5): no control character but the line
      // ends, no bidirectional formatting character.
      for (std::size_t at = 0, end = 0; at < text.size(); at = end + 1) {
        end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        if (bailiff::unsafe_character(std::string_view(text).substr(at, end - at))) std::abort();
      }
      (void)bailiff::report::receipt_report_json(receipt, check, "fuzz.receipt", size);
    }
  });
  return 0;
}
