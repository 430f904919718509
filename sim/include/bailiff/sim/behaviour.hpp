#pragma once
/// \file The payment behaviour model: debtor segments with a daily payment hazard for each
/// stage of a case, notice uplifts that decay, a deadline effect and the effect of an
/// account arrest. Survival tables are precomputed with integer products only, so that
/// drawing a payment day is one random word and a table search.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/sim/distributions.hpp"

namespace bailiff::sim {

/// The stages in which a debtor may pay, as the behaviour model sees them.
enum class PayStage : std::uint8_t { kDiscount, kVoluntary, kOverdue, kRobot, kBailiff };

/// Number of PayStage values.
inline constexpr std::size_t kPayStageCount = 5;

/// Stable name of a stage ("discount", "voluntary", "overdue", "robot", "bailiff").
std::string_view pay_stage_name(PayStage stage);

/// Parts per million (1,000,000 = certainty).
inline constexpr std::int64_t kPpm = 1'000'000;

/// One debtor segment's parameters, in ppm.
struct Segment {
  std::string name;
  std::int64_t share_ppm = 0;
  std::int64_t sms_reach_ppm = 0;
  std::int64_t egov_reach_ppm = 0;
  std::array<std::int64_t, kPayStageCount> hazard_ppm{};  ///< daily hazard by PayStage
  std::int64_t deadline_bump_ppm = 0;
  std::int64_t sms_uplift_ppm = 0;
  std::int64_t egov_uplift_ppm = 0;
  std::int64_t arrest_uplift_ppm = 0;
};

/// The behaviour parameters as written in a behaviour file.
struct BehaviourParams {
  std::string name;
  std::string title;
  std::int64_t notice_decay_ppm = 0;
  std::vector<Segment> segments;

  /// Parse a behaviour file (data/behaviour/*.json); InputError on any bad field,
  /// including shares that do not sum to 1,000,000 ppm.
  static BehaviourParams parse(std::string_view bytes, const std::string& file);

  /// The canonical JSON of these parameters (the format parse() reads; used to write a
  /// calibrated behaviour file).
  std::string to_json() const;
};

/// Days covered by every survival table (longer stages see no payment past it).
inline constexpr std::uint32_t kTableDays = 1100;

/// What the robot's proceeding does to a debtor: which notices reach him, whether an
/// account is arrested.
struct RobotExposure {
  bool sms = false;
  bool egov = false;
  bool arrest = false;
  /// Index 0..7 of this combination.
  std::size_t index() const { return (sms ? 1u : 0u) | (egov ? 2u : 0u) | (arrest ? 4u : 0u); }
};

/// The precomputed model: survival tables per segment and stage.
class BehaviourModel {
 public:
  /// Build the tables for \p params.
  explicit BehaviourModel(BehaviourParams params);

  const BehaviourParams& params() const { return params_; }  ///< The parameters.

  /// Draw a debtor's segment.
  std::uint32_t draw_segment(CaseRng& rng) const { return segment_draw_->sample(rng); }
  /// Whether the SMS reaches a debtor of \p segment.
  bool draw_sms_reach(CaseRng& rng, std::uint32_t segment) const {
    return bernoulli(rng, sms_reach_[segment]);
  }
  /// Whether the eGov push reaches a debtor of \p segment.
  bool draw_egov_reach(CaseRng& rng, std::uint32_t segment) const {
    return bernoulli(rng, egov_reach_[segment]);
  }

  /// The day (0-based from the stage's start) on which a debtor of \p segment pays inside a
  /// stage of \p length days, or -1 when he does not. One draw from \p rng (two when the
  /// deadline effect is tested).
  std::int32_t draw_payment_day(CaseRng& rng, std::uint32_t segment, PayStage stage,
                                std::uint32_t length, RobotExposure exposure) const;

 private:
  const DiscreteSurvival& table(std::uint32_t segment, PayStage stage, RobotExposure e) const;

  BehaviourParams params_;
  std::unique_ptr<Categorical> segment_draw_;
  std::vector<Prob32> sms_reach_, egov_reach_, deadline_bump_;
  /// [segment][stage] for stages other than robot; [segment][8 exposures] for robot.
  std::vector<std::vector<DiscreteSurvival>> stage_tables_, robot_tables_;
};

}  // namespace bailiff::sim
