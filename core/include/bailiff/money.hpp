#pragma once
/// \file Money as integer tiyn (1 tenge = 100 tiyn), with overflow detection and named
/// rounding rules. No floating point touches an amount.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bailiff {

/// An amount of money in tiyn (1/100 tenge).
using Tiyn = std::int64_t;

/// Tiyn in one tenge.
inline constexpr Tiyn kTiynPerTenge = 100;

/// A rate in basis points: 10,000 = 100%, 2,500 = 25%.
using BasisPoints = std::int64_t;

/// How a fractional tiyn is resolved. Each rounding in the engine names one of these.
enum class Rounding : std::uint8_t {
  kHalfUp,  ///< to the nearest tiyn, halves away from zero
  kDown,    ///< toward zero (never charges a debtor a fraction he does not owe)
  kUp,      ///< away from zero
};

/// Parse a rounding rule's name: `half_up`, `down` or `up`.
std::optional<Rounding> parse_rounding(std::string_view name);

/// The name parse_rounding() accepts for \p rounding.
std::string_view rounding_name(Rounding rounding);

/// a + b; throws DomainError on int64 overflow.
Tiyn checked_add(Tiyn a, Tiyn b);

/// a - b; throws DomainError on int64 overflow.
Tiyn checked_sub(Tiyn a, Tiyn b);

/// a * k; throws DomainError on int64 overflow.
Tiyn checked_mul(Tiyn a, std::int64_t k);

/// amount * numerator / denominator with the named rounding; denominator > 0. Throws
/// DomainError when the product overflows.
Tiyn scale(Tiyn amount, std::int64_t numerator, std::int64_t denominator, Rounding rounding);

/// amount * rate / 10,000 with the named rounding.
Tiyn apply_rate(Tiyn amount, BasisPoints rate, Rounding rounding);

/// Whole tenge to tiyn; throws DomainError on overflow.
Tiyn tenge(std::int64_t whole_tenge);

/// "15,000,000": \p whole with \p separator between groups of three digits (the one
/// grouping routine: money, counts and every report's numbers use it).
std::string group_thousands(std::uint64_t whole, std::string_view separator = ",");

/// "1,234,567.89" (thousands separators, always two decimals, '-' for negatives).
std::string format_tenge(Tiyn amount);

/// "1234567.89" (no separators: the machine-readable form used in JSON and CSV).
std::string plain_tenge(Tiyn amount);

/// Parse a decimal tenge amount: digits with an optional '.' and one or two decimals
/// ("19660", "19660.5", "19660.50"). No sign, no separators. nullopt when malformed or
/// out of range.
std::optional<Tiyn> parse_tenge(std::string_view text);

}  // namespace bailiff
