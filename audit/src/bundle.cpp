// Replay bundles: writing, splitting into parts, decoding records, JSON Lines export.

#include "bailiff/audit/bundle.hpp"

#include <cstring>
#include <vector>

#include "bailiff/audit/finding_record.hpp"
#include "bailiff/cases.hpp"
#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/merkle.hpp"
#include "bailiff/sim/historical.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

std::string_view bundle_kind_name(BundleKind kind) {
  switch (kind) {
    case BundleKind::kDecide:
      return "decide";
    case BundleKind::kSimulate:
      return "simulate";
    case BundleKind::kRecords:
      return "records";
  }
  return "unknown";
}

std::string signed_message(const SignedRoot& root) {
  std::string out(kSignatureDomain);
  put_u8(out, static_cast<std::uint8_t>(root.kind));
  out.append(reinterpret_cast<const char*>(root.key_id.data()), root.key_id.size());
  put_digest(out, root.seal);
  put_u64(out, root.tree_size);
  put_digest(out, root.tree_root);
  return out;
}

Digest case_leaf_hash(std::string_view case_id, const Digest& case_digest) {
  std::string data;
  put_str(data, case_id);
  put_digest(data, case_digest);
  return merkle_leaf_hash(data);
}

namespace bundle_detail {

Digest header_link(std::uint64_t entry, EntryTag tag, std::string_view body) {
  std::string prefix = "robot-bailiff/bundle-entry/v1";
  put_u64(prefix, entry);
  put_u8(prefix, static_cast<std::uint8_t>(tag));
  Sha256 hasher;
  hasher.update(prefix);
  hasher.update(body);
  return hasher.finish();
}

void put_entry(std::string& out, EntryTag tag, std::string_view body, const Digest& link) {
  put_u8(out, static_cast<std::uint8_t>(tag));
  put_str(out, body);
  put_digest(out, link);
}

Digest compute_seal(std::string_view header, std::string_view manifest,
                    const std::vector<BundleInput>& inputs, const std::vector<Digest>& input_digests,
                    const Digest& log_root) {
  std::string bytes = "robot-bailiff/bundle-seal/v1";
  bytes.append(header);
  put_u64(bytes, manifest.size());
  bytes.append(manifest);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    put_str(bytes, inputs[i].role);
    put_str(bytes, inputs[i].name);
    put_u64(bytes, inputs[i].bytes.size());
    put_digest(bytes, input_digests[i]);
  }
  put_digest(bytes, log_root);
  return sha256(bytes);
}

std::string assemble(BundleKind kind, const std::string& manifest,
                     const std::vector<BundleInput>& inputs, const std::string& log,
                     const Digest& log_root, const SignRequest& sign) {
  std::string header(kBundleMagic);
  put_u16(header, kBundleFormatVersion);
  put_u8(header, static_cast<std::uint8_t>(kind));
  put_u8(header, sign.signer ? kBundleFlagSigned : 0);
  std::string input_section;
  put_u32(input_section, static_cast<std::uint32_t>(inputs.size()));
  std::vector<Digest> digests;
  for (const BundleInput& input : inputs) {
    put_str(input_section, input.role);
    put_str(input_section, input.name);
    put_u64(input_section, input.bytes.size());
    input_section += input.bytes;
    digests.push_back(sha256(input.bytes));
  }
  std::string out = header;
  out.reserve(header.size() + manifest.size() + input_section.size() + log.size() + 128);
  put_u64(out, manifest.size());
  out += manifest;
  put_u64(out, input_section.size());
  out += input_section;
  put_u64(out, log.size());
  out += log;
  out += kBundleTrailer;
  const Digest seal = compute_seal(header, manifest, inputs, digests, log_root);
  put_digest(out, seal);
  if (sign.signer) {
    const Signature signature = sign.signer->sign(
        signed_message({kind, sign.signer->id(), seal, sign.tree_size, sign.tree_root}));
    out += kSignatureMarker;
    out.append(reinterpret_cast<const char*>(signature.data()), signature.size());
  }
  return out;
}

Json manifest_signature(const SigningKey& signer) {
  return Json{{"algorithm", "Ed25519"},
              {"key_id", key_id_hex(signer.id())},
              {"signs",
               "robot-bailiff/bundle-signature/v1 || u8 kind || 8-byte key id || the seal || "
               "u64 case tree size || case tree root; the 64-byte signature follows the seal "
               "after \"RBB-SIG\\n\". `bailiff verify FILE --public-key KEY.pub` checks it."}};
}

