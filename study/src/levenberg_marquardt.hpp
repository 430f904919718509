#pragma once
/// \file The least-squares fit of a calibration: Levenberg-Marquardt over the multipliers of
/// the parameter groups, each point evaluated once (the objective is a deterministic
/// function of the integer multipliers), the Jacobian by forward differences.

#include <Eigen/Dense>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/parameter_groups.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/target.hpp"
#include "target_evaluator.hpp"

namespace bailiff::study::detail {

/// A fit of the multipliers of a base behaviour to targets, counting its evaluations (and
/// reporting them to options.progress) in the result it fills.
class MultiplierFit {
 public:
  /// One evaluated point: the targets' fits, the residual vector and the objective.
  struct Point {
    std::vector<TargetFit> fits;
    Eigen::VectorXd r;
    double objective = 0;
  };

  /// A fit of \p base's multipliers to \p targets; all four must outlive it.
  MultiplierFit(const sim::BehaviourParams& base, const std::vector<Target>& targets,
                const CalibrationOptions& options, CalibrationResult& result);

  /// The point \p m, evaluated on its first call only (the fit targets' scenarios; every
  /// target's with options.shared_fits).
  const Point& eval(const sim::Multipliers& m);

  /// \p fits (of the point \p m) completed with the check targets, simulated only for the
  /// reports.
  std::vector<TargetFit> with_checks(const sim::Multipliers& m, std::vector<TargetFit> fits) const;

  /// The forward-difference Jacobian of the residuals at \p at (evaluated: \p current).
  Eigen::MatrixXd jacobian_at(const sim::Multipliers& at, const Point& current);

  /// Levenberg-Marquardt from \p x, at most options.max_iterations: where it stopped and the
  /// iterations it ran.
  std::pair<sim::Multipliers, std::uint32_t> fit_from(sim::Multipliers x);

  /// The targets' evaluator (their scenarios, loaded once).
  const TargetEvaluator& evaluator() const { return evaluator_; }

 private:
  /// What one iteration ended with.
  struct Iteration {
    bool accepted = false;   ///< a trial point lowered the objective (x moved there)
    bool converged = false;  ///< no step moves, or the accepted one barely did
  };

  /// One iteration from \p x: up to 10 trial steps, \p lambda raised after each refused one
  /// and lowered after the accepted one, which \p x moves to.
  Iteration iterate(sim::Multipliers& x, double& lambda);
  /// The fits of the point \p m, as eval() computes them.
  std::vector<TargetFit> fits_at(const sim::Multipliers& m) const;

  const sim::BehaviourParams& base_;
  const std::vector<Target>& targets_;
  const CalibrationOptions& options_;
  CalibrationResult& result_;
  const TargetEvaluator evaluator_;
  std::map<sim::Multipliers, Point> cache_;  ///< the objective is deterministic: never run twice
  std::uint32_t iteration_ = 0;              ///< the current iteration, for the progress reports
  double best_objective_ = 0;
};

}  // namespace bailiff::study::detail
