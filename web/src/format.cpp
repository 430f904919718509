#include "format.hpp"

#include <cstdio>
#include <cstdlib>

#include "i18n.hpp"

namespace bailiff::web {
namespace {

const char* group_separator() { return language() == Language::kEn ? "," : "\xC2\xA0"; }
const char* decimal_separator() { return language() == Language::kEn ? "." : ","; }

// "12.3" with the current decimal separator, from value / 10^decimals rounded half up.
std::string fixed(std::int64_t scaled_numerator, std::int64_t denominator, int decimals) {
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const bool negative = (scaled_numerator < 0) != (denominator < 0) && scaled_numerator != 0;
  const std::int64_t n = std::llabs(scaled_numerator), d = std::llabs(denominator);
  const std::int64_t q = (n * scale * 2 + d) / (2 * d);
  std::string out = (negative ? "-" : "") + grouped(q / scale);
  if (decimals > 0) {
    char frac[24];
    std::snprintf(frac, sizeof frac, "%0*lld", decimals, static_cast<long long>(q % scale));
    out += decimal_separator();
    out += frac;
  }
  return out;
}

}  // namespace

std::string grouped(std::int64_t value) {
  const bool negative = value < 0;
  const auto raw = static_cast<unsigned long long>(value);
  const std::string digits = std::to_string(negative ? 0ULL - raw : raw);
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += group_separator();
    out += digits[i];
  }
  return (negative ? "-" : "") + out;
}

std::string tenge(std::int64_t tiyn) {
  const std::int64_t whole = tiyn >= 0 ? (tiyn + 50) / 100 : -((-tiyn + 50) / 100);
  return grouped(whole) + "\xC2\xA0\xE2\x82\xB8";
}

std::string tenge_compact(std::int64_t tiyn) {
  const std::int64_t t = std::llabs(tiyn) / 100;
  const char* sign = tiyn < 0 ? "-" : "";
  if (t >= 1'000'000'000) {
    return sign + fixed(std::llabs(tiyn), 100'000'000'000LL, 1) + "\xC2\xA0" + tr("unit.bln") + "\xC2\xA0\xE2\x82\xB8";
  }
  if (t >= 1'000'000) {
    return sign + fixed(std::llabs(tiyn), 100'000'000LL, 1) + "\xC2\xA0" + tr("unit.mln") + "\xC2\xA0\xE2\x82\xB8";
  }
  return tenge(tiyn);
}

std::string count(std::int64_t value) { return grouped(value); }

std::string percent(std::int64_t numerator, std::int64_t denominator, int decimals) {
  if (denominator == 0) return "—";
  return fixed(numerator * 100, denominator, decimals) + "%";
}

}  // namespace bailiff::web
