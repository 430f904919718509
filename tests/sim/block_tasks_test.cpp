// A comparison driven by processes that share no memory (a page's Web Workers): the driver
// hands out blocks (ComparisonRun::assign), each process simulates them in its own
// ComparisonRun of the same inputs (simulate_part) and the driver merges the bytes
// (absorb) in whatever order they arrive. The result must be the one-thread run, bit for bit.

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "../support/expect_refusal.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/sim/comparison_run.hpp"
#include "bailiff/sim/exact.hpp"
#include "bailiff/sim/run_part.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::sim {
namespace {

using test::expect_refusal;

Scenario national(std::uint64_t cases) {
  ScenarioChoice choice;
  choice.cases = cases;
  return load_scenario(choice);
}

struct Handed {
  BlockTask task;
  std::string bytes;
};

// Every block of \p driver handed out \p chunk at a time and simulated by \p worker.
std::vector<Handed> hand_out_all(ComparisonRun& driver, ComparisonRun& worker,
                                 std::uint64_t chunk) {
  std::vector<Handed> parts;
  while (const std::optional<BlockTask> task = driver.assign(chunk)) {
    parts.push_back({*task, worker.simulate_part(task->run, task->blocks, serial_tasks())});
  }
  return parts;
}

TEST(BlockTasks, PartsMergedOutOfOrderGiveTheOneThreadRun) {
  // 30,000 cases are 8 blocks a run; 3 replications: 6 runs, handed out 3 blocks at a time.
  const Scenario scenario = national(30'000);
  const std::string one = report::comparison_json(
      scenario, run_comparison(scenario, 7, 3, serial_tasks(), {}, /*keep_block_headlines=*/true));
  const RunResult serial = simulate(run_spec(scenario, Role::kPolicy, 7));

  const Scenario worker_scenario = national(30'000);  // the worker's own copy of the inputs
  ComparisonRun worker(worker_scenario, 7, 3, /*keep_block_headlines=*/true);
  ComparisonRun driver(scenario, 7, 3, /*keep_block_headlines=*/true);
  std::vector<Handed> parts = hand_out_all(driver, worker, 3);
  EXPECT_EQ(parts.size(), 6u * 3u);  // 8 blocks in 3 + 3 + 2 per run
  std::mt19937 shuffle(11);
  std::shuffle(parts.begin(), parts.end(), shuffle);
  for (const Handed& p : parts) {
    EXPECT_FALSE(driver.done());
    driver.absorb(p.task.run, p.bytes, "worker");
  }
  ASSERT_TRUE(driver.done());
  EXPECT_EQ(driver.cases_done(), driver.cases_total());
  const RunResult& policy = *driver.result(0);
  EXPECT_EQ(policy.audit_root, serial.audit_root);
  EXPECT_EQ(policy.metrics.headline_bytes(), serial.metrics.headline_bytes());
  EXPECT_EQ(report::comparison_json(scenario, driver.finish()), one);
}

TEST(BlockTasks, LaterRunsAreHandedOutBeforeEarlierOnesAreMerged) {
  const Scenario scenario = national(10'000);  // 3 blocks a run
  ComparisonRun worker(scenario, 7, 1);
  ComparisonRun driver(scenario, 7, 1);
  const std::optional<BlockTask> a = driver.assign(8);
  const std::optional<BlockTask> b = driver.assign(8);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->run, 0u);
  EXPECT_EQ(b->run, 1u);
  EXPECT_FALSE(driver.assign(8));
  driver.absorb(1, worker.simulate_part(1, b->blocks, serial_tasks()), "worker 1");
  EXPECT_EQ(driver.cases_done(), 10'000u);
  EXPECT_FALSE(driver.done());
  driver.absorb(0, worker.simulate_part(0, a->blocks, serial_tasks()), "worker 0");
  EXPECT_TRUE(driver.done());
  EXPECT_EQ(driver.result(1)->audit_root,
            simulate(run_spec(scenario, Role::kBaseline, 7)).audit_root);
}

TEST(BlockTasks, CachedRunsAreNotHandedOut) {
  const Scenario scenario = national(10'000);
  ComparisonRun first(scenario, 7, 1);
  while (first.step(serial_tasks(), 1)) {
  }
  RunCache cache;
  cache.keep(first);
  ComparisonRun again(scenario, 7, 1);
  EXPECT_EQ(cache.apply(again), 2u);
  EXPECT_TRUE(again.done());  // nothing to hand out: a front door need not start its workers
  EXPECT_FALSE(again.assign(8));
}

TEST(BlockTasks, APartOfAnotherRunIsRefused) {
  const Scenario scenario = national(10'000);
  ComparisonRun worker(scenario, 7, 2);
  ComparisonRun driver(scenario, 7, 2);
  const std::optional<BlockTask> policy = driver.assign(8);
  const std::optional<BlockTask> baseline = driver.assign(8);
  ASSERT_TRUE(policy && baseline);
  // The baseline's part offered as the policy's: other inputs.
  const std::string baseline_bytes = worker.simulate_part(1, baseline->blocks, serial_tasks());
  expect_refusal([&] { driver.absorb(0, baseline_bytes, "worker 1"); },
                 "worker 1 simulates other inputs");
  // Replication 1's policy run (another seed) offered as replication 0's.
  const std::string other_seed = worker.simulate_part(2, policy->blocks, serial_tasks());
  expect_refusal([&] { driver.absorb(0, other_seed, "worker 2"); },
                 "worker 2 simulates other inputs");
  // A run of which nothing was handed out, and a run the comparison does not have.
  expect_refusal([&] { driver.absorb(3, other_seed, "worker 3"); }, "no blocks are handed out");
  expect_refusal([&] { driver.absorb(9, other_seed, "worker 3"); }, "no blocks are handed out");
  // The same part twice.
  const std::string bytes = worker.simulate_part(0, policy->blocks, serial_tasks());
  driver.absorb(0, bytes, "worker 0");
  EXPECT_TRUE(driver.result(0) != nullptr);
  const std::string again = worker.simulate_part(1, BlockRange{0, 1}, serial_tasks());
  driver.absorb(1, again, "worker 1");
  expect_refusal([&] { driver.absorb(1, again, "worker 1"); }, "merged already");
}

TEST(BlockTasks, BlocksNotHandedOutAreRefused) {
  const Scenario scenario = national(10'000);
  ComparisonRun worker(scenario, 7, 1);
  ComparisonRun driver(scenario, 7, 1);
  ASSERT_TRUE(driver.assign(1));  // block 0 of run 0
  const std::string later = worker.simulate_part(0, BlockRange{1, 3}, serial_tasks());
  expect_refusal([&] { driver.absorb(0, later, "worker 0"); }, "not handed out");
  expect_refusal(
      [&] {
        (void)worker.simulate_part(0, BlockRange{2, 4}, serial_tasks());
      },
      "are not blocks of the run");
}

Scenario exact(std::uint64_t cases) {
  ScenarioChoice choice;
  choice.cases = cases;
  choice.method = Method::kExact;
  return load_scenario(choice);
}

TEST(BlockTasks, ExactRunsHandedOutWholeGiveTheOneThreadRun) {
  // 4 replications of the posterior's draws 0..3: 8 whole runs, merged out of order.
  const Scenario scenario = exact(20'000);
  const std::string one =
      report::comparison_json(scenario, run_comparison(scenario, 7, 4, serial_tasks(), {}));
  const Scenario worker_scenario = exact(20'000);
  ComparisonRun worker(worker_scenario, 7, 4);
  ComparisonRun driver(scenario, 7, 4);
  std::vector<Handed> parts = hand_out_all(driver, worker, 16);
  ASSERT_EQ(parts.size(), 8u);
  for (std::uint32_t k = 0; k < 8; ++k) {
    EXPECT_EQ(parts[k].task.run, k);
    EXPECT_EQ(parts[k].task.blocks, (BlockRange{0, 1}));
  }
  std::mt19937 shuffle(5);
  std::shuffle(parts.begin(), parts.end(), shuffle);
  for (const Handed& p : parts) {
    EXPECT_FALSE(driver.done());
    driver.absorb(p.task.run, p.bytes, "worker");
  }
  ASSERT_TRUE(driver.done());
  EXPECT_EQ(report::comparison_json(scenario, driver.finish()), one);
}

TEST(BlockTasks, AnExactRunIsMergedOnceWholeAndOnlyWhenHandedOut) {
  const Scenario scenario = exact(10'000);
  ComparisonRun worker(scenario, 7, 1);
  ComparisonRun driver(scenario, 7, 1);
  const std::string policy = worker.simulate_part(0, BlockRange{0, 1}, serial_tasks());
  expect_refusal([&] { driver.absorb(0, policy, "worker 1"); }, "was not handed out");
  ASSERT_TRUE(driver.assign(8));
  driver.absorb(0, policy, "worker 1");
  expect_refusal([&] { driver.absorb(0, policy, "worker 1"); }, "merged already");
  ASSERT_TRUE(driver.assign(8));
  EXPECT_FALSE(driver.assign(8));  // both runs handed out
  const std::string baseline = worker.simulate_part(1, BlockRange{0, 1}, serial_tasks());
  expect_refusal([&] { driver.absorb(1, policy, "worker 2"); }, "worker 2 simulates other inputs");
  expect_refusal([&] { (void)worker.simulate_part(1, BlockRange{0, 2}, serial_tasks()); },
                 "handed out whole");
  driver.absorb(1, baseline, "worker 2");
  EXPECT_TRUE(driver.done());
  EXPECT_EQ(driver.result(1)->audit_root,
            simulate_exact(run_spec(scenario, Role::kBaseline, 7)).audit_root);
}

}  // namespace
}  // namespace bailiff::sim
