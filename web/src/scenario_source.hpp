#pragma once
/// \file What a comparison of the page is built from, as plain values: the shipped names, the
/// edited documents' bytes, the population and the run's seed and replications. The page
/// builds its scenario from it, and so does each Web Worker from the copy it is sent, by
/// the same function, so that both hold the same inputs bit for bit. No ImGui here: this
/// file is compiled into the page and into the worker module.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::web {

/// A scenario as the page holds it.
struct ScenarioSource {
  std::string policy{sim::defaults::kPolicy};  ///< shipped name of policy A
  std::string baseline{sim::defaults::kBaseline};
  std::string behaviour{sim::defaults::kBehaviour};
  /// The edited documents' bytes, parsed in place of the shipped files (none: unedited).
  std::optional<std::string> policy_edited, baseline_edited, behaviour_edited;
  std::string population = "national";  ///< shipped preset (ignored when csv)
  std::uint64_t cases = 0;              ///< 0 = the population's own size
  bool csv = false;                     ///< a historical CSV opened in the page
  std::string csv_name, csv_bytes, iin_key;
};

/// A comparison of a scenario, as the page hands it to its workers.
struct ComparisonSource {
  ScenarioSource scenario;
  sim::Method method = sim::Method::kMonteCarlo;  ///< how the runs are computed
  std::uint64_t seed = 0;
  std::uint32_t replications = 1;
  bool keep_block_headlines = false;  ///< as sim::ComparisonRun takes it
};

/// The ScenarioChoice of \p source (the shipped names; the edits go in as bytes).
sim::ScenarioChoice scenario_choice(const ScenarioSource& source);

/// Parse and validate the scenario of \p source, its runs computed by \p method. Throws as
/// sim::scenario_from_inputs does.
std::unique_ptr<sim::Scenario> build_scenario(const ScenarioSource& source, sim::Method method);

/// \p source as JSON text, without the CSV's bytes (they travel apart, as bytes).
std::string encode_comparison_source(const ComparisonSource& source);

/// The ComparisonSource that encode_comparison_source() wrote, with \p csv_bytes put back.
/// Throws DomainError for malformed text.
ComparisonSource decode_comparison_source(std::string_view json, std::string csv_bytes);

}  // namespace bailiff::web
