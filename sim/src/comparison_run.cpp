#include "bailiff/sim/comparison_run.hpp"

#include <algorithm>

#include "bailiff/error.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/parameter_groups.hpp"

namespace bailiff::sim {
namespace {

// The exact method computes the day series (about 1.2x the cost of a run) only for
// replication 0, whose runs the reports chart: the other draws give the interval of the
// figures, not a curve.
bool charted(std::uint32_t run) { return run < 2; }

}  // namespace

ComparisonRun::ComparisonRun(const Scenario& scenario, std::uint64_t seed,
                             std::uint32_t replications, bool keep_block_headlines)
    : scenario_(scenario) {
  if (replications == 0) throw DomainError("replications must be at least 1");
  comparison_.seed = seed;
  comparison_.ensemble_size = ensemble_size(scenario);
  comparison_.method = scenario.choice.method;
  if (keep_block_headlines && comparison_.method == Method::kExact) {
    throw DomainError("a replay bundle records the Monte Carlo's blocks of cases; the exact method has none");
  }
  for (std::uint32_t r = 0; r < replications; ++r) {
    comparison_.seeds.push_back(replication_seed(seed, r));
    const std::uint32_t draw = comparison_.ensemble_size > 0 ? r % comparison_.ensemble_size : 0;
    comparison_.draws.push_back(draw);
    for (const Role role : {Role::kPolicy, Role::kBaseline}) {
      specs_.push_back(run_spec(scenario, role, comparison_.seeds.back()));
      specs_.back().keep_block_headlines = keep_block_headlines;
      if (draw != 0) {
        specs_.back().behaviour = nullptr;  // draw_model(draw), once built
        specs_.back().behaviour_digest = behaviour_draw_digest(scenario.behaviour_params.sha256, draw);
      }
    }
  }
  results_.resize(specs_.size());
  steppers_.resize(specs_.size());
  handed_out_.resize(specs_.size());
  // The Monte Carlo's blocks may be handed to other processes at once: its draws' models
  // now; the exact method builds each as its runs come up, on the step's workers.
  if (comparison_.method != Method::kExact) build_models(0, run_count(), serial_tasks());
}

void ComparisonRun::build_models(std::uint32_t first, std::uint32_t last, TaskSystem& tasks) {
  std::vector<std::uint32_t> missing;
  for (std::uint32_t k = first; k < last; ++k) {
    const std::uint32_t draw = comparison_.draws[k / 2];
    if (draw == 0 || draw_models_.count(draw) != 0) continue;
    draw_models_[draw] = nullptr;
    missing.push_back(draw);
  }
  for_each_on(tasks, missing.size(), [&](std::size_t i) {
    draw_models_.at(missing[i]) = std::make_unique<BehaviourModel>(
        behaviour_draw(scenario_.behaviour_params.value, missing[i]));
  });
  for (std::uint32_t k = first; k < last; ++k) {
    const std::uint32_t draw = comparison_.draws[k / 2];
    if (draw != 0) specs_[k].behaviour = draw_models_.at(draw).get();
  }
}

void ComparisonRun::step_exact(TaskSystem& tasks) {
  // A batch of whole runs, one run per worker at a time: each run's sums do not depend on
  // the workers that compute them (exact.hpp), so neither does the batch.
  std::vector<std::uint32_t> batch;
  for (std::uint32_t k = next_run_; k < run_count() && batch.size() < 2 * tasks.workers(); ++k) {
    if (!results_[k]) batch.push_back(k);
  }
  build_models(batch.front(), batch.back() + 1, tasks);
  if (kinds_.empty()) kinds_ = scenario_.population->kinds();
  std::vector<std::optional<RunResult>> computed(batch.size());
  for_each_on(tasks, batch.size(), [&](std::size_t i) {
    computed[i] = simulate_exact(specs_[batch[i]], kinds_, serial_tasks(), charted(batch[i]));
  });
  for (std::size_t i = 0; i < batch.size(); ++i) results_[batch[i]] = std::move(computed[i]);
  for (const std::uint32_t k : batch) {
    const std::uint32_t r = k / 2;
    if (results_[2 * r] && results_[2 * r + 1]) release_model(comparison_.draws[r]);
  }
}

void ComparisonRun::release_model(std::uint32_t draw) {
  if (draw == 0 || draw_models_.erase(draw) == 0) return;
  for (std::uint32_t k = 0; k < run_count(); ++k) {
    if (comparison_.draws[k / 2] == draw) specs_[k].behaviour = nullptr;
  }
}

void ComparisonRun::reuse(std::uint32_t k, RunResult result) {
  if (k < next_run_ || steppers_[k]) {
    throw DomainError("ComparisonRun::reuse(): run " + std::to_string(k) + " has already started");
  }
  results_[k] = std::move(result);
  ++reused_;
}

void ComparisonRun::skip_finished() {
  while (next_run_ < run_count() && results_[next_run_]) ++next_run_;
}

RunStepper& ComparisonRun::stepper(std::uint32_t k) {
  if (!steppers_[k]) steppers_[k] = std::make_unique<RunStepper>(specs_[k]);
  return *steppers_[k];
}

void ComparisonRun::finish_if_done(std::uint32_t k) {
  if (!steppers_[k] || !steppers_[k]->done()) return;
  results_[k] = steppers_[k]->finish();
  steppers_[k].reset();
  skip_finished();
}

bool ComparisonRun::step(TaskSystem& tasks, std::uint64_t max_blocks) {
  skip_finished();
  if (done()) return false;
  if (specs_[next_run_].method == Method::kExact) {
    step_exact(tasks);
    skip_finished();
    return !done();
  }
  const std::uint32_t k = next_run_;
  stepper(k).step(tasks, max_blocks);
  finish_if_done(k);
  return !done();
}

std::optional<BlockTask> ComparisonRun::assign(std::uint64_t max_blocks) {
  skip_finished();
  for (std::uint32_t k = next_run_; k < run_count(); ++k) {
    if (results_[k]) continue;
    if (specs_[k].method == Method::kExact) {
      if (handed_out_[k]) continue;
      handed_out_[k] = true;
      return BlockTask{k, BlockRange{0, 1}};
    }
    RunStepper& run = stepper(k);
    if (!run.assigned_all()) return BlockTask{k, run.assign(max_blocks)};
    finish_if_done(k);  // a run without blocks
  }
  return std::nullopt;
}

std::string ComparisonRun::simulate_part(std::uint32_t k, BlockRange blocks, TaskSystem& tasks) {
  if (k >= run_count()) throw DomainError("the comparison has no run " + std::to_string(k));
  if (specs_[k].method != Method::kExact) {
    return encode_run_part(specs_[k], sim::simulate_part(specs_[k], blocks, tasks));
  }
  if (blocks != BlockRange{0, 1}) {
    throw DomainError("an exact run is handed out whole, as blocks [0, 1), not [" +
                      std::to_string(blocks.first) + ", " + std::to_string(blocks.last) + ")");
  }
  // Runs come in the order they are handed out, a draw's two runs together: the models of
  // the draws before are not needed again.
  const std::uint32_t draw = comparison_.draws[k / 2];
  std::vector<std::uint32_t> held;
  for (const auto& [d, model] : draw_models_) {
    if (d != draw) held.push_back(d);
  }
  for (const std::uint32_t d : held) release_model(d);
  build_models(k, k + 1, tasks);
  if (kinds_.empty()) kinds_ = scenario_.population->kinds();
  RunResult run = simulate_exact(specs_[k], kinds_, tasks, charted(k));
  return encode_run_part(specs_[k], RunPart{blocks, {run.audit_root}, {}, std::move(run.metrics)});
}

void ComparisonRun::absorb_exact(std::uint32_t k, std::string_view bytes, const std::string& from) {
  if (!handed_out_[k] || results_[k]) {
    throw DomainError("the exact run " + std::to_string(k) + " from " + from +
                      (results_[k] ? " is merged already" : " was not handed out"));
  }
  // The counters' shape (regions, segments) is the scenario's: the draw's model, which this
  // process need not build, does not change it.
  RunSpec shape = specs_[k];
  shape.behaviour = scenario_.behaviour.get();
  RunPart part = decode_run_part(shape, bytes, from);
  if (part.blocks != BlockRange{0, 1}) {
    throw DomainError("the exact run " + std::to_string(k) + " from " + from + " is not whole");
  }
  RunResult run = exact_result(specs_[k], std::move(part.metrics));
  if (run.audit_root != part.block_digests.front()) {
    throw DomainError("the exact run " + std::to_string(k) + " from " + from +
                      " does not match its own root");
  }
  results_[k] = std::move(run);
  skip_finished();
}

void ComparisonRun::absorb(std::uint32_t k, std::string_view bytes, const std::string& from) {
  if (k < run_count() && specs_[k].method == Method::kExact) return absorb_exact(k, bytes, from);
  if (k >= run_count() || !steppers_[k]) {
    throw DomainError("the run part from " + from + " is of run " + std::to_string(k) +
                      ", of which no blocks are handed out");
  }
  steppers_[k]->absorb(decode_run_part(specs_[k], bytes, from), from);
  finish_if_done(k);
}

bool ComparisonRun::done() const {
  return std::all_of(results_.begin(), results_.end(),
                     [](const std::optional<RunResult>& r) { return r.has_value(); });
}

std::uint64_t ComparisonRun::cases_total() const {
  return scenario_.population->size() * run_count();
}

std::uint64_t ComparisonRun::cases_done() const {
  std::uint64_t done = 0;
  for (std::uint32_t k = 0; k < run_count(); ++k) {
    if (results_[k]) done += scenario_.population->size();
    if (steppers_[k]) done += steppers_[k]->cases_done();
  }
  return done;
}

const RunResult* ComparisonRun::result(std::uint32_t k) const {
  return results_[k] ? &*results_[k] : nullptr;
}

Comparison ComparisonRun::finish() {
  if (!done()) throw DomainError("ComparisonRun::finish() before every run is done");
  Comparison out = comparison_;
  for (std::uint32_t k = 0; k < run_count(); ++k) {
    (k % 2 == 0 ? out.policy_runs : out.baseline_runs).push_back(std::move(*results_[k]));
  }
  return out;
}

std::string run_key(const RunSpec& s) {
  return to_hex(s.policy_digest) + to_hex(s.calendar_digest) + to_hex(s.behaviour_digest) +
         to_hex(s.population->digest()) + "|" + std::to_string(s.seed) + "|" + to_iso(s.horizon) +
         (s.keep_block_headlines ? "|blocks" : "") + (s.method == Method::kExact ? "|exact" : "") +
         (s.period ? "|period=" + to_iso(s.period->window.from) + ".." + to_iso(s.period->window.to) + "|" +
                         (s.period->region ? std::to_string(*s.period->region) : "all")
                   : "");
}

std::uint32_t RunCache::apply(ComparisonRun& run) const {
  std::uint32_t applied = 0;
  for (std::uint32_t k = 0; k < run.run_count(); ++k) {
    const auto hit = results_.find(run_key(run.spec(k)));
    if (hit == results_.end()) continue;
    run.reuse(k, hit->second);
    ++applied;
  }
  return applied;
}

void RunCache::keep(const ComparisonRun& run) {
  results_.clear();
  for (std::uint32_t k = 0; k < run.run_count(); ++k) {
    if (const RunResult* r = run.result(k)) results_[run_key(run.spec(k))] = *r;
  }
}

Comparison run_comparison(const Scenario& scenario, std::uint64_t seed, std::uint32_t replications,
                          TaskSystem& tasks, const ProgressFn& progress, bool keep_block_headlines) {
  ComparisonRun run(scenario, seed, replications, keep_block_headlines);
  while (run.step(tasks, blocks_per_step(tasks))) {
    if (progress) progress(run.cases_done(), run.cases_total());
  }
  if (progress) progress(run.cases_done(), run.cases_total());
  return run.finish();
}

}  // namespace bailiff::sim
