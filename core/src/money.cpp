#include "bailiff/money.hpp"

#include "bailiff/error.hpp"

namespace bailiff {

std::optional<Rounding> parse_rounding(std::string_view name) {
  if (name == "half_up") return Rounding::kHalfUp;
  if (name == "down") return Rounding::kDown;
  if (name == "up") return Rounding::kUp;
  return std::nullopt;
}

std::string_view rounding_name(Rounding rounding) {
  switch (rounding) {
    case Rounding::kHalfUp:
      return "half_up";
    case Rounding::kDown:
      return "down";
    case Rounding::kUp:
      return "up";
  }
  return "half_up";
}

Tiyn checked_add(Tiyn a, Tiyn b) {
  Tiyn r;
  if (__builtin_add_overflow(a, b, &r)) throw DomainError("money overflow in addition");
  return r;
}

Tiyn checked_sub(Tiyn a, Tiyn b) {
  Tiyn r;
  if (__builtin_sub_overflow(a, b, &r)) throw DomainError("money overflow in subtraction");
  return r;
}

Tiyn checked_mul(Tiyn a, std::int64_t k) {
  Tiyn r;
  if (__builtin_mul_overflow(a, k, &r)) throw DomainError("money overflow in multiplication");
  return r;
}

Tiyn scale(Tiyn amount, std::int64_t numerator, std::int64_t denominator, Rounding rounding) {
  if (denominator <= 0) throw DomainError("money scaled by a non-positive denominator");
  const Tiyn product = checked_mul(amount, numerator);
  const bool negative = product < 0;
  // Work on the magnitude in unsigned arithmetic: -INT64_MIN does not fit an int64.
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(product) : static_cast<std::uint64_t>(product);
  const auto divisor = static_cast<std::uint64_t>(denominator);
  std::uint64_t quotient = magnitude / divisor;
  const std::uint64_t remainder = magnitude % divisor;
  switch (rounding) {
    case Rounding::kHalfUp:
      if (remainder >= divisor - remainder) ++quotient;  // remainder * 2 >= divisor, no overflow
      break;
    case Rounding::kUp:
      if (remainder != 0) ++quotient;
      break;
    case Rounding::kDown:
      break;
  }
  return negative ? static_cast<Tiyn>(0 - quotient) : static_cast<Tiyn>(quotient);
}

Tiyn apply_rate(Tiyn amount, BasisPoints rate, Rounding rounding) {
  return scale(amount, rate, 10'000, rounding);
}

Tiyn tenge(std::int64_t whole_tenge) {
  return checked_mul(whole_tenge, kTiynPerTenge);
}

std::string group_thousands(std::uint64_t whole, std::string_view separator) {
  std::string digits = std::to_string(whole);
  std::string out;
  const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (std::size_t i = lead; i < digits.size(); i += 3) {
    out.append(separator);
    out.append(digits, i, 3);
  }
  return out;
}

namespace {

std::string two_decimals(std::uint64_t cents) {
  std::string out(2, '0');
  out[0] = static_cast<char>('0' + cents / 10);
  out[1] = static_cast<char>('0' + cents % 10);
  return out;
}

std::uint64_t magnitude(Tiyn amount) {
  return amount < 0 ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
}

}  // namespace

std::string format_tenge(Tiyn amount) {
  const std::uint64_t m = magnitude(amount);
  return (amount < 0 ? "-" : "") + group_thousands(m / 100) + "." + two_decimals(m % 100);
}

std::string plain_tenge(Tiyn amount) {
  const std::uint64_t m = magnitude(amount);
  return (amount < 0 ? "-" : "") + std::to_string(m / 100) + "." + two_decimals(m % 100);
}

std::optional<Tiyn> parse_tenge(std::string_view text) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 16) return std::nullopt;
  if (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 2)) {
    return std::nullopt;
  }
  Tiyn value = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  value *= 100;
  Tiyn cents = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    const char c = i < fraction.size() ? fraction[i] : '0';
    if (c < '0' || c > '9') return std::nullopt;
    cents = cents * 10 + (c - '0');
  }
  return value + cents;
}

}  // namespace bailiff
