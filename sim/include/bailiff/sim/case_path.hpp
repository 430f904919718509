#pragma once
/// \file A fine's path through the engine when its debtor does not pay: the stretches
/// between the engine's steps in which the behaviour model may draw a payment, and what
/// each step does. The simulation walks the same loop drawing as it goes
/// (case_simulator.hpp); the exact method (exact.hpp) walks it once per kind of fine and
/// weighs each stretch by the chance of reaching and paying in it.

#include <cstdint>
#include <vector>

#include "bailiff/engine.hpp"
#include "bailiff/sim/behaviour.hpp"

namespace bailiff::sim {

/// The stage a case in \p state pays in, as the behaviour model sees it.
PayStage pay_stage(const CaseState& state);

/// Days in which a payment may be drawn, between two of the engine's steps.
struct PathStretch {
  PayStage stage = PayStage::kDiscount;
  Date start;                ///< day 0 of the stretch
  std::uint32_t length = 0;  ///< days in which a payment is drawn (0: none)
  bool at_deadline = false;  ///< ends at an engine step, not at the horizon (deadline effect)
  RobotExposure exposure;    ///< notices sent and account arrested before it (reach aside)
  Tiyn collected = 0;        ///< fine money that a payment closing the case here collects
  Tiyn fees = 0;             ///< private-bailiff fee paid with it

  friend bool operator==(const PathStretch& a, const PathStretch& b) {
    return a.stage == b.stage && a.start == b.start && a.length == b.length &&
           a.at_deadline == b.at_deadline && a.exposure.index() == b.exposure.index() &&
           a.collected == b.collected && a.fees == b.fees;
  }
};

/// One decision of a step that a simulation counts.
struct PathEvent {
  Action action{};
  Date date;
  Tiyn debt = 0;  ///< a proceeding opened: the fine money it was opened for
  friend bool operator==(const PathEvent&, const PathEvent&) = default;
};

/// The engine's step after a stretch, taken when the debtor has not paid in it.
struct PathStep {
  std::vector<PathEvent> events;  ///< proceedings opened, notices, arrests, hand-offs
  /// The step arrested an account: its balance may settle the debt on recovery_date.
  bool arrest = false;
  Date recovery_date;
  Tiyn debt = 0;       ///< what the balance must cover
  Tiyn collected = 0;  ///< fine money such a recovery collects
  Tiyn fees = 0;       ///< fee paid with it
  friend bool operator==(const PathStep&, const PathStep&) = default;
};

/// The unpaid path of one fine: stretches[i] is followed by steps[i] (the last stretch by
/// none: the case stays open to the horizon).
struct CasePath {
  std::vector<PathStretch> stretches;
  std::vector<PathStep> steps;
  /// The path reaches a referral (whether the robot reaches it then matters).
  bool referral = false;
  Date referral_date;
  friend bool operator==(const CasePath&, const CasePath&) = default;
};

/// The unpaid path of \p fine under \p engine up to \p horizon, the robot reaching the
/// referral when \p robot_available. Throws DomainError when a stage comes back after
/// another (the simulation then reuses the stage's draw, which the exact method does not
/// follow).
CasePath walk_case(const Engine& engine, const Fine& fine, Date horizon, bool robot_available);

}  // namespace bailiff::sim
