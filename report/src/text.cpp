#include "bailiff/report/text.hpp"

#include "bailiff/money.hpp"

namespace bailiff::report {


std::string format_percent(std::int64_t numerator, std::int64_t denominator, int decimals) {
  if (denominator <= 0) return "n/a";
  std::int64_t scale = 100;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const std::int64_t scaled = (numerator * scale * 2 + denominator) / (denominator * 2);
  std::int64_t unit = 1;
  for (int i = 0; i < decimals; ++i) unit *= 10;
  std::string out = std::to_string(scaled / unit);
  if (decimals > 0) {
    std::string fraction = std::to_string(scaled % unit);
    fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    out += "." + fraction;
  }
  return out + "%";
}

std::string format_count(std::int64_t value) {
  const auto magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  return (value < 0 ? "-" : "") + group_thousands(magnitude);
}

std::string pad_right(std::string text, std::size_t width) {
  std::size_t points = 0;
  for (unsigned char c : text) points += (c & 0xC0) != 0x80 ? 1 : 0;
  if (points < width) text.append(width - points, ' ');
  return text;
}

}  // namespace bailiff::report
