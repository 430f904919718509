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

namespace bailiff::sim {

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

/// Everything one run under one policy counts.
struct Metrics {
  std::int64_t cases = 0;
  std::array<std::int64_t, kPayStageCount> paid_by_stage{};  ///< cases paid, by PayStage
  std::array<Tiyn, kPayStageCount> collected_by_stage{};      ///< fine money, by PayStage
  Tiyn fees_paid = 0;              ///< private-bailiff fees paid by citizens
  std::int64_t proceedings_opened = 0;
  std::int64_t notices_sms = 0;
  std::int64_t notices_egov = 0;
  std::int64_t accounts_arrested = 0;
  std::int64_t handed_to_bailiff = 0;
  std::vector<std::int64_t> paid_by_day = std::vector<std::int64_t>(kSeriesDays);  ///< cases paid on day d after entry into force
  std::vector<GroupTotals> by_region;
  std::vector<GroupTotals> by_segment;

  /// Metrics for \p regions regions and \p segments segments, all zero.
  Metrics(std::size_t regions = 0, std::size_t segments = 0)
      : by_region(regions), by_segment(segments) {}

  /// Add \p other into this (the merge of two disjoint sets of cases).
  void add(const Metrics& other);

  /// Cases closed as paid.
  std::int64_t paid() const;
  /// Fine money collected in all stages.
  Tiyn collected() const;

  /// The canonical bytes of the headline counters (for block digests of the audit root).
  std::string headline_bytes() const;
};

}  // namespace bailiff::sim