Json manifest_case_tree(std::uint64_t size, const Digest& root) {
  return Json{{"hashing",
               "RFC 6962 over SHA-256, one leaf per case in log order: leaf = SHA-256(0x00 || "
               "str case id || case digest), node = SHA-256(0x01 || left || right); "
               "`bailiff receipt` proves one case against this root"},
              {"size", size},
              {"root", to_hex(root)}};
}

const BundleInput* find_input(const Bundle& bundle, std::string_view role) {
  for (const BundleInput& input : bundle.inputs) {
    if (input.role == role) return &input;
  }
  return nullptr;
}

std::string describe_decision(const DecodedDecision& d) {
  std::string out = to_iso(d.date) + " " + std::string(action_name(d.action)) + " " +
                    format_tenge(d.amount) + " ₸ due " + format_tenge(d.due_after) + " ₸";
  if (d.fee != 0) out += " fee " + format_tenge(d.fee) + " ₸";
  return out + " [" + d.rule + "]";
}

}  // namespace bundle_detail

// ---------------------------------------------------------------------------------------
// Writing

namespace {

Json input_list(const std::vector<BundleInput>& inputs) {
  Json list = Json::array();
  for (const BundleInput& input : inputs) {
    list.push_back(Json{{"role", input.role},
                        {"name", input.name},
                        {"sha256", to_hex(sha256(input.bytes))},
                        {"bytes", input.bytes.size()}});
  }
  return list;
}

constexpr const char* kSelfContained =
    "Every input's exact bytes are embedded in this bundle after the manifest; "
    "`bailiff verify` replays from them and needs nothing else.";

}  // namespace

std::string decide_bundle(const DecideRun& run, const std::string& command, const SigningKey* signer) {
  // The bytes the run parsed, never a second read: what is embedded is what was decided.
  const std::vector<BundleInput> inputs{{"policy", run.policy_file.name, run.policy_file.bytes},
                                        {"calendar", run.calendar_file.name, run.calendar_file.bytes},
                                        {"cases", run.cases_file.name, run.cases_file.bytes}};

  std::string log;
  HashChain log_root(kBundleLogDomain);
  std::uint64_t entry = 0;
  std::uint64_t records = 0;
  std::string body;
  std::string record;
  std::vector<Digest> leaves;
  leaves.reserve(run.fines.size());
  for (std::size_t c = 0; c < run.fines.size(); ++c) {
    const std::string& id = run.fines[c].id;
    const std::vector<Decision>& timeline = run.timelines[c];
    body.clear();
    put_str(body, id);
    put_u32(body, static_cast<std::uint32_t>(timeline.size()));
    const Digest case_link = header_link(entry++, EntryTag::kCase, body);
    put_entry(log, EntryTag::kCase, body, case_link);
    HashChain chain(kCaseChainDomain);
    for (std::size_t i = 0; i < timeline.size(); ++i) {
      record.clear();
      encode_decision(record, id, static_cast<std::uint32_t>(i), timeline[i]);
      chain.append(record);
      put_entry(log, EntryTag::kDecision, record, chain.head());
      ++entry;
      ++records;
    }
    if (chain.head() != run.case_digests[c]) {
      throw DomainError("bundle: case " + id + ": chain differs from the run's case digest");
    }
    if (signer) leaves.push_back(case_leaf_hash(id, chain.head()));
    std::string pair;
    put_digest(pair, case_link);
    put_digest(pair, chain.head());
    log_root.append(pair);
  }

  Json manifest;
  manifest["format"] = "robot-bailiff replay bundle";
  manifest["format_version"] = kBundleFormatVersion;
  manifest["kind"] = "decide";
  manifest["engine_version"] = std::string(kEngineVersion);
  manifest["command"] = command;
  manifest["inputs_embedded"] = true;
  manifest["self_contained"] = kSelfContained;
  manifest["inputs"] = input_list(inputs);
  manifest["policy_id"] = run.policy.id();
  manifest["seed"] = run.header.seed;
  manifest["horizon"] = to_iso(run.horizon);
  manifest["case_count"] = run.fines.size();
  manifest["record_count"] = records;
  manifest["records"] =
      "Every decision of every case: the canonical record of core/include/bailiff/audit.hpp, "
      "grouped by case in the cases file's order, each followed by its case chain's head; a "
      "case's last head is its case digest. Run root = run_root over blocks of 4096 case "
      "digests and the run header (engine version, policy, calendar and cases digests, seed, "
      "case count).";
  manifest["run_root"] = to_hex(run.root);
  SignRequest sign;
  if (signer) {
    sign = {signer, leaves.size(), merkle_root(leaves)};
    manifest["case_tree"] = manifest_case_tree(sign.tree_size, sign.tree_root);
    manifest["signature"] = manifest_signature(*signer);
  }
  return assemble(BundleKind::kDecide, manifest.dump(2) + "\n", inputs, log, log_root.head(), sign);
}

