// `bailiff keygen`: a new Ed25519 key pair for signing bundles.

#include <sys/stat.h>

#include <cstdio>
#include <memory>
#include <string>

#include "bailiff/audit/signature.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/files.hpp"
#include "commands.hpp"
#include "output.hpp"

namespace bailiff::cli {
namespace {

void run_keygen(const std::string& prefix) {
  struct stat info {};
  // "dir/" or "dir" would write the hidden files dir/.key and dir/.pub, or dir.key beside it.
  if (prefix.empty() || prefix.back() == '/' || (::stat(prefix.c_str(), &info) == 0 && S_ISDIR(info.st_mode))) {
    throw InputError("(command line)", "-o", "output",
                     "a prefix that names the two files (PREFIX.key, PREFIX.pub), such as "
                     "keys/auditor, not a directory",
                     escape_control_bytes(prefix));
  }
  const std::string secret_path = prefix + ".key";
  const std::string public_path = prefix + ".pub";
  for (const std::string& path : {secret_path, public_path}) {  // the early, friendly refusal
    if (::lstat(path.c_str(), &info) == 0) {
      throw InputError("(command line)", "-o", "output",
                       "a prefix whose .key and .pub files do not exist yet (a key file is never "
                       "overwritten)",
                       escape_control_bytes(path) + " exists");
    }
  }
  const audit::SigningKey key = audit::SigningKey::generate();
  // Linked into place, never renamed over: a file that appears after the check above is
  // not replaced either (the command fails and leaves neither file). The modes are set
  // explicitly, whatever the umask: 0600 for the secret, 0644 for the public key.
  Outputs outputs;
  outputs.add_new(key.secret_file_text(), secret_path, sim::FileAccess::kOwnerOnly);
  outputs.add_new(audit::public_key_file_text(key.public_key()), public_path, sim::FileAccess::kPublic);
  outputs.commit();
  const std::string id = audit::key_id_hex(key.id());
  std::fprintf(stderr,
               "bailiff: key %s: secret key written to %s (mode 0600: keep it private; sign with "
               "--sign %s), public key to %s (publish it; verify with --public-key %s)\n",
               id.c_str(), secret_path.c_str(), secret_path.c_str(), public_path.c_str(),
               public_path.c_str());
}

}  // namespace

void register_keygen(CLI::App& app) {
  auto prefix = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "keygen",
      "Create an Ed25519 key pair for signing bundles: PREFIX.key, the secret key (mode 0600, "
      "never printed), and PREFIX.pub, the public key (mode 0644) to give to whoever "
      "checks the bundles. Sign with `decide|simulate --bundle FILE --sign PREFIX.key`; check with "
      "`bailiff verify FILE --public-key PREFIX.pub`. A key id (the first 8 bytes of SHA-256 "
      "of the public key, in hex) names the key in bundles and receipts. An existing PREFIX.key "
      "or PREFIX.pub is never overwritten.");
  cmd->add_option("-o,--output", *prefix, "Prefix of the two files (PREFIX.key, PREFIX.pub)")
      ->required()
      ->check(output_path());
  cmd->callback([prefix] { run_keygen(*prefix); });
}

}  // namespace bailiff::cli
