#include "stretch_sums.hpp"

#include <algorithm>

namespace bailiff::sim {

StretchSums::StretchSums(std::size_t tables, std::size_t series_days)
    : tables_(tables), first_row_(series_days, kNone) {}

void StretchSums::add_all(std::span<const StretchMass> sums) {
  for (const StretchMass& s : sums) {
    const std::uint32_t slot = this->slot(s);
    entries_.push_back({slot, slots_[slot].head, s.days, s.weight});
    slots_[slot].head = static_cast<std::uint32_t>(entries_.size() - 1);
  }
}

std::vector<StretchMass> StretchSums::sums() const {
  std::vector<StretchMass> out;
  out.reserve(entries_.size());
  for (const Entry& e : entries_)
    out.push_back({slots_[e.slot].table, slots_[e.slot].first, e.days, e.weight});
  return out;
}

void StretchSums::spread(const BehaviourModel& model, std::vector<Moments>& series) const {
  std::vector<const Entry*> lengths;
  for (const Slot& slot : slots_) {
    lengths.clear();
    for (std::uint32_t e = slot.head; e != kNone; e = entries_[e].next)
      lengths.push_back(&entries_[e]);
    // Longest first; of one length, in the order they came (entries_ is in that order).
    std::sort(lengths.begin(), lengths.end(), [](const Entry* a, const Entry* b) {
      return a->days != b->days ? a->days > b->days : a < b;
    });
    // From the last day of the longest stretch down: the weight of those still in on day d
    // times the table's chance of day d, F(d) - F(d - 1).
    const DiscreteSurvival& table = model.table_at(slot.table);
    double weight = 0;
    std::size_t next = 0;
    std::uint32_t upper = table.cdf(lengths.front()->days - 1).raw;
    for (std::uint32_t d = lengths.front()->days; d-- > 0;) {
      while (next < lengths.size() && lengths[next]->days > d) weight += lengths[next++]->weight;
      const std::uint32_t lower = d == 0 ? 0 : table.cdf(d - 1).raw;
      series[slot.first + d].add(weight * (static_cast<double>(upper - lower) / 4294967296.0), 1);
      upper = lower;
    }
  }
}

}  // namespace bailiff::sim
