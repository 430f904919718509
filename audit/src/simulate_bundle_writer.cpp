// Writing a simulate bundle: the headline counters of every block of every run, replayable
// from the embedded inputs.

#include "bailiff/audit/bundle.hpp"
#include "bailiff/error.hpp"
#include "bailiff/merkle.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

std::string simulate_bundle(const Scenario& scenario, const Comparison& comparison,
                            const std::string& command, const SigningKey* signer) {
  const ScenarioChoice& choice = scenario.choice;
  const std::optional<PopulationSpec> spec = PopulationSpec::parse(choice.population);
  if (!spec || spec->kind != PopulationSpec::Kind::kSynthetic) {
    throw InputError("(command line)", "--population", "population",
                     "a synthetic population for --bundle (a CSV population holds clear IINs, "
                     "which never enter a bundle)",
                     choice.population);
  }
  // The bytes the run parsed, not the files again: what is embedded is what was simulated.
  const ScenarioInputs& in = scenario.inputs;
  std::vector<BundleInput> inputs{{"policy", in.policy.name, in.policy.bytes},
                                  {"baseline", in.baseline.name, in.baseline.bytes},
                                  {"calendar", in.calendar.name, in.calendar.bytes},
                                  {"behaviour", in.behaviour.name, in.behaviour.bytes},
                                  {"population", in.population.name, in.population.bytes}};

  const std::vector<RecordedRun> runs = recorded_runs(comparison);

  std::string log;
  HashChain log_root(kBundleLogDomain);
  std::uint64_t entry = 0;
  std::uint64_t records = 0;
  Json run_list = Json::array();
  for (const RecordedRun& run : runs) {
    std::string body;
    put_u32(body, run.replication);
    put_u8(body, run.baseline ? 1 : 0);
    put_u64(body, run.seed);
    put_u64(body, run.headlines.size());
    put_digest(body, run.header_digest);
    const Digest run_link = header_link(entry++, EntryTag::kRun, body);
    put_entry(log, EntryTag::kRun, body, run_link);
    HashChain chain(run.header_digest);
    for (std::size_t b = 0; b < run.headlines.size(); ++b) {
      body.clear();
      put_u64(body, b);
      body += run.headlines[b];
      chain.append(sim_block_digest(body));
      put_entry(log, EntryTag::kBlock, body, chain.head());
      ++entry;
      ++records;
    }
    std::string pair;
    put_digest(pair, run_link);
    put_digest(pair, chain.head());
    log_root.append(pair);
    run_list.push_back(Json{{"replication", run.replication},
                            {"role", run.baseline ? "baseline" : "policy"},
                            {"seed", run.seed},
                            {"blocks", run.headlines.size()},
                            {"audit_root", to_hex(chain.head())}});
  }

  Json manifest = manifest_head(kReplayBundleFormat, BundleKind::kSimulate, command);
  add_embedded_inputs(manifest, inputs);
  manifest["policy_id"] = scenario.policy.value.id();
  manifest["baseline_id"] = scenario.baseline.value.id();
  manifest["population"] = choice.population;
  manifest["cases_option"] = choice.cases;
  manifest["case_count"] = scenario.population->size();
  manifest["population_digest"] = to_hex(scenario.population->digest());
  manifest["seed"] = comparison.seed;
  manifest["replications"] = comparison.seeds.size();
  manifest["horizon"] = to_iso(scenario.horizon);
  manifest["record_count"] = records;
  manifest["records"] =
      "Per run (each replication under the policy, then the baseline): the headline counters "
      "of every block of 4096 cases (Metrics::headline_bytes), each followed by the head of "
      "the run's root chain; a run's last head is its audit root. These are exactly what the "
      "simulation's audit root commits to. Per-decision logs are not included: the root does "
      "not commit to them, and for the national population (15 million cases) they would "
      "take gigabytes; `bailiff decide --bundle` logs every decision of a cases file.";
  manifest["runs"] = std::move(run_list);
  manifest["run_root"] = to_hex(comparison.policy_runs.front().audit_root);
  manifest["baseline_run_root"] = to_hex(comparison.baseline_runs.front().audit_root);
  SignRequest sign;
  if (signer) {
    sign = {signer, 0, merkle_root({})};
    manifest["signature"] = manifest_signature(*signer);
  }
  return assemble(BundleKind::kSimulate, manifest.dump(2) + "\n", inputs, log, log_root.head(),
                  sign);
}

}  // namespace bailiff::audit
