#include "bailiff/sim/task_system.hpp"

#include <atomic>
#include <exception>
#include <mutex>

namespace bailiff::sim {

void for_each_on(TaskSystem& tasks, std::size_t count, const std::function<void(std::size_t)>& item) {
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  tasks.run_on_all([&](unsigned) {
    try {
      for (std::size_t i = next++; i < count; i = next++) item(i);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = count;
    }
  });
  if (failure) std::rethrow_exception(failure);
}

}  // namespace bailiff::sim
