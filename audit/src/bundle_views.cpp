// Views of a parsed bundle: its embedded inputs by role, a decision in words, and a decide
// bundle opened for explain (its inputs, horizon, cases and decisions).

#include "bailiff/audit/bundle.hpp"
#include "bailiff/error.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace ::bailiff::sim;

using namespace bundle_detail;
using Json = nlohmann::ordered_json;

namespace bundle_detail {

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

}  // namespace

DecideBundleView open_decide_bundle(std::string_view bytes, const std::string& file) {
  DecideBundleView view{parse_bundle(bytes, file), {}, {}, {}, {}, {}, {}};
  const Bundle& b = view.bundle;
  if (b.kind != BundleKind::kDecide) {
    throw InputError(file, "byte 10", "kind", "a decide bundle (written by `decide --bundle`)",
                     "a simulate bundle");
  }
  for (auto [role, target] :
       {std::pair{"policy", &view.policy}, std::pair{"calendar", &view.calendar},
        std::pair{"cases", &view.cases}}) {
    const BundleInput* input = find_input(b, role);
    if (!input)
      throw InputError(file, "inputs", role, "an embedded " + std::string(role) + " file", "none");
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

}  // namespace bailiff::audit
