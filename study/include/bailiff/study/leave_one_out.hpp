#pragma once
/// \file Leave-one-out predictions, the out-of-sample check of a calibration: each fit
/// target's value under the multipliers refitted without it.

#include <cstdint>
#include <string_view>
#include <vector>

#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::study {

/// Leave-one-out predictions, the out-of-sample check of a fit: for each target with role
/// fit, the multipliers refitted without it (its role made "check"; from \p fitted, one start,
/// options.max_iterations at most, no ensemble), and that refit's value of the target. With
/// max_iterations 1 the refit is one full Gauss-Newton step from the fit on the residuals
/// without the target (the one-step approximation: the Jacobian at the fit, shared). A
/// target with role check keeps its value at \p fitted. Returned in the order of \p targets.
std::vector<TargetFit> leave_one_out(const sim::BehaviourParams& base,
                                     const std::vector<Target>& targets,
                                     const sim::Multipliers& fitted,
                                     const CalibrationOptions& options);

/// The leave-one-out predictions of a calibration run from the behaviour file \p bytes
/// (parsed: \p base) that ended at \p result: refits of at most \p iterations from the run's
/// fit; a run that only evaluated (max_iterations 0) a file written by `bailiff calibrate`
/// refits from the behaviour that file was fitted from, starting at its fit, so that the
/// prior term is the one of the published fit. The one convention of every door's --loo.
std::vector<TargetFit> leave_one_out_of_run(std::string_view bytes,
                                            const sim::BehaviourParams& base,
                                            const CalibrationResult& result,
                                            const std::vector<Target>& targets,
                                            const CalibrationOptions& options,
                                            std::uint32_t iterations);

}  // namespace bailiff::study
