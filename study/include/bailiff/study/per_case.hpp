#pragma once
/// \file Per-case outcomes: the first fines of a scenario's population simulated one at a
/// time (sim::CaseSimulator) under its policy and its baseline with a run's seed, exactly as
/// that run's Monte Carlo simulated them: for each, the fine, the debtor's segment and
/// region, the stage and day it was paid in and the private bailiff's fee. What `bailiff
/// simulate --per-case FILE` writes and Python's `simulate(per_case=N)` tables.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/money.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::study {

/// One fine of the population under one policy.
struct CaseOutcome {
  sim::Role role = sim::Role::kPolicy;  ///< the policy or the baseline
  std::uint64_t index = 0;              ///< the fine's index in the population
  Tiyn amount = 0;                      ///< the fine imposed
  std::string segment;                  ///< the debtor's segment (the behaviour file's name)
  std::string region;                   ///< the fine's region (the population's name)
  std::string stage_paid;               ///< the stage it was paid in ("robot"); empty: unpaid
  std::int64_t day_paid = -1;           ///< days after entry into force; -1: unpaid
  Tiyn fee = 0;                         ///< the private bailiff's fee paid
};

/// The first \p count fines of \p scenario's population (all of them when it holds fewer),
/// simulated under its policy, then under its baseline, with \p seed (a comparison's
/// replication seed; replication 0 simulates the behaviour file's own values, as here).
std::vector<CaseOutcome> per_case_outcomes(const sim::Scenario& scenario, std::uint64_t seed,
                                           std::uint64_t count);

/// \p outcomes as CSV, one line per fine and policy after a header: policy (the policy's
/// id), case, amount_tenge, segment, region, stage_paid, day_paid (empty when unpaid),
/// fee_tenge (money as plain decimal tenge, "1234.50").
std::string per_case_csv(const sim::Scenario& scenario, const std::vector<CaseOutcome>& outcomes);

}  // namespace bailiff::study
