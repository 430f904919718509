// The processes of the build without MPI: this one alone, with a thread per core.

#include <cstdio>

#include "bailiff/tasks/thread_pool.hpp"
#include "processes.hpp"

namespace bailiff::cli {

ProcessGroup::ProcessGroup(int&, char**&) {}
ProcessGroup::~ProcessGroup() = default;

sim::ProcessShare this_process() {
  return {};
}

std::unique_ptr<sim::TaskSystem> run_tasks(unsigned threads) {
  return std::make_unique<tasks::ThreadPool>(threads);
}

int finish_command(int status, const std::string& error) {
  if (status != 0) std::fputs(error.c_str(), stderr);
  return status;
}

}  // namespace bailiff::cli
