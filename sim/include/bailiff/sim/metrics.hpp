#pragma once
/// \file What a simulation counts. Every figure is an integer sum, so totals do not depend
/// on how cases were split across threads or processes; ratios are formed at the end.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/money.hpp"
#include "bailiff/sha256.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/report_period.hpp"

namespace bailiff::sim {

/// The official savings formula: 25% of the tenge collected inside simplified proceedings
/// (the Ministry's; it assumes every such tenge would otherwise have carried the full fee).
inline constexpr BasisPoints kOfficialSavingsRate = 2500;

/// Days covered by the paid-by-day series (days since entry into force).
inline constexpr std::size_t kSeriesDays = 731;

/// Totals for one group of cases (a region or a segment).
struct GroupTotals {
  std::int64_t cases = 0;
  std::int64_t paid = 0;           ///< cases closed as paid
  std::int64_t handed = 0;         ///< cases handed to a private bailiff
  Tiyn collected = 0;              ///< fine money paid (excluding fees)
  Tiyn fees = 0;                   ///< private-bailiff fees paid

  /// Add \p other into this.
  void add(const GroupTotals& other);
};

/// Everything one run under one policy counts. A counter added here joins Metrics::add and
/// the run-part encoding (sim/src/run_part.cpp, which refuses to build until it does).
struct Metrics {
  std::int64_t cases = 0;
  std::array<std::int64_t, kPayStageCount> paid_by_stage{};  ///< cases paid, by PayStage
  std::array<Tiyn, kPayStageCount> collected_by_stage{};      ///< fine money, by PayStage
  Tiyn fees_paid = 0;              ///< private-bailiff fees paid by citizens
  std::int64_t proceedings_opened = 0;
  std::int64_t notices_sms = 0;
  std::int64_t notices_egov = 0;
  std::int64_t accounts_arrested = 0;
  /// Robot proceedings closed on the arrest day by the arrested account's balance (counted
  /// in paid_by_stage's robot stage too; not a headline counter).
  std::int64_t arrest_recoveries = 0;
  std::int64_t handed_to_bailiff = 0;
  std::vector<std::int64_t> paid_by_day = std::vector<std::int64_t>(kSeriesDays);  ///< cases paid on day d after entry into force
  std::vector<GroupTotals> by_region;
  std::vector<GroupTotals> by_segment;
  PeriodCounts period;  ///< events inside the run's report period (zero without one)

  /// Metrics for \p regions regions and \p segments segments, all zero.
  Metrics(std::size_t regions = 0, std::size_t segments = 0)
      : by_region(regions), by_segment(segments) {}

  /// Add \p other into this (the merge of two disjoint sets of cases).
  void add(const Metrics& other);

  /// Cases closed as paid.
  std::int64_t paid() const;
  /// Fine money collected in all stages.
  Tiyn collected() const;

  /// The canonical bytes of the headline counters (for block digests of the audit root):
  /// each field of headline_fields() in order, as a big-endian int64.
  std::string headline_bytes() const;
};

/// One headline counter of Metrics: its name in reports and bundles, whether it is money
/// (tiyn), and how to read it. The order of headline_fields() is the order of
/// Metrics::headline_bytes, so both come from this one table.
struct HeadlineField {
  std::string name;                          ///< e.g. "paid_robot", "fees_paid"
  bool money = false;                        ///< tiyn (printed as tenge)
  std::int64_t (*value)(const Metrics&, std::size_t stage) = nullptr;  ///< reads the counter
  std::size_t stage = 0;                     ///< PayStage index for the per-stage counters
};

/// The headline counters, in their canonical order.
const std::vector<HeadlineField>& headline_fields();

/// SHA-256("robot-bailiff/sim-block/v1" || \p block_and_headline), where the argument is a
/// big-endian u64 block index followed by the block's headline_bytes(): the digest the
/// simulation's audit root chains, and the one a bundle's block record is checked against.
Digest sim_block_digest(std::string_view block_and_headline);

}  // namespace bailiff::sim
