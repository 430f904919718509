#pragma once
/// \file A sweep: a grid of scenario variants, each parameter taking a list of values
/// (`bailiff sweep --set robot_window=1,2,3 --set simplified_max_debt=20,30,40`). A
/// parameter is a policy parameter by name (its last dated value, or the value from a date:
/// NAME@YYYY-MM-DD), or any value of the policy or the behaviour file by JSON pointer
/// (policy:/parameters/robot_window/values/0/value, behaviour:/segments/0/share_ppm). Each
/// variant is re-read by the file's own parser, so a sweep refuses what a file would.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/sim/scenario.hpp"

namespace bailiff::study {

/// One parameter of a sweep and the values it takes, as written.
struct SweepAxis {
  std::string parameter;            ///< NAME, NAME@DATE, policy:/POINTER or behaviour:/POINTER
  std::vector<std::string> values;  ///< JSON texts, e.g. "2", "true", "\"half_up\""
  /// Where the axis was given, for errors about it: the CLI's "(command line)" and "--set",
  /// Python's "(python)" and "set".
  std::string file, option;
};

/// Parse one `PARAMETER=V1,V2,...` (commas inside brackets or quotes do not split), given
/// as \p option of \p file (the CLI's "(command line)" and "--set"). Throws InputError naming
/// them and what was expected.
SweepAxis parse_sweep_axis(std::string_view text, std::string_view file, std::string_view option);

/// One point of a sweep: the index of its value on each axis.
using SweepPoint = std::vector<std::size_t>;

/// Every point of the grid of \p axes, the last axis varying fastest.
std::vector<SweepPoint> sweep_grid(const std::vector<SweepAxis>& axes);

/// \p inputs with \p point's value of every axis set: policy parameters and policy:
/// pointers in the policy (not the baseline), behaviour: pointers in the behaviour file.
/// Throws InputError for an unknown parameter or pointer, or a value the file's parser
/// refuses (naming the file, the pointer and what was expected).
sim::ScenarioInputs apply_sweep_point(sim::ScenarioInputs inputs,
                                      const std::vector<SweepAxis>& axes, const SweepPoint& point);

}  // namespace bailiff::study
