// `bailiff verify`: structure, chain, seal, manifest, inputs, replay, root.

#include <cstring>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/finding_record.hpp"
#include "bailiff/cases.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/error.hpp"
#include "bailiff/merkle.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

bool VerifyResult::ok() const {
  for (const VerifyCheck& c : checks) {
    if (!c.ok) return false;
  }
  return !checks.empty();
}

namespace {

bool same(const std::uint8_t* link, const Digest& d) { return std::memcmp(link, d.data(), d.size()) == 0; }

/// A case (decide) or a run (simulate) as the stored log holds it.
struct LogUnit {
  std::string id;                 ///< case id, or "replication r policy|baseline"
  std::uint64_t entry = 0;        ///< its header entry
  std::uint64_t declared = 0;     ///< records its header declares
  std::uint64_t first_record = 0; ///< flat index of its first record
  std::uint64_t stored = 0;       ///< records that follow it
  Digest header_link{};
  Digest last{};                  ///< last stored link (case digest / audit root when intact)
  // simulate runs only
  std::uint32_t replication = 0;
  bool baseline = false;
  std::uint64_t seed = 0;
  Digest header_digest{};
};

struct LogCheck {
  std::vector<LogUnit> units;
  std::vector<const BundleEntry*> records;  ///< decision or block entries, in order
  std::optional<ChainBreak> brk;
  Digest log_root{};
};

// What a record of a bundle of \p kind is called: decision, block or finding.
std::string record_noun(BundleKind kind) {
  return kind == BundleKind::kDecide    ? "decision"
         : kind == BundleKind::kRecords ? "finding"
                                        : "block";
}

std::string where_record(std::uint64_t record, const LogUnit* unit, std::uint64_t position,
                         BundleKind kind, std::uint64_t offset) {
  std::string out = "record " + std::to_string(record);
  if (unit) {
    out +=
        kind != BundleKind::kSimulate
            ? " (case " + unit->id + ", " + record_noun(kind) + " " + std::to_string(position) + ")"
            : " (" + unit->id + ", block " + std::to_string(position) + ")";
  }
  return out + " at byte " + std::to_string(offset);
}

LogCheck check_log(const Bundle& b) {
  // Reports the first break; keeps walking (following the stored links) so that the records
  // after a damaged one are still compared with the replay.
  LogCheck out;
  out.records.reserve(b.entries.size());
  const bool of_cases = b.kind != BundleKind::kSimulate;  // decisions or findings, by case
  const EntryTag header_tag = of_cases ? EntryTag::kCase : EntryTag::kRun;
  const std::size_t block_body = 8 + 8 * headline_fields().size();
  Digest prev{};
  const Digest case_start = sha256(kCaseChainDomain);
  auto brk = [&](std::uint64_t entry, std::string where, std::uint64_t offset, std::string reason) {
    if (!out.brk) {
      out.brk = ChainBreak{entry, out.records.size(), offset, std::move(where), std::move(reason)};
    }
  };
  for (std::uint64_t e = 0; e < b.entries.size(); ++e) {
    const BundleEntry& entry = b.entries[e];
    LogUnit* unit = out.units.empty() ? nullptr : &out.units.back();
    if (entry.tag == header_tag) {
      if (unit && unit->stored < unit->declared) {
        brk(e, where_record(out.records.size(), unit, unit->stored, b.kind, entry.offset),
            entry.offset,
            (of_cases ? "case " : "") + unit->id + " declares " + std::to_string(unit->declared) +
                " records but only " + std::to_string(unit->stored) +
                " follow: a record is missing here");
      }
      auto where = [&] {
        return (of_cases ? "case header" : "run header") + std::string(" (entry ") +
               std::to_string(e) + ") at byte " + std::to_string(entry.offset);
      };
      const Digest link = header_link(e, entry.tag, entry.body);
      if (!same(entry.link, link)) {
        brk(e, where(), entry.offset,
            "the header's link does not match its bytes and position: it was changed, or "
            "entries were dropped, duplicated, swapped or inserted before it");
      }
      LogUnit u;
      u.entry = e;
      u.first_record = out.records.size();
      u.header_link = digest_at(entry.link);
      if (of_cases) {
        const std::uint64_t n = entry.body.size() >= 4 ? get_be(entry.body.data(), 4) : ~0ull;
        if (n <= entry.body.size() && entry.body.size() == 4 + n + 4) {
          u.id = std::string(entry.body.substr(4, n));
          u.declared = get_be(entry.body.data() + 4 + n, 4);
        } else {
          brk(e, where(), entry.offset, "malformed case header");
          u.id = "(malformed)";
        }
        prev = case_start;
      } else {
        if (entry.body.size() == 4 + 1 + 8 + 8 + 32) {
          u.replication = static_cast<std::uint32_t>(get_be(entry.body.data(), 4));
          u.baseline = entry.body[4] != 0;
          u.seed = get_be(entry.body.data() + 5, 8);
          u.declared = get_be(entry.body.data() + 13, 8);
          u.header_digest = digest_at(reinterpret_cast<const std::uint8_t*>(entry.body.data() + 21));
          u.id = "replication " + std::to_string(u.replication) + (u.baseline ? " baseline" : " policy");
        } else {
          brk(e, where(), entry.offset, "malformed run header");
          u.id = "(malformed)";
        }
        prev = u.header_digest;
      }
      u.last = prev;
      out.units.push_back(std::move(u));
      continue;
    }
    // A record: its index is out.records.size() until it is pushed, after its checks.
    const std::uint64_t record = out.records.size();
    if (!unit) {
      brk(e, where_record(record, nullptr, 0, b.kind, entry.offset), entry.offset,
          std::string("a record before any ") + (of_cases ? "case" : "run") + " header");
      out.records.push_back(&entry);
      continue;
    }
    auto where = [&] { return where_record(record, unit, unit->stored, b.kind, entry.offset); };
    if (unit->stored >= unit->declared) {
      brk(e, where(), entry.offset,
          "a record beyond the " + std::to_string(unit->declared) + " that " +
              (of_cases ? "case " : "") + unit->id + " declares: an inserted or duplicated record");
    }
    HashChain chain(prev);
    if (of_cases) {
      chain.append(entry.body);
    } else {
      chain.append(sim_block_digest(entry.body));  // the link first: a changed byte breaks here
    }
    if (!same(entry.link, chain.head())) {
      brk(e, where(), entry.offset,
          "the record's link does not match: the record or its link was changed, or records "
          "were dropped, duplicated, swapped or inserted here");
    }
    if (b.kind == BundleKind::kRecords && !out.brk) {
      std::string error;
      const auto d = decode_finding(entry.body, &error);
      if (!d) {
        brk(e, where(), entry.offset, "not a finding record: " + error);
      } else if (d->finding.case_id != unit->id || d->seq != unit->stored) {
        brk(e, where(), entry.offset,
            "the record belongs to case " + d->finding.case_id + " finding " +
                std::to_string(d->seq) + ", not here");
      }
    } else if (b.kind == BundleKind::kDecide && !out.brk) {
      // Cheap check of version, case id and sequence; a full decode only to explain a failure.
      const std::string_view body = entry.body;
      const std::uint64_t n = body.size() >= 5 ? get_be(body.data() + 1, 4) : ~0ull;
      const bool placed = body.size() >= 5 && body[0] == 1 && n <= body.size() - 5 &&
                          body.size() - 5 - n >= 4 && body.substr(5, n) == unit->id &&
                          get_be(body.data() + 5 + n, 4) == unit->stored;
      if (!placed) {
        std::string error;
        const auto d = decode_decision(body, &error);
        if (!d) {
          brk(e, where(), entry.offset, "not a decision record: " + error);
        } else {
          brk(e, where(), entry.offset,
              "the record belongs to case " + d->case_id + " decision " + std::to_string(d->seq) +
                  ", not here");
        }
      }
    } else if (!of_cases &&
               (entry.body.size() != block_body || get_be(entry.body.data(), 8) != unit->stored)) {
      brk(e, where(), entry.offset, "not block " + std::to_string(unit->stored) + " of its run");
    }
    out.records.push_back(&entry);
    prev = digest_at(entry.link);  // follow the stored chain past a break
    unit->last = prev;
    ++unit->stored;
  }
  if (b.framing) brk(b.framing->entry, b.framing->where, b.framing->offset, b.framing->reason);
  if (!out.units.empty() && out.units.back().stored < out.units.back().declared) {
    const LogUnit& u = out.units.back();
    const std::uint64_t end = b.size - 40 - (b.signature ? 72 : 0);
    brk(b.entries.size(), where_record(out.records.size(), &u, u.stored, b.kind, end), end,
        (of_cases ? "case " : "") + u.id + " declares " + std::to_string(u.declared) +
            " records but the log ends after " + std::to_string(u.stored));
  }
  HashChain root(kBundleLogDomain);
  for (const LogUnit& u : out.units) {
    std::string pair;
    put_digest(pair, u.header_link);
    put_digest(pair, u.last);
    root.append(pair);
  }
  out.log_root = root.head();
  return out;
}

void add(VerifyResult& r, std::string name, bool ok, std::string detail) {
  r.checks.push_back({std::move(name), ok, std::move(detail)});
}

std::string short_hex(const Digest& d) { return to_hex(d).substr(0, 16) + "…"; }

std::string j_string(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string j_string(const Json& j, const char* outer, const char* key) {
  const auto it = j.find(outer);
  return it != j.end() && it->is_object() ? j_string(*it, key) : std::string();
}

std::optional<std::uint64_t> j_uint(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
  return it->get<std::uint64_t>();
}

// ---- decide replay --------------------------------------------------------------------

std::string field_value(const DecodedDecision& d, int field) {
  switch (field) {
    case 0: return d.case_id;
    case 1: return std::to_string(d.seq);
    case 2: return to_iso(d.date);
    case 3: return std::string(action_name(d.action));
    case 4: return format_tenge(d.amount) + " ₸";
    case 5: return format_tenge(d.due_after) + " ₸";
    case 6: return format_tenge(d.fee) + " ₸";
    case 7: return d.rule;
    default: return std::string(Policy::kNames[static_cast<std::size_t>(d.basis_param)]);
  }
}

RecordMismatch decision_mismatch(std::uint64_t record, std::string_view expected,
                                 const BundleEntry* found) {
  static const char* kFields[] = {"case", "sequence", "date", "action", "amount",
                                  "due_after", "fee", "rule", "basis_param"};
  const DecodedDecision want = *decode_decision(expected);
  RecordMismatch m{record, "case " + want.case_id + ", decision " + std::to_string(want.seq), "record",
                   describe_decision(want), "end of log"};
  if (!found) return m;
  std::string error;
  const auto got = decode_decision(found->body, &error);
  if (!got) {
    m.found = "an undecodable record (" + error + ")";
    return m;
  }
  for (int f = 0; f < 9; ++f) {
    if (field_value(want, f) != field_value(*got, f)) {
      m.field = kFields[f];
      m.expected = field_value(want, f);
      m.found = field_value(*got, f);
      if (f == 0 || f == 1) {  // a different record altogether
        m.field = "record";
        m.expected = describe_decision(want);
        m.found = "case " + got->case_id + " decision " + std::to_string(got->seq) + ": " +
                  describe_decision(*got);
      }
      return m;
    }
  }
  m.field = "encoding";
  m.expected = "canonical bytes";
  m.found = "non-canonical bytes";
  return m;
}

void replay_decide(const Bundle& b, const Json& manifest, const LogCheck& log,
                   const std::vector<Digest>& input_digests, VerifyResult& r) {
  auto digest_of = [&](const BundleInput* input) {
    return input_digests[static_cast<std::size_t>(input - b.inputs.data())];
  };
  const BundleInput* inputs[3] = {find_input(b, "policy"), find_input(b, "calendar"),
                                  find_input(b, "cases")};
  for (int i = 0; i < 3; ++i) {
    if (!inputs[i]) throw InputError(b.file, "inputs", i == 0 ? "policy" : i == 1 ? "calendar" : "cases",
                                     "an embedded input file", "none");
  }
  const Policy policy = Policy::parse(inputs[0]->bytes, inputs[0]->name);
  const Calendar calendar = Calendar::parse(inputs[1]->bytes, inputs[1]->name);
  const std::vector<Fine> fines = parse_cases(inputs[2]->bytes, inputs[2]->name);
  const std::string horizon_text = j_string(manifest, "horizon");
  const std::optional<Date> horizon = parse_iso_date(horizon_text);
  if (!horizon) throw InputError(b.file, "manifest", "horizon", "a date YYYY-MM-DD", horizon_text);
  const Engine engine(policy, calendar);

  std::string buf;
  std::uint64_t k = 0;
  bool equal = true;
  std::vector<Decision> timeline;
  for (std::size_t c = 0; c < fines.size(); ++c) {
    const Fine& fine = fines[c];
    try {
      timeline = engine.decide(fine, *horizon);
    } catch (const DomainError& e) {
      throw DomainError(inputs[2]->name + ": case " + fine.id + ": " + e.what());
    }
    if (equal && (c >= log.units.size() || log.units[c].id != fine.id ||
                  log.units[c].declared != timeline.size())) {
      if (timeline.empty() || c >= log.units.size() || log.units[c].id != fine.id) {
        equal = false;
        r.mismatch = RecordMismatch{k, "case " + fine.id, "case",
                                    fine.id + " (" + std::to_string(timeline.size()) + " records)",
                                    c < log.units.size() ? log.units[c].id + " (" +
                                                               std::to_string(log.units[c].declared) + " records)"
                                                         : "end of log"};
      }
    }
    for (std::size_t i = 0; i < timeline.size(); ++i, ++k) {
      buf.clear();
      encode_decision(buf, fine.id, static_cast<std::uint32_t>(i), timeline[i]);
      if (k < log.records.size() && log.records[k]->body == buf) continue;
      if (equal) {
        equal = false;
        r.mismatch = decision_mismatch(k, buf, k < log.records.size() ? log.records[k] : nullptr);
      }
    }
  }
  r.replayed = k;
  r.cases = fines.size();
  const Policy* policies[] = {&policy};
  r.provisional = provisional_notes(calendar, policies, *horizon);
  if (equal && (k != log.records.size() || fines.size() != log.units.size())) {
    equal = false;
    if (k < log.records.size()) {
      const auto got = decode_decision(log.records[k]->body);
      r.mismatch = RecordMismatch{k, got ? "case " + got->case_id : "after the last case", "record",
                                  "end of log", got ? describe_decision(*got) : "an undecodable record"};
    } else {
      r.mismatch = RecordMismatch{k, "case " + log.units[fines.size()].id, "case", "end of log",
                                  "case " + log.units[fines.size()].id};
    }
  }

  // Root: from the stored case digests when the chain is intact and every record equals the
  // replay's (then they are the replay's digests); otherwise recomputed from the replay.
  const RunHeader header{kEngineVersion, digest_of(inputs[0]), digest_of(inputs[1]),
                         digest_of(inputs[2]), j_uint(manifest, "seed").value_or(0), fines.size()};
  std::vector<Digest> digests;
  digests.reserve(fines.size());
  if (equal && !log.brk) {
    for (const LogUnit& u : log.units) digests.push_back(u.last);
  } else {
    for (const Fine& fine : fines) digests.push_back(case_digest(fine.id, engine.decide(fine, *horizon)));
  }
  r.replay_root = to_hex(run_root_of_cases(header, digests));
  add(r, "replay", equal,
      equal ? std::to_string(k) + " decision records of " + std::to_string(fines.size()) +
                  " cases replayed from the embedded inputs equal the bundle's, byte for byte"
            : "the replay differs from the bundle at record " + std::to_string(r.mismatch->record) +
                  " (" + r.mismatch->item + "): " + r.mismatch->field + ": expected " +
                  r.mismatch->expected + ", found " + r.mismatch->found);
  // The root the stored log itself implies: an intact log equal to the replay gave the replay
  // its digests and count, so its root is the replay's.
  std::string log_root = r.replay_root;
  if (!equal || log.brk) {
    std::vector<Digest> stored;
    for (const LogUnit& u : log.units) stored.push_back(u.last);
    RunHeader log_header = header;
    log_header.case_count = log.units.size();
    log_root = to_hex(run_root_of_cases(log_header, stored));
  }
  const bool root_ok = r.replay_root == r.manifest_root && log_root == r.manifest_root;
  add(r, "root", root_ok,
      root_ok ? r.manifest_root + " (manifest) = replay = log"
              : "manifest " + r.manifest_root + ", replay " + r.replay_root + ", log " + log_root);
}

// ---- simulate replay ------------------------------------------------------------------

void replay_simulate(const Bundle& b, const Json& manifest, const LogCheck& log,
                     const VerifyOptions& options, VerifyResult& r) {
  const Scenario scenario = scenario_from_bundle(b, manifest);
  const auto seed = j_uint(manifest, "seed");
  const auto replications = j_uint(manifest, "replications");
  if (!seed || !replications || *replications == 0 || *replications > 1000) {
    throw InputError(b.file, "manifest", "seed/replications", "integers (1 to 1000 replications)");
  }
  const std::vector<RecordedRun> runs = record_comparison(
      scenario, *seed, static_cast<std::uint32_t>(*replications),
      options.tasks ? *options.tasks : serial_tasks(), options.progress);
  const std::vector<HeadlineField>& fields = headline_fields();
  std::uint64_t k = 0;
  bool equal = true;
  std::string body;
  for (std::size_t u = 0; u < runs.size(); ++u) {
    const RecordedRun& run = runs[u];
    const std::string id =
        "replication " + std::to_string(run.replication) + (run.baseline ? " baseline" : " policy");
    if (equal && (u >= log.units.size() || log.units[u].seed != run.seed ||
                  log.units[u].replication != run.replication || log.units[u].baseline != run.baseline ||
                  log.units[u].header_digest != run.header_digest)) {
      equal = false;
      r.mismatch = RecordMismatch{k, id, "run header",
                                  id + ", seed " + std::to_string(run.seed) + ", header " + short_hex(run.header_digest),
                                  u < log.units.size()
                                      ? log.units[u].id + ", seed " + std::to_string(log.units[u].seed) +
                                            ", header " + short_hex(log.units[u].header_digest)
                                      : "end of log"};
    }
    for (std::size_t blk = 0; blk < run.headlines.size(); ++blk, ++k) {
      body.clear();
      put_u64(body, blk);
      body += run.headlines[blk];
      if (k < log.records.size() && log.records[k]->body == body) continue;
      if (!equal) continue;
      equal = false;
      RecordMismatch m{k, id + ", block " + std::to_string(blk), "record", "block " + std::to_string(blk), "end of log"};
      if (k < log.records.size()) {
        const std::string_view got = log.records[k]->body;
        if (got.size() != body.size()) {
          m.found = "a record of " + std::to_string(got.size()) + " bytes";
        } else if (got.substr(0, 8) != std::string_view(body).substr(0, 8)) {
          m.field = "block";
          m.expected = std::to_string(blk);
          m.found = std::to_string(get_be(got.data(), 8));
        } else {
          for (std::size_t f = 0; f < fields.size(); ++f) {
            const std::uint64_t want = get_be(body.data() + 8 + 8 * f, 8);
            const std::uint64_t have = get_be(got.data() + 8 + 8 * f, 8);
            if (want != have) {
              m.field = fields[f].name;
              m.expected = std::to_string(static_cast<std::int64_t>(want));
              m.found = std::to_string(static_cast<std::int64_t>(have));
              break;
            }
          }
        }
      }
      r.mismatch = m;
    }
  }
  r.replayed = k;
  r.cases = scenario.population->size();
  const Policy* policies[] = {&scenario.policy.value, &scenario.baseline.value};
  r.provisional = provisional_notes(scenario.calendar.value, policies, scenario.horizon);
  if (equal && (k != log.records.size() || runs.size() != log.units.size())) {
    equal = false;
    r.mismatch = RecordMismatch{k, "after the last run", "record", "end of log", "more records"};
  }
  add(r, "replay", equal,
      equal ? std::to_string(k) + " block records of " + std::to_string(runs.size()) + " runs (" +
                  group_thousands(scenario.population->size()) +
                  " cases each) replayed from the embedded inputs equal the bundle's"
            : "the replay differs from the bundle at record " + std::to_string(r.mismatch->record) +
                  " (" + r.mismatch->item + "): " + r.mismatch->field + ": expected " +
                  r.mismatch->expected + ", found " + r.mismatch->found);
  r.replay_root = to_hex(runs.front().result.audit_root);
  bool root_ok = r.replay_root == r.manifest_root;
  std::string detail;
  const auto it = manifest.find("runs");
  for (std::size_t u = 0; u < runs.size(); ++u) {
    const std::string replayed = to_hex(runs[u].result.audit_root);
    std::string stated;
    if (it != manifest.end() && it->is_array() && u < it->size() && (*it)[u].is_object()) {
      stated = j_string((*it)[u], "audit_root");
    }
    const std::string from_log = u < log.units.size() ? to_hex(log.units[u].last) : "";
    if (replayed != stated || replayed != from_log) {
      root_ok = false;
      if (detail.empty()) {
        detail = "run " + std::to_string(u) + " (replication " + std::to_string(runs[u].replication) +
                 (runs[u].baseline ? " baseline" : " policy") + "): manifest " + stated +
                 ", replay " + replayed + ", log " + from_log;
      }
    }
  }
  if (root_ok) {
    detail = r.manifest_root + " (manifest) = replay = log; all " + std::to_string(runs.size()) +
             " runs' audit roots equal";
  } else if (detail.empty()) {
    detail = "manifest " + r.manifest_root + ", replay " + r.replay_root;
  }
  add(r, "root", root_ok, detail);
}

// A records bundle's counts and sum as its manifest states them against its log's findings,
// and its policy id against the embedded policy. The findings themselves are not re-derived:
// that needs the recorded log, which is not embedded (it holds IINs).
void check_findings(const Bundle& b, const Json& manifest, const LogCheck& log, VerifyResult& r) {
  r.cases = log.units.size();
  std::vector<std::string> problems;
  Tiyn charged = 0;
  for (const BundleEntry* e : log.records) {
    const auto d = decode_finding(e->body);
    if (d && d->finding.charged) charged = checked_add(charged, d->finding.at_stake);
  }
  std::uint64_t with_finding = 0;
  for (const LogUnit& u : log.units) with_finding += u.stored > 0 ? 1 : 0;
  const auto expect = [&](const char* key, std::uint64_t value) {
    if (j_uint(manifest, key) != std::optional<std::uint64_t>(value)) {
      problems.push_back(std::string(key) + ": expected " + std::to_string(value) +
                         " (the log's), found " +
                         (manifest.contains(key) ? manifest[key].dump().substr(0, 40) : "none"));
    }
  };
  expect("case_count", log.units.size());
  expect("cases_with_finding", with_finding);
  if (j_string(manifest, "charged_without_basis_tenge") != plain_tenge(charged)) {
    problems.push_back("charged_without_basis_tenge: expected " + plain_tenge(charged) +
                       " (the log's charged findings), found \"" +
                       j_string(manifest, "charged_without_basis_tenge") + "\"");
  }
  const BundleInput* policy = find_input(b, "policy");
  try {
    if (!policy) throw InputError(b.file, "inputs", "policy", "an embedded policy", "none");
    const std::string id = Policy::parse(policy->bytes, policy->name).id();
    if (j_string(manifest, "policy_id") != id) {
      problems.push_back("policy_id: expected " + id + " (the embedded policy's), found \"" +
                         j_string(manifest, "policy_id") + "\"");
    }
  } catch (const std::exception& e) {
    problems.push_back(std::string("the embedded policy cannot be read: ") + e.what());
  }
  const std::string log_digest = j_string(manifest, "log", "sha256");
  add(
      r, "findings", problems.empty(),
      problems.empty()
          ? std::to_string(log.records.size()) + " findings in " + std::to_string(with_finding) +
                " of " + std::to_string(log.units.size()) + " cases, " + format_tenge(charged) +
                " ₸ charged without a basis, as the manifest states; not re-derived: the "
                "recorded log (SHA-256 " +
                log_digest.substr(0, 16) +
                "…) is not embedded, as it holds IINs; `bailiff check-records LOG` on it does"
          : [&] {
              std::string all;
              for (const std::string& p : problems) all += (all.empty() ? "" : "; ") + p;
              return all;
            }());
}

// The manifest of a signed bundle names its key and (decide, records) commits to the case tree
// the log gives; an unsigned one names neither. Returns the case tree root of the log when the
// bundle is signed (what its signature covers: the empty tree's for a simulate bundle); an
// unsigned bundle's is never used, so not computed.
Digest check_signed_manifest(const Bundle& b, const Json& manifest, const LogCheck& log,
                             VerifyResult& r, std::vector<std::string>& problems) {
  const bool of_cases = b.kind != BundleKind::kSimulate;
  r.is_signed = b.signature.has_value();
  std::vector<Digest> leaves;
  if (of_cases && r.is_signed) {
    leaves.reserve(log.units.size());
    for (const LogUnit& u : log.units) leaves.push_back(case_leaf_hash(u.id, u.last));
  }
  const Digest tree_root = r.is_signed ? merkle_root(leaves) : Digest{};
  const auto signature = manifest.find("signature");
  const bool named = signature != manifest.end();
  if (named != r.is_signed) {
    problems.push_back(r.is_signed ? "the bundle carries a signature but the manifest names no signing key"
                                   : "the manifest names a signing key but the bundle carries no signature");
  }
  if (named) {
    r.signer_key_id = signature->is_object() ? j_string(*signature, "key_id") : std::string();
    if (!key_id_from_hex(r.signer_key_id)) {
      problems.push_back("signature: key_id: expected 16 lowercase hex digits, found \"" +
                         r.signer_key_id.substr(0, 40) + "\"");
    }
    if (!signature->is_object() || j_string(*signature, "algorithm") != "Ed25519") {
      problems.push_back("signature: expected {\"algorithm\": \"Ed25519\", ...}");
    }
  }
  const auto tree = manifest.find("case_tree");
  if (of_cases && r.is_signed) {
    r.case_tree_root = to_hex(tree_root);
    const bool stated = tree != manifest.end() && tree->is_object();
    const std::string root = stated ? j_string(*tree, "root") : std::string();
    const auto size = stated ? j_uint(*tree, "size") : std::nullopt;
    if (root != r.case_tree_root || size != std::optional<std::uint64_t>(log.units.size())) {
      problems.push_back("case_tree: expected size " + std::to_string(log.units.size()) + " and root " +
                         r.case_tree_root + " (the log's cases), found " +
                         (stated ? "size " + (size ? std::to_string(*size) : "missing") + " and root " + root
                                 : "none"));
    }
  } else if (tree != manifest.end()) {
    problems.push_back("case_tree: only a signed decide or records bundle states one");
  }
  return tree_root;
}

// The signature over what the bundle holds: the seal as recomputed from its parts (not the
// stored one), the case count and case tree root of its log.
void check_signature(const Bundle& b, const PublicKey& key, const Digest& seal, std::uint64_t cases,
                     const Digest& tree_root, VerifyResult& r) {
  r.authenticity = Authenticity::kNotAuthentic;
  const std::string given = key_id_hex(key_id(key));
  if (!b.signature) {
    add(r, "signature", false,
        "the bundle is not signed (written without --sign), so key " + given + " cannot vouch for it");
    return;
  }
  if (r.signer_key_id != given) {
    add(r, "signature", false,
        "the bundle names key id " + r.signer_key_id + ", the public key given is key id " + given);
    return;
  }
  const bool of_cases = b.kind != BundleKind::kSimulate;
  const SignedRoot root{b.kind, key_id(key), seal, of_cases ? cases : 0, tree_root};
  if (!signature_holds(key, signed_message(root), *b.signature)) {
    add(r, "signature", false,
        "the Ed25519 signature of key " + given + " does not hold: the bundle was changed after it "
        "was signed, or it was signed by another key");
    return;
  }
  r.authenticity = Authenticity::kAuthentic;
  add(r, "signature", true,
      "the Ed25519 signature of key " + given + " holds over the seal" +
          (of_cases ? " and the case tree root " + short_hex(tree_root) : std::string()));
}

}  // namespace

VerifyResult verify_bundle(std::string_view bytes, const std::string& file,
                           const VerifyOptions& options) {
  const Bundle b = parse_bundle(bytes, file);
  VerifyResult r;
  r.file = file;
  r.kind = b.kind;
  r.size = b.size;
  const bool of_cases = b.kind != BundleKind::kSimulate;
  const LogCheck log = check_log(b);
  r.records = log.records.size();
  r.chain_break = log.brk;
  add(r, "structure", !b.framing,
      b.framing ? "log damaged at " + b.framing->where + ": " + b.framing->reason
                : std::string(bundle_kind_name(b.kind)) + " bundle, format " + std::to_string(b.version) +
                      ", " + std::to_string(b.inputs.size()) + " embedded inputs, " +
                      std::to_string(b.entries.size()) + " log entries");
  add(r, "chain", !log.brk,
      log.brk
          ? "the chain breaks at " + log.brk->where + ": " + log.brk->reason
          : std::to_string(log.records.size()) + " records in " + std::to_string(log.units.size()) +
                (of_cases ? " cases" : " runs") + " each link to the one before");

  std::vector<Digest> input_digests;
  for (const BundleInput& input : b.inputs) input_digests.push_back(sha256(input.bytes));
  const Digest seal = compute_seal(b.header, b.manifest, b.inputs, input_digests, log.log_root);
  const bool sealed = seal == b.seal;
  add(r, "seal", sealed,
      sealed ? "the manifest, the inputs and the log are as written (seal " + short_hex(b.seal) + ")"
             : "the seal does not match: the manifest, an input or the log was changed after "
               "the bundle was written");

  std::string manifest_problem;
  Json manifest = manifest_json_or_discarded(b, &manifest_problem);
  if (manifest.is_discarded()) {
    add(r, "manifest", false,
        manifest_problem + " (manifest at byte " + std::to_string(b.manifest_offset) +
            "): the manifest is damaged");
    return r;
  }
  r.manifest_root = j_string(manifest, "run_root");
  std::vector<std::string> problems;
  if (j_uint(manifest, "format_version") != std::optional<std::uint64_t>(b.version)) {
    problems.push_back("format_version differs from the file's header");
  }
  if (j_string(manifest, "kind") != bundle_kind_name(b.kind)) problems.push_back("kind differs from the file's header");
  const std::string engine = j_string(manifest, "engine_version");
  if (engine != kEngineVersion) {
    problems.push_back("written by engine \"" + engine + "\", this is " + std::string(kEngineVersion) +
                       " (the replay may differ)");
  }
  if (j_uint(manifest, "record_count") != std::optional<std::uint64_t>(log.records.size())) {
    problems.push_back("record_count " + (j_uint(manifest, "record_count") ? std::to_string(*j_uint(manifest, "record_count")) : "missing") +
                       ", the log holds " + std::to_string(log.records.size()));
  }
  const Digest tree_root = check_signed_manifest(b, manifest, log, r, problems);
  add(
      r, "manifest", problems.empty(),
      problems.empty()
          ? "engine " + engine + ", " + std::to_string(log.records.size()) +
                (b.kind == BundleKind::kRecords
                     ? " findings, checked up to " + j_string(manifest, "check", "as_of")
                     : " records, run root " +
                           short_hex(digest_from_hex(r.manifest_root).value_or(Digest{})))
          : [&] {
              std::string all;
              for (const std::string& p : problems) all += (all.empty() ? "" : "; ") + p;
              return all;
            }());

  // Inputs against the manifest's digests.
  std::vector<std::string> input_problems;
  std::string listed;
  const auto list = manifest.find("inputs");
  const std::size_t stated = list != manifest.end() && list->is_array() ? list->size() : 0;
  if (stated != b.inputs.size()) {
    input_problems.push_back("the manifest lists " + std::to_string(stated) + " inputs, " +
                             std::to_string(b.inputs.size()) + " are embedded");
  }
  for (std::size_t i = 0; i < b.inputs.size(); ++i) {
    const BundleInput& input = b.inputs[i];
    listed += (listed.empty() ? "" : ", ") + input.role;
    if (i >= stated) continue;
    const Json& entry = (*list)[i];
    if (!entry.is_object()) {
      input_problems.push_back("manifest input " + std::to_string(i) + " is not an object");
      continue;
    }
    if (j_string(entry, "role") != input.role || j_string(entry, "name") != input.name) {
      input_problems.push_back("input " + std::to_string(i) + " is " + input.role + " " + input.name +
                               ", the manifest says " + j_string(entry, "role") + " " + j_string(entry, "name"));
    }
    if (has_miscased_embedded_prefix(input.name)) {  // would read as shipped, unchecked
      input_problems.push_back(input.role + " " + input.name + " begins with \"" +
                               input.name.substr(0, kEmbeddedPrefix.size()) +
                               "\": a shipped name's prefix is \"embedded:\", in lower case, and no run "
                               "writes another");
    }
    if (std::string_view(input.name).substr(0, kEmbeddedPrefix.size()) == kEmbeddedPrefix) {
      const auto shipped = find_embedded(std::string_view(input.name).substr(kEmbeddedPrefix.size()));
      if (!shipped) {
        input_problems.push_back(input.role + " " + input.name + " claims a shipped name this binary does not ship");
      } else if (sha256(shipped->bytes) != input_digests[i]) {
        input_problems.push_back(input.role + " " + input.name +
                                 " differs from the bytes this binary ships under that name");
      }
    }
    if (j_string(entry, "sha256") != to_hex(input_digests[i])) {
      input_problems.push_back(input.role + " " + input.name + " hashes to " + to_hex(input_digests[i]) +
                               ", the manifest says " + j_string(entry, "sha256"));
    }
  }
  add(r, "inputs", input_problems.empty(),
      input_problems.empty()
          ? listed + " embedded and hashing to the manifest's SHA-256 digests"
          : [&] {
              std::string all;
              for (const std::string& p : input_problems) all += (all.empty() ? "" : "; ") + p;
              return all;
            }());

  if (options.public_key) check_signature(b, *options.public_key, seal, log.units.size(), tree_root, r);

  if (b.kind == BundleKind::kRecords) {
    check_findings(b, manifest, log, r);
    return r;
  }
  if (!options.replay) return r;
  try {
    if (b.kind == BundleKind::kDecide) {
      replay_decide(b, manifest, log, input_digests, r);
    } else {
      replay_simulate(b, manifest, log, options, r);
    }
  } catch (const std::exception& e) {
    add(r, "replay", false, std::string("cannot replay from the embedded inputs: ") + e.what());
  }
  return r;
}

}  // namespace bailiff::audit
