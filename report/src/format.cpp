#include "bailiff/report/format.hpp"

#include "bailiff/report/messages.hpp"

namespace bailiff::report {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kTengeSign = "₸";
constexpr std::int64_t kTiynPerMillionTenge = 100'000'000;
constexpr std::int64_t kTiynPerBillionTenge = 100'000'000'000;

std::uint64_t magnitude(std::int64_t value) {
  return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

std::int64_t power_of_ten(int exponent) {
  std::int64_t p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

}  // namespace

NumberStyle text_numbers(Language language) {
  if (language == Language::kEn) return kEnglishText;
  return {" ", ",", " ", "—"};
}

NumberStyle screen_numbers(Language language) {
  if (language == Language::kEn) return {",", ".", kNoBreakSpace, "—"};
  return {kNoBreakSpace, ",", kNoBreakSpace, "—"};
}

std::string grouped(std::int64_t value, const NumberStyle& style) {
  return (value < 0 ? "-" : "") + group_thousands(magnitude(value), style.group);
}

std::string decimal(std::int64_t numerator, std::int64_t denominator, int decimals,
                    const NumberStyle& style) {
  const std::int64_t unit = power_of_ten(decimals);
  const std::int64_t scaled = scale(numerator, unit, denominator, Rounding::kHalfUp);
  const std::uint64_t m = magnitude(scaled);
  std::string out = (scaled < 0 ? "-" : "") + group_thousands(m / static_cast<std::uint64_t>(unit), style.group);
  if (decimals > 0) {
    std::string fraction = std::to_string(m % static_cast<std::uint64_t>(unit));
    if (fraction.size() < static_cast<std::size_t>(decimals)) {
      fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    }
    out.append(style.decimal).append(fraction);
  }
  return out;
}

std::string percent(std::int64_t numerator, std::int64_t denominator, int decimals,
                    const NumberStyle& style) {
  if (denominator <= 0) return std::string(style.no_value);
  return decimal(checked_mul(numerator, 100), denominator, decimals, style) + "%";
}

std::string tenge(Tiyn amount, const NumberStyle& style) {
  return decimal(amount, kTiynPerTenge, 2, style) + std::string(style.space) + std::string(kTengeSign);
}

std::string whole_tenge(Tiyn amount, const NumberStyle& style) {
  return decimal(amount, kTiynPerTenge, 0, style) + std::string(style.space) + std::string(kTengeSign);
}

std::string million_tenge(Tiyn amount, const NumberStyle& style) {
  return decimal(amount, kTiynPerMillionTenge, 1, style);
}

std::string compact_tenge(Tiyn amount, Language language, const NumberStyle& style) {
  return compact_tenge_in(amount, amount, language, style);
}

std::string compact_tenge_in(Tiyn amount, Tiyn unit_of, Language language, const NumberStyle& style) {
  const std::uint64_t m = magnitude(unit_of);
  const auto with_unit = [&](std::int64_t per_unit, std::string_view unit) {
    return decimal(amount, per_unit, 1, style) + std::string(style.space) + message(unit, language) +
           std::string(style.space) + std::string(kTengeSign);
  };
  if (m >= static_cast<std::uint64_t>(kTiynPerBillionTenge)) return with_unit(kTiynPerBillionTenge, "unit.bln");
  if (m >= static_cast<std::uint64_t>(kTiynPerMillionTenge)) return with_unit(kTiynPerMillionTenge, "unit.mln");
  return whole_tenge(amount, style);
}

std::string long_date(Date date, Language language) {
  const YearMonthDay ymd = to_ymd(date);
  const std::string month = message("month." + std::to_string(ymd.month), language);
  const std::string day = std::to_string(ymd.day), year = std::to_string(ymd.year);
  switch (language) {
    case Language::kEn: return day + " " + month + " " + year;
    case Language::kKk: return year + " жылғы " + day + " " + month;
    case Language::kRu: break;
  }
  return day + " " + month + " " + year + " г.";
}

}  // namespace bailiff::report
