#pragma once
/// \file Ed25519 signing keys and their files (libsodium). A signature proves that whoever
/// holds the secret key of a key id signed the exact bytes; it says nothing about whether
/// what was signed is right (that is the replay's job) or who holds the key (that is for
/// whoever publishes the public key to say).
///
/// Key files are UTF-8 text, one `name value` pair per line, each line ending in LF, in
/// this order and nothing else:
///
///     robot-bailiff Ed25519 public key v1          robot-bailiff Ed25519 secret key v1
///     key-id 3f9a1c2b7d4e5f60                      key-id 3f9a1c2b7d4e5f60
///     public-key <64 hex digits>                   public-key <64 hex digits>
///                                                  seed <64 hex digits>
///
/// The key id is the first 8 bytes of SHA-256 of the 32-byte public key, in hex; the seed
/// is the 32-byte Ed25519 secret seed (RFC 8032) from which the key pair is derived. The
/// secret file is written with mode 0600; its seed is never printed, not even in an error.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bailiff::audit {

/// The largest key file read (4 KiB; a secret key file is 188 bytes).
inline constexpr std::uint64_t kMaxKeyFileBytes = 4096;

/// An Ed25519 public key (32 bytes).
using PublicKey = std::array<std::uint8_t, 32>;
/// A detached Ed25519 signature (64 bytes).
using Signature = std::array<std::uint8_t, 64>;
/// A key id: the first 8 bytes of SHA-256(public key).
using KeyId = std::array<std::uint8_t, 8>;

/// The key id of \p key.
KeyId key_id(const PublicKey& key);

/// \p id as 16 lowercase hex digits.
std::string key_id_hex(const KeyId& id);

/// The key id written as 16 lowercase hex digits; nullopt for anything else.
std::optional<KeyId> key_id_from_hex(std::string_view hex);

/// An Ed25519 key pair. The secret bytes are wiped when the object goes.
class SigningKey {
 public:
  /// A new key pair from the operating system's random source (libsodium randombytes).
  static SigningKey generate();
  /// The key pair of a 32-byte RFC 8032 seed.
  static SigningKey from_seed(const std::array<std::uint8_t, 32>& seed);

  SigningKey(const SigningKey& other) = default;
  SigningKey& operator=(const SigningKey& other) = default;
  ~SigningKey();

  const PublicKey& public_key() const { return public_; }  ///< The public half.
  KeyId id() const { return key_id(public_); }             ///< Its key id.

  /// The detached signature of \p message (deterministic: the same key and message always
  /// give the same 64 bytes).
  Signature sign(std::string_view message) const;

  /// The secret key file's text (see the file comment).
  std::string secret_file_text() const;

 private:
  SigningKey() = default;
  std::array<std::uint8_t, 64> secret_{};  ///< libsodium's seed || public key
  PublicKey public_{};
};

/// True when \p signature is \p key's Ed25519 signature of \p message.
bool signature_holds(const PublicKey& key, std::string_view message, const Signature& signature);

/// The public key file's text (see the file comment).
std::string public_key_file_text(const PublicKey& key);

/// The public key in \p text, read from \p file. Throws InputError
/// `FILE:line N: FIELD: expected ..., found ...` when it is not a public key file.
PublicKey read_public_key(std::string_view text, const std::string& file);

/// Whether \p bytes begin like a public key file (its first line), as opposed to a receipt.
bool is_public_key_file(std::string_view bytes);

/// The key pair in \p text, read from \p file; checks that the seed gives the public key and
/// key id the file states. Throws InputError as above, never showing the seed.
SigningKey read_secret_key(std::string_view text, const std::string& file);

}  // namespace bailiff::audit
