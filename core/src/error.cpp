#include "bailiff/error.hpp"

#include "bailiff/byte_codec.hpp"
#include "bailiff/iin.hpp"

namespace bailiff {
namespace {

std::string compose(const std::string& file, const std::string& location, const std::string& field,
                    const std::string& expected, const std::string& found) {
  std::string message;
  message.reserve(file.size() + location.size() + field.size() + expected.size() + found.size() +
                  32);
  message.append(file).append(":").append(location).append(": ").append(field);
  message.append(": expected ").append(expected);
  if (!found.empty()) message.append(", found ").append(found);
  return escape_control_bytes(hide_iins(message));  // a file name or a value may hold one
}

}  // namespace

std::string escape_control_bytes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      out += "\\x" + hex_digits(byte, 2);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

InputError::InputError(std::string file, std::string location, std::string field,
                       std::string expected, std::string found)
    : std::runtime_error(compose(file, location, field, expected, found)),
      file_(std::move(file)),
      location_(std::move(location)),
      field_(std::move(field)) {}

}  // namespace bailiff
