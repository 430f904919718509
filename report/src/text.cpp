#include "bailiff/report/text.hpp"

namespace bailiff::report {

std::size_t display_width(std::string_view text) {
  std::size_t points = 0;
  for (const unsigned char c : text) points += (c & 0xC0) != 0x80 ? 1 : 0;
  return points;
}

std::string pad_right(std::string text, std::size_t width) {
  const std::size_t points = display_width(text);
  if (points < width) text.append(width - points, ' ');
  return text;
}

std::string pad_left(std::string text, std::size_t width) {
  const std::size_t points = display_width(text);
  return points < width ? std::string(width - points, ' ') + text : text;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace bailiff::report
