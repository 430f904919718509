// The simulation re-run for bundles: the same per-case loop as simulator.cpp, keeping each
// block's headline counters (simulate() keeps only their digests). bundle_test pins that
// the metrics and roots equal simulate()'s, and simulate_bundle() refuses to write a bundle
// whose roots differ from the run it describes.

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/bundle.hpp"
#include "bailiff/sim/philox.hpp"
#include "bundle_format.hpp"

namespace bailiff::sim {
namespace {

PayStage pay_stage(const CaseState& state) {
  switch (state.stage) {
    case Stage::kVoluntary: return state.discount_open ? PayStage::kDiscount : PayStage::kVoluntary;
    case Stage::kOverdue: return PayStage::kOverdue;
    case Stage::kRobot: return PayStage::kRobot;
    default: return PayStage::kBailiff;
  }
}

// Mirrors CaseSimulator in simulator.cpp.
class CaseRunner {
 public:
  explicit CaseRunner(const RunSpec& spec) : spec_(spec), engine_(*spec.policy, *spec.calendar) {}

  void run(std::uint64_t index, Metrics& m) {
    const FineDraw draw = spec_.population->at(index, spec_.seed);
    fine_.amount = draw.amount;
    fine_.in_force = draw.in_force;
    fine_.discount_eligible = draw.discount_eligible;
    CaseRng debtor_rng(spec_.seed, index, kStreamDebtor);
    const BehaviourModel& model = *spec_.behaviour;
    const std::uint32_t segment = model.draw_segment(debtor_rng);
    const bool sms_reach = model.draw_sms_reach(debtor_rng, segment);
    const bool egov_reach = model.draw_egov_reach(debtor_rng, segment);

    ++m.cases;
    GroupTotals& region = m.by_region[draw.region];
    GroupTotals& seg = m.by_segment[segment];
    ++region.cases;
    ++seg.cases;

    CaseState state = engine_.open(fine_);
    RobotExposure exposure;
    decisions_.clear();
    const Date stop = spec_.horizon.plus_days(1);
    while (true) {
      const std::optional<ScheduledStep> next = engine_.next_step(state);
      const Date end = next && next->date < stop ? next->date : stop;
      const PayStage stage = pay_stage(state);
      const auto length = static_cast<std::uint32_t>(std::max(0, days_between(state.today, end)));
      CaseRng stage_rng(spec_.seed, index, kStreamStage + static_cast<std::uint32_t>(stage));
      const std::int32_t day = model.draw_payment_day(stage_rng, segment, stage, length, exposure);
      if (day >= 0) {
        const Date date = state.today.plus_days(day);
        const Tiyn paid_before = state.paid;
        engine_.pay(state, date, engine_.amount_to_close(state), decisions_);
        const Tiyn collected = state.paid - paid_before;
        const auto s = static_cast<std::size_t>(stage);
        ++m.paid_by_stage[s];
        m.collected_by_stage[s] += collected;
        m.fees_paid += state.fee_paid;
        const auto since = static_cast<std::size_t>(days_between(fine_.in_force, date));
        ++m.paid_by_day[std::min(since, kSeriesDays - 1)];
        for (GroupTotals* g : {&region, &seg}) {
          ++g->paid;
          g->collected += collected;
          g->fees += state.fee_paid;
        }
        break;
      }
      if (!next || next->date > spec_.horizon) break;
      const std::size_t first_new = decisions_.size();
      engine_.advance(state, decisions_);
      for (std::size_t i = first_new; i < decisions_.size(); ++i) {
        switch (decisions_[i].action) {
          case Action::kProceedingOpened: ++m.proceedings_opened; break;
          case Action::kNoticeSms:
            ++m.notices_sms;
            exposure.sms = sms_reach;
            break;
          case Action::kNoticeEgovPush:
            ++m.notices_egov;
            exposure.egov = egov_reach;
            break;
          case Action::kAccountArrested:
            ++m.accounts_arrested;
            exposure.arrest = true;
            break;
          case Action::kHandedToPrivateBailiff:
            ++m.handed_to_bailiff;
            ++region.handed;
            ++seg.handed;
            break;
          default: break;
        }
      }
    }
  }

