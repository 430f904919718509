#include "runner.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "platform.hpp"
#include "worker_pool.hpp"

namespace bailiff::web {
namespace {

// Blocks per task handed to a worker: 65,536 cases, ~50 ms of a worker's time, so that the
// last tasks of a comparison leave little idle, while a part's bytes (~10 KB) cost nothing.
constexpr std::uint64_t kBlocksPerTask = 16;
// Tasks a worker holds at once: the next ones are queued in the worker while it sends a part
// back, so that it does not wait for the page's thread while that draws a frame (~30 ms) or
// computes an exact preview (~200 ms national).
constexpr unsigned kTasksInFlight = 4;

/// The outcome of \p run, finished, with what the panels read from it computed once.
std::unique_ptr<Outcome> finished(sim::ComparisonRun& run, std::unique_ptr<sim::Scenario> scenario,
                                  RunInputs inputs, double started_ms, std::uint32_t reused_runs) {
  auto out = std::make_unique<Outcome>();
  out->reused_runs = reused_runs;
  out->comparison = run.finish();
  out->scenario = std::move(scenario);
  out->summary = report::summarise(out->comparison);
  try {
    out->terms = term_markers(*out->scenario, /*baseline=*/false);
  } catch (const std::exception&) {
    // a path the engine walk refuses: no markers
  }
  out->milliseconds = now_ms() - started_ms;
  out->inputs = std::move(inputs);
  return out;
}

}  // namespace

void Runner::start(const ScenarioSource& source, sim::Method method, std::uint64_t seed,
                   std::uint32_t replications, RunInputs inputs) {
  auto pending = std::make_unique<Pending>();
  pending->inputs = std::move(inputs);
  pending->scenario = build_scenario(source, method);
  if (replications == 0) {
    replications = method == sim::Method::kExact ? sim::default_replications(*pending->scenario)
                                                 : kPageMonteCarloReplications;
  }
  // A Monte Carlo run keeps its block counters: the page exports replay bundles of it.
  const ComparisonSource comparison{source, method, seed, replications,
                                    /*keep_block_headlines=*/method == sim::Method::kMonteCarlo};
  pending->run = std::make_unique<sim::ComparisonRun>(*pending->scenario, seed, replications,
                                                      comparison.keep_block_headlines);
  cache_.apply(*pending->run);
  pending->started_ms = now_ms();
  ++job_;  // parts of an earlier comparison are ignored from now on
  error_.clear();
  pending_ = std::move(pending);
  const unsigned workers = std::min(workers_ready(), max_workers_);
  if (workers == 0 || pending_->run->done()) return;
  set_worker_events(
      {[this](unsigned w, std::uint32_t job, std::uint32_t run, std::string bytes) {
         on_part(w, job, run, bytes);
       },
       [this](unsigned w, std::uint32_t job, std::string message) { on_failed(w, job, message); }});
  pending_->workers = workers;
  pending_->in_flight.assign(workers, 0);
  workers_load(job_, encode_comparison_source(comparison),
               source.csv ? source.csv_bytes : std::string());
  for (unsigned w = 0; w < workers; ++w) feed(w);
}

void Runner::feed(unsigned worker) {
  // By the exact method a task is a whole run, handed out two at a time: a draw's policy and
  // baseline runs go to one worker, one after the other, which builds the draw's behaviour
  // model once.
  const unsigned together = pending_->run->spec(0).method == sim::Method::kExact ? 2 : 1;
  while (pending_->in_flight[worker] + together <= kTasksInFlight) {
    for (unsigned i = 0; i < together; ++i) {
      const std::optional<sim::BlockTask> task = pending_->run->assign(kBlocksPerTask);
      if (!task) return;
      workers_simulate(worker, job_, *task);
      ++pending_->in_flight[worker];
    }
  }
}

void Runner::on_part(unsigned worker, std::uint32_t job, std::uint32_t run,
                     const std::string& bytes) {
  if (!pending_ || job != job_ || worker >= pending_->workers) return;  // stopped or replaced
  try {
    pending_->run->absorb(run, bytes, "Web Worker " + std::to_string(worker + 1));
    --pending_->in_flight[worker];
    if (pending_->run->done()) {
      settle();
    } else {
      feed(worker);
    }
  } catch (const std::exception& e) {  // names the worker
    error_ = e.what();
    cancel();
    wake_frames();
  }
}

void Runner::on_failed(unsigned worker, std::uint32_t job, const std::string& message) {
  if (!pending_ || pending_->workers == 0 || (job != job_ && job != kAnyJob)) return;
  error_ = "Web Worker " + std::to_string(worker + 1) + ": " + message;
  cancel();
  wake_frames();
}

void Runner::settle() {
  sim::ComparisonRun& run = *pending_->run;
  cache_.keep(run);
  outcome_ = finished(run, std::move(pending_->scenario), std::move(pending_->inputs),
                      pending_->started_ms, run.reused());
  outcome_->workers = pending_->workers;
  pending_.reset();
  ++generation_;
  wake_frames();
}

bool Runner::step(double budget_ms) {
  if (!pending_) return false;
  sim::ComparisonRun& run = *pending_->run;
  if (pending_->workers > 0) return true;
  const double deadline = now_ms() + budget_ms;
  while (run.step(tasks_, 1)) {
    if (now_ms() >= deadline) return true;
  }
  settle();
  return false;
}

void Runner::preview(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed,
                     std::uint32_t replications, RunInputs inputs) {
  const double started = now_ms();
  sim::ComparisonRun run(*scenario, seed, replications);
  const std::uint32_t reused = preview_cache_.apply(run);
  while (run.step(tasks_, 1)) {
  }
  preview_cache_.keep(run);
  preview_ = finished(run, std::move(scenario), std::move(inputs), started, reused);
}

void Runner::cancel() {
  pending_.reset();
  ++job_;
}

std::string Runner::take_error() {
  return std::exchange(error_, std::string());
}

std::uint64_t Runner::cases_total() const {
  return pending_ ? pending_->run->cases_total() : 0;
}

std::uint64_t Runner::cases_done() const {
  return pending_ ? pending_->run->cases_done() : 0;
}

double Runner::progress() const {
  const std::uint64_t total = cases_total();
  return total == 0 ? 0.0 : static_cast<double>(cases_done()) / static_cast<double>(total);
}

}  // namespace bailiff::web
