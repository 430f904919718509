#include "bailiff/cli/thread_tasks.hpp"

#include <thread>
#include <vector>

namespace bailiff::cli {

ThreadTasks::ThreadTasks(unsigned threads) {
#ifdef __EMSCRIPTEN__
  (void)threads;
  workers_ = 1;  // the WebAssembly build has no pthreads
#else
  const unsigned cores = std::thread::hardware_concurrency();
  workers_ = threads != 0 ? threads : (cores == 0 ? 1 : cores);
#endif
}

void ThreadTasks::run_on_all(const std::function<void(unsigned)>& job) {
  std::vector<std::thread> others;
  others.reserve(workers_ - 1);
  for (unsigned w = 1; w < workers_; ++w) others.emplace_back(job, w);
  job(0);
  for (std::thread& t : others) t.join();
}

}  // namespace bailiff::cli