std::string simulate_bundle(const Scenario& scenario, const Comparison& comparison,
                            const std::string& command, const SigningKey* signer) {
  const ScenarioChoice& choice = scenario.choice;
  const std::optional<PopulationSpec> spec = PopulationSpec::parse(choice.population);
  if (!spec || spec->kind != PopulationSpec::Kind::kSynthetic) {
    throw InputError("(command line)", "--population", "population",
                     "a synthetic population for --bundle (a CSV population holds clear IINs, "
                     "which never enter a bundle)",
                     choice.population);
  }
  // The bytes the run parsed, not the files again: what is embedded is what was simulated.
  const ScenarioInputs& in = scenario.inputs;
  std::vector<BundleInput> inputs{{"policy", in.policy.name, in.policy.bytes},
                                  {"baseline", in.baseline.name, in.baseline.bytes},
                                  {"calendar", in.calendar.name, in.calendar.bytes},
                                  {"behaviour", in.behaviour.name, in.behaviour.bytes},
                                  {"population", in.population.name, in.population.bytes}};

  const std::vector<RecordedRun> runs = recorded_runs(comparison);

  std::string log;
  HashChain log_root(kBundleLogDomain);
  std::uint64_t entry = 0;
  std::uint64_t records = 0;
  Json run_list = Json::array();
  for (const RecordedRun& run : runs) {
    std::string body;
    put_u32(body, run.replication);
    put_u8(body, run.baseline ? 1 : 0);
    put_u64(body, run.seed);
    put_u64(body, run.headlines.size());
    put_digest(body, run.header_digest);
    const Digest run_link = header_link(entry++, EntryTag::kRun, body);
    put_entry(log, EntryTag::kRun, body, run_link);
    HashChain chain(run.header_digest);
    for (std::size_t b = 0; b < run.headlines.size(); ++b) {
      body.clear();
      put_u64(body, b);
      body += run.headlines[b];
      chain.append(sim_block_digest(body));
      put_entry(log, EntryTag::kBlock, body, chain.head());
      ++entry;
      ++records;
    }
    std::string pair;
    put_digest(pair, run_link);
    put_digest(pair, chain.head());
    log_root.append(pair);
    run_list.push_back(Json{{"replication", run.replication},
                            {"role", run.baseline ? "baseline" : "policy"},
                            {"seed", run.seed},
                            {"blocks", run.headlines.size()},
                            {"audit_root", to_hex(chain.head())}});
  }

  Json manifest;
  manifest["format"] = "robot-bailiff replay bundle";
  manifest["format_version"] = kBundleFormatVersion;
  manifest["kind"] = "simulate";
  manifest["engine_version"] = std::string(kEngineVersion);
  manifest["command"] = command;
  manifest["inputs_embedded"] = true;
  manifest["self_contained"] = kSelfContained;
  manifest["inputs"] = input_list(inputs);
  manifest["policy_id"] = scenario.policy.value.id();
  manifest["baseline_id"] = scenario.baseline.value.id();
  manifest["population"] = choice.population;
  manifest["cases_option"] = choice.cases;
  manifest["case_count"] = scenario.population->size();
  manifest["population_digest"] = to_hex(scenario.population->digest());
  manifest["seed"] = comparison.seed;
  manifest["replications"] = comparison.seeds.size();
  manifest["horizon"] = to_iso(scenario.horizon);
  manifest["record_count"] = records;
  manifest["records"] =
      "Per run (each replication under the policy, then the baseline): the headline counters "
      "of every block of 4096 cases (Metrics::headline_bytes), each followed by the head of "
      "the run's root chain; a run's last head is its audit root. These are exactly what the "
      "simulation's audit root commits to. Per-decision logs are not included: the root does "
      "not commit to them, and for the national population (15 million cases) they would "
      "take gigabytes; `bailiff decide --bundle` logs every decision of a cases file.";
  manifest["runs"] = std::move(run_list);
  manifest["run_root"] = to_hex(comparison.policy_runs.front().audit_root);
  manifest["baseline_run_root"] = to_hex(comparison.baseline_runs.front().audit_root);
  SignRequest sign;
  if (signer) {
    sign = {signer, 0, merkle_root({})};
    manifest["signature"] = manifest_signature(*signer);
  }
  return assemble(BundleKind::kSimulate, manifest.dump(2) + "\n", inputs, log, log_root.head(), sign);
}

