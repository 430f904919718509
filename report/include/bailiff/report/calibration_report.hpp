#pragma once
/// \file The reports of `bailiff calibrate`: the fitted multipliers, every target with its
/// prior and fitted value and residual, and the objective.

#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::report {

/// The settings of a calibration run, as its report states them.
struct CalibrationRun {
  std::string behaviour;  ///< the prior's file or shipped name
  std::string targets;    ///< "shipped" or the targets folder
  std::uint64_t seed = 0;
  std::uint64_t cases = 0;  ///< fines per scenario (0 = each target's own)
  std::string output;       ///< where the fitted behaviour was written; empty when it was not
};

/// A value of \p statistic in the unit a reader expects: a share in percent, a mean or a sum
/// of money in tenge, a count as a grouped integer.
std::string statistic_value_text(study::Statistic statistic, double value);

/// The readable report; \p seconds is the wall time of the fit.
std::string calibration_report_text(const CalibrationRun& run,
                                    const std::vector<study::Target>& targets,
                                    const study::CalibrationResult& result, double seconds);

/// The table of data/targets/README.md (Markdown): every target with the published figure,
/// the model's value after the fit, their ratio, the tolerance and whether it is within.
std::string calibration_report_markdown(const CalibrationRun& run,
                                        const std::vector<study::Target>& targets,
                                        const study::CalibrationResult& result);

/// The machine report (JSON).
std::string calibration_report_json(const CalibrationRun& run,
                                    const std::vector<study::Target>& targets,
                                    const study::CalibrationResult& result);

}  // namespace bailiff::report
