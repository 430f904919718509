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

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Whether the digit run \p run holds a valid IIN in any 12 consecutive digits.
bool run_holds_iin(std::string_view run) {
  for (std::size_t at = 0; at + kIinLength <= run.size(); ++at) {
    if (!validate_iin(run.substr(at, kIinLength))) return true;
  }
  return false;
}

// Calls \p on_run(begin, end) for every maximal run of digits in \p text holding an IIN.
template <typename OnRun>
void for_each_iin_run(std::string_view text, OnRun on_run) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (run_holds_iin(text.substr(i, end - i)) && !on_run(i, end)) return;
    i = end;
  }
}

}  // namespace

bool contains_valid_iin(std::string_view text) {
  bool found = false;
  for_each_iin_run(text, [&found](std::size_t, std::size_t) { return !(found = true); });
  return found;
}

std::string hide_iins(std::string_view text) {
  std::string out;
  std::size_t kept = 0;
  for_each_iin_run(text, [&](std::size_t begin, std::size_t end) {
    out.append(text.substr(kept, begin - kept)).append(kIinNotShown);
    kept = end;
    return true;
  });
  return out.append(text.substr(kept));
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
