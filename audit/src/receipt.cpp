// Receipts for one case: writing, strict reading, building from a bundle, checking.

#include "bailiff/audit/receipt.hpp"

#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/merkle.hpp"
#include "bailiff/money.hpp"
#include "bailiff/safe_text.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace bundle_detail;

std::string encode_receipt(const Receipt& r) {
  std::string out(kReceiptMagic);
  if (r.kind == BundleKind::kDecide) {
    put_u16(out, kReceiptFormatVersion);
  } else {
    put_u16(out, kReceiptKindFormatVersion);
    put_u8(out, static_cast<std::uint8_t>(r.kind));
  }
  put_str(out, r.case_id);
  put_u32(out, static_cast<std::uint32_t>(r.records.size()));
  for (const std::string& record : r.records) put_str(out, record);
  put_u64(out, r.leaf_index);
  put_u64(out, r.tree_size);
  put_u8(out, static_cast<std::uint8_t>(r.path.size()));
  for (const Digest& d : r.path) put_digest(out, d);
  out.append(reinterpret_cast<const char*>(r.key_id.data()), r.key_id.size());
  put_digest(out, r.seal);
  out.append(reinterpret_cast<const char*>(r.signature.data()), r.signature.size());
  return out;
}

namespace {

/// Bounds-checked reading of a receipt, naming the byte offset in every error.
class ReceiptReader {
 public:
  ReceiptReader(std::string_view bytes, const std::string& file) : bytes_(bytes), file_(file) {}

