#include "fixtures.hpp"

#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "bailiff/sim/files.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff::test {

std::string fixture(const std::string& relative) {
  return sim::read_file(std::string(BAILIFF_SOURCE_DIR) + "/tests/fixtures/" + relative);
}

std::string shipped(const std::string& relative) {
  const auto file = sim::find_embedded(relative);
  if (!file) throw std::runtime_error("not embedded: " + relative);
  return std::string(file->bytes);
}

sim::Scenario taraz_pilot(std::uint64_t cases) {
  sim::ScenarioChoice choice;
  choice.population = "synthetic:taraz-pilot";
  choice.policy = "kz-2024-pilot";
  choice.cases = cases;
  return sim::load_scenario(choice);
}

const Calendar& kz_calendar() {
  static const Calendar calendar = Calendar::parse(shipped("calendars/kz.json"), "kz.json");
  return calendar;
}

const Calendar& kz_calendar_final_years() {
  static const Calendar calendar = [] {
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(shipped("calendars/kz.json"));
    nlohmann::ordered_json& years = doc.at("years");
    while (years.back().value("status", "final") == "provisional") years.erase(years.size() - 1);
    return Calendar::parse(doc.dump(), "kz.json without provisional years");
  }();
  return calendar;
}

const Policy& shipped_policy(const std::string& name) {
  static std::map<std::string, Policy> cache;
  auto it = cache.find(name);
  if (it == cache.end()) {
    const std::string path = "policies/" + name + ".json";
    it = cache.emplace(name, Policy::parse(shipped(path), path)).first;
  }
  return it->second;
}

tasks::ThreadPool& threads(unsigned n) {
  static std::map<unsigned, std::unique_ptr<tasks::ThreadPool>> pools;
  std::unique_ptr<tasks::ThreadPool>& pool = pools[n];
  if (!pool) pool = std::make_unique<tasks::ThreadPool>(n);
  return *pool;
}

std::string fines_summary(const std::vector<Fine>& fines) {
  std::string out;
  for (const Fine& f : fines) {
    for (const std::string& part :
         {f.id, f.debtor, f.region, f.article, std::to_string(f.amount), to_iso(f.in_force)}) {
      out.append(part).push_back('|');
    }
    out.push_back(f.discount_eligible ? '1' : '0');
    for (const Payment& p : f.payments) {
      out.append("|").append(to_iso(p.date)).append(":").append(std::to_string(p.amount));
    }
    out.push_back(';');
  }
  return out;
}

}  // namespace bailiff::test
