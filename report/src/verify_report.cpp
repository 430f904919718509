// The readable and the machine report of `bailiff verify`.

#include "bailiff/report/verify_report.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/text.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;
using namespace ::bailiff::audit;

using Json = nlohmann::ordered_json;

namespace {

// What verify established about who wrote the bundle, in one sentence.
std::string authenticity_statement(const VerifyResult& r) {
  if (!r.ok()) {
    return r.authenticity == Authenticity::kNotChecked
               ? "not verified (see the failed checks); authenticity not checked"
               : "not authentic: see the failed checks";
  }
  if (r.authenticity == Authenticity::kAuthentic) {
    return "authentic: signed by key " + r.signer_key_id +
           " (its Ed25519 signature holds over this bundle)";
  }
  if (r.authenticity == Authenticity::kNotChecked) {
    return "integrity checked, authenticity not checked: " +
           (r.is_signed ? "the manifest names key id " + r.signer_key_id +
                              ", but who signed it is not established; give that key's public key "
                              "with --public-key FILE to check the signature"
                        : std::string("the bundle is not signed (write it with --sign KEYFILE)"));
  }
  return "not authentic: see the failed checks";
}

}  // namespace

std::string verify_report_text(const VerifyResult& r) {
  std::string out;
  out += "Bundle    " + printable(r.file) + " (" + std::string(bundle_kind_name(r.kind)) + ", " +
         grouped(static_cast<std::int64_t>(r.size), kEnglishText) + " bytes)\n";
  for (const VerifyCheck& c : r.checks) {
    std::string name = c.name;
    name.resize(11, ' ');
    out += std::string(c.ok ? "  ok      " : "  FAILED  ") + name + printable(c.detail) + "\n";
  }
  out += provisional_text(r.provisional);
  if (r.ok() && r.kind == BundleKind::kRecords) {
    out +=
        "VERIFIED  " + grouped(static_cast<std::int64_t>(r.records), kEnglishText) +
        " findings in " + grouped(static_cast<std::int64_t>(r.cases), kEnglishText) +
        " cases are as the check wrote them (not re-derived: the recorded log is not embedded)\n";
  } else if (r.ok()) {
    out += "VERIFIED  " + grouped(static_cast<std::int64_t>(r.replayed), kEnglishText) + " records of " +
           grouped(static_cast<std::int64_t>(r.cases), kEnglishText) + " cases replay identically; run root " +
           r.manifest_root + "\n";
  }
  if (r.ok()) {
    const std::string statement = authenticity_statement(r);
    constexpr std::string_view kAuthentic = "authentic: ";
    out += r.authenticity == Authenticity::kAuthentic
               ? "AUTHENTIC " + statement.substr(kAuthentic.size()) + "\n"
               : "          " + statement + "\n";
  } else {
    out += "NOT VERIFIED\n";
    if (r.chain_break) {
      out += "  chain breaks at " + printable(r.chain_break->where) + " (log entry " +
             std::to_string(r.chain_break->entry) + "): " + printable(r.chain_break->reason) + "\n";
    }
    if (r.mismatch) {
      out += "  first differing record: " + std::to_string(r.mismatch->record) + " (" +
             printable(r.mismatch->item) + "), field " + printable(r.mismatch->field) +
             ": expected " + printable(r.mismatch->expected) + ", found " +
             printable(r.mismatch->found) + "\n";
    }
  }
  return out;
}

std::string verify_report_json(const VerifyResult& r) {
  Json j;
  j["file"] = r.file;
  j["kind"] = bundle_kind_name(r.kind);
  j["bytes"] = r.size;
  j["verified"] = r.ok();
  j["records"] = r.records;
  j["replayed_records"] = r.replayed;
  j["cases"] = r.cases;
  j["manifest_root"] = r.manifest_root;
  j["replay_root"] = r.replay_root;
  if (!r.provisional.empty()) j["provisional"] = provisional_json(r.provisional);
  j["authenticity"] =
      Json{{"signed", r.is_signed},
           {"key_id", r.is_signed ? Json(r.signer_key_id) : Json(nullptr)},
           {"checked", r.authenticity != Authenticity::kNotChecked},
           {"authentic", r.authenticity == Authenticity::kAuthentic && r.ok()},
           {"statement", authenticity_statement(r)}};
  if (!r.case_tree_root.empty()) j["case_tree_root"] = r.case_tree_root;
  Json checks = Json::array();
  for (const VerifyCheck& c : r.checks) checks.push_back(Json{{"check", c.name}, {"ok", c.ok}, {"detail", c.detail}});
  j["checks"] = std::move(checks);
  if (r.chain_break) {
    j["chain_break"] = Json{{"entry", r.chain_break->entry},
                            {"record", r.chain_break->record},
                            {"byte_offset", r.chain_break->offset},
                            {"where", r.chain_break->where},
                            {"reason", r.chain_break->reason}};
  } else {
    j["chain_break"] = nullptr;
  }
  if (r.mismatch) {
    j["first_mismatch"] = Json{{"record", r.mismatch->record},
                               {"item", r.mismatch->item},
                               {"field", r.mismatch->field},
                               {"expected", r.mismatch->expected},
                               {"found", r.mismatch->found}};
  } else {
    j["first_mismatch"] = nullptr;
  }
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string verify_framing_json(const std::string& file, const std::string& problem) {
  Json j;
  j["file"] = file;
  j["verified"] = false;
  j["checks"] = Json::array({Json{{"check", "framing"}, {"ok", false}, {"detail", problem}}});
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace bailiff::report
