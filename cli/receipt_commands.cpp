// `bailiff receipt` and `bailiff verify-receipt`: one case's decisions, provable offline.

#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "bailiff/audit/receipt.hpp"
#include "bailiff/audit/verify_gate.hpp"
#include "bailiff/error.hpp"
#include "bailiff/report/receipt_report.hpp"
#include "bailiff/sim/files.hpp"
#include "commands.hpp"
#include "key_files.hpp"
#include "output.hpp"
#include "verify_gate.hpp"

namespace bailiff::cli {
namespace {

struct ReceiptOptions {
  std::string bundle;
  std::string case_id;
  std::string public_key;
  std::string output;
};

void run_receipt(const ReceiptOptions& o) {
  const std::string bytes = sim::read_file(o.bundle, audit::kMaxBundleBytes);
  std::optional<audit::PublicKey> key;
  if (!o.public_key.empty()) key = load_public_key(o.public_key);
  audit::require_verified(bytes, o.bundle, key);
  if (!key) {
    std::fprintf(stderr,
                 "bailiff: %s: the bundle's signature was not checked (no --public-key): the "
                 "receipt is cut from a bundle whose signer is not established\n",
                 escape_control_bytes(o.bundle).c_str());
  }
  const audit::Receipt receipt = audit::receipt_from_bundle(bytes, o.bundle, o.case_id);
  const std::string out = audit::encode_receipt(receipt);
  sim::write_file_atomically(o.output, out);
  std::fprintf(
      stderr,
      "bailiff: receipt for case %s written to %s (%zu bytes: %zu %s, case %llu of "
      "%llu, signed by key %s); check it with `bailiff verify-receipt %s --public-key KEY.pub`\n",
      escape_control_bytes(o.case_id).c_str(), o.output.c_str(), out.size(), receipt.records.size(),
      receipt.kind != audit::BundleKind::kRecords ? "decisions"
      : receipt.records.size() == 1               ? "finding"
                                                  : "findings",
      static_cast<unsigned long long>(receipt.leaf_index + 1),
      static_cast<unsigned long long>(receipt.tree_size), audit::key_id_hex(receipt.key_id).c_str(),
      o.output.c_str());
}

struct VerifyReceiptOptions {
  std::string receipt;
  std::string public_key;
  std::string output;
  bool json = false;
};

void run_verify_receipt(const VerifyReceiptOptions& o) {
  const std::string bytes = sim::read_file(o.receipt, audit::kMaxReceiptBytes);
  const audit::Receipt receipt = audit::parse_receipt(bytes, o.receipt);
  std::optional<audit::PublicKey> key;
  if (!o.public_key.empty()) key = load_public_key(o.public_key);
  const audit::ReceiptCheck check = audit::check_receipt(receipt, key);
  emit(o.json ? report::receipt_report_json(receipt, check, o.receipt, bytes.size())
              : report::receipt_report_text(receipt, check, o.receipt, bytes.size()),
       o.output);
  if (!check.ok()) throw std::runtime_error(o.receipt + ": not verified: " + check.problem);
  if (!check.verified()) {
    throw NotChecked(o.receipt +
                     ": NOT CHECKED: no public key given, so nothing in the receipt is established "
                     "(exit status 3); check it with --public-key KEY.pub");
  }
}

}  // namespace

void register_receipt(CLI::App& app) {
  auto o = std::make_shared<ReceiptOptions>();
  CLI::App* cmd = app.add_subcommand(
      "receipt",
      "Write the receipt of one case of a signed decide or findings bundle: a small "
      "self-contained file (the case's decisions, or the findings of check-records in it, its "
      "place among the bundle's cases with the RFC 6962 inclusion path, and the bundle's "
      "signature) that `bailiff verify-receipt` checks offline, without the bundle. The bundle "
      "is verified (a decide bundle replayed) first.");
  cmd->add_option(
         "bundle", o->bundle,
         "Signed decide or findings bundle (decide|check-records --bundle FILE --sign KEY)")
      ->required();
  cmd->add_option("--case", o->case_id, "Case id")->required();
  cmd->add_option("--public-key", o->public_key,
                  "Public key file of the bundle's signer: the receipt is cut only when the "
                  "bundle's signature holds for it (without it the signature is not checked, and "
                  "the command says so)")
      ->check(public_key_file());
  cmd->add_option("-o,--output", o->output, "Receipt file to write (atomically)")
      ->required()
      ->check(output_path());
  cmd->callback([o] { run_receipt(*o); });
}

void register_verify_receipt(CLI::App& app) {
  auto o = std::make_shared<VerifyReceiptOptions>();
  CLI::App* cmd = app.add_subcommand(
      "verify-receipt",
      "Check a receipt from `bailiff receipt` offline and state the case's decisions (or "
      "check-records' findings) in plain words. With --public-key it checks the signature: "
      "AUTHENTIC (exit 0) only when every "
      "check and the signature hold, NOT VERIFIED (exit 1) otherwise. Without a key the verdict "
      "is NOT CHECKED (exit 3, \"verified\": false): anyone can compute a consistent receipt.");
  cmd->add_option("receipt", o->receipt, "Receipt file")->required();
  cmd->add_option("--public-key", o->public_key, "Public key file of the bundle's signer")
      ->check(public_key_file());
  cmd->add_option("-o,--output", o->output, "Write the report to this file (atomically)")
      ->check(output_path());
  cmd->add_flag("--json", o->json, "JSON report");
  cmd->callback([o] { run_verify_receipt(*o); });
}

}  // namespace bailiff::cli
