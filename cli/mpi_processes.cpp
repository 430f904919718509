// The processes of the BAILIFF_MPI build: the ranks of MPI_COMM_WORLD. Each rank runs the
// command with its own threads; every step's parts are exchanged with MPI_Allgather(v).
//
// The ranks agree on how the command ends through one word per rank, exchanged first in
// every collective the command makes (a step's all_gather and the final finish_command):
// >= 0 is the size of the rank's part (it is running), kDone that it finished, and a value
// below kDone that it failed with status kDone - word. A rank that fails stops running and
// goes straight to finish_command, whose exchange meets the others' next one; so every rank
// sees the failure at the same collective and none waits for a peer that left.

#include <mpi.h>
#include <sched.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "bailiff/tasks/thread_pool.hpp"
#include "processes.hpp"

namespace bailiff::cli {
namespace {

constexpr std::int64_t kDone = -1;

sim::ProcessShare world() {
  int rank = 0, size = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  return {static_cast<unsigned>(rank), static_cast<unsigned>(size)};
}

std::vector<std::int64_t> exchange_words(std::int64_t mine) {
  std::vector<std::int64_t> words(world().count);
  MPI_Allgather(&mine, 1, MPI_INT64_T, words.data(), 1, MPI_INT64_T, MPI_COMM_WORLD);
  return words;
}

// What every rank concludes from the same words.
struct Outcome {
  bool running = false;   ///< every rank is running: the exchange goes on
  int status = 0;         ///< the job's status when it ends here
  int printer = -1;       ///< the failed rank that prints its message (-1: none)
  bool mismatch = false;  ///< some ranks finished while others still ran
};

Outcome outcome_of(const std::vector<std::int64_t>& words) {
  bool running = false, done = false;
  for (std::size_t r = 0; r < words.size(); ++r) {
    if (words[r] < kDone)
      return {false, static_cast<int>(kDone - words[r]), static_cast<int>(r), false};
    (words[r] == kDone ? done : running) = true;
  }
  if (!done) return {true, 0, -1, false};
  if (!running) return {false, 0, -1, false};
  return {false, 1, -1, true};
}

// Rank 0 states a mismatch (the ranks were not all given the same command).
void report_mismatch(const Outcome& o) {
  if (o.mismatch && world().index == 0) {
    std::fputs(
        "bailiff: error: the MPI ranks ran different commands: some finished while others "
        "still ran (start every rank with the same arguments)\n",
        stderr);
  }
}

// CPUs this process may run on (its MPI binding), at least 1.
unsigned bound_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) != 0) return 1;
  const int n = CPU_COUNT(&set);
  return n > 0 ? static_cast<unsigned>(n) : 1;
}

// The ranks as one task system: this rank's threads, and the others through all_gather().
class MpiTasks final : public sim::TaskSystem {
 public:
  explicit MpiTasks(unsigned threads) : threads_(threads != 0 ? threads : bound_cpus()) {}
  unsigned workers() const override { return threads_.workers(); }
  void run_on_all(const std::function<void(unsigned)>& job) override { threads_.run_on_all(job); }
  sim::ProcessShare processes() const override { return world(); }

  std::vector<std::string> all_gather(std::string mine) override {
    const std::vector<std::int64_t> sizes = exchange_words(static_cast<std::int64_t>(mine.size()));
    const Outcome o = outcome_of(sizes);
    if (!o.running) {
      report_mismatch(o);
      throw CommandEnded{o.status};
    }
    std::vector<int> counts(sizes.size()), offsets(sizes.size());
    std::int64_t total = 0;
    for (std::size_t r = 0; r < sizes.size(); ++r) {
      counts[r] = static_cast<int>(sizes[r]);
      offsets[r] = static_cast<int>(total);
      total += sizes[r];
    }
    std::string all(static_cast<std::size_t>(total), '\0');
    MPI_Allgatherv(mine.data(), static_cast<int>(mine.size()), MPI_BYTE, all.data(), counts.data(),
                   offsets.data(), MPI_BYTE, MPI_COMM_WORLD);
    std::vector<std::string> parts;
    for (std::size_t r = 0; r < sizes.size(); ++r) {
      parts.push_back(
          all.substr(static_cast<std::size_t>(offsets[r]), static_cast<std::size_t>(counts[r])));
    }
    return parts;
  }

 private:
  tasks::ThreadPool threads_;
};

}  // namespace

ProcessGroup::ProcessGroup(int& argc, char**& argv) {
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
}

ProcessGroup::~ProcessGroup() {
  MPI_Finalize();
}

sim::ProcessShare this_process() {
  return world();
}

std::unique_ptr<sim::TaskSystem> run_tasks(unsigned threads) {
  return std::make_unique<MpiTasks>(threads);
}

int finish_command(int status, const std::string& error) {
  const sim::ProcessShare me = world();
  const Outcome o = outcome_of(exchange_words(status == 0 ? kDone : kDone - status));
  report_mismatch(o);
  if (o.printer == static_cast<int>(me.index)) {
    if (me.count > 1) std::fprintf(stderr, "[rank %u of %u] ", me.index, me.count);
    std::fputs(error.c_str(), stderr);
  }
  return o.status;
}

}  // namespace bailiff::cli
