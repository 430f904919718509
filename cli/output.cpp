#include "output.hpp"

#include <cstdio>

#include "bailiff/sim/files.hpp"

namespace bailiff::cli {

const CLI::Validator& output_path() {
  static const CLI::Validator validator(
      [](const std::string& value) -> std::string {
        return value.empty() ? "expected a file path, found an empty one" : std::string();
      },
      "PATH");
  return validator;
}

void emit(std::string_view bytes, const std::string& path) {
  if (path.empty() || path == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
  } else {
    sim::write_file_atomically(path, bytes);
  }
}

}  // namespace bailiff::cli
