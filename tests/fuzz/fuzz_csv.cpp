// Fuzz target: the historical CSV reader. It reads a file, so each input is written to a
// private temporary file first.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "bailiff/sim/historical.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/bailiff-fuzz-csv-" + std::to_string(::getpid()) + ".csv";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  return bailiff::fuzz::guarded([&] {
    (void)bailiff::sim::HistoricalPopulation(path, "fuzzing-key-0123456789", 0);
  });
}
