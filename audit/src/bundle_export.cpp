// A bundle as JSON Lines (bundle_jsonl): the manifest, then every record decoded.

#include "bailiff/audit/bundle.hpp"
#include "bailiff/audit/finding_record.hpp"
#include "bailiff/error.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

namespace {

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
  first["bundle"] =
      Json{{"file", file},    {"format_version", b.version}, {"kind", bundle_kind_name(b.kind)},
           {"bytes", b.size}, {"entries", b.entries.size()}, {"seal", to_hex(b.seal)}};
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
  first["manifest"] =
      manifest.is_discarded() ? Json("(refused, damaged manifest: " + problem + ")") : manifest;
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
