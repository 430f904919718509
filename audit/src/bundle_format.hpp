#pragma once
// Private helpers shared by the bundle sources: the manifest's keys and common parts, entry
// links, the seal, input lookup, the scenario rebuilt from embedded inputs, the manifest
// reader.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/byte_codec.hpp"

namespace bailiff::audit::bundle_detail {

/// Appends the 32 bytes of \p d.
inline void put_digest(std::string& out, const Digest& d) {
  out.append(reinterpret_cast<const char*>(d.data()), d.size());
}

/// A digest from 32 bytes.
inline Digest digest_at(const std::uint8_t* p) {
  Digest d;
  for (std::size_t i = 0; i < d.size(); ++i) d[i] = p[i];
  return d;
}

/// Domain of a bundle's log root chain.
inline constexpr std::string_view kBundleLogDomain = "robot-bailiff/bundle-log/v1";

/// The `format` of a decide or simulate bundle's manifest.
inline constexpr std::string_view kReplayBundleFormat = "robot-bailiff replay bundle";

/// The keys a manifest begins with, in the order they are written: the first five in every
/// manifest (manifest_head), the last three in a decide or simulate manifest
/// (add_embedded_inputs); a records manifest has `inputs` after `command`.
namespace manifest_key {
inline constexpr std::string_view kFormat = "format";
inline constexpr std::string_view kFormatVersion = "format_version";
inline constexpr std::string_view kKind = "kind";
inline constexpr std::string_view kEngineVersion = "engine_version";
inline constexpr std::string_view kCommand = "command";
inline constexpr std::string_view kInputsEmbedded = "inputs_embedded";
inline constexpr std::string_view kSelfContained = "self_contained";
inline constexpr std::string_view kInputs = "inputs";
}  // namespace manifest_key

/// Link of a case or run header entry.
Digest header_link(std::uint64_t entry, EntryTag tag, std::string_view body);

/// Appends one entry to \p out.
void put_entry(std::string& out, EntryTag tag, std::string_view body, const Digest& link);

/// Seal over the parts (see bundle.hpp).
Digest compute_seal(std::string_view header, std::string_view manifest,
                    const std::vector<BundleInput>& inputs,
                    const std::vector<Digest>& input_digests, const Digest& log_root);

/// What the signer of a bundle being assembled signs besides the seal.
struct SignRequest {
  const SigningKey* signer = nullptr;  ///< null: an unsigned bundle
  std::uint64_t tree_size = 0;
  Digest tree_root{};
};

/// Assemble a bundle file from its parts; signed when \p sign names a signer.
std::string assemble(BundleKind kind, const std::string& manifest,
                     const std::vector<BundleInput>& inputs, const std::string& log,
                     const Digest& log_root, const SignRequest& sign = {});

/// A manifest holding the keys every writer writes first: format (\p format), format_version,
/// kind (bundle_kind_name of \p kind), engine_version and command (\p command).
nlohmann::ordered_json manifest_head(std::string_view format, BundleKind kind,
                                     const std::string& command);

/// The `inputs` list of a manifest: role, name, SHA-256 and size of each input.
nlohmann::ordered_json manifest_inputs(const std::vector<BundleInput>& inputs);

/// Adds inputs_embedded, self_contained and inputs (manifest_inputs) to the manifest of a
/// decide or simulate bundle, which embeds every input.
void add_embedded_inputs(nlohmann::ordered_json& manifest, const std::vector<BundleInput>& inputs);

/// The `signature` object of a signed bundle's manifest.
nlohmann::ordered_json manifest_signature(const SigningKey& signer);

/// The `case_tree` object of a signed decide bundle's manifest.
nlohmann::ordered_json manifest_case_tree(std::uint64_t size, const Digest& root);

/// The string at \p key of the JSON object \p j; empty when it is absent or not a string.
inline std::string json_string(const nlohmann::ordered_json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The input of \p role, or nullptr.
const BundleInput* find_input(const Bundle& bundle, std::string_view role);

/// The scenario a simulate manifest describes, rebuilt from the embedded inputs.
sim::Scenario scenario_from_bundle(const Bundle& bundle, const nlohmann::ordered_json& manifest);

/// "2025-03-07 closed_as_paid 9,830.00 ₸ due 0.00 ₸ [discount.paid_in_window]".
std::string describe_decision(const DecodedDecision& d);

/// Deepest nesting a manifest may have: ours is 3 levels deep. Deeper ones are damaged or
/// hostile and are refused before any recursive walk (a copy, a dump) could overflow the stack.
inline constexpr std::size_t kManifestMaxDepth = 16;

/// The manifest as JSON (manifest_reader.cpp), or a discarded value when it is refused: not
/// valid JSON, nested deeper than kManifestMaxDepth, a key given twice in one object, not an
/// object, or a key the writer of the bundle's kind never writes (in the manifest, an input,
/// a run, the signature, the case tree, the log or the check). \p problem, when given, is set
/// to why: `key "horizon" given twice in one object (at /horizon)`.
nlohmann::ordered_json manifest_json_or_discarded(const Bundle& bundle,
                                                  std::string* problem = nullptr);

}  // namespace bailiff::audit::bundle_detail
