// Ed25519 keys, signatures and key files through libsodium.

#include "bailiff/audit/signature.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "bailiff/byte_codec.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sha256.hpp"

namespace bailiff::audit {
namespace {

static_assert(crypto_sign_PUBLICKEYBYTES == 32 && crypto_sign_SECRETKEYBYTES == 64 &&
              crypto_sign_BYTES == 64 && crypto_sign_SEEDBYTES == 32);

constexpr std::string_view kPublicHeader = "robot-bailiff Ed25519 public key v1";
constexpr std::string_view kSecretHeader = "robot-bailiff Ed25519 secret key v1";

void require_sodium() {
  static const int status = sodium_init();  // 0 first time, 1 when already initialised
  if (status < 0) throw std::runtime_error("libsodium could not be initialised");
}

// What an error says instead of quoting text from a key file: its length only. A key file's
// text is never quoted, public or secret, because a damaged or misnamed secret key file (its
// lines swapped, the seed alone, the seed on another line, a secret file given as a public
// key) may hold the seed anywhere.
std::string not_shown(std::string_view text) {
  return std::to_string(text.size()) + (text.size() == 1 ? " character" : " characters") +
         " (not shown: a key file's text is never printed)";
}

/// The lines of a key file: each must end in LF; exactly \p count of them.
std::vector<std::string_view> key_lines(std::string_view text, const std::string& file,
                                        std::size_t count, std::string_view header,
                                        std::string_view other_header) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size() && lines.size() <= count) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      throw InputError(file, "line " + std::to_string(lines.size() + 1), "(line end)",
                       "each line ending in a line feed", "the file ends inside a line");
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (lines.empty() || lines[0] != header) {
    const bool other = !lines.empty() && lines[0] == other_header;
    throw InputError(file, "line 1", "header", "\"" + std::string(header) + "\"",
                     other ? "the header of a " + std::string(other_header.substr(22, 6)) +
                                 " key file (give the other file of the pair)"
                     : lines.empty() ? std::string("an empty file")
                                     : "a first line of " + not_shown(lines[0]));
  }
  if (lines.size() != count || start != text.size()) {
    throw InputError(file, "line " + std::to_string(std::min(lines.size(), count) + 1), "(file)",
                     "exactly " + std::to_string(count) + " lines", "more or fewer lines");
  }
  return lines;
}

/// The value of line \p index ("NAME VALUE"), checked to be \p n bytes of lowercase hex.
void key_field(const std::vector<std::string_view>& lines, std::size_t index, std::string_view name,
               std::uint8_t* out, std::size_t n, const std::string& file) {
  const std::string location = "line " + std::to_string(index + 1);
  const std::string_view line = lines[index];
  const std::string prefix = std::string(name) + " ";
  if (line.substr(0, prefix.size()) != prefix) {
    throw InputError(
        file, location, std::string(name),
        "a line \"" + std::string(name) + " <" + std::to_string(2 * n) + " hex digits>\"",
        "another line of " + not_shown(line));
  }
  // lowercase only: one spelling per key
  if (!hex_decode(line.substr(prefix.size()), {out, n}, HexLetters::kLowerOnly)) {
    throw InputError(file, location, std::string(name),
                     std::to_string(2 * n) + " lowercase hex digits",
                     not_shown(line.substr(prefix.size())));
  }
}

}  // namespace

KeyId key_id(const PublicKey& key) {
  const Digest d = sha256(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
  KeyId id{};
  for (std::size_t i = 0; i < id.size(); ++i) id[i] = d[i];
  return id;
}

std::string key_id_hex(const KeyId& id) {
  return hex_encode(id);
}

std::optional<KeyId> key_id_from_hex(std::string_view text) {
  KeyId id{};
  if (!hex_decode(text, id, HexLetters::kLowerOnly)) return std::nullopt;
  return id;
}

SigningKey SigningKey::generate() {
  require_sodium();
  std::array<std::uint8_t, 32> seed{};
  randombytes_buf(seed.data(), seed.size());
  SigningKey key = from_seed(seed);
  sodium_memzero(seed.data(), seed.size());
  return key;
}

SigningKey SigningKey::from_seed(const std::array<std::uint8_t, 32>& seed) {
  require_sodium();
  SigningKey key;
  crypto_sign_seed_keypair(key.public_.data(), key.secret_.data(), seed.data());
  return key;
}

SigningKey::~SigningKey() {
  sodium_memzero(secret_.data(), secret_.size());
}

Signature SigningKey::sign(std::string_view message) const {
  Signature signature{};
  crypto_sign_detached(signature.data(), nullptr,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       secret_.data());
  return signature;
}

std::string SigningKey::secret_file_text() const {
  return std::string(kSecretHeader) + "\nkey-id " + key_id_hex(id()) + "\npublic-key " +
         hex_encode(public_) + "\nseed " + hex_encode({secret_.data(), 32}) + "\n";
}

bool signature_holds(const PublicKey& key, std::string_view message, const Signature& signature) {
  require_sodium();
  return crypto_sign_verify_detached(signature.data(),
                                     reinterpret_cast<const unsigned char*>(message.data()),
                                     message.size(), key.data()) == 0;
}

std::string public_key_file_text(const PublicKey& key) {
  return std::string(kPublicHeader) + "\nkey-id " + key_id_hex(key_id(key)) + "\npublic-key " +
         hex_encode(key) + "\n";
}

bool is_public_key_file(std::string_view bytes) {
  return bytes.substr(0, kPublicHeader.size() + 1) == std::string(kPublicHeader) + "\n";
}

PublicKey read_public_key(std::string_view text, const std::string& file) {
  const auto lines = key_lines(text, file, 3, kPublicHeader, kSecretHeader);
  KeyId id{};
  PublicKey key{};
  key_field(lines, 1, "key-id", id.data(), id.size(), file);
  key_field(lines, 2, "public-key", key.data(), key.size(), file);
  if (key_id(key) != id) {
    throw InputError(file, "line 2", "key-id",
                     "the key id of the public key, " + key_id_hex(key_id(key)),
                     "another key id (the file is damaged)");
  }
  return key;
}

SigningKey read_secret_key(std::string_view text, const std::string& file) {
  const auto lines = key_lines(text, file, 4, kSecretHeader, kPublicHeader);
  KeyId id{};
  PublicKey stated{};
  std::array<std::uint8_t, 32> seed{};
  key_field(lines, 1, "key-id", id.data(), id.size(), file);
  key_field(lines, 2, "public-key", stated.data(), stated.size(), file);
  key_field(lines, 3, "seed", seed.data(), seed.size(), file);
  SigningKey key = SigningKey::from_seed(seed);
  sodium_memzero(seed.data(), seed.size());
  if (key.public_key() != stated) {
    throw InputError(file, "line 4", "seed", "the seed of the public key on line 3",
                     "a seed giving another key (the file is damaged; not shown: secret)");
  }
  if (key.id() != id) {
    throw InputError(file, "line 2", "key-id",
                     "the key id of the public key, " + key_id_hex(key.id()),
                     "another key id (the file is damaged)");
  }
  return key;
}

}  // namespace bailiff::audit
