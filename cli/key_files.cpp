#include "key_files.hpp"

#include "bailiff/error.hpp"
#include "bailiff/sim/files.hpp"

namespace bailiff::cli {

audit::SigningKey load_secret_key(const std::string& path) {
  return audit::read_secret_key(sim::read_file(path, audit::kMaxKeyFileBytes), path);
}

audit::PublicKey load_public_key(const std::string& path) {
  return audit::read_public_key(sim::read_file(path, audit::kMaxKeyFileBytes), path);
}

namespace {

template <typename Load>
CLI::Validator key_check(Load load, const char* name) {
  return CLI::Validator(
      [load](const std::string& value) -> std::string {
        try {
          load(value);
        } catch (const std::exception& e) {
          return escape_control_bytes(e.what());
        }
        return {};
      },
      name);
}

}  // namespace

const CLI::Validator& secret_key_file() {
  static const CLI::Validator validator = key_check(load_secret_key, "KEYFILE");
  return validator;
}

const CLI::Validator& public_key_file() {
  static const CLI::Validator validator = key_check(load_public_key, "KEY.pub");
  return validator;
}

}  // namespace bailiff::cli
