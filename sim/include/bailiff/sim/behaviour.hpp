#pragma once
/// \file The payment behaviour model: debtor segments with a daily payment hazard for each
/// stage of a case, notice uplifts that decay, a deadline effect before each costly
/// deadline, the effect of an account arrest and the money it recovers, a hazard that falls
/// with the fine's amount, and the robot's roll-out (which share of eligible referrals it
/// reaches). Survival tables are precomputed with integer products only, so that drawing a
/// payment day is one random word and a table search.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"
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
  std::int64_t deadline_bump_ppm = 0;  ///< pays on the last day of the discount or voluntary term
  std::int64_t robot_deadline_bump_ppm = 0;  ///< pays on the last day of the robot's window
  std::int64_t sms_uplift_ppm = 0;
  std::int64_t egov_uplift_ppm = 0;
  std::int64_t arrest_uplift_ppm = 0;
  /// Holds an account the robot can arrest (its balance may then settle the debt).
  std::int64_t account_ppm = 0;
};

/// One step of the robot's roll-out: from \p from, the share of eligible referrals the
/// robot reaches rises linearly from start_ppm to plateau_ppm over ramp_days days.
struct CoverageRamp {
  std::string region;  ///< a region's name, or "*" for every region
  Date from;
  std::int64_t ramp_days = 0;
  std::int64_t start_ppm = 0;
  std::int64_t plateau_ppm = 0;
  /// Days after `from` during which coverage stays at start_ppm before the ramp begins (a
  /// roll-out that starts slowly and then accelerates); 0 when the file has none.
  std::int64_t delay_days = 0;
};

/// Payment that depends on the amount at stake: every hazard before the private bailiff is
/// multiplied by per_doubling_ppm / 1e6 for each doubling of the fine above reference_tenge
/// (and divided by it for each halving), in whole doublings from 1/8 to 16 times the
/// reference.
struct AmountEffect {
  std::int64_t reference_tenge = 10'000;
  std::int64_t per_doubling_ppm = 1'000'000;  ///< 1,000,000: no effect
};

/// A posterior ensemble written by `bailiff calibrate`: draws of the parameter groups'
/// multipliers (sim/parameter_groups.hpp), relative to the file's own values, so that draw 0,
/// all 1,000,000, is the file itself.
struct BehaviourEnsemble {
  std::string method;                              ///< how the draws were made, e.g. "laplace"
  std::vector<std::string> parameters;             ///< group names, in each draw's order
  std::vector<std::int64_t> standard_errors_ppm;   ///< per group, relative to the file's values
  std::vector<std::vector<std::int64_t>> draws_ppm;  ///< per draw, one multiplier per group
};

/// The behaviour parameters as written in a behaviour file.
struct BehaviourParams {
  std::string name;
  std::string title;
  std::int64_t notice_decay_ppm = 0;
  std::vector<Segment> segments;
  /// The robot's roll-out; a referral dated before every ramp of its region is reached with
  /// coverage_before_ppm (1,000,000 when the file has no "robot_coverage").
  std::vector<CoverageRamp> coverage;
  std::int64_t coverage_before_ppm = 1'000'000;
  AmountEffect amount_effect;
  /// The median balance of an arrested account, tenge: it covers a debt D with probability
  /// M / (M + D) (0: an arrest recovers nothing by itself).
  std::int64_t balance_median_tenge = 0;
  /// The number of a synthetic preset's fines relative to the preset's own count, in ppm
  /// (1,000,000: as the preset says): not a behaviour but an assumption the calibration fits
  /// beside it (the preset derives its count from the 2024 total imposed and its mix's mean),
  /// so that each posterior draw carries its own. The exact method applies it where
  /// Population::volume_is_assumed(); the Monte Carlo simulates the population's own count.
  std::int64_t population_volume_ppm = 1'000'000;
  /// The posterior ensemble, if the file carries one (empty draws_ppm otherwise).
  BehaviourEnsemble ensemble;

  /// Parse a behaviour file (data/behaviour/*.json); InputError on any bad field,
  /// including shares that do not sum to 1,000,000 ppm.
  static BehaviourParams parse(std::string_view bytes, const std::string& file);

  /// The canonical JSON of these parameters (the format parse() reads; used to write a
  /// calibrated behaviour file).
  std::string to_json() const;
};

/// Days covered by every survival table (longer stages see no payment past it).
inline constexpr std::uint32_t kTableDays = 1100;

/// Amount bands of AmountEffect: doublings -3..+4 around the reference.
inline constexpr std::uint32_t kAmountBands = 8;

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

  /// The AmountEffect band (0..kAmountBands-1) of a fine of \p amount.
  std::uint32_t amount_band(Tiyn amount) const;

  /// The day (0-based from the stage's start) on which a debtor of \p segment, owing a fine of
  /// amount band \p band, pays inside a stage of \p length days, or -1 when he does not.
  /// \p at_deadline: the stage ends at its deadline (not at the simulation's horizon), so
  /// the deadline effect applies. One draw from \p rng (two when the deadline effect is tested).
  std::int32_t draw_payment_day(CaseRng& rng, std::uint32_t segment, std::uint32_t band,
                                PayStage stage, std::uint32_t length, RobotExposure exposure,
                                bool at_deadline) const;

  /// Whether the robot's arrest of one account of a debtor of \p segment recovers a debt of
  /// \p debt by itself on the arrest day: P(an account) x P(its balance covers the debt).
  bool draw_arrest_recovery(CaseRng& rng, std::uint32_t segment, Tiyn debt) const;

  // The probabilities behind the draws above, for the exact method (sim/exact.hpp): each
  // is the exact chance of the draw it names.

  /// The survival table a debtor of \p segment and amount band \p band pays from in \p stage
  /// under exposure \p e (the exposure matters in the robot's stage only).
  const DiscreteSurvival& table(std::uint32_t segment, std::uint32_t band, PayStage stage,
                                RobotExposure e) const;
  /// The position of table(segment, band, stage, e) among the table_count() tables.
  std::size_t table_index(std::uint32_t segment, std::uint32_t band, PayStage stage,
                          RobotExposure e) const;
  /// The number of survival tables (table_index()'s bound).
  std::size_t table_count() const { return tables_.size(); }
  /// The survival table at position \p index (table_index()).
  const DiscreteSurvival& table_at(std::size_t index) const { return tables_[index]; }
  /// The chance of a payment on the last day of \p stage when it ends at its deadline
  /// unpaid (zero for stages without a deadline effect).
  Prob32 deadline_bump(std::uint32_t segment, PayStage stage) const;
  Prob32 sms_reach(std::uint32_t segment) const { return sms_reach_[segment]; }    ///< draw_sms_reach()'s chance.
  Prob32 egov_reach(std::uint32_t segment) const { return egov_reach_[segment]; }  ///< draw_egov_reach()'s chance.
  Prob32 account(std::uint32_t segment) const { return account_[segment]; }  ///< P(an account to arrest).
  /// P(the arrested account's balance covers \p debt): M / (M + D); zero without a median.
  Prob32 balance_covers(Tiyn debt) const;

 private:

  BehaviourParams params_;
  std::unique_ptr<Categorical> segment_draw_;
  std::vector<Prob32> sms_reach_, egov_reach_, deadline_bump_, robot_deadline_bump_, account_;
  /// Per (segment, band), kTablesPerBand tables in one array (one look-up, not three): the
  /// kPayStageCount stages' tables, then the robot's for each of its 8 exposures.
  std::vector<DiscreteSurvival> tables_;
  static constexpr std::size_t kTablesPerBand = kPayStageCount + 8;
};

}  // namespace bailiff::sim
