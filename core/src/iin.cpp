#include "bailiff/iin.hpp"

#include <array>
#include <cstddef>

#include "bailiff/hmac.hpp"
#include "bailiff/sha256.hpp"

namespace bailiff {
namespace {

constexpr std::size_t kIinLength = 12;
constexpr std::size_t kPseudonymHexChars = 16;
constexpr std::array<int, 11> kFirstWeights = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
constexpr std::array<int, 11> kSecondWeights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

// Weighted sum of the first 11 digits of a 12-digit string, mod 11.
int weighted_remainder(std::string_view digits, const std::array<int, 11>& weights) {
  int sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) sum += (digits[i] - '0') * weights[i];
  return sum % 11;
}

}  // namespace

std::optional<IinError> validate_iin(std::string_view iin) {
  if (iin.size() != kIinLength) return IinError::kWrongLength;
  for (const char c : iin) {
    if (c < '0' || c > '9') return IinError::kNotDigits;
  }
  int check = weighted_remainder(iin, kFirstWeights);
  if (check == 10) check = weighted_remainder(iin, kSecondWeights);
  if (check == 10) return IinError::kUncomputableCheckDigit;
  if (iin[kIinLength - 1] - '0' != check) return IinError::kCheckDigitMismatch;
  return std::nullopt;
}

bool contains_valid_iin(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end - i == kIinLength && !validate_iin(text.substr(i, kIinLength))) return true;
    i = end;
  }
  return false;
}

std::string_view describe(IinError error) {
  switch (error) {
    case IinError::kWrongLength:
      return "IIN: expected exactly 12 characters";
    case IinError::kNotDigits:
      return "IIN: expected only ASCII digits 0-9";
    case IinError::kCheckDigitMismatch:
      return "IIN: expected the 12th digit to equal the check digit computed from the first 11";
    case IinError::kUncomputableCheckDigit:
      return "IIN: expected the first 11 digits to yield a check digit, but both weight sets "
             "give remainder 10";
  }
  return "IIN: unknown error";
}

std::string iin_pseudonym(std::string_view iin, std::string_view key) {
  return "p_" + to_hex(hmac_sha256(key, iin)).substr(0, kPseudonymHexChars);
}

}  // namespace bailiff
