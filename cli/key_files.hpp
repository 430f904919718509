#pragma once
// Key files on the command line: reading them with the project's errors, and checks that
// refuse a bad key file while the options are parsed, before any work is done.

#include <CLI/CLI.hpp>
#include <string>

#include "bailiff/audit/signature.hpp"

namespace bailiff::cli {

/// The key pair in the secret key file \p path (throws InputError; never shows the secret).
audit::SigningKey load_secret_key(const std::string& path);

/// The public key in the file \p path (throws InputError).
audit::PublicKey load_public_key(const std::string& path);

/// Option check: the value names a readable secret key file.
const CLI::Validator& secret_key_file();

/// Option check: the value names a readable public key file.
const CLI::Validator& public_key_file();

}  // namespace bailiff::cli
