// `bailiff calibrate`: fit the behaviour model's multipliers to the published figures of
// data/targets/ and write the fitted behaviour file (which `simulate --behaviour` accepts).

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

#include "bailiff/error.hpp"
#include "bailiff/report/calibration_report.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/study/calibrated_behaviour.hpp"
#include "bailiff/study/calibration.hpp"
#include "bailiff/study/leave_one_out.hpp"
#include "bailiff/study/recorded_targets.hpp"
#include "commands.hpp"
#include "counts.hpp"
#include "output.hpp"
#include "processes.hpp"
#include "progress.hpp"
#include "scenario_options.hpp"

namespace bailiff::cli {
namespace {

struct CalibrateOptions {
  std::string behaviour;  ///< empty: "calibrated" to evaluate (--max-iterations 0), else "default"
  std::string targets = "shipped";
  std::string population;  ///< csv:PATH: fit to its recorded payments instead of the targets
  std::string policy{sim::defaults::kPolicy};
  std::string iin_key_file;
  std::string output;
  std::string report;
  std::uint64_t seed = sim::defaults::kSeed;
  std::uint64_t cases = 0;
  std::uint32_t max_iterations = 20;
  std::uint32_t draws = 200;
  std::string method = "exact";
  std::uint32_t starts = 1;
  std::vector<std::string> mixture;  ///< DIRECTORY=DRAWS
  std::vector<std::string> hold;     ///< GROUP=REASON
  std::uint32_t predictive_draws = 0;
  bool loo = false;
  std::uint32_t loo_iterations = 1;
  unsigned threads = 0;
  bool json = false;
  bool markdown = false;
};

// A --mixture value: DIRECTORY=DRAWS, the variant set shipped+DIRECTORY.
study::MixtureMember parse_mixture_member(const std::string& text) {
  const std::size_t eq = text.rfind('=');
  study::MixtureMember member;
  if (eq != std::string::npos && eq > 0) {
    member.targets = "shipped+" + text.substr(0, eq);
    const std::string count = text.substr(eq + 1);
    if (!count.empty() && count.size() <= 5 &&
        count.find_first_not_of("0123456789") == std::string::npos) {
      member.draws = static_cast<std::uint32_t>(std::stoul(count));
    }
  }
  if (member.targets.empty() || member.draws == 0) {
    throw InputError("(command line)", "--mixture", "mixture",
                     "DIRECTORY=DRAWS, a variant directory and the draws (1 to 99999) it adds", text);
  }
  return member;
}

// A --hold value: GROUP=REASON, a parameter group kept at its prior and why.
study::HeldGroup parse_held_group(const std::string& text) {
  const std::size_t eq = text.find('=');
  const std::string name = text.substr(0, eq);
  const std::optional<std::size_t> group = sim::calibrated_parameter_index(name);
  if (eq == std::string::npos || !group || text.size() == eq + 1) {
    std::string names;
    for (std::size_t k = 0; k < sim::kCalibratedCount; ++k)
      names += (k ? ", " : "") + std::string(sim::calibrated_parameter(k).name);
    throw InputError("(command line)", "--hold", "hold",
                     "GROUP=REASON, a parameter group (" + names + ") and why it is held", text);
  }
  return {*group, text.substr(eq + 1)};
}

// What the report says about the run's settings.
report::CalibrationRun report_settings(const CalibrateOptions& o, const std::string& targets_from) {
  return {o.behaviour, targets_from, o.seed, o.cases, o.output};
}

void run(CalibrateOptions o) {
  // One convention for every door: evaluating (no iteration) scores the shipped calibrated
  // behaviour, fitting starts from the priors, unless --behaviour says otherwise.
  if (o.behaviour.empty()) {
    o.behaviour = o.max_iterations == 0 ? std::string(sim::defaults::kBehaviour) : "default";
  }
  const auto start = std::chrono::steady_clock::now();
  const std::string iin_key = o.population.empty() ? "" : resolve_iin_key("", o.iin_key_file);
  const study::CalibrationTargets chosen = study::calibration_targets(
      o.targets, o.population, o.policy, iin_key, "(command line)", "--population", "--targets");
  const std::vector<study::Target>& targets = chosen.targets;
  const sim::LoadedInput behaviour = sim::load_input(o.behaviour, "behaviour");
  const sim::BehaviourParams base = sim::BehaviourParams::parse(behaviour.bytes, behaviour.name);

  study::CalibrationOptions options;
  options.seed = o.seed;
  const std::unique_ptr<sim::TaskSystem> tasks = run_tasks(o.threads);
  options.tasks = tasks.get();
  const bool writer = writes_outputs();
  options.cases_override = o.cases;
  options.max_iterations = o.max_iterations;
  options.ensemble_draws = o.draws;
  options.method = o.method == "exact" ? sim::Method::kExact : sim::Method::kMonteCarlo;
  options.starts = o.starts;
  options.iin_key = iin_key;
  options.predictive_draws = o.predictive_draws;
  for (const std::string& m : o.mixture) options.mixture.push_back(parse_mixture_member(m));
  for (const std::string& h : o.hold) options.held.push_back(parse_held_group(h));
  bool shown = false;
  auto last = start;
  const bool terminal = stderr_is_terminal();
  options.progress = [&](std::uint32_t simulations, std::uint32_t iteration, double objective) {
    if (!terminal) return;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start).count();
    if (!writer || elapsed < 1.0 || now - last < std::chrono::milliseconds(250)) return;
    last = now;
    shown = true;
    std::fprintf(stderr, "\rcalibrating: iteration %u, %u simulations, objective %.6f, %.0f s ",
                 iteration, simulations, objective, elapsed);
    std::fflush(stderr);
  };
  study::CalibrationResult result = study::calibrate(base, targets, options);
  if (o.loo) {
    if (terminal && writer) std::fprintf(stderr, "\nleave-one-out: refitting without each target\n");
    result.leave_one_out = study::leave_one_out_of_run(behaviour.bytes, base, result, targets,
                                                       options, o.loo_iterations);
  }
  if (shown) std::fprintf(stderr, "\n");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!writer) return;

