#pragma once
/// \file The unpaid paths (walk_case) of the kinds of fine a simulation meets, each walked
/// once and kept: a fine's path depends only on its day of entry into force, its amount and
/// its discount eligibility (and on whether the robot reaches its referral), so the many
/// cases of one kind share it and only their behaviour draws differ (CaseSimulator::count).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "bailiff/engine.hpp"
#include "bailiff/sim/case_path.hpp"

namespace bailiff::sim {

/// The unpaid paths of one kind of fine.
struct KindPaths {
  CasePath robot;  ///< the robot reaching the referral
  CasePath other;  ///< the robot not reaching it (walked only when robot.referral)
};

/// A kind's key and the first stretch of its paths (the same in both), in one cache line:
/// most cases pay in that stretch and read nothing else.
struct alignas(64) KindHead {
  Date in_force;
  bool eligible = false;
  bool walked = false;  ///< walk_case gave the paths (false: it refused the kind)
  Tiyn amount = 0;
  std::uint32_t index = 0;  ///< of the kind's paths (PathMemo::paths)
  PathStretch first;
};

/// The kinds met so far, found by an open-addressing hash of their keys. Memory grows with
/// the kinds met, up to kMaxKinds; a kind met after those is not kept (its cases are
/// simulated step by step).
class PathMemo {
 public:
  /// Paths of \p engine up to \p horizon; the engine must outlive the memo.
  PathMemo(const Engine& engine, Date horizon) : engine_(engine), horizon_(horizon) {}

  /// The head of \p fine's kind, its paths walked on first meeting; head.walked is false
  /// when walk_case refuses the kind (a stage that comes back, a step it cannot date): such
  /// a case is simulated step by step instead.
  KindHead find(const Fine& fine) {
    if (!table_.empty()) {
      const std::size_t mask = table_.size() - 1;
      for (std::size_t slot = hash(fine.in_force, fine.amount, fine.discount_eligible) & mask;;
           slot = (slot + 1) & mask) {
        const KindHead& head = table_[slot];
        if (head.amount == 0) break;  // an empty slot (a fine's amount is positive)
        if (head.in_force == fine.in_force && head.amount == fine.amount &&
            head.eligible == fine.discount_eligible)
          return head;
      }
    }
    return add(fine);
  }

  /// The paths of the kind whose head has \p index.
  const KindPaths& paths(std::uint32_t index) const { return kinds_[index]; }

  /// Start loading the slot where find() begins for a fine in force on \p in_force of
  /// \p amount and discount eligibility \p eligible, so that a caller who knows the next
  /// fine early does not wait for it then.
  void prefetch(Date in_force, Tiyn amount, bool eligible) const {
    if (!table_.empty())
      __builtin_prefetch(&table_[hash(in_force, amount, eligible) & (table_.size() - 1)]);
  }

 private:
  static constexpr std::size_t kMaxKinds = std::size_t{1} << 16;
  /// A kind's hash: the slot its probe sequence starts from, modulo the table's size.
  static std::size_t hash(Date in_force, Tiyn amount, bool eligible) {
    const std::uint64_t key =
        ((static_cast<std::uint64_t>(static_cast<std::uint32_t>(in_force.days)) << 1 |
          (eligible ? 1u : 0u)) *
         0x9E3779B97F4A7C15u) ^
        static_cast<std::uint64_t>(amount) * 0xC2B2AE3D27D4EB4Fu;
    return static_cast<std::size_t>((key ^ (key >> 31)) * 0x94D049BB133111EBu >> 32);
  }
  /// Walk \p fine's kind and file it (growing or clearing the table first when due).
  KindHead add(const Fine& fine);
  /// Put \p head in the first empty slot of its probe sequence.
  const KindHead& insert(const KindHead& head);

  const Engine& engine_;
  Date horizon_;
  std::vector<KindHead> table_;  ///< a power of two of slots, at most half of them filled
  std::vector<KindPaths> kinds_;
};

}  // namespace bailiff::sim