// ---------------------------------------------------------------------------------------
// Reading

namespace {

[[noreturn]] void not_a_bundle(const std::string& file, std::uint64_t offset, std::string field,
                               std::string expected, std::string found) {
  throw InputError(file, "byte " + std::to_string(offset), std::move(field), std::move(expected),
                   std::move(found));
}

std::string shown_bytes(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes.substr(0, 8)) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      out += "\\x" + hex_digits(c, 2);
    }
  }
  return "\"" + out + "\"";
}

// What a file that is not a bundle begins with, in words: never its bytes, which may be a
// key file's seed or any other secret given by mistake.
std::string what_it_is(std::string_view bytes) {
  if (bytes.substr(0, 22) == "robot-bailiff Ed25519 ") return "a key file (not shown)";
  if (bytes.substr(0, 5) == "\x89RBR") return "a receipt (check it with `bailiff verify-receipt`)";
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '['))
    return "JSON text";
  return "other bytes (not shown)";
}

/// Bounds-checked reader over the file.
struct Reader {
  std::string_view bytes;
  std::uint64_t pos;
  std::uint64_t end;
  const std::string& file;

  void need(std::uint64_t n, const char* field) const {
    if (end - pos < n) {
      not_a_bundle(file, pos, field, std::to_string(n) + " more bytes inside its section",
                   std::to_string(end - pos) + " bytes");
    }
  }
  std::uint64_t u(int n, const char* field) {
    need(static_cast<std::uint64_t>(n), field);
    const std::uint64_t v = get_be(bytes.data() + pos, n);
    pos += static_cast<std::uint64_t>(n);
    return v;
  }
  std::string_view take(std::uint64_t n, const char* field) {
    need(n, field);
    const std::string_view v = bytes.substr(pos, n);
    pos += n;
    return v;
  }
};

}  // namespace

