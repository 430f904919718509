// Writing a decide bundle: every decision of a cases file, replayable from the embedded
// inputs.

#include "bailiff/audit/bundle.hpp"
#include "bailiff/merkle.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

std::string decide_bundle(const DecideRun& run, const std::string& command,
                          const SigningKey* signer) {
  // The bytes the run parsed, never a second read: what is embedded is what was decided.
  const std::vector<BundleInput> inputs{
      {"policy", run.policy_file.name, run.policy_file.bytes},
      {"calendar", run.calendar_file.name, run.calendar_file.bytes},
      {"cases", run.cases_file.name, run.cases_file.bytes}};

  std::string log;
  HashChain log_root(kBundleLogDomain);
  std::uint64_t entry = 0;
  std::uint64_t records = 0;
  std::string body;
  std::string record;
  std::vector<Digest> leaves;
  leaves.reserve(run.fines.size());
  for (std::size_t c = 0; c < run.fines.size(); ++c) {
    const std::string& id = run.fines[c].id;
    const std::vector<Decision>& timeline = run.timelines[c];
    body.clear();
    put_str(body, id);
    put_u32(body, static_cast<std::uint32_t>(timeline.size()));
    const Digest case_link = header_link(entry++, EntryTag::kCase, body);
    put_entry(log, EntryTag::kCase, body, case_link);
    HashChain chain(kCaseChainDomain);
    for (std::size_t i = 0; i < timeline.size(); ++i) {
      record.clear();
      encode_decision(record, id, static_cast<std::uint32_t>(i), timeline[i]);
      chain.append(record);
      put_entry(log, EntryTag::kDecision, record, chain.head());
      ++entry;
      ++records;
    }
    if (chain.head() != run.case_digests[c]) {
      throw DomainError("bundle: case " + id + ": chain differs from the run's case digest");
    }
    if (signer) leaves.push_back(case_leaf_hash(id, chain.head()));
    std::string pair;
    put_digest(pair, case_link);
    put_digest(pair, chain.head());
    log_root.append(pair);
  }

  Json manifest = manifest_head(kReplayBundleFormat, BundleKind::kDecide, command);
  add_embedded_inputs(manifest, inputs);
  manifest["policy_id"] = run.policy.id();
  manifest["seed"] = run.header.seed;
  manifest["horizon"] = to_iso(run.horizon);
  manifest["case_count"] = run.fines.size();
  manifest["record_count"] = records;
  manifest["records"] =
      "Every decision of every case: the canonical record of core/include/bailiff/audit.hpp, "
      "grouped by case in the cases file's order, each followed by its case chain's head; a "
      "case's last head is its case digest. Run root = run_root over blocks of 4096 case "
      "digests and the run header (engine version, policy, calendar and cases digests, seed, "
      "case count).";
  manifest["run_root"] = to_hex(run.root);
  SignRequest sign;
  if (signer) {
    sign = {signer, leaves.size(), merkle_root(leaves)};
    manifest["case_tree"] = manifest_case_tree(sign.tree_size, sign.tree_root);
    manifest["signature"] = manifest_signature(*signer);
  }
  return assemble(BundleKind::kDecide, manifest.dump(2) + "\n", inputs, log, log_root.head(), sign);
}

}  // namespace bailiff::audit
