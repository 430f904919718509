// A historical CSV opened in the page: the page's file input hands its bytes over (they are
// never uploaded, and never written to a file); sim::HistoricalPopulation parses them under
// the user's file name. A malformed file shows its error (file, line, field) and changes
// nothing else.

#include <exception>
#include <random>
#include <sstream>
#include <string>

#include "app_state.hpp"
#include "bailiff/byte_codec.hpp"
#include "bailiff/sim/historical.hpp"
#include "i18n.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

std::string session_key() {
  std::random_device device;  // crypto.getRandomValues in the browser
  std::string key;
  for (int i = 0; i < 32; ++i) key += hex_digit(device() & 15);
  return key;
}

}  // namespace

void csv_opened(AppState& s, std::string bytes, const std::string& file_name) {
  if (s.csv.key.empty()) s.csv.key = session_key();
  try {
    std::istringstream in(bytes);
    const sim::HistoricalPopulation population(in, file_name, s.csv.key, 0);
    if (population.size() == 0) throw std::runtime_error(file_name + ": no records");
    s.csv.active = true;
    s.csv.file_name = file_name;
    s.csv.bytes = std::move(bytes);
    s.csv.description = population.describe();
    s.status = file_name;
    s.error.clear();
  } catch (const std::exception& e) {
    s.error = std::string(tr("error.csv")) + ". " + e.what();
  }
}

}  // namespace bailiff::web