  Outputs outputs;
  if (!o.output.empty()) {
    std::string name = behaviour.name;
    if (name.rfind("embedded:behaviour/", 0) == 0) name = o.behaviour;
    const std::string bytes = study::calibrated_behaviour_json(result, targets, options, name);
    sim::BehaviourParams::parse(bytes, o.output);  // what we write must read back
    outputs.add(bytes, o.output);
  }
  outputs.add(
      o.json ? report::calibration_report_json(report_settings(o, chosen.from), targets, result)
      : o.markdown
          ? report::calibration_report_markdown(report_settings(o, chosen.from), targets, result)
          : report::calibration_report_text(report_settings(o, chosen.from), targets, result,
                                            seconds),
      o.report);
  outputs.commit();
}

}  // namespace

void register_calibrate(CLI::App& app) {
  auto o = std::make_shared<CalibrateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "calibrate",
      "Fit the behaviour model (multipliers on the robot-stage hazard, the notice uplifts and "
      "the pre-referral hazards) to the published figures in data/targets/ by least squares; "
      "print each target, the fitted value and the residual, and write the fitted behaviour "
      "file for `simulate --behaviour`.");
  cmd->add_option("--behaviour", o->behaviour,
                  "Behaviour file or shipped name to start from: default (the priors) when fitting; "
                  "calibrated (the shipped fit) with --max-iterations 0, which evaluates it");
  cmd->add_option(
         "--targets", o->targets,
         "\"shipped\" (data/targets/, embedded), a directory of target files, or "
         "shipped+DIRECTORY (a variant set: the directory's targets replace the shipped ones of "
         "the same id, e.g. data/targets/variants/zhetysu-completed)")
      ->capture_default_str();
  cmd->add_option("--population", o->population,
                  "csv:PATH: fit to these historical records' recorded payments (the share of the "
                  "fines paid in each stage, decided by the engine) instead of --targets");
  cmd->add_option("--policy", o->policy,
                  "With --population: the policy the records were decided under")
      ->capture_default_str();
  cmd->add_option("--iin-key-file", o->iin_key_file,
                  "With --population: the file holding the IIN pseudonym key (or BAILIFF_IIN_KEY)");
  cmd->add_option("-o,--output", o->output, "Write the fitted behaviour file here (atomically)")
      ->check(output_path());
  cmd->add_option("--report", o->report,
                  "Write the report to this file instead of stdout (atomically)")
      ->check(output_path());
  cmd->add_option("--seed", o->seed, "Random seed of every evaluation (64-bit)")
      ->capture_default_str()
      ->check(count_range(0, UINT64_MAX));
  cmd->add_option(
         "--cases", o->cases,
         "Fines per scenario in each evaluation (0 = each target's evaluation_cases; at most "
         "200,000,000); counts "
         "are still scaled to the preset's default size")
      ->capture_default_str()
      ->check(count_range(0, kMaxCases));
  cmd->add_option(
         "--max-iterations", o->max_iterations,
         "Levenberg-Marquardt iterations at most; 0 evaluates every target at the starting "
         "behaviour without fitting (e.g. --behaviour calibrated --max-iterations 0)")
      ->capture_default_str()
      ->check(count_range(0, 100));
  cmd->add_option("--draws", o->draws,
                  "Posterior draws written with the fitted behaviour (Laplace approximation at the "
                  "fit; draw 0 is the fit itself; 0 = none)")
      ->capture_default_str()
      ->check(count_range(0, 100000));
  cmd->add_option("--method", o->method,
                  "exact: each evaluation is the targets' expectations over the model (deterministic, "
                  "no sampling noise in the fit, a fraction of the time); mc: it simulates the "
                  "targets' scenarios")
      ->capture_default_str()
      ->check(CLI::IsMember({"mc", "exact"}));
  cmd->add_option(
         "--starts", o->starts,
         "Starting points of the fit: the prior, then points with each multiplier 1/4 to 4 "
         "times the prior (counter-based draws from --seed); the best end is kept and the "
         "report lists each start's objective")
      ->capture_default_str()
      ->check(count_range(1, 100));
  cmd->add_option("--mixture", o->mixture,
                  "DIRECTORY=DRAWS (repeatable): also fit the variant reading shipped+DIRECTORY from "
                  "the fit and add DRAWS draws of its posterior (its fit first) to the ensemble, so "
                  "that intervals include the readings' uncertainty, e.g. "
                  "--mixture data/targets/variants/autumn-completed=50");
  cmd->add_option("--hold", o->hold,
                  "GROUP=REASON (repeatable): keep a parameter group at its prior in the fit, for a "
                  "reason the fitted file records (the targets cannot identify it); the ensemble "
                  "still varies it, e.g. --hold 'notice_uplift=no target compares proceedings "
                  "with and without a notice'");
  cmd->add_option("--predictive-draws", o->predictive_draws,
                  "Draws of the ensemble (the fitted one, or with --max-iterations 0 the file's own) "
                  "over which every target is evaluated for its 5-95% interval and whether the "
                  "published figure lies inside it; 0: none")
      ->capture_default_str()
      ->check(count_range(0, 100000));
  cmd->add_flag("--loo", o->loo,
                "Leave-one-out: beside every fit target, its prediction by the model refitted "
                "without it, from the fit, by at most --loo-iterations Levenberg-Marquardt "
                "iterations (1, the default: one full Gauss-Newton step from the fit, the one-step "
                "approximation of the refit): the out-of-sample check. An evaluated calibrated file "
                "is refitted from the behaviour it was fitted from");
  cmd->add_option("--loo-iterations", o->loo_iterations,
                  "Levenberg-Marquardt iterations of each leave-one-out refit at most")
      ->capture_default_str()
      ->check(count_range(1, 100));
  cmd->add_option("--threads", o->threads,
                  "Worker threads in each process, at most 256 (default 0: all cores; under MPI, "
                  "the cores the rank is bound to)")
      ->check(count_range(0, kMaxThreads));
  cmd->add_flag("--json", o->json, "JSON report for machines");
  cmd->add_flag(
         "--markdown", o->markdown,
         "The targets table of data/targets/README.md (published, model, ratio, tolerance, within)")
      ->excludes("--json");
  cmd->callback([o] { run(*o); });
}

}  // namespace bailiff::cli
