#pragma once
/// \file The behaviour file `bailiff calibrate` writes: the fitted parameters with the
/// posterior ensemble and a "calibration" object recording the fit (the behaviour it started
/// from, the multipliers, the targets and their ensemble intervals), and what is read back
/// from that object.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study {

/// The fitted behaviour file: BehaviourParams::to_json() with the posterior ensemble
/// (relative to the fitted values) plus a "calibration" object (multipliers, standard errors,
/// seed, targets) that the parser ignores.
std::string calibrated_behaviour_json(const CalibrationResult& result,
                                      const std::vector<Target>& targets,
                                      const CalibrationOptions& options,
                                      const std::string& base_name);

/// What a behaviour file written by `bailiff calibrate` records of its fit: the behaviour it
/// started from and the fitted multipliers on it.
struct FitRecord {
  std::string from;  ///< the starting behaviour's name or path
  sim::Multipliers multipliers{};
  std::vector<HeldGroup> held;  ///< the groups the fit kept at their prior, and why
};

/// The fit record of \p bytes (a behaviour file), or nullopt when it has none or it names
/// other parameter groups than today's (a file written by an older version).
std::optional<FitRecord> fit_record(std::string_view bytes);

/// A published figure of a national official statement that a behaviour file was fitted to,
/// with the model's 5-95% interval for it over the file's ensemble (recorded by `bailiff
/// calibrate` in the file's "calibration" object).
struct RecordCheck {
  std::string target;  ///< the target id
  std::string figure;  ///< the published figure, in words
  Statistic statistic = Statistic::kRobotPaid;
  TargetKind kind = TargetKind::kPoint;
  double value = 0;  ///< the figure (a lower bound's least value)
  double p5 = 0, p95 = 0;
  std::uint32_t draws = 0;
  bool inside = false;  ///< the figure's reach meets the interval
};

/// The record checks of the behaviour file \p bytes: its fit targets graded
/// official_national that carry an ensemble interval, in file order; empty for a file
/// without them (a prior, or one written before the intervals were recorded).
std::vector<RecordCheck> record_checks(std::string_view bytes);

}  // namespace bailiff::study
