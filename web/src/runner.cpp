#include "runner.hpp"

#include "bailiff/error.hpp"
#include "platform.hpp"

namespace bailiff::web {

void Runner::start(std::unique_ptr<sim::Scenario> scenario, std::uint64_t seed,
                   std::uint32_t replications) {
  if (replications == 0) throw DomainError("replications must be at least 1");
  pending_ = std::make_unique<Pending>();
  pending_->scenario = std::move(scenario);
  pending_->replications = replications;
  pending_->comparison.seed = seed;
  for (std::uint32_t r = 0; r < replications; ++r) {
    pending_->comparison.seeds.push_back(sim::replication_seed(seed, r));
  }
  pending_->started_ms = now_ms();
}

std::string Runner::cache_key(const sim::RunSpec& s) const {
  return to_hex(s.policy_digest) + to_hex(s.calendar_digest) + to_hex(s.behaviour_digest) +
         to_hex(s.population->digest()) + "|" + std::to_string(s.seed) + "|" + to_iso(s.horizon);
}

// Set up run pending_->next_run; serve it from the cache when possible. False when all done.
bool Runner::begin_next_run() {
  Pending& p = *pending_;
  while (p.next_run < 2 * p.replications) {
    const std::uint32_t r = p.next_run / 2;
    const bool is_policy = p.next_run % 2 == 0;
    const sim::Scenario& s = *p.scenario;
    const sim::Loaded<Policy>& policy = is_policy ? s.policy : s.baseline;
    sim::RunSpec spec;
    spec.policy = &policy.value;
    spec.calendar = &s.calendar.value;
    spec.population = s.population.get();
    spec.behaviour = s.behaviour.get();
    spec.policy_digest = policy.sha256;
    spec.calendar_digest = s.calendar.sha256;
    spec.behaviour_digest = s.behaviour_params.sha256;
    spec.seed = p.comparison.seeds[r];
    spec.horizon = s.horizon;
    spec.threads = 1;
    const std::string key = cache_key(spec);
    const auto hit = cache_.find(key);
    if (hit != cache_.end()) {
      (is_policy ? p.comparison.policy_runs : p.comparison.baseline_runs).push_back(hit->second);
      p.used[key] = hit->second;
      ++p.reused;
      ++p.next_run;
      continue;
    }
    p.spec = spec;
    p.current = std::make_unique<ChunkedRun>(p.spec);
    return true;
  }
  return false;
}

bool Runner::step(double budget_ms) {
  if (!pending_) return false;
  const double deadline = now_ms() + budget_ms;
  Pending& p = *pending_;
  while (true) {
    if (!p.current && !begin_next_run()) break;
    p.current->advance(deadline);
    if (!p.current->done()) return true;
    sim::RunResult result = p.current->finish();
    const bool is_policy = p.next_run % 2 == 0;
    p.used[cache_key(p.spec)] = result;
    (is_policy ? p.comparison.policy_runs : p.comparison.baseline_runs).push_back(std::move(result));
    p.current.reset();
    ++p.next_run;
    if (now_ms() >= deadline) return true;
  }
  auto out = std::make_unique<Outcome>();
  out->scenario = std::move(p.scenario);
  out->comparison = std::move(p.comparison);
  out->summary = sim::summarise(out->comparison);
  out->milliseconds = now_ms() - p.started_ms;
  out->reused_runs = p.reused;
  cache_ = std::move(p.used);
  outcome_ = std::move(out);
  pending_.reset();
  ++generation_;
  return false;
}

void Runner::cancel() { pending_.reset(); }

std::uint64_t Runner::cases_total() const {
  if (!pending_) return 0;
  return pending_->scenario->population->size() * 2 * pending_->replications;
}

std::uint64_t Runner::cases_done() const {
  if (!pending_) return 0;
  const std::uint64_t per_run = pending_->scenario->population->size();
  return per_run * pending_->next_run + (pending_->current ? pending_->current->cases_done() : 0);
}

double Runner::progress() const {
  const std::uint64_t total = cases_total();
  return total == 0 ? 0.0 : static_cast<double>(cases_done()) / static_cast<double>(total);
}

}  // namespace bailiff::web
