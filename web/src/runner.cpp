#include "runner.hpp"

#include "platform.hpp"

namespace bailiff::web {

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
  auto out = std::make_unique<Outcome>();
  out->reused_runs = run.reused();
  out->comparison = run.finish();
  out->scenario = std::move(pending_->scenario);
  out->summary = report::summarise(out->comparison);
  out->milliseconds = now_ms() - pending_->started_ms;
  out->inputs = std::move(pending_->inputs);
  pending_.reset();
  outcome_ = std::move(out);
  ++generation_;
  return false;
}

void Runner::preview(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed,
                     std::uint32_t replications, RunInputs inputs) {
  const double started = now_ms();
  sim::ComparisonRun run(*scenario, seed, replications);
  auto out = std::make_unique<Outcome>();
  out->reused_runs = preview_cache_.apply(run);
  while (run.step(tasks_, 1)) {
  }
  preview_cache_.keep(run);
  out->comparison = run.finish();
  out->scenario = std::move(scenario);
  out->summary = report::summarise(out->comparison);
  out->milliseconds = now_ms() - started;
  out->inputs = std::move(inputs);
  preview_ = std::move(out);
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
