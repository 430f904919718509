#include "bundle_cli.hpp"

#include <cstdio>
#include <optional>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/error.hpp"
#include "key_files.hpp"
#include "output.hpp"

namespace bailiff::cli {
namespace {

std::string quoted(const std::string& arg) {
  if (!arg.empty() && arg.find_first_of(" \t\"'\\$`") == std::string::npos) return arg;
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string announcement(const BundleRequest& request, const std::string& bytes,
                         const std::optional<audit::SigningKey>& signer) {
  const std::string path = escape_control_bytes(request.path);
  const std::string size = std::to_string(bytes.size());
  if (signer) {
    const std::string id = audit::key_id_hex(signer->id());
    return "bailiff: bundle written to " + path + " (" + size + " bytes), signed by key " + id +
           "; check it with `bailiff verify " + path + " --public-key KEY.pub`\n";
  }
  return "bailiff: bundle written to " + path + " (" + size +
         " bytes); check it with `bailiff verify " + path + "`\n";
}

std::optional<audit::SigningKey> signer_of(const BundleRequest& request) {
  if (request.sign_key.empty()) return std::nullopt;
  return load_secret_key(request.sign_key);
}

}  // namespace

void add_bundle_option(CLI::App* cmd, BundleRequest& request, const std::string& what) {
  request.cmd = cmd;
  CLI::Option* bundle =
      cmd->add_option("--bundle", request.path,
                      what.empty() ? "Also write a replay bundle to this file (atomically): "
                                     "manifest, the inputs' bytes and the hash-chained log; check "
                                     "it with `bailiff verify FILE`"
                                   : what)
          ->check(output_path());
  cmd->add_option("--sign", request.sign_key,
                  "Sign the bundle (Ed25519) with this secret key file from `bailiff keygen`; the "
                  "manifest names the key id, and `bailiff verify FILE --public-key KEY.pub` "
                  "says \"authentic\" only when the signature holds")
      ->needs(bundle)
      ->check(secret_key_file());
}

std::string parsed_command(const CLI::App* cmd) {
  std::string out = "bailiff";
  if (!cmd) return out;
  out += " " + cmd->get_name();
  for (const CLI::Option* opt : cmd->get_options()) {
    if (opt->count() == 0) continue;
    const std::string name = !opt->get_lnames().empty() ? "--" + opt->get_lnames().front()
                             : !opt->get_snames().empty() ? "-" + opt->get_snames().front()
                                                         : opt->get_name();
    if (opt->get_type_size() == 0 || opt->get_expected_max() == 0) {
      out += " " + name;
      continue;
    }
    if (name == "--iin-key") {  // a secret is never recorded
      out += " --iin-key (not recorded)";
      continue;
    }
    if (name == "--sign") {  // where the secret key lives is nobody's business; its id is recorded
      out += " --sign (key id in the manifest)";
      continue;
    }
    for (const std::string& value : opt->results()) out += " " + name + " " + quoted(value);
  }
  return out;
}

std::string add_decide_bundle(const BundleRequest& request, const sim::DecideRun& run,
                              Outputs& outputs) {
  if (request.path.empty()) return {};
  const std::optional<audit::SigningKey> signer = signer_of(request);
  const std::string bytes =
      audit::decide_bundle(run, parsed_command(request.cmd), signer ? &*signer : nullptr);
  outputs.add(bytes, request.path);
  return announcement(request, bytes, signer);
}

std::string add_records_bundle(const BundleRequest& request,
                               const audit::RecordsBundleWriter& writer,
                               const study::CheckResult& result,
                               const audit::RecordsBundleSources& sources, Outputs& outputs) {
  if (request.path.empty()) return {};
  const std::optional<audit::SigningKey> signer = signer_of(request);
  const std::string bytes =
      writer.finish(result, sources, parsed_command(request.cmd), signer ? &*signer : nullptr);
  outputs.add(bytes, request.path);
  return announcement(request, bytes, signer);
}

std::string add_simulate_bundle(const BundleRequest& request, const sim::Scenario& scenario,
                                const sim::Comparison& comparison, Outputs& outputs) {
  if (request.path.empty()) return {};
  const std::optional<audit::SigningKey> signer = signer_of(request);
  const std::string bytes = audit::simulate_bundle(scenario, comparison, parsed_command(request.cmd),
                                                   signer ? &*signer : nullptr);
  outputs.add(bytes, request.path);
  return announcement(request, bytes, signer);
}

}  // namespace bailiff::cli
