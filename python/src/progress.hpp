#pragma once
// Progress of a long run reported to Python between steps, with Ctrl-C honoured there: the
// run proceeds without the GIL, and each report takes it back to call the callback and to
// let Python's SIGINT handler raise KeyboardInterrupt, which unwinds the run cleanly.

#include <pybind11/pybind11.h>

#include <cstdint>

namespace bailiff::python {

/// Called on the running thread with (done, total); \p callback may be None and must
/// outlive this (a handle: copying it while the GIL is released touches no reference count).
class PythonProgress {
 public:
  explicit PythonProgress(pybind11::handle callback) : callback_(callback) {}
  /// Take the GIL, raise a pending KeyboardInterrupt, call the callback.
  void operator()(std::uint64_t done, std::uint64_t total) const;

 private:
  pybind11::handle callback_;
};

}  // namespace bailiff::python