Bundle parse_bundle(std::string_view bytes, const std::string& file) {
  Bundle b;
  b.file = file;
  b.size = bytes.size();
  std::uint64_t size = bytes.size();  // of the file; then up to the seal's end
  if (size < kBundleMagic.size() ||
      bytes.substr(0, kBundleMagic.size()) != kBundleMagic) {
    if (size < kBundleMagic.size() && kBundleMagic.substr(0, size) == bytes) {
      not_a_bundle(file, size, "magic", "a robot-bailiff bundle (truncated: the file ends here)",
                   std::to_string(size) + " bytes");
    }
    not_a_bundle(file, 0, "magic",
                 "a robot-bailiff bundle (starting with \\x89RBB\\r\\n\\x1a\\n, written by "
                 "`decide --bundle`, `simulate --bundle` or `check-records --bundle`)",
                 what_it_is(bytes));
  }
  constexpr std::uint64_t kHeader = 12;
  constexpr std::uint64_t kTail = 8 + 32;
  if (size < kHeader) {
    not_a_bundle(file, size, "header", "12 header bytes (truncated: the file ends here)",
                 std::to_string(size) + " bytes");
  }
  b.header = bytes.substr(0, kHeader);
  b.version = static_cast<std::uint16_t>(get_be(bytes.data() + 8, 2));
  if (b.version != kBundleFormatVersion) {
    not_a_bundle(file, 8, "format version", std::to_string(kBundleFormatVersion),
                 std::to_string(b.version));
  }
  const auto kind = static_cast<unsigned char>(bytes[10]);
  if (kind < 1 || kind > 3) {
    not_a_bundle(file, 10, "kind", "1 (decide), 2 (simulate) or 3 (records)", std::to_string(kind));
  }
  b.kind = static_cast<BundleKind>(kind);
  const auto flags = static_cast<unsigned char>(bytes[11]);
  if (flags != 0 && flags != kBundleFlagSigned) {
    not_a_bundle(file, 11, "flags", "0 (unsigned) or 1 (signed)", std::to_string(flags));
  }
  if (flags == kBundleFlagSigned) {
    constexpr std::uint64_t kSignatureTail = 8 + 64;
    if (size < kHeader + 24 + kTail + kSignatureTail ||
        bytes.substr(size - kSignatureTail, 8) != kSignatureMarker) {
      not_a_bundle(file, size, "signature",
                   "a signed bundle's marker \"RBB-SIG\" and signature in its last 72 bytes (the "
                   "header says signed; the file is truncated, or bytes were appended)",
                   std::to_string(size) + " bytes without it");
    }
    size -= kSignatureTail;
    Signature signature{};
    for (std::size_t i = 0; i < signature.size(); ++i) {
      signature[i] = static_cast<std::uint8_t>(bytes[size + 8 + i]);
    }
    b.signature = signature;
  }
  if (size < kHeader + 24 + kTail || bytes.substr(size - kTail, 8) != kBundleTrailer) {
    not_a_bundle(file, size, "end marker",
                 "the bundle's end marker \"RBB-END\" and seal in its last 40 bytes (the file "
                 "is truncated, or bytes were appended)",
                 std::to_string(size) + " bytes without it");
  }
  const std::uint64_t content_end = size - kTail;
  b.seal = digest_at(reinterpret_cast<const std::uint8_t*>(bytes.data() + content_end + 8));

  Reader r{bytes, kHeader, content_end, file};
  const std::uint64_t manifest_size = r.u(8, "manifest length");
  b.manifest_offset = r.pos;
  b.manifest = r.take(manifest_size, "manifest");
  const std::uint64_t inputs_size = r.u(8, "inputs length");
  {
    const std::uint64_t inputs_end = r.pos;
    r.need(inputs_size, "inputs");
    Reader in{bytes, inputs_end, inputs_end + inputs_size, file};
    const std::uint64_t count = in.u(4, "input count");
    for (std::uint64_t i = 0; i < count; ++i) {
      BundleInput input;
      input.role = std::string(in.take(in.u(4, "input role length"), "input role"));
      input.name = std::string(in.take(in.u(4, "input name length"), "input name"));
      input.bytes = std::string(in.take(in.u(8, "input size"), "input bytes"));
      b.inputs.push_back(std::move(input));
    }
    if (in.pos != in.end) {
      not_a_bundle(file, in.pos, "inputs", "the end of the inputs section",
                   std::to_string(in.end - in.pos) + " more bytes");
    }
    r.pos += inputs_size;
  }
  const std::uint64_t log_size = r.u(8, "log length");
  b.log_offset = r.pos;
  if (log_size != content_end - r.pos) {
    not_a_bundle(file, r.pos - 8, "log length",
                 std::to_string(content_end - r.pos) + " (the bytes up to the end marker)",
                 std::to_string(log_size));
  }

  // Frame the log; damage here is reported, not thrown.
  b.entries.reserve(static_cast<std::size_t>(log_size / 96 + 16));
  std::uint64_t pos = b.log_offset;
  std::uint64_t records = 0;
  const char record_tag = b.kind == BundleKind::kDecide    ? 'D'
                          : b.kind == BundleKind::kRecords ? 'F'
                                                           : 'B';
  const char header_tag = b.kind == BundleKind::kSimulate ? 'R' : 'C';
  while (pos < content_end) {
    const std::uint64_t left = content_end - pos;
    auto fail = [&](std::string reason) {
      b.framing = ChainBreak{b.entries.size(), records, pos,
                             "entry " + std::to_string(b.entries.size()) + " at byte " + std::to_string(pos),
                             std::move(reason)};
    };
    const auto tag = static_cast<unsigned char>(bytes[pos]);
    const bool known = tag == static_cast<unsigned char>(header_tag) ||
                       tag == static_cast<unsigned char>(record_tag);
    if (!known) {
      fail("unknown entry tag " + shown_bytes(bytes.substr(pos, 1)) + " (expected '" + header_tag +
           "' or '" + record_tag + "')");
      break;
    }
    if (left < 5 + 32) {
      fail("the log ends inside an entry (" + std::to_string(left) + " bytes left)");
      break;
    }
    const std::uint64_t length = get_be(bytes.data() + pos + 1, 4);
    if (length > left - 5 - 32) {
      fail("entry length " + std::to_string(length) + " runs past the end of the log (" +
           std::to_string(left - 5 - 32) + " bytes left for its body)");
      break;
    }
    BundleEntry e;
    e.tag = static_cast<EntryTag>(tag);
    e.offset = pos;
    e.body = bytes.substr(pos + 5, length);
    e.link = reinterpret_cast<const std::uint8_t*>(bytes.data() + pos + 5 + length);
    b.entries.push_back(e);
    if (tag == static_cast<unsigned char>(record_tag)) ++records;
    pos += 5 + length + 32;
  }
  return b;
}

