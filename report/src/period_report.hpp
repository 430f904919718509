#pragma once
// The report period of `simulate --report-period FROM..TO [--region NAME]`: what happened
// inside a calendar window, counted as published figures count (events by their own date),
// for the comparison's JSON, text and CSV reports.

#include <nlohmann/json.hpp>
#include <string>

#include "bailiff/sim/scenario.hpp"

namespace bailiff::report::period_detail {

/// The "period" object: the policy's figures at the top, the baseline's under "baseline"
/// (each the mean over the replications), 5-95% intervals, and what each figure counts.
nlohmann::ordered_json period_json(const sim::Scenario& scenario, const sim::Comparison& comparison);

/// The text section ("" without a report period).
std::string period_text(const sim::Scenario& scenario, const sim::Comparison& comparison);

/// The CSV rows "period_<figure>,unit,policy,value,p05,p95" of both policies ("" without one).
std::string period_csv(const sim::Scenario& scenario, const sim::Comparison& comparison);

}  // namespace bailiff::report::period_detail
