#include "bailiff/report/text.hpp"

namespace bailiff::report {

std::string pad_right(std::string text, std::size_t width) {
  std::size_t points = 0;
  for (unsigned char c : text) points += (c & 0xC0) != 0x80 ? 1 : 0;
  if (points < width) text.append(width - points, ' ');
  return text;
}

}  // namespace bailiff::report
