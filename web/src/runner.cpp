#include "runner.hpp"

#include "platform.hpp"

namespace bailiff::web {
namespace {

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

void Runner::start(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed,
                   std::uint32_t replications, RunInputs inputs) {
  auto pending = std::make_unique<Pending>();
  pending->inputs = std::move(inputs);
  pending->scenario = std::move(scenario);
  // Block counters are kept: the page exports replay bundles of its runs.
  pending->run = std::make_unique<sim::ComparisonRun>(*pending->scenario, seed, replications,
                                                      /*keep_block_headlines=*/true);
  cache_.apply(*pending->run);
  pending->started_ms = now_ms();
  pending_ = std::move(pending);
}

bool Runner::step(double budget_ms) {
  if (!pending_) return false;
  const double deadline = now_ms() + budget_ms;
  sim::ComparisonRun& run = *pending_->run;
  while (run.step(tasks_, 1)) {
    if (now_ms() >= deadline) return true;
  }
  cache_.keep(run);
  outcome_ = finished(run, std::move(pending_->scenario), std::move(pending_->inputs),
                      pending_->started_ms, run.reused());
  pending_.reset();
  ++generation_;
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
