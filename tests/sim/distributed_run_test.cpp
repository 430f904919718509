// A run shared among processes that share no memory (the MPI ranks' way): each process of
// a group simulates its share of every step and all_gather()s it; every process must end
// with the run of one process, bit for bit. The processes are threads here, each with its
// own task system, exchanging nothing but the encoded parts.

#include <gtest/gtest.h>

#include <string>
#include <vector>
#ifndef __EMSCRIPTEN__
#include <barrier>
#include <thread>
#endif

#include "../support/expect_refusal.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/run_part.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {
namespace {

#ifndef __EMSCRIPTEN__  // the WebAssembly build runs one thread: no group of processes there
// The shared mailbox of a group of processes: all_gather() waits for every member.
class Group {
 public:
  explicit Group(unsigned count) : slots_(count), barrier_(count) {}
  std::vector<std::string> all_gather(unsigned index, std::string mine) {
    slots_[index] = std::move(mine);
    barrier_.arrive_and_wait();
    std::vector<std::string> all = slots_;
    barrier_.arrive_and_wait();
    return all;
  }
  unsigned count() const { return static_cast<unsigned>(slots_.size()); }

 private:
  std::vector<std::string> slots_;
  std::barrier<> barrier_;
};

// One member of a Group: one worker, its share and the group's exchange.
class MemberTasks final : public TaskSystem {
 public:
  MemberTasks(Group& group, unsigned index) : group_(group), index_(index) {}
  unsigned workers() const override { return 1; }
  void run_on_all(const std::function<void(unsigned)>& job) override { job(0); }
  ProcessShare processes() const override { return {index_, group_.count()}; }
  std::vector<std::string> all_gather(std::string mine) override {
    return group_.all_gather(index_, std::move(mine));
  }

