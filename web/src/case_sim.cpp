#include "case_sim.hpp"

#include "platform.hpp"

namespace bailiff::web {

ChunkedRun::ChunkedRun(const sim::RunSpec& spec)
    : spec_(spec),
      simulator_(spec_),
      totals_(spec.population->regions().size(), spec.behaviour->params().segments.size()) {
  blocks_ = sim::block_count(spec_);
  block_digests_.resize(static_cast<std::size_t>(blocks_));
  block_headlines_.resize(static_cast<std::size_t>(blocks_));
}

std::uint64_t ChunkedRun::advance(double deadline_ms) {
  const std::uint64_t total = spec_.population->size();
  while (next_block_ < blocks_) {
    block_digests_[static_cast<std::size_t>(next_block_)] =
        sim::simulate_block(simulator_, spec_, next_block_, totals_,
                            &block_headlines_[static_cast<std::size_t>(next_block_)]);
    cases_done_ = std::min(total, (next_block_ + 1) * kCasesPerBlock);
    ++next_block_;
    if (now_ms() >= deadline_ms) break;
  }
  return cases_done_;
}

sim::RunResult ChunkedRun::finish() const {
  return {totals_, sim::run_audit_root(spec_, block_digests_),
          run_header_digest(sim::run_header(spec_)), block_headlines_};
}

}  // namespace bailiff::web
