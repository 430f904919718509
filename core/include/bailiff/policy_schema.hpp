#pragma once
/// \file The words a policy file may use for its named choices: the one list that the
/// parser accepts and that every editor (the page's widgets) offers.

#include <string>
#include <string_view>
#include <vector>

namespace bailiff {

/// The names a policy field may take: "mrp_reference_date" (action_date, entry_into_force),
/// "rounding" (half_up, down, up) and the fee schedule's "mode" (whole, marginal), in that
/// order; empty for any other field.
const std::vector<std::string_view>& policy_choices(std::string_view field);

/// The choices of \p field for an error message: "\"whole\" or \"marginal\"",
/// "\"half_up\", \"down\" or \"up\"".
std::string quoted_choices(std::string_view field);

}  // namespace bailiff
