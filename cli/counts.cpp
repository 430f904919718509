#include "counts.hpp"

#include <string>

namespace bailiff::cli {
namespace {

std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

}  // namespace

CLI::Validator count_range(std::uint64_t min, std::uint64_t max) {
  const std::string range = "from " + grouped(min) + " to " + grouped(max);
  return CLI::Validator(
      [min, max, range](const std::string& value) -> std::string {
        const std::string expected = "expected a whole number " + range + ", found ";
        const std::string found =
            value.size() <= 11 ? value : std::to_string(value.size()) + " characters";
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
          return expected + (value.empty() ? std::string("nothing") : found);
        }
        const std::size_t digits = value.find_first_not_of('0') == std::string::npos
                                       ? 1
                                       : value.size() - value.find_first_not_of('0');
        if (digits > 20) return expected + found;
        const std::string significant = value.substr(value.size() - digits);
        // Above 2^64 - 1 (20 digits, compared as text), or out of range.
        if (digits == 20 && significant > "18446744073709551615") return expected + found;
        const std::uint64_t n = std::stoull(significant);
        if (n < min || n > max) return expected + found;
        return {};
      },
      "N " + range, "count");
}

}  // namespace bailiff::cli
