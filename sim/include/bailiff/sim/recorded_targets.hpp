#pragma once
/// \file Calibration targets from a ministry's own records: the recorded payments of a
/// historical population (csv:PATH), decided by the engine, give the share of the fines
/// closed as paid in each stage; `bailiff calibrate --population csv:PATH` fits the model to
/// them.

#include <vector>

#include "bailiff/sim/calibration.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {

/// One ratio target per stage of payment (paid_share_discount .. paid_share_bailiff) whose
/// recorded share is above zero: the records the engine closes as paid in that stage from
/// their recorded payment, under \p choice's policy and up to its horizon, over all the
/// records. A payment that does not close its case counts as unpaid (the model pays in full
/// or not at all). Role fit, default tolerance, the population and policy of \p choice.
/// InputError when \p choice's population is not csv:PATH, or no record closes as paid.
std::vector<Target> recorded_payment_targets(const ScenarioChoice& choice);

}  // namespace bailiff::sim
