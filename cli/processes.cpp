#include "processes.hpp"

#include <string>

#include "bailiff/error.hpp"

namespace bailiff::cli {

bool writes_outputs() {
  return this_process().index == 0;
}

void share_only(CLI::App& app, std::initializer_list<const char*> shared) {
  if (this_process().count == 1) return;
  std::string names;
  for (const char* name : shared) names += (names.empty() ? "" : ", ") + std::string(name);
  for (CLI::App* cmd : app.get_subcommands([](CLI::App*) { return true; })) {
    bool is_shared = false;
    for (const char* name : shared) is_shared = is_shared || cmd->get_name() == name;
    if (is_shared) continue;
    cmd->preparse_callback([name = cmd->get_name(), names](std::size_t) {
      throw InputError(
          "(command line)", name, "processes",
          "one process (only " + names +
              " share their work over MPI ranks; start it without mpirun or with -n 1)",
          std::to_string(this_process().count));
    });
  }
}

}  // namespace bailiff::cli
