#include "bailiff/sim/parameter_groups.hpp"

#include <algorithm>

namespace bailiff::sim {
namespace {

const std::array<CalibratedParameter, kCalibratedCount> kParameters = {{
    {"robot_hazard",
     "hazard_ppm.robot and arrest_uplift_ppm of every segment (the base propensity to pay "
     "inside the robot's window)"},
    {"notice_uplift",
     "notice_uplift_ppm.sms and notice_uplift_ppm.egov_push of every segment (the response "
     "to the robot's notices once they reach the debtor)"},
    {"pre_referral_hazard",
     "hazard_ppm.discount, .voluntary and .overdue of every segment (how many fines are "
     "still unpaid when referred to the robot)"},
    {"robot_deadline",
     "robot_deadline_bump_ppm of every segment (payment on the robot window's last day, "
     "before the private bailiff's fee)"},
    {"arrest_recovery",
     "account_ppm of every segment (a bank account the robot's arrest can recover the debt "
     "from)"},
    {"pilot_coverage",
     "start_ppm and plateau_ppm of the coverage ramps of one region (the pilot's roll-out)"},
    {"robot_coverage",
     "plateau_ppm of the coverage ramps of every region (\"*\": the national roll-out once "
     "complete)"},
    {"amount_effect",
     "the strength of amount_effect (1 - per_doubling_ppm / 1e6, how much the hazards fall per "
     "doubling of the fine), kept at least 10% per_doubling"},
    {"robot_coverage_start",
     "start_ppm of the coverage ramps of every region (\"*\": the national roll-out on its "
     "first day)"},
    {"robot_rollout_days",
     "ramp_days of the coverage ramps of every region (\"*\": how long the national roll-out "
     "takes from its start to its plateau), whole days, at least one"},
    {"robot_rollout_delay",
     "delay_days of the coverage ramps of every region (\"*\": the days after the national "
     "launch during which the robot stays at its starting coverage), whole days"},
    {"population_volume",
     "population_volume_ppm (not a behaviour: the number of a synthetic preset's fines, which "
     "the preset derives from the published 2024 total imposed over its mix's mean fine, "
     "relative to its own count), so that the ensemble's intervals include the count's "
     "uncertainty; prior standard deviation 0.10: the total is published, the mean fine is "
     "not (the published 2023 traffic mean, 10,817 tenge, is 9% below the mix's 11,925, and "
     "no source gives the non-traffic fines' mean)",
     0.10},
}};

std::int64_t scale_ppm(std::int64_t value, std::int64_t multiplier) {
  // value <= 1e6 and multiplier <= 2e9 (a draw relative to a fitted value): no overflow.
  const std::int64_t scaled = (value * multiplier + kPpm / 2) / kPpm;
  return std::min(scaled, kPpm);
}

}  // namespace

const CalibratedParameter& calibrated_parameter(std::size_t k) { return kParameters[k]; }

std::optional<std::size_t> calibrated_parameter_index(std::string_view name) {
  for (std::size_t k = 0; k < kCalibratedCount; ++k) {
    if (kParameters[k].name == name) return k;
  }
  return std::nullopt;
}

Multipliers unit_multipliers() {
  Multipliers m;
  m.fill(kPpm);
  return m;
}

BehaviourParams apply_multipliers(const BehaviourParams& base, const Multipliers& m,
                                  const std::string& name) {
  BehaviourParams p = base;
  p.name = name;
  for (Segment& s : p.segments) {
    auto& h = s.hazard_ppm;
    h[static_cast<std::size_t>(PayStage::kRobot)] =
        scale_ppm(h[static_cast<std::size_t>(PayStage::kRobot)], m[0]);
    s.arrest_uplift_ppm = scale_ppm(s.arrest_uplift_ppm, m[0]);
    s.sms_uplift_ppm = scale_ppm(s.sms_uplift_ppm, m[1]);
    s.egov_uplift_ppm = scale_ppm(s.egov_uplift_ppm, m[1]);
    for (PayStage stage : {PayStage::kDiscount, PayStage::kVoluntary, PayStage::kOverdue}) {
      h[static_cast<std::size_t>(stage)] = scale_ppm(h[static_cast<std::size_t>(stage)], m[2]);
    }
    s.robot_deadline_bump_ppm = scale_ppm(s.robot_deadline_bump_ppm, m[3]);
    s.account_ppm = scale_ppm(s.account_ppm, m[4]);
  }
  // The strength 1 - per_doubling is what the multiplier scales; per_doubling stays >= 0.1.
  const std::int64_t strength = kPpm - p.amount_effect.per_doubling_ppm;
  p.amount_effect.per_doubling_ppm =
      std::max<std::int64_t>(100'000, kPpm - (strength * m[7] + kPpm / 2) / kPpm);
  for (CoverageRamp& r : p.coverage) {
    const bool national = r.region == "*";
    r.start_ppm = scale_ppm(r.start_ppm, national ? m[8] : m[5]);
    r.plateau_ppm = scale_ppm(r.plateau_ppm, national ? m[6] : m[5]);
    // Days are not a probability: scaled without the cap, rounded half up, at least one.
    if (national) {
      r.ramp_days = std::max<std::int64_t>(1, (r.ramp_days * m[9] + kPpm / 2) / kPpm);
      r.delay_days = (r.delay_days * m[10] + kPpm / 2) / kPpm;
    }
  }
  // A count, not a probability: without the cap, kept inside the multipliers' bounds.
  p.population_volume_ppm = std::clamp((p.population_volume_ppm * m[11] + kPpm / 2) / kPpm,
                                       kMinMultiplierPpm, kMaxMultiplierPpm);
  return p;
}

BehaviourParams behaviour_draw(const BehaviourParams& params, std::size_t draw) {
  Multipliers m = unit_multipliers();
  const BehaviourEnsemble& e = params.ensemble;
  for (std::size_t k = 0; k < e.parameters.size(); ++k) {
    m[*calibrated_parameter_index(e.parameters[k])] = e.draws_ppm.at(draw)[k];
  }
  return apply_multipliers(params, m, params.name);
}

}  // namespace bailiff::sim
