// The thread pool (tasks/thread_pool.hpp): every worker runs each job once, at once, on the
// same threads from job to job (started once, with the pool), and many jobs in a row end.

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "bailiff/tasks/thread_pool.hpp"

namespace bailiff::tasks {
namespace {

TEST(ThreadPool, EveryWorkerRunsEachJobOnce) {
  ThreadPool pool(3);
#ifdef __EMSCRIPTEN__
  ASSERT_EQ(pool.workers(), 1u);  // no threads under WebAssembly here
#else
  ASSERT_EQ(pool.workers(), 3u);
#endif
  std::vector<std::atomic<int>> calls(pool.workers());
  pool.run_on_all([&](unsigned w) { ++calls.at(w); });
  pool.run_on_all([&](unsigned w) { ++calls.at(w); });
  for (const std::atomic<int>& c : calls) EXPECT_EQ(c.load(), 2);
}

TEST(ThreadPool, TheSameThreadsServeEveryJob) {
  ThreadPool pool(2);
  std::mutex mutex;
  std::vector<std::set<std::thread::id>> ids(pool.workers());
  for (int job = 0; job < 50; ++job) {
    pool.run_on_all([&](unsigned w) {
      const std::lock_guard<std::mutex> lock(mutex);
      ids.at(w).insert(std::this_thread::get_id());
    });
  }
  std::set<std::thread::id> all;
  for (const std::set<std::thread::id>& s : ids) {
    EXPECT_EQ(s.size(), 1u);  // one thread per worker, for all 50 jobs
    all.insert(s.begin(), s.end());
  }
  EXPECT_EQ(all.size(), pool.workers());
  EXPECT_EQ(ids.at(0).count(std::this_thread::get_id()), 1u);  // the caller is worker 0
}

TEST(ThreadPool, AJobReturnsOnlyWhenEveryWorkerHasFinished) {
  ThreadPool pool(2);
  for (int job = 0; job < 2000; ++job) {
    std::atomic<unsigned> finished{0};
    pool.run_on_all([&](unsigned) { ++finished; });
    ASSERT_EQ(finished.load(), pool.workers()) << "job " << job;
  }
}

TEST(ThreadPool, ZeroThreadsMeansOnePerCore) {
  const ThreadPool pool(0);
#ifdef __EMSCRIPTEN__
  EXPECT_EQ(pool.workers(), 1u);
#else
  const unsigned cores = std::thread::hardware_concurrency();
  EXPECT_EQ(pool.workers(), cores == 0 ? 1u : cores);
#endif
}

}  // namespace
}  // namespace bailiff::tasks
