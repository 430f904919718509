#include "case_sim.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "bailiff/audit.hpp"
#include "bailiff/sim/philox.hpp"
#include "bailiff/sim/population.hpp"
#include "platform.hpp"

namespace bailiff::web {
namespace {

using sim::PayStage;

PayStage pay_stage(const CaseState& state) {
  switch (state.stage) {
    case Stage::kVoluntary: return state.discount_open ? PayStage::kDiscount : PayStage::kVoluntary;
    case Stage::kOverdue: return PayStage::kOverdue;
    case Stage::kRobot: return PayStage::kRobot;
    default: return PayStage::kBailiff;
  }
}

Digest block_headline_digest(std::uint64_t block, const sim::Metrics& m) {
  std::string bytes = "robot-bailiff/sim-block/v1";
  for (int shift = 56; shift >= 0; shift -= 8) bytes.push_back(static_cast<char>(block >> shift));
  bytes += m.headline_bytes();
  return sha256(bytes);
}

}  // namespace

void CaseSimulator::run(std::uint64_t index, sim::Metrics& m) {
  const sim::FineDraw draw = spec_.population->at(index, spec_.seed);
  draw_ = draw;
  fine_.amount = draw.amount;
  fine_.in_force = draw.in_force;
  fine_.discount_eligible = draw.discount_eligible;
  sim::CaseRng debtor_rng(spec_.seed, index, sim::kStreamDebtor);
  const sim::BehaviourModel& model = *spec_.behaviour;
  const std::uint32_t segment = model.draw_segment(debtor_rng);
  segment_ = segment;
  const bool sms_reach = model.draw_sms_reach(debtor_rng, segment);
  const bool egov_reach = model.draw_egov_reach(debtor_rng, segment);

  ++m.cases;
  sim::GroupTotals& region = m.by_region[draw.region];
  sim::GroupTotals& seg = m.by_segment[segment];
  ++region.cases;
  ++seg.cases;

  CaseState state = engine_.open(fine_);
  sim::RobotExposure exposure;
  decisions_.clear();
  const Date stop = spec_.horizon.plus_days(1);
  while (true) {
    const std::optional<ScheduledStep> next = engine_.next_step(state);
    const Date end = next && next->date < stop ? next->date : stop;
    const PayStage stage = pay_stage(state);
    const auto length = static_cast<std::uint32_t>(std::max(0, days_between(state.today, end)));
    sim::CaseRng stage_rng(spec_.seed, index, sim::kStreamStage + static_cast<std::uint32_t>(stage));
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
      ++m.paid_by_day[std::min(since, sim::kSeriesDays - 1)];
      for (sim::GroupTotals* g : {&region, &seg}) {
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

ChunkedRun::ChunkedRun(const sim::RunSpec& spec)
    : spec_(spec),
      simulator_(spec_),
      totals_(spec.population->regions().size(), spec.behaviour->params().segments.size()) {
  const std::uint64_t total = spec_.population->size();
  blocks_ = (total + kCasesPerBlock - 1) / kCasesPerBlock;
  block_digests_.resize(static_cast<std::size_t>(blocks_));
}

std::uint64_t ChunkedRun::advance(double deadline_ms) {
  const std::uint64_t total = spec_.population->size();
  const std::size_t regions = spec_.population->regions().size();
  const std::size_t segments = spec_.behaviour->params().segments.size();
  while (next_block_ < blocks_) {
    sim::Metrics block(regions, segments);
    const std::uint64_t first = next_block_ * kCasesPerBlock;
    const std::uint64_t last = std::min(total, first + kCasesPerBlock);
    for (std::uint64_t i = first; i < last; ++i) simulator_.run(i, block);
    block_digests_[static_cast<std::size_t>(next_block_)] = block_headline_digest(next_block_, block);
    totals_.add(block);
    cases_done_ += last - first;
    ++next_block_;
    if (now_ms() >= deadline_ms) break;
  }
  return cases_done_;
}

sim::RunResult ChunkedRun::finish() const {
  Sha256 population;
  const Digest pop = spec_.population->digest();
  population.update(pop.data(), pop.size());
  population.update(spec_.behaviour_digest.data(), spec_.behaviour_digest.size());
  population.update("|horizon=" + to_iso(spec_.horizon));
  const RunHeader header{kEngineVersion, spec_.policy_digest, spec_.calendar_digest,
                         population.finish(), spec_.seed, spec_.population->size()};
  return {totals_, run_root(header, block_digests_)};
}

}  // namespace bailiff::web
