#include "scope_line.hpp"

#include <cstdint>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "bailiff/report/format.hpp"
#include "bailiff/report/plural.hpp"
#include "bailiff/sim/population_spec.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "format.hpp"
#include "i18n.hpp"

namespace bailiff::web {
namespace {

/// The default size of the shipped preset \p name (its "default_cases"), read once.
std::optional<std::uint64_t> preset_size(const std::string& name) {
  static std::map<std::string, std::optional<std::uint64_t>> known;
  const auto at = known.find(name);
  if (at != known.end()) return at->second;
  std::optional<std::uint64_t> size;
  try {
    const nlohmann::json preset = nlohmann::json::parse(sim::load_input(name, "populations").bytes);
    size = preset.at("default_cases").get<std::uint64_t>();
  } catch (const std::exception&) {
    // not a shipped preset: no share is said
  }
  return known[name] = size;
}

/// A sample's share of the whole year, "2.0%": one decimal, or as many as show its first
/// digit for a sample under 0.1% ("0.02%").
std::string sample_share(std::int64_t sample, std::int64_t whole) {
  int decimals = 1;
  std::int64_t shown = sample * 1000;  // the share in percent times 10^decimals, times whole
  while (decimals < 6 && sample > 0 && shown < whole) {
    ++decimals;
    shown *= 10;
  }
  return report::percent(sample, whole, decimals, screen());
}

/// "in 2025" for one calendar year, else "from 3 March 2025 to 2 March 2026".
std::string period_text(Date first, Date last) {
  const YearMonthDay a = to_ymd(first), b = to_ymd(last);
  if (a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 && a.year == b.year) {
    return report::fill("scope.in_year", language(), {{"year", std::to_string(a.year)}});
  }
  return report::fill("scope.between", language(),
                      {{"from", report::long_date(first, language())},
                       {"to", report::long_date(last, language())}});
}

}  // namespace

std::string scope_text(const Outcome& o) {
  const sim::Scenario& sc = *o.scenario;
  const sim::Population& population = *sc.population;
  const std::string period = period_text(population.first_in_force(), population.last_in_force());
  const std::string horizon = report::long_date(sc.horizon, language());
  const std::string fines = count(static_cast<std::int64_t>(population.size()));
  const std::optional<sim::PopulationSpec> spec = sim::PopulationSpec::parse(sc.choice.population);
  if (spec && spec->kind == sim::PopulationSpec::Kind::kCsv) {
    return report::fill("scope.csv", language(),
                        {{"file", spec->name}, {"fines", fines}, {"period", period}, {"horizon", horizon}});
  }
  const std::optional<std::uint64_t> whole = spec ? preset_size(spec->name) : std::nullopt;
  if (sc.choice.cases == 0 || !whole || *whole == population.size()) {
    return report::fill("scope.whole", language(),
                        {{"fines", fines}, {"period", period}, {"horizon", horizon}});
  }
  return report::fill("scope.sample", language(),
                      {{"fines", fines},
                       {"share", sample_share(static_cast<std::int64_t>(population.size()),
                                              static_cast<std::int64_t>(*whole))},
                       {"whole", count(static_cast<std::int64_t>(*whole))},
                       {"period", period},
                       {"horizon", horizon}});
}

std::string method_text(const Outcome& o, bool preview) {
  if (preview) return tr("method.exact_preview");
  const std::string runs = count(static_cast<std::int64_t>(o.comparison.policy_runs.size()));
  if (o.comparison.method == sim::Method::kExact) {
    return report::fill("method.exact_ensemble", language(),
                        {{"draws", runs}, {"ensemble", count(o.comparison.ensemble_size)}});
  }
  const auto replications = static_cast<std::int64_t>(o.comparison.policy_runs.size());
  return report::fill("method.monte_carlo", language(),
                      {{"replications", runs},
                       {"replications_noun", report::plural("noun.replication", replications, language())}});
}

}  // namespace bailiff::web