  std::string_view take(std::uint64_t n, const char* field) {
    if (bytes_.size() - pos_ < n) {
      fail(field, std::to_string(n) + " more bytes",
           "the file ends after " + std::to_string(bytes_.size() - pos_));
    }
    const std::string_view v = bytes_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  std::uint64_t u(int n, const char* field) {
    return get_be(take(static_cast<std::uint64_t>(n), field).data(), n);
  }
  std::string str(const char* field, std::uint64_t max) {
    const std::uint64_t at = pos_;
    const std::uint64_t n = u(4, field);
    if (n > max) {
      pos_ = at;
      fail(field, "a length of at most " + std::to_string(max), std::to_string(n));
    }
    return std::string(take(n, field));
  }
  template <std::size_t N>
  std::array<std::uint8_t, N> bytes(const char* field) {
    const std::string_view v = take(N, field);
    std::array<std::uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = static_cast<std::uint8_t>(v[i]);
    return out;
  }
  std::uint64_t pos() const { return pos_; }
  std::uint64_t left() const { return bytes_.size() - pos_; }
  [[noreturn]] void fail(const char* field, std::string expected, std::string found) const {
    throw InputError(file_, "byte " + std::to_string(pos_), field, std::move(expected),
                     std::move(found));
  }
  void rewind(std::uint64_t to) { pos_ = to; }

 private:
  std::string_view bytes_;
  const std::string& file_;
  std::uint64_t pos_ = 0;
};

constexpr std::uint64_t kMaxRecords = kMaxReceiptRecords;
constexpr std::uint64_t kMaxRecordBytes = kMaxReceiptFieldBytes;
constexpr std::uint64_t kMaxPath = kMaxReceiptPath;

/// DomainError when \p r holds more than parse_receipt reads (\p file: the bundle).
void check_fits(const Receipt& r, const std::string& file) {
  const auto refuse = [&](const std::string& what) {
    const std::string id = r.case_id.size() > 60 ? r.case_id.substr(0, 57) + "..." : r.case_id;
    throw DomainError(file + ": case " + printable(id) + ": " + what + " (what verify-receipt reads): no receipt written");
  };
  if (r.case_id.size() > kMaxRecordBytes) {
    refuse("a case id of " + group_thousands(r.case_id.size()) +
           " bytes, while a receipt holds case ids of at most " + group_thousands(kMaxRecordBytes));
  }
  if (r.records.size() > kMaxRecords) {
    refuse(group_thousands(r.records.size()) + " decision records, while a receipt holds at most " +
           group_thousands(kMaxRecords));
  }
  for (const std::string& record : r.records) {
    if (record.size() > kMaxRecordBytes) {
      refuse("a decision record of " + group_thousands(record.size()) +
             " bytes, while a receipt holds records of at most " + group_thousands(kMaxRecordBytes));
    }
  }
}

}  // namespace

Receipt parse_receipt(std::string_view bytes, const std::string& file) {
  ReceiptReader in(bytes, file);
  if (bytes.substr(0, kReceiptMagic.size()) != kReceiptMagic) {
    in.fail("magic",
            "a robot-bailiff receipt (starting with \\x89RBR\\r\\n\\x1a\\n, written by `bailiff "
            "receipt`)",
            "other bytes");
  }
  in.take(kReceiptMagic.size(), "magic");
  const std::uint64_t version = in.u(2, "format version");
  if (version != kReceiptFormatVersion && version != kReceiptKindFormatVersion) {
    in.rewind(8);
    in.fail("format version",
            std::to_string(kReceiptFormatVersion) + " (decide) or " +
                std::to_string(kReceiptKindFormatVersion) + " (records)",
            std::to_string(version));
  }
  Receipt r;
  if (version == kReceiptKindFormatVersion) {
    if (const std::uint64_t kind = in.u(1, "kind");
        kind != static_cast<std::uint8_t>(BundleKind::kRecords)) {
      in.rewind(10);
      in.fail("kind", "3 (records)", std::to_string(kind));
    }
    r.kind = BundleKind::kRecords;
  }
  const std::uint64_t id_at = in.pos();
  r.case_id = in.str("case id", kMaxRecordBytes);
  if (const auto bad = unsafe_character(r.case_id)) {  // a case id that could spoof the report
    in.rewind(id_at);
    in.fail("case id", std::string(kSafeTextExpected), *bad);
  }
  if (contains_valid_iin(r.case_id)) {  // a pseudonymised case id never holds one
    in.rewind(id_at);
    in.fail("case id", "a case id without an IIN", "digits that may be an IIN (not shown)");
  }
  const std::uint64_t at = in.pos();
  const std::uint64_t count = in.u(4, "record count");
  if (count > kMaxRecords) {
    in.rewind(at);
    in.fail("record count", "at most " + std::to_string(kMaxRecords), std::to_string(count));
  }
  for (std::uint64_t i = 0; i < count; ++i) r.records.push_back(in.str("record", kMaxRecordBytes));
  r.leaf_index = in.u(8, "leaf index");
  r.tree_size = in.u(8, "tree size");
  const std::uint64_t path_at = in.pos();
  const std::uint64_t path = in.u(1, "path length");
  if (path > kMaxPath) {
    in.rewind(path_at);
    in.fail("path length", "at most " + std::to_string(kMaxPath), std::to_string(path));
  }
  for (std::uint64_t i = 0; i < path; ++i) r.path.push_back(in.bytes<32>("path hash"));
  r.key_id = in.bytes<8>("key id");
  r.seal = in.bytes<32>("seal");
  r.signature = in.bytes<64>("signature");
  if (in.left() != 0) {
    in.fail("(end)", "the end of the receipt", std::to_string(in.left()) + " more bytes");
  }
  return r;
}

Receipt receipt_from_bundle(std::string_view bundle_bytes, const std::string& file,
                            std::string_view case_id) {
  const Bundle b = parse_bundle(bundle_bytes, file);
  if (b.kind == BundleKind::kSimulate) {
    throw InputError(file, "byte 10", "kind", "a decide or records bundle (receipts are per case)",
                     "a simulate bundle");
  }
  if (!b.signature) {
    throw InputError(
        file, "byte 11", "flags",
        "a signed bundle (written with --sign KEYFILE): a receipt rests on the signature",
        "an unsigned bundle");
  }
  std::string problem;
  const nlohmann::ordered_json manifest = manifest_json_or_discarded(b, &problem);
  if (manifest.is_discarded()) {
    throw InputError(file, "byte " + std::to_string(b.manifest_offset), "manifest",
                     "a manifest a reader accepts", problem + " (the manifest is damaged)");
  }
  const auto signature = manifest.is_discarded() ? manifest.end() : manifest.find("signature");
  const std::string key_hex = signature != manifest.end() && signature->is_object() &&
                                      signature->contains("key_id") &&
                                      (*signature)["key_id"].is_string()
                                  ? (*signature)["key_id"].get<std::string>()
                                  : std::string();
  const std::optional<KeyId> key = key_id_from_hex(key_hex);
  if (!key)
    throw InputError(file, "manifest", "signature/key_id", "16 lowercase hex digits", key_hex);
  Receipt r;
  r.kind = b.kind;
  r.case_id = std::string(case_id);
  r.key_id = *key;
  r.seal = b.seal;
  r.signature = *b.signature;
  std::vector<Digest> leaves;
  std::optional<std::uint64_t> index;
  std::string id;
  Digest last{};
  bool any = false;  // a case is open: its leaf is added at the next header or the end
  for (const BundleEntry& e : b.entries) {
    if (e.tag == EntryTag::kCase) {
      if (any) leaves.push_back(case_leaf_hash(id, last));
      any = true;
      const std::uint64_t n = e.body.size() >= 4 ? get_be(e.body.data(), 4) : 0;
      id = std::string(e.body.size() >= 4 + n ? e.body.substr(4, n) : std::string_view());
      last = sha256(kCaseChainDomain);
      if (id == case_id) index = leaves.size();
    } else {
      last = digest_at(e.link);
      if (index && *index == leaves.size()) r.records.emplace_back(e.body);
    }
  }
  if (any) leaves.push_back(case_leaf_hash(id, last));
  if (!index)
    throw InputError(file, "log", "case", "the id of a case in the bundle", std::string(case_id));
  r.leaf_index = *index;
  r.tree_size = leaves.size();
  r.path = merkle_audit_path(leaves, *index);
  check_fits(r, file);
  return r;
}

ReceiptCheck check_receipt(const Receipt& r, const std::optional<PublicKey>& key) {
  ReceiptCheck c;
  auto fail = [&](std::string problem) {
    c.problem = std::move(problem);
    if (key) c.authenticity = Authenticity::kNotAuthentic;
    return c;
  };
  HashChain chain(kCaseChainDomain);
  for (std::size_t i = 0; i < r.records.size() && r.kind == BundleKind::kRecords; ++i) {
    std::string error;
    auto d = decode_finding(r.records[i], &error);
    if (!d) return fail("finding " + std::to_string(i) + ": not a finding record: " + error);
    if (d->finding.case_id != r.case_id || d->seq != i) {
      return fail("finding " + std::to_string(i) + ": expected case " + r.case_id + " finding " +
                  std::to_string(i) + ", found case " + d->finding.case_id + " finding " +
                  std::to_string(d->seq));
    }
    chain.append(r.records[i]);
    c.findings.push_back(std::move(*d));
  }
  for (std::size_t i = 0; i < r.records.size() && r.kind == BundleKind::kDecide; ++i) {
    std::string error;
    auto d = decode_decision(r.records[i], &error);
    if (!d) return fail("decision " + std::to_string(i) + ": not a decision record: " + error);
    if (d->case_id != r.case_id || d->seq != i) {
      return fail("decision " + std::to_string(i) + ": expected case " + r.case_id + " decision " +
                  std::to_string(i) + ", found case " + d->case_id + " decision " +
                  std::to_string(d->seq));
    }
    Decision decision;
    decision.date = d->date;
    decision.action = d->action;
    decision.amount = d->amount;
    decision.due_after = d->due_after;
    decision.fee = d->fee;
    decision.rule = d->rule;
    decision.basis_param = d->basis_param;
    std::string canonical;
    encode_decision(canonical, d->case_id, d->seq, decision);
    if (canonical != r.records[i])
      return fail("decision " + std::to_string(i) + ": not in canonical form");
    chain.append(r.records[i]);
    c.decisions.push_back(std::move(*d));
  }
  c.case_digest = chain.head();
  const auto root = merkle_root_from_path(r.leaf_index, r.tree_size,
                                          case_leaf_hash(r.case_id, c.case_digest), r.path);
  if (!root) {
    return fail("inclusion: a path of " + std::to_string(r.path.size()) +
                " hashes cannot place leaf " + std::to_string(r.leaf_index) + " in a tree of " +
                std::to_string(r.tree_size) + " cases");
  }
  c.tree_root = *root;
  c.consistent = true;
  if (!key) return c;
  if (key_id(*key) != r.key_id) {
    return fail("signature: the receipt names key id " + key_id_hex(r.key_id) +
                ", the public key given is key id " + key_id_hex(key_id(*key)));
  }
  const SignedRoot signed_root{r.kind, r.key_id, r.seal, r.tree_size, c.tree_root};
  if (!signature_holds(*key, signed_message(signed_root), r.signature)) {
    return fail("signature: the Ed25519 signature of key " + key_id_hex(r.key_id) +
                " does not hold over this receipt's case tree root: a decision, the path or the "
                "bundle's seal was changed, or another key signed it");
  }
  c.authenticity = Authenticity::kAuthentic;
  return c;
}

}  // namespace bailiff::audit
