#pragma once
// The exact method's day series, stretch by stretch (exact.cpp): what a stretch pays on
// each of its days is its weight times its table's chance of that day, so the stretches of
// one table starting on one day are summed by length first and the days walked once per
// such slot, not once per stretch.

#include <cstdint>
#include <span>
#include <vector>

#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/exact.hpp"

namespace bailiff::sim {

/// The payments inside one stretch: \p weight cases enter it, then pay on its day d
/// (0 <= d < \p days, the first \p first days after entry into force) with the chance
/// table_at(\p table) gives that day.
struct StretchMass {
  std::uint32_t table = 0;
  std::uint16_t first = 0, days = 0;
  double weight = 0;
};

/// Stretches' weights summed by table, first day and length, in the order first met; the
/// sums depend only on the order of add() calls.
class StretchSums {
 public:
  /// Sums of stretches over \p tables tables, ending before day \p series_days.
  StretchSums(std::size_t tables, std::size_t series_days);

  /// Adds \p s's weight to the sum of its table, first day and length.
  void add(const StretchMass& s);
  /// Room for \p entries more entries (each add() of a new length, each of add_all()'s).
  void reserve(std::size_t entries) { entries_.reserve(entries_.size() + entries); }
  /// Adds each of \p sums (another's sums()) as it is, without looking for its length:
  /// spread() adds the weights of one length in the order they came.
  void add_all(std::span<const StretchMass> sums);
  /// Each sum once, in the order first met.
  std::vector<StretchMass> sums() const;
  /// Adds to \p series the payments of every stretch on each of its days.
  void spread(const BehaviourModel& model, std::vector<Moments>& series) const;

 private:
  /// The sums of one table and first day: a list through entries_.
  struct Slot {
    std::uint32_t table;
    std::uint16_t first;
    std::uint32_t head;
  };
  struct Entry {
    std::uint32_t slot, next;
    std::uint16_t days;
    double weight;
  };
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};

  /// The slot of \p s's table and first day, made on first use.
  std::uint32_t slot(const StretchMass& s);

  std::size_t tables_;
  std::vector<std::uint32_t> first_row_;  ///< per first day, its row of slot_of_, or kNone
  std::vector<std::uint32_t> slot_of_;    ///< per row and table, the slot, or kNone
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

inline std::uint32_t StretchSums::slot(const StretchMass& s) {
  std::uint32_t& row = first_row_[s.first];
  if (row == kNone) {
    row = static_cast<std::uint32_t>(slot_of_.size() / tables_);
    slot_of_.resize(slot_of_.size() + tables_, kNone);
  }
  std::uint32_t& slot = slot_of_[std::size_t{row} * tables_ + s.table];
  if (slot == kNone) {
    slot = static_cast<std::uint32_t>(slots_.size());
    slots_.push_back({s.table, s.first, kNone});
  }
  return slot;
}

inline void StretchSums::add(const StretchMass& s) {
  const std::uint32_t slot = this->slot(s);
  std::uint32_t e = slots_[slot].head;
  while (e != kNone && entries_[e].days != s.days) e = entries_[e].next;
  if (e == kNone) {
    e = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back({slot, slots_[slot].head, s.days, 0});
    slots_[slot].head = e;
  }
  entries_[e].weight += s.weight;
}

}  // namespace bailiff::sim
