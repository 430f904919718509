#include "bailiff/sim/simulator.hpp"

#include "bailiff/sim/case_simulator.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <vector>

#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/case_path.hpp"
#include "bailiff/sim/philox.hpp"
#include "bailiff/sim/run_part.hpp"

namespace bailiff::sim {
namespace {

Digest block_headline_digest(std::uint64_t block, const Metrics& m) {
  std::string bytes;
  for (int shift = 56; shift >= 0; shift -= 8) bytes.push_back(static_cast<char>(block >> shift));
  bytes += m.headline_bytes();
  return sim_block_digest(bytes);
}

}  // namespace

void CaseSimulator::run(std::uint64_t index, Metrics& m) {
  // A local, copied to draw_ at the end: copying the fresh result at once stalled on its
  // stores (a 16-byte load of fields just written one by one is not forwarded).
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
  // The report period counts events of its region's cases dated inside it.
  const ReportPeriod* period =
      spec_.period && (!spec_.period->region || *spec_.period->region == draw.region) ? &*spec_.period : nullptr;
  const auto in_period = [period](Date date) { return period != nullptr && period->contains(date); };
  if (in_period(fine_.in_force)) {
    ++m.period.fines_in_force;
    m.period.imposed = checked_add(m.period.imposed, fine_.amount);
  }
  GroupTotals& region = m.by_region[draw.region];
  GroupTotals& seg = m.by_segment[segment];
  ++region.cases;
  ++seg.cases;

  CaseState state = engine_.open(fine_);
  const std::uint32_t band = model.amount_band(fine_.amount);
  RobotExposure exposure;
  decisions_.clear();
  // Counts a payment that closes the case on \p date inside \p stage.
  const auto record_payment = [&](Date date, PayStage stage) {
    const Tiyn paid_before = state.paid;
    engine_.pay(state, date, engine_.amount_to_close(state), decisions_);
    const Tiyn collected = state.paid - paid_before;
    const auto s = static_cast<std::size_t>(stage);
    ++m.paid_by_stage[s];
    m.collected_by_stage[s] += collected;
    m.fees_paid += state.fee_paid;
    const auto since = static_cast<std::size_t>(days_between(fine_.in_force, date));
    ++m.paid_by_day[std::min(since, kSeriesDays - 1)];
    if (in_period(date)) {
      m.period.collected = checked_add(m.period.collected, collected);
      if (stage == PayStage::kRobot) {
        ++m.period.robot_completed;
        m.period.robot_collected = checked_add(m.period.robot_collected, collected);
      }
    }
    for (GroupTotals* g : {&region, &seg}) {
      ++g->paid;
      g->collected += collected;
      g->fees += state.fee_paid;
    }
  };
  const Date stop = spec_.horizon.plus_days(1);
  while (true) {
    const std::optional<ScheduledStep> next = engine_.next_step(state);
    const bool at_deadline = next && next->date < stop;
    const Date end = at_deadline ? next->date : stop;
    const PayStage stage = pay_stage(state);
    const auto length = static_cast<std::uint32_t>(std::max(0, days_between(state.today, end)));
    CaseRng stage_rng(spec_.seed, index, kStreamStage + static_cast<std::uint32_t>(stage));
    const std::int32_t day =
        model.draw_payment_day(stage_rng, segment, band, stage, length, exposure, at_deadline);
    if (day >= 0) {
      record_payment(state.today.plus_days(day), stage);
      break;
    }
    if (!next || next->date > spec_.horizon) break;
    if (next->milestone == Milestone::kReferral) {
      CaseRng coverage_rng(spec_.seed, index, kStreamCoverage);
      state.robot_available = bernoulli(coverage_rng, coverage_.at(draw.region, next->date));
    }
    const std::size_t first_new = decisions_.size();
    engine_.advance(state, decisions_);
    bool arrested = false;
    for (std::size_t i = first_new; i < decisions_.size(); ++i) {
      const bool counted = in_period(decisions_[i].date);
      switch (decisions_[i].action) {
        case Action::kProceedingOpened:
          ++m.proceedings_opened;
          if (counted) {
            ++m.period.robot_opened;
            m.period.robot_opened_debt += decisions_[i].due_after;
          }
          break;
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
          arrested = true;
          break;
        case Action::kHandedToPrivateBailiff:
          ++m.handed_to_bailiff;
          if (counted) ++m.period.handed_to_bailiff;
          ++region.handed;
          ++seg.handed;
          break;
        default: break;
      }
    }
    // The arrested account's balance settles the debt on the arrest day, or it does not.
    if (arrested) {
      CaseRng arrest_rng(spec_.seed, index, kStreamArrest);
      if (model.draw_arrest_recovery(arrest_rng, segment, engine_.amount_to_close(state))) {
        ++m.arrest_recoveries;
        record_payment(state.today, PayStage::kRobot);
        break;
      }
    }
  }
  draw_ = draw;
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

std::string_view method_name(Method method) { return method == Method::kExact ? "exact" : "mc"; }

std::uint64_t replication_seed(std::uint64_t seed, std::uint32_t r) {
  if (r == 0) return seed;
  CaseRng rng(seed, r, kStreamReplication);
  return rng.next_u64();
}

std::uint64_t blocks_per_step(const TaskSystem& tasks) {
  return kBlocksPerStep * tasks.processes().count;
}

TaskSystem& serial_tasks() {
  static SerialTasks tasks;
  return tasks;
}

RunStepper::RunStepper(const RunSpec& spec)
    : spec_(spec),
      blocks_(block_count(spec)),
      totals_(spec.population->regions().size(), spec.behaviour->params().segments.size()),
      block_digests_(static_cast<std::size_t>(blocks_)),
      block_headlines_(spec.keep_block_headlines ? static_cast<std::size_t>(blocks_) : 0),
      merged_(static_cast<std::size_t>(blocks_)) {}

std::uint64_t RunStepper::cases_total() const { return spec_.population->size(); }

bool RunStepper::step(TaskSystem& tasks, std::uint64_t max_blocks) {
  if (assigned_all() && !done()) {
    throw DomainError("RunStepper::step(): the remaining blocks are handed out to other processes");
  }
  const BlockRange step = assign(max_blocks);
  const ProcessShare share = tasks.processes();
  const BlockRange mine = share.count > 1 ? process_blocks(step, share) : step;
  RunPart part = simulate_part(spec_, mine, tasks);
  if (share.count > 1) {
    gather_parts(tasks, step, std::move(part));
  } else {
    absorb(std::move(part), "this process");
  }
  return !done();
}

BlockRange RunStepper::assign(std::uint64_t max_blocks) {
  const BlockRange out{next_block_,
                       std::min(blocks_, next_block_ + std::max<std::uint64_t>(1, max_blocks))};
  next_block_ = out.last;
  return out;
}

void RunStepper::absorb(RunPart part, const std::string& from) {
  const BlockRange r = part.blocks;
  if (r.last < r.first || r.last > next_block_) {
    throw DomainError("the run part from " + from + " holds blocks [" + std::to_string(r.first) +
                      ", " + std::to_string(r.last) + ") that were not handed out");
  }
  const auto first = static_cast<std::size_t>(r.first), last = static_cast<std::size_t>(r.last);
  if (std::find(merged_.begin() + static_cast<std::ptrdiff_t>(first),
                merged_.begin() + static_cast<std::ptrdiff_t>(last),
                true) != merged_.begin() + static_cast<std::ptrdiff_t>(last)) {
    throw DomainError("the run part from " + from + " holds blocks merged already");
  }
  if (part.block_digests.size() != last - first ||
      part.block_headlines.size() != (spec_.keep_block_headlines ? last - first : 0)) {
    throw DomainError("the run part from " + from + " does not hold one digest per block");
  }
  for (std::size_t b = first; b < last; ++b) {
    merged_[b] = true;
    block_digests_[b] = part.block_digests[b - first];
    if (spec_.keep_block_headlines)
      block_headlines_[b] = std::move(part.block_headlines[b - first]);
  }
  totals_.add(part.metrics);
  merged_blocks_ += r.last - r.first;
  const std::uint64_t total = cases_total();
  cases_done_ +=
      std::min(total, r.last * kCasesPerBlock) - std::min(total, r.first * kCasesPerBlock);
}

RunPart simulate_part(const RunSpec& spec, BlockRange blocks, TaskSystem& tasks) {
  if (blocks.last < blocks.first || blocks.last > block_count(spec)) {
    throw DomainError("simulate_part(): blocks [" + std::to_string(blocks.first) + ", " +
                      std::to_string(blocks.last) + ") are not blocks of the run");
  }
  const std::size_t regions = spec.population->regions().size();
  const std::size_t segments = spec.behaviour->params().segments.size();
  const auto size = static_cast<std::size_t>(blocks.last - blocks.first);
  RunPart part{blocks, std::vector<Digest>(size),
               std::vector<std::string>(spec.keep_block_headlines ? size : 0),
               Metrics(regions, segments)};
  std::vector<Metrics> local(tasks.workers(), Metrics(regions, segments));
  std::atomic<std::uint64_t> next{blocks.first};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  tasks.run_on_all([&](unsigned worker) {
    try {
      CaseSimulator simulator(spec);
      for (std::uint64_t b = next++; b < blocks.last; b = next++) {
        const auto i = static_cast<std::size_t>(b - blocks.first);
        part.block_digests[i] =
            simulate_block(simulator, spec, b, local[worker],
                           spec.keep_block_headlines ? &part.block_headlines[i] : nullptr);
      }
    } catch (...) {
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = blocks.last;
    }
  });
  if (failure) std::rethrow_exception(failure);
  for (const Metrics& m : local) part.metrics.add(m);
  return part;
}

void RunStepper::gather_parts(TaskSystem& tasks, BlockRange step, RunPart mine) {
  const ProcessShare share = tasks.processes();
  const std::vector<std::string> parts = tasks.all_gather(encode_run_part(spec_, mine));
  if (parts.size() != share.count) throw DomainError("all_gather() returned a part count other than the processes'");
  for (unsigned p = 0; p < share.count; ++p) {
    if (p == share.index) {
      absorb(std::move(mine), "this process");
      continue;
    }
    const std::string from = "process " + std::to_string(p);
    RunPart part = decode_run_part(spec_, parts[p], from);
    if (part.blocks != process_blocks(step, {p, share.count})) {
      throw DomainError("the run part from " + from + " holds other blocks than its share of the step");
    }
    absorb(std::move(part), from);
  }
}

RunResult RunStepper::finish() {
  if (!done()) throw DomainError("RunStepper::finish() before the run is done");
  return {std::move(totals_), run_audit_root(spec_, block_digests_),
          run_header_digest(run_header(spec_)), std::move(block_headlines_)};
}

RunResult simulate(const RunSpec& spec, TaskSystem& tasks, const ProgressFn& progress) {
  RunStepper run(spec);
  while (run.step(tasks, blocks_per_step(tasks))) {
    if (progress) progress(run.cases_done(), run.cases_total());
  }
  if (progress) progress(run.cases_done(), run.cases_total());
  return run.finish();
}

}  // namespace bailiff::sim
