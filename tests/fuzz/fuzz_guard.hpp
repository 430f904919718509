#pragma once
// The contract every fuzz target checks: a reader given any bytes either succeeds or throws
// one of the project's errors (InputError, DomainError). Anything else (another exception,
// a crash, a sanitizer report, a hang) is a finding.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bailiff/error.hpp"

namespace bailiff::fuzz {

/// The fuzzer's bytes as a string view.
inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Runs \p read on the input; the project's errors are the expected refusals, and their
/// message is formed (what() is read) so that building it is fuzzed too.
template <typename Read>
int guarded(Read&& read) {
  try {
    read();
  } catch (const InputError& e) {
    (void)std::string(e.what());
  } catch (const DomainError& e) {
    (void)std::string(e.what());
  }
  return 0;
}

}  // namespace bailiff::fuzz