 private:
  const RunSpec& spec_;
  Engine engine_;
  Fine fine_;
  std::vector<Decision> decisions_;
};

RecordedRun record_run(const RunSpec& spec) {
  const std::uint64_t total = spec.population->size();
  const std::uint64_t blocks = (total + kCasesPerBlock - 1) / kCasesPerBlock;
  const std::size_t regions = spec.population->regions().size();
  const std::size_t segments = spec.behaviour->params().segments.size();
  RecordedRun out;
  out.headlines.resize(blocks);
  std::vector<Digest> block_digests(blocks);
  std::atomic<std::uint64_t> next_block{0};
  std::atomic<std::uint64_t> done{0};
  std::mutex merge_mutex;
  Metrics totals(regions, segments);
  std::exception_ptr failure;

  auto worker = [&] {
    try {
      CaseRunner runner(spec);
      Metrics local(regions, segments);
      for (std::uint64_t b = next_block++; b < blocks; b = next_block++) {
        Metrics block(regions, segments);
        const std::uint64_t first = b * kCasesPerBlock;
        const std::uint64_t last = std::min(total, first + kCasesPerBlock);
        for (std::uint64_t i = first; i < last; ++i) runner.run(i, block);
        out.headlines[b] = block.headline_bytes();
        std::string body;
        bundle_detail::put_u64(body, b);
        body += out.headlines[b];
        block_digests[b] = bundle_detail::block_body_digest(body);
        local.add(block);
        const std::uint64_t finished = done += last - first;
        if (spec.progress) spec.progress(finished, total);
      }
      const std::lock_guard<std::mutex> lock(merge_mutex);
      totals.add(local);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(merge_mutex);
      if (!failure) failure = std::current_exception();
      next_block = blocks;
    }
  };
  std::vector<std::thread> pool;
#ifndef __EMSCRIPTEN__
  for (unsigned t = 1; t < spec.threads; ++t) pool.emplace_back(worker);
#endif
  worker();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  Sha256 population;
  const Digest pop = spec.population->digest();
  population.update(pop.data(), pop.size());
  population.update(spec.behaviour_digest.data(), spec.behaviour_digest.size());
  population.update("|horizon=" + to_iso(spec.horizon));
  const RunHeader header{kEngineVersion, spec.policy_digest, spec.calendar_digest,
                         population.finish(), spec.seed, total};
  out.seed = spec.seed;
  out.header_digest = run_header_digest(header);
  out.result = {std::move(totals), run_root(header, block_digests)};
  return out;
}

}  // namespace

std::vector<RecordedRun> record_comparison(const Scenario& scenario, std::uint64_t seed,
                                           std::uint32_t replications, unsigned threads,
                                           const ProgressFn& progress) {
  if (replications == 0) throw DomainError("replications must be at least 1");
  std::vector<RecordedRun> runs;
  const std::uint64_t per_run = scenario.population->size();
  const std::uint64_t all = per_run * 2 * replications;
  std::uint64_t finished_runs = 0;
  for (std::uint32_t r = 0; r < replications; ++r) {
    const std::uint64_t run_seed = replication_seed(seed, r);
    for (const Loaded<Policy>* policy : {&scenario.policy, &scenario.baseline}) {
      RunSpec spec;
      spec.policy = &policy->value;
      spec.calendar = &scenario.calendar.value;
      spec.population = scenario.population.get();
      spec.behaviour = scenario.behaviour.get();
      spec.policy_digest = policy->sha256;
      spec.calendar_digest = scenario.calendar.sha256;
      spec.behaviour_digest = scenario.behaviour_params.sha256;
      spec.seed = run_seed;
      spec.horizon = scenario.horizon;
      spec.threads = threads == 0 ? 1 : threads;
      const std::uint64_t offset = finished_runs * per_run;
      if (progress) {
        spec.progress = [&progress, offset, all](std::uint64_t done, std::uint64_t) {
          progress(offset + done, all);
        };
      }
      RecordedRun run = record_run(spec);
      run.replication = r;
      run.baseline = policy == &scenario.baseline;
      runs.push_back(std::move(run));
      ++finished_runs;
    }
  }
  return runs;
}

namespace bundle_detail {

Scenario scenario_from_bundle(const Bundle& bundle, const nlohmann::ordered_json& manifest) {
  auto input = [&](const char* role) -> const BundleInput& {
    const BundleInput* found = find_input(bundle, role);
    if (!found) {
      throw InputError(bundle.file, "inputs", role, "an embedded " + std::string(role) + " file",
                       "none");
    }
    return *found;
  };
  auto text = [&](const char* key) {
    const auto it = manifest.find(key);
    if (it == manifest.end() || !it->is_string()) {
      throw InputError(bundle.file, "manifest", key, "a string");
    }
    return it->get<std::string>();
  };
  auto number = [&](const char* key) {
    const auto it = manifest.find(key);
    if (it == manifest.end() || !it->is_number_unsigned()) {
      throw InputError(bundle.file, "manifest", key, "a non-negative integer");
    }
    return it->get<std::uint64_t>();
  };
  Scenario s;
  s.choice.population = text("population");
  s.choice.cases = number("cases_option");
  const std::string horizon_text = text("horizon");
  const std::optional<Date> horizon = parse_iso_date(horizon_text);
  if (!horizon) throw InputError(bundle.file, "manifest", "horizon", "a date YYYY-MM-DD", horizon_text);
  s.choice.horizon = horizon;
  s.horizon = *horizon;
  const BundleInput& policy = input("policy");
  const BundleInput& baseline = input("baseline");
  const BundleInput& calendar = input("calendar");
  const BundleInput& behaviour = input("behaviour");
  const BundleInput& population = input("population");
  s.choice.policy = policy.name;
  s.choice.baseline = baseline.name;
  s.choice.calendar = calendar.name;
  s.choice.behaviour = behaviour.name;
  s.policy = {policy.name, sha256(policy.bytes), Policy::parse(policy.bytes, policy.name)};
  s.baseline = {baseline.name, sha256(baseline.bytes), Policy::parse(baseline.bytes, baseline.name)};
  s.calendar = {calendar.name, sha256(calendar.bytes), Calendar::parse(calendar.bytes, calendar.name)};
  s.behaviour_params = {behaviour.name, sha256(behaviour.bytes),
                        BehaviourParams::parse(behaviour.bytes, behaviour.name)};
  s.behaviour = std::make_unique<BehaviourModel>(s.behaviour_params.value);
  if (s.choice.population.rfind("synthetic:", 0) != 0) {
    throw InputError(bundle.file, "manifest", "population", "synthetic:NAME", s.choice.population);
  }
  s.population = std::make_unique<SyntheticPopulation>(population.bytes, population.name,
                                                       s.policy.value, s.choice.cases);
  if (s.horizon > s.calendar.value.last_day()) {
    throw DomainError("horizon " + horizon_text + " is beyond the embedded calendar");
  }
  return s;
}

}  // namespace bundle_detail
}  // namespace bailiff::sim
