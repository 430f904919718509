// The manifest reader: a bundle's manifest as JSON, refused (with the reason) when it is not
// valid JSON, not an object, nested too deep, gives a key twice in one object or holds a key
// its kind's writer never writes.

#include <algorithm>
#include <array>
#include <initializer_list>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/json_reader.hpp"
#include "bailiff/safe_text.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit::bundle_detail {
namespace {

using Json = nlohmann::ordered_json;
using Keys = std::initializer_list<std::string_view>;

/// A key as a message shows it: escaped, and cut at 64 bytes.
std::string shown_key(std::string_view key) {
  constexpr std::size_t kShown = 64;
  return "\"" + printable(key.substr(0, kShown)) + (key.size() > kShown ? "…" : "") + "\"";
}

/// A key as one segment of a JSON pointer in a message (RFC 6901: "~" as "~0", "/" as
/// "~1"): cut at 64 bytes, and escaped.
std::string pointer_segment(std::string_view key) {
  return printable(detail::escape_pointer_token(key.substr(0, 64)));
}

/// A first, DOM-less pass over a manifest (nlohmann's SAX parser does not recurse): stops at
/// invalid JSON, nesting deeper than kManifestMaxDepth, or a key given twice in one object,
/// which a reader could resolve either way (the DOM would keep one silently).
class ManifestShape {
 public:
  bool null() { return value(); }
  bool boolean(bool) { return value(); }
  bool number_integer(Json::number_integer_t) { return value(); }
  bool number_unsigned(Json::number_unsigned_t) { return value(); }
  bool number_float(Json::number_float_t, const std::string&) { return value(); }
  bool string(Json::string_t&) { return value(); }
  bool binary(Json::binary_t&) { return value(); }
  bool start_object(std::size_t) { return open(false); }
  bool key(Json::string_t& name) {
    Frame& top = frames_.back();
    top.key = name;
    if (top.keys.insert(name).second) return true;
    problem_ = "key " + shown_key(name) + " given twice in one object (at " + pointer() + ")";
    return false;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(true); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    problem_ = "invalid JSON at byte " + std::to_string(position == 0 ? 0 : position - 1) +
               " of the manifest";
    return false;
  }

  /// Why the pass stopped.
  const std::string& problem() const { return problem_; }

 private:
  struct Frame {
    bool array = false;
    std::size_t count = 0;       ///< elements started so far (an array)
    std::string key;             ///< the key last read (an object)
    std::set<std::string> keys;  ///< the keys seen (an object)
  };

  bool value() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().count;
    return true;
  }
  bool open(bool array) {
    value();
    frames_.push_back(Frame{array, 0, {}, {}});
    if (frames_.size() <= kManifestMaxDepth) return true;
    problem_ = "nested deeper than " + std::to_string(kManifestMaxDepth) + " levels (at " +
               pointer() + ")";
    return false;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }
  /// The JSON pointer of the value being read.
  std::string pointer() const {
    std::string out;
    for (const Frame& f : frames_) {
      if (f.array && f.count > 0) out += "/" + std::to_string(f.count - 1);
      if (!f.array && !f.keys.empty()) out += "/" + pointer_segment(f.key);
    }
    return out.empty() ? "/" : out;
  }

  std::vector<Frame> frames_;
  std::string problem_;
};

namespace key = manifest_key;

constexpr std::array<std::string_view, 17> kDecideKeys = {key::kFormat,        key::kFormatVersion,
                                                          key::kKind,          key::kEngineVersion,
                                                          key::kCommand,       key::kInputsEmbedded,
                                                          key::kSelfContained, key::kInputs,
                                                          "policy_id",         "seed",
                                                          "horizon",           "case_count",
                                                          "record_count",      "records",
                                                          "run_root",          "case_tree",
                                                          "signature"};
