#include "progress.hpp"

namespace py = pybind11;

namespace bailiff::python {

void PythonProgress::operator()(std::uint64_t done, std::uint64_t total) const {
  py::gil_scoped_acquire gil;
  if (PyErr_CheckSignals() != 0) throw py::error_already_set();
  if (!callback_.is_none()) callback_(done, total);
}

}  // namespace bailiff::python
