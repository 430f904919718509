#pragma once
/// \file Populations of fines: synthetic (generated lazily from seed and index, so memory
/// does not grow with the population) or historical (imported records).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sha256.hpp"
#include "bailiff/sim/distributions.hpp"

namespace bailiff::detail {
class JsonNode;
}  // namespace bailiff::detail

namespace bailiff::sim {

/// The attributes of one fine that a simulation needs (no personal data).
struct FineDraw {
  std::uint16_t region = 0;        ///< index into Population::regions()
  std::uint16_t offence = 0;       ///< index into Population::offences() (0 for historical)
  bool discount_eligible = false;  ///< admitted without appeal
  Tiyn amount = 0;                 ///< fine imposed, tiyn
  Date in_force;                   ///< day 0
};

/// One row of the offence mix.
struct Offence {
  std::string name;
  std::int64_t mrp = 0;     ///< fine as a multiple of the MRP
  std::uint64_t weight = 0;
};

/// Fines alike in everything the engine and the behaviour model see of them (the day of
/// entry into force, the amount, discount eligibility), with the expected number of the
/// population's fines of this kind in each region: what the exact method (sim/exact.hpp)
/// integrates over instead of drawing fines.
struct FineKind {
  Date in_force;
  Tiyn amount = 0;
  bool discount_eligible = false;
  std::vector<double> count_by_region;  ///< per index of Population::regions()
};

/// A population of fines.
class Population {
 public:
  virtual ~Population() = default;
  /// Number of fines.
  virtual std::uint64_t size() const = 0;
  /// Fine number \p index (0 <= index < size()); depends only on (seed, index).
  virtual FineDraw at(std::uint64_t index, std::uint64_t seed) const = 0;
  /// Region names.
  virtual const std::vector<std::string>& regions() const = 0;
  /// Offence names (may be empty).
  virtual const std::vector<Offence>& offences() const = 0;
  /// Digest committing to the population (spec bytes and size, or the records' bytes).
  virtual Digest digest() const = 0;
  /// Short description, e.g. "synthetic:national (15,000,000 fines, 2025-01-01..2025-12-31)".
  virtual std::string describe() const = 0;
  /// First day on which a fine enters into force.
  virtual Date first_in_force() const = 0;
  /// Last day on which a fine enters into force.
  virtual Date last_in_force() const = 0;
  /// The population as kinds of fines whose counts sum to size(): for a synthetic
  /// population, the exact distribution at() draws from; for records, the records grouped.
  /// Ordered by day, amount and eligibility.
  virtual std::vector<FineKind> kinds() const = 0;
  /// Whether the number of fines is an assumption that a behaviour draw's
  /// population_volume_ppm scales in the exact method (BehaviourParams): true for a synthetic
  /// preset at its own default size; false for records (counted) and for a sample of a
  /// preset (its size is the caller's choice).
  virtual bool volume_is_assumed() const { return false; }
};

/// A synthetic population described by a preset file (data/populations/*.json).
class SyntheticPopulation final : public Population {
 public:
  /// Parse the preset \p bytes (named \p file in errors); fines are priced with the MRP of
  /// \p mrp_policy on their entry into force; \p cases overrides the preset's default size
  /// when non-zero.
  SyntheticPopulation(std::string_view bytes, const std::string& file, const Policy& mrp_policy,
                      std::uint64_t cases);

  std::uint64_t size() const override { return size_; }
  FineDraw at(std::uint64_t index, std::uint64_t seed) const override;
  const std::vector<std::string>& regions() const override { return regions_; }
  const std::vector<Offence>& offences() const override { return offences_; }
  Digest digest() const override { return digest_; }
  std::string describe() const override;
  Date first_in_force() const override { return first_; }
  Date last_in_force() const override { return first_.plus_days(static_cast<std::int32_t>(days_) - 1); }
  std::vector<FineKind> kinds() const override;
  bool volume_is_assumed() const override { return own_size_; }

 private:
  std::string name_;
  std::uint64_t size_ = 0;
  bool own_size_ = false;  ///< size_ is the preset's default_cases
  Date first_;
  std::uint32_t days_ = 0;
  Prob32 discount_eligible_{0};
  std::vector<std::string> regions_;
  std::vector<Offence> offences_;
  std::vector<Tiyn> mrp_by_day_;  ///< the MRP in force on each day of the period
  std::unique_ptr<Categorical> region_draw_, offence_draw_;
  /// The days of one calendar year inside the period.
  struct YearSpan {
    std::uint32_t first_day;  ///< days after the period's first day
    std::uint32_t days;
  };
  std::vector<YearSpan> years_;              ///< with volume_by_year: one per year of the period
  std::vector<std::uint64_t> region_weights_, year_weights_;  ///< as read, for kinds()
  std::unique_ptr<Categorical> year_draw_;   ///< with volume_by_year: the year of entry into force
  /// Read the optional "volume_by_year" (one weight per calendar year of the period, ending \p last).
  void read_volume_by_year(const ::bailiff::detail::JsonNode& years, Date last);
  Digest digest_{};
};

/// The RNG stream ids: one per purpose, so that draws never shift when a model changes.
enum Stream : std::uint32_t {
  kStreamFine = 1,     ///< the fine's attributes
  kStreamDebtor = 2,   ///< segment and notice reach
  kStreamCoverage = 3,  ///< whether the robot reaches the referral
  kStreamArrest = 4,    ///< whether the robot's arrest recovers the debt
  kStreamEnsemble = 5,  ///< calibrate's posterior draws (the "case" index is the draw)
  kStreamCalibrationStart = 6,  ///< calibrate's starting points (the "case" index is the start)
  kStreamStage = 16,   ///< + stage index: the payment draw inside each stage
  kStreamReplication = 0xFFFF0000u,  ///< replication seeds
};

}  // namespace bailiff::sim
