// Fuzz target: the bundle reader and every command that reads a bundle (verify and its JSON
// report, export-jsonl, explain).
#include "bailiff/audit/bundle.hpp"
#include "bailiff/report/verify_report.hpp"
#include "bailiff/report/explain.hpp"
#include "fuzz_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = bailiff::fuzz::bytes_of(data, size);
  bailiff::fuzz::guarded([&] {
    bailiff::audit::VerifyOptions options;
    // A decide replay costs as much as the embedded cases file, which the input bounds; a
    // simulate replay runs a whole population (millions of cases) and would time out.
    options.replay = bailiff::audit::parse_bundle(bytes, "fuzz.rbb").kind == bailiff::audit::BundleKind::kDecide;
    const bailiff::audit::VerifyResult result = bailiff::audit::verify_bundle(bytes, "fuzz.rbb", options);
    (void)bailiff::report::verify_report_json(result);
    (void)bailiff::report::verify_report_text(result);
  });
  bailiff::fuzz::guarded([&] { (void)bailiff::audit::bundle_jsonl(bytes, "fuzz.rbb"); });
  bailiff::fuzz::guarded([&] {
    (void)bailiff::report::explain_from_bundle(bytes, "fuzz.rbb", "EX-03-robot-window",
                                            bailiff::report::Language::kRu);
  });
  return 0;
}
