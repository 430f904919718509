// The Web Worker module (worker.js + worker.wasm): core and sim without ImGui, one instance
// per worker. The page sends it a comparison's inputs (web/src/scenario_source.hpp), then
// blocks of the comparison's runs (by the exact method, whole runs); for each it returns the
// part's canonical bytes
// (sim::encode_run_part), which the page merges (sim::ComparisonRun::absorb). The JS side
// is worker_pre.js.

#include <emscripten.h>

#include <cstdint>
#include <exception>
#include <memory>
#include <string>

#include "bailiff/sim/comparison_run.hpp"
#include "scenario_source.hpp"

namespace {

using namespace bailiff;

std::unique_ptr<sim::Scenario> g_scenario;  // the comparison's inputs
std::unique_ptr<sim::ComparisonRun> g_run;  // refers to *g_scenario
std::string g_result;                       // the last call's bytes (a part, or an error)

}  // namespace

/// Build the comparison of \p json (encode_comparison_source) with the CSV's \p csv_size
/// bytes at \p csv (copied), replacing the one held. Returns "" or the error.
extern "C" EMSCRIPTEN_KEEPALIVE const char* bailiff_worker_load(const char* json,
                                                                const unsigned char* csv,
                                                                int csv_size) {
  try {
    web::ComparisonSource source = web::decode_comparison_source(
        json, std::string(reinterpret_cast<const char*>(csv), static_cast<std::size_t>(csv_size)));
    g_run.reset();
    g_scenario = web::build_scenario(source.scenario, source.method);
    g_run = std::make_unique<sim::ComparisonRun>(*g_scenario, source.seed, source.replications,
                                                 source.keep_block_headlines);
    g_result.clear();
  } catch (const std::exception& e) {
    g_run.reset();
    g_result = e.what();
  }
  return g_result.c_str();
}

/// Simulate blocks [first, last) of run \p run of the comparison held; 0 when the part's
/// bytes are in bailiff_worker_result(), 1 when the error is.
extern "C" EMSCRIPTEN_KEEPALIVE int bailiff_worker_simulate(std::uint32_t run, std::uint32_t first,
                                                            std::uint32_t last) {
  try {
    if (!g_run) throw std::runtime_error("the worker holds no comparison");
    g_result = g_run->simulate_part(run, sim::BlockRange{first, last}, sim::serial_tasks());
    return 0;
  } catch (const std::exception& e) {
    g_result = e.what();
    return 1;
  }
}

/// The bytes of the last call (valid until the next one).
extern "C" EMSCRIPTEN_KEEPALIVE const char* bailiff_worker_result() {
  return g_result.data();
}

/// How many bytes bailiff_worker_result() holds.
extern "C" EMSCRIPTEN_KEEPALIVE int bailiff_worker_result_size() {
  return static_cast<int>(g_result.size());
}