constexpr std::array<std::string_view, 23> kSimulateKeys = {
    key::kFormat,         key::kFormatVersion, key::kKind,     key::kEngineVersion, key::kCommand,
    key::kInputsEmbedded, key::kSelfContained, key::kInputs,   "policy_id",         "baseline_id",
    "population",         "cases_option",      "case_count",   "population_digest", "seed",
    "replications",       "horizon",           "record_count", "records",           "runs",
    "run_root",           "baseline_run_root", "signature"};
constexpr std::array<std::string_view, 18> kRecordsKeys = {key::kFormat,
                                                           key::kFormatVersion,
                                                           key::kKind,
                                                           key::kEngineVersion,
                                                           key::kCommand,
                                                           key::kInputs,
                                                           "log",
                                                           "iin_pseudonyms",
                                                           "policy_id",
                                                           "check",
                                                           "case_count",
                                                           "event_count",
                                                           "cases_with_finding",
                                                           "record_count",
                                                           "charged_without_basis_tenge",
                                                           "records",
                                                           "case_tree",
                                                           "signature"};

std::string listed(std::span<const std::string_view> keys) {
  std::string out;
  for (const std::string_view k : keys) out += (out.empty() ? "" : ", ") + std::string(k);
  return out;
}

/// The first key of \p object (at \p where) that is not in \p known, as a problem; empty when
/// there is none or \p object is not an object (its type is checked where it is used).
std::string unknown_key(const Json& object, const std::string& where,
                        std::span<const std::string_view> known, std::string_view what) {
  if (!object.is_object()) return {};
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return "unknown key " + shown_key(key) + " at " + where + "/" + pointer_segment(key) + " (" +
             std::string(what) + " has only " + listed(known) + ")";
    }
  }
  return {};
}

/// The first key of the manifest (of a bundle of \p kind) that its writer never writes.
std::string unknown_manifest_key(const Json& manifest, BundleKind kind) {
  const std::span<const std::string_view> top =
      kind == BundleKind::kDecide     ? std::span<const std::string_view>(kDecideKeys)
      : kind == BundleKind::kSimulate ? std::span<const std::string_view>(kSimulateKeys)
                                      : std::span<const std::string_view>(kRecordsKeys);
  const std::string what = "a " + std::string(bundle_kind_name(kind)) + " manifest";
  std::string problem = unknown_key(manifest, "", top, what);
  const auto nested = [&](std::string_view key, Keys known, std::string_view of, bool list) {
    const auto it = manifest.find(key);
    if (!problem.empty() || it == manifest.end()) return;
    const std::span<const std::string_view> keys(known.begin(), known.size());
    if (!list) {
      problem = unknown_key(*it, "/" + std::string(key), keys, of);
      return;
    }
    if (!it->is_array()) return;
    for (std::size_t i = 0; i < it->size() && problem.empty(); ++i) {
      problem = unknown_key((*it)[i], "/" + std::string(key) + "/" + std::to_string(i), keys, of);
    }
  };
  nested(key::kInputs, {"role", "name", "sha256", "bytes"}, "an input", true);
  nested("runs", {"replication", "role", "seed", "blocks", "audit_root"}, "a run", true);
  nested("signature", {"algorithm", "key_id", "signs"}, "the signature", false);
  nested("case_tree", {"hashing", "size", "root"}, "the case tree", false);
  nested("log", {"name", "format", "sha256", "bytes", "embedded", "why"}, "the log", false);
  nested("check", {"as_of", "tolerance_working_days", "lift_working_days", "lift_working_days_is"},
         "the check", false);
  return problem;
}

}  // namespace

Json manifest_json_or_discarded(const Bundle& b, std::string* problem) {
  std::string why;
  Json j(Json::value_t::discarded);
  ManifestShape shape;
  if (!Json::sax_parse(b.manifest, &shape)) {
    why = shape.problem().empty() ? "invalid JSON" : shape.problem();
  } else if (j = Json::parse(b.manifest, nullptr, false); !j.is_object()) {
    why = "not a JSON object";
  } else {
    why = unknown_manifest_key(j, b.kind);
  }
  if (why.empty()) return j;
  if (problem) *problem = why;
  return Json(Json::value_t::discarded);
}

}  // namespace bailiff::audit::bundle_detail
