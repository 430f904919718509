// The readable and the machine report of `bailiff verify-receipt`.

#include "bailiff/report/receipt_report.hpp"

#include <nlohmann/json.hpp>

#include "bailiff/money.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/report/format.hpp"
#include "bailiff/report/messages.hpp"
#include "bailiff/report/plural.hpp"
#include "bailiff/report/records_report.hpp"
#include "bailiff/report/text.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff::report {

using namespace ::bailiff::audit;
using Json = nlohmann::ordered_json;

namespace {

std::string decision_words(const DecodedDecision& d) {
  std::string out = to_iso(d.date) + "  " + std::string(action_name(d.action)) + ": " +
                    tenge(d.amount, kEnglishText) + ", " + tenge(d.due_after, kEnglishText) + " still due";
  if (d.fee != 0) out += ", fee " + tenge(d.fee, kEnglishText);
  return out + " (rule " + printable(d.rule) + ", legal basis: policy parameter " +
         std::string(Policy::kNames[static_cast<std::size_t>(d.basis_param)]) + ")";
}

// "decision" or "finding", the records a receipt of \p r's kind carries.
std::string noun(const Receipt& r) {
  return r.kind == BundleKind::kRecords ? "finding" : "decision";
}

std::string statement(const Receipt& r, const ReceiptCheck& c) {
  if (!c.ok()) return "NOT VERIFIED: " + printable(c.problem);
  const std::size_t n = r.records.size();
  const std::string what = (n == 0   ? "the bundle holds no " + noun(r) + " for case "
                            : n == 1 ? "this " + noun(r) + " is all the bundle holds for case "
                                     : "these " + std::to_string(n) + " " + noun(r) +
                                           "s are all the bundle holds for case ") +
                           printable(r.case_id) + " (case " + std::to_string(r.leaf_index + 1) +
                           " of " + grouped(static_cast<std::int64_t>(r.tree_size), kEnglishText) +
                           ")";
  if (c.authenticity == Authenticity::kAuthentic) {
    return "authentic: signed by key " + key_id_hex(r.key_id) + ": " + what +
           " in the bundle whose seal is " + to_hex(r.seal);
  }
  return "the receipt's records, chain and inclusion path fit together, but anyone can compute "
         "such a receipt, with any " +
         noun(r) +
         "s and amounts: without the signer's public key nothing "
         "in it is established. Give the public key of key id " +
         key_id_hex(r.key_id) +
         " (the id the receipt names, itself not checked) with --public-key FILE";
}

Json finding_json(const DecodedFinding& d) {
  Json out = finding_fields_json(d);
  out["explanation"] = finding_sentence(d.finding, Language::kEn);
  return out;
}

}  // namespace

std::string receipt_report_text(const Receipt& r, const ReceiptCheck& c, const std::string& file,
                                std::uint64_t bytes) {
  std::string out = "Receipt   " + printable(file) + " (" +
                    grouped(static_cast<std::int64_t>(bytes), kEnglishText) + " bytes)\n";
  out += "Case      " + printable(r.case_id) + ": " + std::to_string(r.records.size()) + " " +
         noun(r) + (r.records.size() == 1 ? "\n" : "s\n");
  for (std::size_t i = 0; i < c.decisions.size(); ++i) {
    out += "  " + std::to_string(i + 1) + ". " + decision_words(c.decisions[i]) + "\n";
  }
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    out += "  " + std::to_string(i + 1) + ". " +
           printable(finding_sentence(c.findings[i].finding, Language::kEn)) + "\n";
  }
  if (c.consistent) {
    out += "  ok      chain      case digest " + to_hex(c.case_digest) + "\n";
    out += "  ok      inclusion  leaf " + std::to_string(r.leaf_index) + " of " +
           grouped(static_cast<std::int64_t>(r.tree_size), kEnglishText) + ", " +
           std::to_string(r.path.size()) + " hashes up to the case tree root " +
           to_hex(c.tree_root) + "\n";
  }
  if (c.authenticity == Authenticity::kAuthentic) {
    out += "  ok      signature  the Ed25519 signature of key " + key_id_hex(r.key_id) + " holds\n";
    const std::string s = statement(r, c);
    return out + "AUTHENTIC " + s.substr(std::string_view("authentic: ").size()) + "\n";
  }
  return out + (c.ok() ? "NOT CHECKED " : "") + statement(r, c) + "\n";
}

