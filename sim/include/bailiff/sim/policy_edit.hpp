#pragma once
/// \file A policy file with one parameter set by name: the edit a researcher makes in a
/// sweep ("robot_window = 2 calendar months"), applied to the file's bytes and re-read with
/// core's own parser, so that an edited policy is refused exactly as a file would be.

#include <optional>
#include <string>
#include <string_view>

#include "bailiff/date.hpp"

namespace bailiff::sim {

/// One edit of a policy parameter.
struct ParameterEdit {
  std::string parameter;     ///< the key under "parameters", e.g. "robot_window"
  std::string value_json;    ///< the new value as JSON text: `2`, `true`, `"half_up"`
  std::string unit;          ///< when not empty, must equal the parameter's unit
  std::optional<Date> from;  ///< the value holds from this day on (dropping later entries);
                             ///< default: it replaces the value of the last dated entry
};

/// \p bytes (a policy file named \p file) with \p edit applied, as an indented JSON document
/// that Policy::parse accepts. Throws InputError naming the parameter and what was expected
/// (an unknown parameter, a unit other than the parameter's, a value that is not JSON or
/// that the parser refuses).
std::string edit_policy(std::string_view bytes, const std::string& file, const ParameterEdit& edit);

}  // namespace bailiff::sim