namespace {

Json parse_manifest_json(const Bundle& b) {
  std::string problem;
  Json j = manifest_json_or_discarded(b, &problem);
  if (j.is_discarded()) {
    throw InputError(b.file, "byte " + std::to_string(b.manifest_offset), "manifest",
                     "a JSON object nested at most " + std::to_string(kManifestMaxDepth) +
                         " levels deep, each key once, with only the keys its kind's writer writes",
                     problem + " (the manifest is damaged)");
  }
  return j;
}

std::string json_string(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// What the bundle's recorded horizon relies on that no law sets yet, from its embedded
/// calendar and policies, as {from, source, assumption} objects (the form of every report's
/// "provisional"); empty when there is none or the inputs or manifest do not parse (a
/// damaged bundle is still exported).
Json provisional_of(const Bundle& b, const Json& manifest) {
  Json list = Json::array();
  const BundleInput* calendar_input = find_input(b, "calendar");
  if (!calendar_input || manifest.is_discarded()) return list;
  const std::optional<Date> horizon = parse_iso_date(json_string(manifest, "horizon"));
  if (!horizon) return list;
  try {
    const Calendar calendar = Calendar::parse(calendar_input->bytes, calendar_input->name);
    std::vector<Policy> policies;
    for (const char* role : {"policy", "baseline"}) {
      if (const BundleInput* p = find_input(b, role)) {
        policies.push_back(Policy::parse(p->bytes, p->name));
      }
    }
    std::vector<const Policy*> pointers;
    for (const Policy& p : policies) pointers.push_back(&p);
    for (const ProvisionalNote& note : provisional_notes(calendar, pointers, *horizon)) {
      list.push_back(Json{
          {"from", to_iso(note.from)}, {"source", note.source}, {"assumption", note.assumption}});
    }
  } catch (const InputError&) {
    list = Json::array();
  }
  return list;
}

}  // namespace

DecideBundleView open_decide_bundle(std::string_view bytes, const std::string& file) {
  DecideBundleView view{parse_bundle(bytes, file), {}, {}, {}, {}, {}, {}};
  const Bundle& b = view.bundle;
  if (b.kind != BundleKind::kDecide) {
    throw InputError(file, "byte 10", "kind", "a decide bundle (written by `decide --bundle`)",
                     "a simulate bundle");
  }
  for (auto [role, target] : {std::pair{"policy", &view.policy}, std::pair{"calendar", &view.calendar},
                              std::pair{"cases", &view.cases}}) {
    const BundleInput* input = find_input(b, role);
    if (!input) throw InputError(file, "inputs", role, "an embedded " + std::string(role) + " file", "none");
    *target = LoadedInput{input->name, input->bytes};
  }
  const Json manifest = parse_manifest_json(b);
  view.horizon = parse_iso_date(json_string(manifest, "horizon"));
  for (const BundleEntry& e : b.entries) {
    if (e.tag == EntryTag::kCase) {
      std::string_view body = e.body;
      const std::uint64_t n = body.size() >= 4 ? get_be(body.data(), 4) : 0;
      view.case_ids.emplace_back(body.size() >= 4 + n ? body.substr(4, n) : std::string_view());
      view.decisions.emplace_back();
    } else if (!view.decisions.empty()) {
      if (auto d = decode_decision(e.body)) view.decisions.back().push_back(std::move(*d));
    }
  }
  return view;
}

namespace {

// One finding of a records bundle as a JSON Lines object.
Json finding_line(std::string_view body, std::uint64_t index, const std::string& chain) {
  Json line;
  line["type"] = "finding";
  line["index"] = index;
  std::string error;
  const auto d = decode_finding(body, &error);
  if (!d) {
    line["error"] = "undecodable record: " + error;
  } else {
    line["case"] = d->finding.case_id;
    const Json fields = finding_fields_json(*d);
    for (const auto& [key, value] : fields.items()) line[key] = value;
  }
  line["chain"] = chain;
  return line;
}

}  // namespace

std::string bundle_jsonl(std::string_view bytes, const std::string& file) {
  const Bundle b = parse_bundle(bytes, file);
  Json first;
  first["type"] = "manifest";
  first["bundle"] = Json{{"file", file},
                         {"format_version", b.version},
                         {"kind", bundle_kind_name(b.kind)},
                         {"bytes", b.size},
                         {"entries", b.entries.size()},
                         {"seal", to_hex(b.seal)}};
  Json embedded = Json::array();
  for (const BundleInput& input : b.inputs) {
    embedded.push_back(Json{{"role", input.role},
                            {"name", input.name},
                            {"bytes", input.bytes.size()},
                            {"sha256", to_hex(sha256(input.bytes))}});
  }
  first["bundle"]["embedded_inputs"] = std::move(embedded);
  std::string problem;
  Json manifest = manifest_json_or_discarded(b, &problem);
  first["manifest"] = manifest.is_discarded() ? Json("(refused, damaged manifest: " + problem + ")") : manifest;
  if (b.framing) first["bundle"]["log_damage"] = b.framing->where + ": " + b.framing->reason;
  if (Json provisional = provisional_of(b, manifest); !provisional.empty()) {
    first["provisional"] = std::move(provisional);
  }
  std::string out = first.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";

  std::optional<Policy> policy;
  if (const BundleInput* p = find_input(b, "policy")) {
    try {
      policy = Policy::parse(p->bytes, p->name);
    } catch (const std::exception&) {
      policy.reset();
    }
  }
  std::uint64_t index = 0;
  std::uint32_t replication = 0;
  bool baseline = false;
  for (const BundleEntry& e : b.entries) {
    const std::string chain = to_hex(digest_at(e.link));
    if (e.tag == EntryTag::kDecision) {
      Json line;
      line["type"] = "decision";
      line["index"] = index++;
      std::string error;
      const auto d = decode_decision(e.body, &error);
      if (!d) {
        line["error"] = "undecodable record: " + error;
      } else {
        line["case"] = d->case_id;
        line["seq"] = d->seq;
        line["date"] = to_iso(d->date);
        line["action"] = action_name(d->action);
        line["amount_tenge"] = plain_tenge(d->amount);
        line["due_after_tenge"] = plain_tenge(d->due_after);
        line["fee_tenge"] = plain_tenge(d->fee);
        line["rule"] = d->rule;
        line["basis_param"] = Policy::kNames[static_cast<std::size_t>(d->basis_param)];
        if (policy) {
          try {
            line["legal_basis"] = policy->at(d->date).basis(d->basis_param);
          } catch (const std::exception&) {
            line["legal_basis"] = nullptr;
          }
        }
      }
      line["chain"] = chain;
      out += line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    } else if (e.tag == EntryTag::kFinding) {
      out += finding_line(e.body, index++, chain)
                 .dump(-1, ' ', false, Json::error_handler_t::replace) +
             "\n";
    } else if (e.tag == EntryTag::kRun) {
      if (e.body.size() >= 5) {
        replication = static_cast<std::uint32_t>(get_be(e.body.data(), 4));
        baseline = e.body[4] != 0;
      }
    } else if (e.tag == EntryTag::kBlock) {
      Json line;
      line["type"] = "block";
      line["index"] = index++;
      line["replication"] = replication;
      line["role"] = baseline ? "baseline" : "policy";
      const std::vector<HeadlineField>& fields = headline_fields();
      if (e.body.size() != 8 + 8 * fields.size()) {
        line["error"] = "block record of " + std::to_string(e.body.size()) + " bytes";
      } else {
        line["block"] = get_be(e.body.data(), 8);
        for (std::size_t k = 0; k < fields.size(); ++k) {
          const auto v = static_cast<std::int64_t>(get_be(e.body.data() + 8 + 8 * k, 8));
          if (fields[k].money) {
            line[fields[k].name + "_tenge"] = plain_tenge(v);
          } else {
            line[fields[k].name] = v;
          }
        }
      }
      line["chain"] = chain;
      out += line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    }
  }
  return out;
}

}  // namespace bailiff::audit
