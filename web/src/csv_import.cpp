// A historical CSV opened in the page: its bytes were written into the in-memory file system
// by the page's file input (never uploaded); sim::HistoricalPopulation parses them. A
// malformed file shows its error (file, line, field) and changes nothing else.

#include <exception>
#include <random>
#include <string>

#include "app_state.hpp"
#include "bailiff/sim/historical.hpp"
#include "i18n.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

std::string session_key() {
  std::random_device device;  // crypto.getRandomValues in the browser
  static const char* hex = "0123456789abcdef";
  std::string key;
  for (int i = 0; i < 32; ++i) key += hex[device() & 15];
  return key;
}

}  // namespace

void csv_loaded(AppState& s, const std::string& path, const std::string& file_name) {
  if (s.csv.key.empty()) s.csv.key = session_key();
  try {
    const sim::HistoricalPopulation population(path, s.csv.key, 0);
    if (population.size() == 0) throw std::runtime_error(file_name + ": no records");
    s.csv.active = true;
    s.csv.file_name = file_name;
    s.csv.path = path;
    s.csv.description = population.describe();
    const std::size_t at = s.csv.description.find(path);  // show the user's name, not the MEMFS path
    if (at != std::string::npos) s.csv.description.replace(at, path.size(), file_name);
    s.status = file_name;
    s.error.clear();
  } catch (const std::exception& e) {
    std::string message = e.what();
    // The file is named by its MEMFS path in the message; show the user's file name.
    const std::size_t at = message.find(path);
    if (at != std::string::npos) message.replace(at, path.size(), file_name);
    s.error = std::string(tr("error.csv")) + ". " + message;
  }
}

}  // namespace bailiff::web