 private:
  Group& group_;
  unsigned index_;
};

// Runs \p body(member tasks, index) on \p count threads at once, one per process.
template <class Body>
void on_processes(unsigned count, Body body) {
  Group group(count);
  std::vector<std::thread> threads;
  for (unsigned p = 0; p < count; ++p) {
    threads.emplace_back([&group, &body, p] {
      MemberTasks tasks(group, p);
      body(tasks, p);
    });
  }
  for (std::thread& t : threads) t.join();
}
#endif

using test::expect_refusal;

ScenarioChoice national(std::uint64_t cases) {
  ScenarioChoice choice;
  choice.cases = cases;
  return choice;
}

TEST(DistributedRun, SharesTileTheStepInProcessOrder) {
  for (const unsigned count : {1u, 2u, 3u, 7u}) {
    for (const BlockRange step : {BlockRange{0, 10}, BlockRange{5, 6}, BlockRange{3, 3}}) {
      std::uint64_t at = step.first;
      for (unsigned p = 0; p < count; ++p) {
        const BlockRange share = process_blocks(step, {p, count});
        EXPECT_EQ(share.first, at);
        EXPECT_LE(share.last - share.first, (step.last - step.first + count - 1) / count);
        at = share.last;
      }
      EXPECT_EQ(at, step.last);
    }
  }
}

#ifndef __EMSCRIPTEN__
TEST(DistributedRun, EveryProcessHoldsTheOneProcessRunBitForBit) {
  // 30,000 cases are 8 blocks: with a budget of 3 blocks a step, 3 steps of uneven shares.
  const Scenario scenario = load_scenario(national(30'000));
  const std::string one =
      report::comparison_json(scenario, run_comparison(scenario, 7, 2, serial_tasks(), {}));
  const RunResult serial = simulate(run_spec(scenario, Role::kPolicy, 7));
  for (const unsigned count : {2u, 3u, 4u}) {
    std::vector<std::string> json(count);
    std::vector<RunResult> bundled(count);
    on_processes(count, [&](TaskSystem& tasks, unsigned p) {
      json[p] = report::comparison_json(scenario, run_comparison(scenario, 7, 2, tasks, {}));
      RunSpec spec = run_spec(scenario, Role::kPolicy, 7);
      spec.keep_block_headlines = true;
      RunStepper run(spec);
      while (run.step(tasks, 3)) {
      }
      bundled[p] = run.finish();
    });
    for (unsigned p = 0; p < count; ++p) {
      EXPECT_EQ(json[p], one) << count << " processes, process " << p;
      EXPECT_EQ(to_hex(bundled[p].audit_root), to_hex(serial.audit_root));
      EXPECT_EQ(bundled[p].metrics.headline_bytes(), serial.metrics.headline_bytes());
      ASSERT_EQ(bundled[p].block_headlines.size(), 8u);
      EXPECT_EQ(bundled[p].block_headlines, bundled[0].block_headlines);
    }
  }
}
#endif

TEST(DistributedRun, PartsRoundTripEveryCounter) {
  const Scenario scenario = load_scenario(national(10'000));
  const RunSpec spec = run_spec(scenario, Role::kPolicy, 3);
  RunPart part{{1, 3}, {Digest{}, Digest{}}, {}, simulate(spec).metrics};
  part.block_digests[1][31] = 9;
  part.metrics.period.robot_collected = 123;
  part.metrics.by_segment.back().fees = 456;
  part.metrics.paid_by_day.back() = 789;
  const std::string bytes = encode_run_part(spec, part);
  const RunPart back = decode_run_part(spec, bytes, "process 1");
  EXPECT_EQ(back.blocks, part.blocks);
  EXPECT_EQ(back.block_digests, part.block_digests);
  EXPECT_EQ(back.metrics.headline_bytes(), part.metrics.headline_bytes());
  EXPECT_EQ(back.metrics.paid_by_day, part.metrics.paid_by_day);
  EXPECT_EQ(back.metrics.period.robot_collected, 123);
  EXPECT_EQ(back.metrics.by_segment.back().fees, 456);
  EXPECT_EQ(back.metrics.by_region.size(), part.metrics.by_region.size());
  EXPECT_EQ(back.metrics.by_region.front().collected, part.metrics.by_region.front().collected);
  EXPECT_EQ(encode_run_part(spec, back), bytes);
}

TEST(DistributedRun, RefusesPartsOfOtherInputsOrMalformed) {
  const Scenario scenario = load_scenario(national(10'000));
  const RunSpec spec = run_spec(scenario, Role::kPolicy, 3);
  const RunSpec other_seed = run_spec(scenario, Role::kPolicy, 4);
  const RunPart part{
      {0, 1},
      {Digest{}},
      {},
      Metrics(spec.population->regions().size(), spec.behaviour->params().segments.size())};
  const std::string bytes = encode_run_part(spec, part);
  expect_refusal([&] { decode_run_part(other_seed, bytes, "process 2"); },
                 "process 2 simulates other inputs");
  expect_refusal([&] { decode_run_part(spec, bytes.substr(0, bytes.size() - 1), "process 1"); },
                 "the run part from process 1 cannot be read: it ends early");
  expect_refusal([&] { decode_run_part(spec, bytes + "x", "process 1"); },
                 "it has bytes after its end");
}

#ifndef __EMSCRIPTEN__
TEST(DistributedRun, ProcessesGivenOtherSeedsAllRefuseTheRun) {
  const Scenario scenario = load_scenario(national(10'000));
  std::vector<std::string> errors(2);
  on_processes(2, [&](TaskSystem& tasks, unsigned p) {
    try {
      simulate(run_spec(scenario, Role::kPolicy, 3 + p), tasks);
    } catch (const DomainError& e) {
      errors[p] = e.what();
    }
  });
  EXPECT_NE(errors[0].find("process 1 simulates other inputs"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("process 0 simulates other inputs"), std::string::npos) << errors[1];
}
#endif

}  // namespace
}  // namespace bailiff::sim
