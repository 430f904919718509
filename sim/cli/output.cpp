#include "output.hpp"

#include <cstdio>

#include "bailiff/sim/files.hpp"

namespace bailiff::cli {

void emit(std::string_view bytes, const std::string& path) {
  if (path.empty() || path == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
  } else {
    sim::write_file_atomically(path, bytes);
  }
}

}  // namespace bailiff::cli
