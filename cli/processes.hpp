#pragma once
// The processes a command runs on: this one alone (the default build, one_process.cpp) or
// the ranks of an MPI job (BAILIFF_MPI, mpi_processes.cpp). Every process runs the whole
// command; the runs' blocks are shared through the task system (sim/run_part.hpp); process
// 0 alone writes the report, the outputs and the bundle, and prints progress. Every exit
// goes through finish_command, so that the processes agree on one status and one message.

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <memory>
#include <string>

#include "bailiff/sim/task_system.hpp"

namespace bailiff::cli {

/// The processes' communication for main()'s life (MPI_Init_thread and MPI_Finalize).
class ProcessGroup {
 public:
  ProcessGroup(int& argc, char**& argv);
  ~ProcessGroup();
  ProcessGroup(const ProcessGroup&) = delete;
  ProcessGroup& operator=(const ProcessGroup&) = delete;
};

/// This process and how many run the command.
sim::ProcessShare this_process();

/// Whether this process writes the outputs and prints progress (process 0).
bool writes_outputs();

/// The task system of a command's runs: \p threads worker threads in this process (0: one
/// per core it may run on), sharing each step's blocks with the other processes.
std::unique_ptr<sim::TaskSystem> run_tasks(unsigned threads);

/// Under more than one process, every subcommand of \p app other than those named in
/// \p shared refuses to start (it would run, print and write once per process).
void share_only(CLI::App& app, std::initializer_list<const char*> shared);

/// Thrown on a process whose peers ended the command (a failure elsewhere): main returns
/// \p status at once, having printed nothing more (the peer that failed printed its message).
struct CommandEnded {
  int status = 1;
};

/// The command's exit \p status on every process (0: this one finished). Under several
/// processes the first process that failed prints \p error (its message, with its rank)
/// and every process returns its status; one process prints \p error when status != 0.
int finish_command(int status, const std::string& error);

}  // namespace bailiff::cli
