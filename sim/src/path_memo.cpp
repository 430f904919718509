#include "bailiff/sim/path_memo.hpp"

#include <algorithm>
#include <utility>

#include "bailiff/error.hpp"

namespace bailiff::sim {

KindHead PathMemo::add(const Fine& fine) {
  if (kinds_.size() >= kMaxKinds) return {};  // not walked: simulated step by step
  if (2 * (kinds_.size() + 1) > table_.size()) {
    std::vector<KindHead> old(std::max<std::size_t>(1024, 2 * table_.size()));
    std::swap(old, table_);
    for (const KindHead& head : old) {
      if (head.amount != 0) insert(head);
    }
  }
  KindHead head;
  head.in_force = fine.in_force;
  head.eligible = fine.discount_eligible;
  head.amount = fine.amount;
  head.index = static_cast<std::uint32_t>(kinds_.size());
  KindPaths paths;
  try {
    paths.robot = walk_case(engine_, fine, horizon_, true);
    if (paths.robot.referral) paths.other = walk_case(engine_, fine, horizon_, false);
    head.walked = true;
    head.first = paths.robot.stretches.front();
  } catch (const DomainError&) {
    paths = {};
  }
  kinds_.push_back(std::move(paths));
  return insert(head);
}

const KindHead& PathMemo::insert(const KindHead& head) {
  const std::size_t mask = table_.size() - 1;
  std::size_t slot = hash(head.in_force, head.amount, head.eligible) & mask;
  while (table_[slot].amount != 0) slot = (slot + 1) & mask;
  return table_[slot] = head;
}

}  // namespace bailiff::sim
