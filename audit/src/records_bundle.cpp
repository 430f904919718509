// Writing a findings bundle (records_bundle.hpp).

#include "bailiff/audit/records_bundle.hpp"

#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/finding_record.hpp"
#include "bailiff/error.hpp"
#include "bailiff/merkle.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

RecordsBundleWriter::RecordsBundleWriter() : log_root_(kBundleLogDomain) {}

void RecordsBundleWriter::add_case(const study::RecordedCase& c,
                                   const std::vector<study::Finding>& findings) {
  std::string body;
  put_str(body, c.fine.id);
  put_u32(body, static_cast<std::uint32_t>(findings.size()));
  const Digest case_link = header_link(entries_++, EntryTag::kCase, body);
  put_entry(log_, EntryTag::kCase, body, case_link);
  HashChain chain(kCaseChainDomain);
  std::string record;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    record.clear();
    encode_finding(record, static_cast<std::uint32_t>(i), findings[i]);
    chain.append(record);
    put_entry(log_, EntryTag::kFinding, record, chain.head());
    ++entries_;
    ++findings_;
  }
  leaves_.push_back(case_leaf_hash(c.fine.id, chain.head()));
  std::string pair;
  put_digest(pair, case_link);
  put_digest(pair, chain.head());
  log_root_.append(pair);
}

std::string RecordsBundleWriter::finish(const study::CheckResult& result,
                                        const RecordsBundleSources& sources,
                                        const std::string& command,
                                        const SigningKey* signer) const {
  if (leaves_.size() != result.cases) {
    throw DomainError("findings bundle: " + std::to_string(leaves_.size()) +
                      " cases added, the check read " + std::to_string(result.cases));
  }
  const std::vector<BundleInput> inputs{
      {"policy", sources.policy.name, sources.policy.bytes},
      {"calendar", sources.calendar.name, sources.calendar.bytes}};
  Json manifest = manifest_head("robot-bailiff findings bundle", BundleKind::kRecords, command);
  manifest[manifest_key::kInputs] = manifest_inputs(inputs);
  manifest["log"] =
      Json{{"name", result.log},
           {"format", result.format == study::LogFormat::kJsonLines ? "jsonl" : "csv"},
           {"sha256", to_hex(sources.log.sha256)},
           {"bytes", sources.log.bytes},
           {"embedded", false},
           {"why",
            "the recorded log holds the debtors' IINs, so only its SHA-256 is recorded "
            "(`sha256sum LOG` gives it); `bailiff check-records LOG` on that log "
            "re-derives every finding"}};
  manifest["iin_pseudonyms"] =
      "the log's IINs were replaced on reading by HMAC-SHA256 pseudonyms under the auditor's "
      "key, which is not recorded; no finding holds an IIN or a pseudonym";
  manifest["policy_id"] = result.policy;
  manifest["check"] = Json{{"as_of", to_iso(result.as_of)},
                           {"tolerance_working_days", result.options.tolerance_working_days},
                           {"lift_working_days", result.options.lift_working_days},
                           {"lift_working_days_is", "an assumption (data/README.md)"}};
  manifest["case_count"] = result.cases;
  manifest["event_count"] = result.events;
  manifest["cases_with_finding"] = result.cases_with_finding;
  manifest["record_count"] = findings_;
  manifest["charged_without_basis_tenge"] = plain_tenge(result.charged_without_basis);
  manifest["records"] =
      "Every case of the recorded log in its order: a case header (case id, finding count), "
      "then each finding's canonical record (audit/include/bailiff/audit/finding_record.hpp), "
      "each followed by its case chain's head (h_i = SHA-256(h_{i-1} || record_i) from "
      "SHA-256(\"robot-bailiff/case/v1\")); a case's last head is its case digest.";
  SignRequest sign;
  if (signer) {
    sign = {signer, leaves_.size(), merkle_root(leaves_)};
    manifest["case_tree"] = manifest_case_tree(sign.tree_size, sign.tree_root);
    manifest["signature"] = manifest_signature(*signer);
  }
  return assemble(BundleKind::kRecords, manifest.dump(2) + "\n", inputs, log_, log_root_.head(),
                  sign);
}

}  // namespace bailiff::audit
