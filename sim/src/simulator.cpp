#include "bailiff/sim/simulator.hpp"

#include "bailiff/sim/case_simulator.hpp"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/philox.hpp"

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

Digest block_headline_digest(std::uint64_t block, const Metrics& m) {
  std::string bytes;
  for (int shift = 56; shift >= 0; shift -= 8) bytes.push_back(static_cast<char>(block >> shift));
  bytes += m.headline_bytes();
  return sim_block_digest(bytes);
}

}  // namespace

void CaseSimulator::run(std::uint64_t index, Metrics& m) {
  const FineDraw draw = spec_.population->at(index, spec_.seed);
  fine_.amount = draw.amount;
  fine_.in_force = draw.in_force;
  fine_.discount_eligible = draw.discount_eligible;
  CaseRng debtor_rng(spec_.seed, index, kStreamDebtor);
  const BehaviourModel& model = *spec_.behaviour;
  const std::uint32_t segment = model.draw_segment(debtor_rng);
  segment_ = segment;
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

Digest simulate_block(CaseSimulator& simulator, const RunSpec& spec, std::uint64_t block,
                      Metrics& m, std::string* headline) {
  const std::uint64_t total = spec.population->size();
  const std::uint64_t first = block * kCasesPerBlock;
  const std::uint64_t last = std::min(total, first + kCasesPerBlock);
  Metrics counts(m.by_region.size(), m.by_segment.size());
  for (std::uint64_t i = first; i < last; ++i) simulator.run(i, counts);
  m.add(counts);
  if (headline != nullptr) *headline = counts.headline_bytes();
  return block_headline_digest(block, counts);
}

std::uint64_t block_count(const RunSpec& spec) {
  return (spec.population->size() + kCasesPerBlock - 1) / kCasesPerBlock;
}

RunHeader run_header(const RunSpec& spec) {
  Sha256 population;
  const Digest pop = spec.population->digest();
  population.update(pop.data(), pop.size());
  population.update(spec.behaviour_digest.data(), spec.behaviour_digest.size());
  population.update("|horizon=" + to_iso(spec.horizon));
  return {kEngineVersion, spec.policy_digest, spec.calendar_digest, population.finish(),
          spec.seed, spec.population->size()};
}

Digest run_audit_root(const RunSpec& spec, const std::vector<Digest>& block_digests) {
  return run_root(run_header(spec), block_digests);
}

std::uint64_t replication_seed(std::uint64_t seed, std::uint32_t r) {
  if (r == 0) return seed;
  CaseRng rng(seed, r, kStreamReplication);
  return rng.next_u64();
}

RunResult simulate(const RunSpec& spec) {
  const std::uint64_t total = spec.population->size();
  const std::uint64_t blocks = block_count(spec);
  const std::size_t regions = spec.population->regions().size();
  const std::size_t segments = spec.behaviour->params().segments.size();
  std::vector<Digest> block_digests(blocks);
  std::vector<std::string> headlines(spec.keep_block_headlines ? blocks : 0);
  std::atomic<std::uint64_t> next_block{0};
  std::atomic<std::uint64_t> done{0};
  std::mutex merge_mutex;
  Metrics totals(regions, segments);
  std::exception_ptr failure;

  auto worker = [&] {
    try {
      CaseSimulator simulator(spec);
      Metrics local(regions, segments);
      for (std::uint64_t b = next_block++; b < blocks; b = next_block++) {
        block_digests[b] = simulate_block(simulator, spec, b, local,
                                          spec.keep_block_headlines ? &headlines[b] : nullptr);
        const std::uint64_t finished =
            done += std::min(total, (b + 1) * kCasesPerBlock) - b * kCasesPerBlock;
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

#ifdef __EMSCRIPTEN__
  const unsigned threads = 1;  // the WebAssembly build has no pthreads
#else
  const unsigned threads = spec.threads;
#endif
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  return {std::move(totals), run_audit_root(spec, block_digests),
          run_header_digest(run_header(spec)), std::move(headlines)};
}

}  // namespace bailiff::sim
