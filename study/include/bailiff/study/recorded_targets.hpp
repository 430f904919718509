#pragma once
/// \file Calibration targets from a ministry's own records: the recorded payments of a
/// historical population (csv:PATH), decided by the engine, give the share of the fines
/// closed as paid in each stage; `bailiff calibrate --population csv:PATH` fits the model to
/// them.

#include <string>
#include <vector>

#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study {

/// Two targets per stage of payment whose recorded share is above zero: a ratio, the
/// records the engine closes as paid in that stage (paid_share_discount .. paid_share_bailiff),
/// and a mean, the fine money those records paid (mean_paid_discount_tenge ..
/// mean_paid_bailiff_tenge: the recorded days and amounts, by stage). Described below.
///
/// The ratio target per stage of payment (paid_share_discount .. paid_share_bailiff) whose
/// recorded share is above zero: the records the engine closes as paid in that stage from
/// their recorded payment, under \p choice's policy and up to its horizon, over all the
/// records. A payment that does not close its case counts as unpaid (the model pays in full
/// or not at all). Role fit, default tolerance, the population and policy of \p choice.
/// InputError when \p choice's population is not csv:PATH, or no record closes as paid.
std::vector<Target> recorded_payment_targets(const sim::ScenarioChoice& choice);

/// The targets of one calibration and what the report calls their source.
struct CalibrationTargets {
  std::vector<Target> targets;
  std::string from;  ///< the target set's spec, or "the recorded payments of csv:PATH"
};

/// The targets of `calibrate` (CLI and Python alike): the target set \p targets_spec
/// (load_targets), or, when \p population is given, the recorded payments of that csv:PATH
/// decided under \p policy with \p iin_key. When both a target set other than "shipped" and
/// a population are given, InputError at \p where naming the two options as the caller
/// calls them (\p population_option, \p targets_option).
CalibrationTargets calibration_targets(const std::string& targets_spec,
                                       const std::string& population, const std::string& policy,
                                       const std::string& iin_key, const std::string& where,
                                       const std::string& population_option,
                                       const std::string& targets_option);

}  // namespace bailiff::study
