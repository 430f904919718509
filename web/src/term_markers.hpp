#pragma once
/// \file Where a policy's terms end, in days since a fine's entry into force: the discount
/// window, the voluntary term, the referral and the robot's window, read from the engine's
/// steps on an unpaid fine's path (sim::walk_case), not from the policy's numbers.

#include <vector>

#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::web {

/// The end of one stage of an unpaid fine's path.
struct TermMarker {
  sim::PayStage stage = sim::PayStage::kDiscount;  ///< the stage that ends
  int day = 0;                                     ///< days since entry into force
};

/// The ends of the stages under \p scenario's policy (\p baseline: its baseline) of a
/// discount-eligible fine of the population's first fine's amount and day, the robot
/// reaching its referral; a stage that runs to the horizon has no marker.
std::vector<TermMarker> term_markers(const sim::Scenario& scenario, bool baseline);

}  // namespace bailiff::web
