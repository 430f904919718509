// Errors as Python exceptions: an InputError keeps its `FILE:LOCATION: FIELD: expected
// ..., found ...` text and its parts; InputError, DomainError and NotVerified (a bundle that
// failed a check) derive from ValueError.

#include <pybind11/pybind11.h>

#include "bailiff/audit/verify_gate.hpp"
#include "bailiff/error.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace bailiff::python {

void register_errors(py::module_& m) {
  static py::exception<InputError> input_error(m, "InputError", PyExc_ValueError);
  static py::exception<DomainError> domain_error(m, "DomainError", PyExc_ValueError);
  static py::exception<audit::NotVerified> not_verified(m, "NotVerified", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const InputError& e) {
      const py::object type = py::reinterpret_borrow<py::object>(input_error.ptr());
      py::object error = type(escape_control_bytes(e.what()));
      error.attr("file") = e.file();
      error.attr("location") = e.location();
      error.attr("field") = e.field();
      PyErr_SetObject(input_error.ptr(), error.ptr());
    } catch (const DomainError& e) {
      domain_error(escape_control_bytes(e.what()).c_str());
    } catch (const audit::NotVerified& e) {
      not_verified(escape_control_bytes(e.what()).c_str());
    }
  });
}

}  // namespace bailiff::python