std::string receipt_report_words(const Receipt& r, const ReceiptCheck& c, const std::string& file,
                                 std::uint64_t bytes, Language language) {
  const NumberStyle numbers = text_numbers(language);
  const auto n = [&](std::uint64_t v) { return grouped(static_cast<std::int64_t>(v), numbers); };
  const std::string noun_key =
      r.kind == BundleKind::kRecords ? "receipt.finding" : "receipt.decision";
  const std::string decisions =
      n(r.records.size()) + " " +
      plural(noun_key, static_cast<std::int64_t>(r.records.size()), language);
  const std::string where = fill("receipt.where", language,
                                 {{"case", r.case_id}, {"index", n(r.leaf_index + 1)}, {"total", n(r.tree_size)}});
  std::string verdict;
  if (!c.ok()) {
    verdict = fill("receipt.verdict.not_verified", language, {{"problem", c.problem}});
  } else if (c.authenticity == Authenticity::kAuthentic) {
    verdict = fill("receipt.verdict.authentic", language,
                   {{"key", key_id_hex(r.key_id)}, {"decisions", decisions}, {"where", where}, {"seal", to_hex(r.seal)}});
  } else {
    verdict = fill("receipt.verdict.consistent", language,
                   {{"key", key_id_hex(r.key_id)}, {"decisions", decisions}, {"where", where}});
  }
  std::string out = verdict + "\n\n";
  out += fill("receipt.file", language, {{"file", file}, {"bytes", n(bytes)}}) + "\n";
  out += fill("receipt.case", language, {{"case", r.case_id}, {"decisions", decisions}}) + "\n";
  for (std::size_t i = 0; i < c.decisions.size(); ++i) {
    const DecodedDecision& d = c.decisions[i];
    std::string line = std::to_string(i + 1) + ". " + long_date(d.date, language) + ": " +
                       message("receipt.action." + std::string(action_name(d.action)), language) + "; " +
                       fill("receipt.amounts", language,
                            {{"amount", tenge(d.amount, numbers)}, {"due", tenge(d.due_after, numbers)}});
    if (d.fee != 0) line += "; " + fill("receipt.fee", language, {{"fee", tenge(d.fee, numbers)}});
    line += " (" + fill("receipt.rule", language,
                        {{"rule", d.rule},
                         {"param", std::string(Policy::kNames[static_cast<std::size_t>(d.basis_param)])}}) +
            ")";
    out += "  " + line + "\n";
  }
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    out += "  " + std::to_string(i + 1) + ". " + finding_sentence(c.findings[i].finding, language) +
           "\n";
  }
  if (c.consistent) {
    out += "  ✓ " + fill("receipt.check.chain", language, {{"digest", to_hex(c.case_digest)}}) + "\n";
    out += "  ✓ " + fill("receipt.check.inclusion", language,
                         {{"index", n(r.leaf_index + 1)}, {"total", n(r.tree_size)},
                          {"hashes", n(r.path.size())}, {"root", to_hex(c.tree_root)}}) + "\n";
  }
  if (c.authenticity == Authenticity::kAuthentic) {
    out += "  ✓ " + fill("receipt.check.signature", language, {{"key", key_id_hex(r.key_id)}}) + "\n";
  }
  return out;
}

std::string receipt_report_json(const Receipt& r, const ReceiptCheck& c, const std::string& file,
                                std::uint64_t bytes) {
  Json j;
  j["file"] = file;
  j["bytes"] = bytes;
  j["case"] = r.case_id;
  j["verified"] = c.verified();
  j["verdict"] = c.verified() ? "authentic" : c.ok() ? "not_checked" : "not_verified";
  Json decisions = Json::array();
  for (const DecodedDecision& d : c.decisions) {
    decisions.push_back(
        Json{{"seq", d.seq},
             {"date", to_iso(d.date)},
             {"action", action_name(d.action)},
             {"amount_tenge", plain_tenge(d.amount)},
             {"due_after_tenge", plain_tenge(d.due_after)},
             {"fee_tenge", plain_tenge(d.fee)},
             {"rule", d.rule},
             {"basis_param", Policy::kNames[static_cast<std::size_t>(d.basis_param)]}});
  }
  if (r.kind == BundleKind::kRecords) {
    j["kind"] = bundle_kind_name(r.kind);
    Json findings = Json::array();
    for (const DecodedFinding& d : c.findings) findings.push_back(finding_json(d));
    j["findings"] = std::move(findings);
  } else {
    j["decisions"] = std::move(decisions);
  }
  j["leaf_index"] = r.leaf_index;
  j["tree_size"] = r.tree_size;
  j["case_digest"] = c.consistent ? Json(to_hex(c.case_digest)) : Json(nullptr);
  j["case_tree_root"] = c.consistent ? Json(to_hex(c.tree_root)) : Json(nullptr);
  j["seal"] = to_hex(r.seal);
  j["authenticity"] = Json{{"key_id", key_id_hex(r.key_id)},
                           {"checked", c.authenticity != Authenticity::kNotChecked},
                           {"authentic", c.verified()},
                           {"statement", statement(r, c)}};
  j["problem"] = c.problem.empty() ? Json(nullptr) : Json(c.problem);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace bailiff::report
