// Fuzz target: the key file readers behind --sign and --public-key (issue 24, item 2): any
// bytes are read or refused with an InputError, and no message ever quotes the file, so no
// run of 20 or more hex digits (a seed, a public key, a piece of either) reaches a message.
#include <cstdlib>

#include "bailiff/audit/signature.hpp"
#include "fuzz_guard.hpp"

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Aborts (a finding) when \p message holds a run of 20 or more hex digits.
void require_no_key_material(const std::string& message) {
  std::size_t run = 0;
  for (const char c : message) {
    run = is_hex(c) ? run + 1 : 0;
    if (run >= 20) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = bailiff::fuzz::bytes_of(data, size);
  for (const bool secret : {true, false}) {
    try {
      if (secret) {
        (void)bailiff::audit::read_secret_key(bytes, "fuzz.key");
      } else {
        (void)bailiff::audit::read_public_key(bytes, "fuzz.pub");
      }
    } catch (const bailiff::InputError& e) {
      require_no_key_material(e.what());
    }
  }
  return 0;
}
