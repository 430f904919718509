#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bailiff {

/// Why a string is not a valid Kazakh IIN (docs/domain.md section 5).
enum class IinError {
  kWrongLength,             ///< Not exactly 12 characters.
  kNotDigits,               ///< A character outside ASCII '0'..'9'.
  kCheckDigitMismatch,      ///< The 12th digit differs from the computed check digit.
  kUncomputableCheckDigit,  ///< Both weight sets give remainder 10: no such IIN exists.
};

/// Validates an IIN: 12 ASCII digits whose last digit is the check digit of the first 11
/// (weights 1..11 mod 11; if that is 10, weights 3..11,1,2 mod 11; if 10 again, invalid).
/// Returns nullopt when valid, otherwise the first problem found in the order above.
std::optional<IinError> validate_iin(std::string_view iin);

/// True when \p text holds a valid IIN anywhere: a run of exactly 12 ASCII digits (bounded by
/// non-digits or the ends of the text) that passes validate_iin, as in "990804314858",
/// "IIN 990804314858" or "p_990804314858". Longer digit runs are not IINs.
bool contains_valid_iin(std::string_view text);

/// Returns an English message for `error` that says what was expected.
std::string_view describe(IinError error);

/// Returns the keyed pseudonym of `iin`: "p_" followed by the first 16 lowercase hex
/// characters of HMAC-SHA256(key, iin). Stable for a given key; unlinkable without it.
std::string iin_pseudonym(std::string_view iin, std::string_view key);

}  // namespace bailiff
