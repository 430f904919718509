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

/// True when \p text holds a valid IIN anywhere: a run of 12 or more ASCII digits any 12
/// consecutive digits of which pass validate_iin, as in "990804314858", "IIN 990804314858",
/// "p_990804314858" or "C-19908043148581" (an IIN inside a longer number is still one). The
/// one rule every reader applies to identifiers and names, and every message writer to what
/// it echoes (hide_iins).
bool contains_valid_iin(std::string_view text);

/// What a message or a report shows instead of digits that may be an IIN.
inline constexpr std::string_view kIinNotShown = "(not shown: it may be an IIN)";

/// \p text with every run of digits that contains_valid_iin would flag replaced by
/// kIinNotShown; everything else kept ("cases-990804314858.json" gives
/// "cases-(not shown: it may be an IIN).json").
std::string hide_iins(std::string_view text);

/// Returns an English message for `error` that says what was expected.
std::string_view describe(IinError error);

/// Returns the keyed pseudonym of `iin`: "p_" followed by the first 16 lowercase hex
/// characters of HMAC-SHA256(key, iin). Stable for a given key; unlinkable without it.
std::string iin_pseudonym(std::string_view iin, std::string_view key);

}  // namespace bailiff
