// Strict reading of the sim inputs (behaviour, population, targets): one fixture per message
// under tests/fixtures/{behaviour,population,targets}/, each checked for its full message
// `FILE:LOCATION: FIELD: expected EXPECTED, found FOUND`.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "bailiff/error.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/population.hpp"
#include "bailiff/study/target.hpp"

namespace bailiff::sim {
namespace {

enum class Kind { kBehaviour, kPopulation, kTarget };

struct BadInput {
  Kind kind;
  std::string file;     ///< relative to tests/fixtures/, also the name given to the parser
  std::string message;  ///< the InputError's full what()
};

void PrintTo(const BadInput& b, std::ostream* os) {
  *os << b.file;
}

void parse(Kind kind, std::string_view bytes, const std::string& name) {
  switch (kind) {
    case Kind::kBehaviour:
      (void)BehaviourParams::parse(bytes, name);
      break;
    case Kind::kPopulation:
      (void)SyntheticPopulation(bytes, name, test::shipped_policy("kz-2024-08-20"), 0);
      break;
    case Kind::kTarget:
      (void)study::Target::parse(bytes, name);
      break;
  }
}

// clang-format off
const std::vector<BadInput> kBadInputs = {
  {Kind::kBehaviour, "behaviour/unknown-key.json",
   "behaviour/unknown-key.json:/descripton: descripton: expected one of the known keys: behaviour, "
   "title, notice_decay_ppm, segments, robot_coverage, amount_effect, account_balance_median_tenge, "
   "population_volume_ppm, ensemble, description, sources, calibration, found \"descripton\" (did you mean \"description\"?)"},
  {Kind::kPopulation, "population/unknown-key.json",
   "population/unknown-key.json:/regions_sourse: regions_sourse: expected one of the known keys: "
   "population, title, period, default_cases, discount_eligible_ppm, regions, offences, "
   "volume_by_year, cases_source, discount_eligible_source, regions_source, offences_source, "
   "volume_source, found \"regions_sourse\" (did you mean \"regions_source\"?)"},
  {Kind::kPopulation, "population/volume-year-missing.json",
   "population/volume-year-missing.json:/volume_by_year: volume_by_year: expected 2 entries, one per "
   "calendar year of the period 2024..2025 (it has 1), found an array"},
  {Kind::kPopulation, "population/volume-year-order.json",
   "population/volume-year-order.json:/volume_by_year/0/year: year: expected the year 2024 (years in order), "
   "found 2025"},
  {Kind::kTarget, "targets/unknown-key.json",
   "targets/unknown-key.json:/scenario/horizn: horizn: expected one of the known keys: population, "
   "policy, horizon, evaluation_cases, report_period, report_period_until, region, found \"horizn\" (did you mean \"horizon\"?)"},
};
// clang-format on

class SimInputErrorTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(SimInputErrorTest, NamesFileLocationFieldAndWhatWasExpected) {
  const BadInput& b = GetParam();
  try {
    parse(b.kind, test::fixture(b.file), b.file);
    ADD_FAILURE() << b.file << " parsed without error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), b.message) << b.file;
    EXPECT_EQ(e.file(), b.file);
  }
}

std::string fixture_name(const ::testing::TestParamInfo<BadInput>& info) {
  std::string name;
  for (char c : info.param.file) {
    name += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, SimInputErrorTest, ::testing::ValuesIn(kBadInputs),
                         fixture_name);

// The unknown-key fixtures differ from these by the one key only.
TEST(SimInputErrors, ValidFixturesParse) {
  EXPECT_NO_THROW(parse(Kind::kBehaviour, test::fixture("behaviour/valid-minimal.json"), "b"));
  EXPECT_NO_THROW(parse(Kind::kPopulation, test::fixture("population/valid-minimal.json"), "p"));
  EXPECT_NO_THROW(parse(Kind::kTarget, test::fixture("targets/valid.json"), "t"));
}

// Every shipped behaviour, population and target file, documentation keys included, parses.
TEST(SimInputErrors, ShippedFilesParse) {
  for (const char* name : {"behaviour/default.json", "behaviour/calibrated.json"}) {
    EXPECT_NO_THROW(parse(Kind::kBehaviour, test::shipped(name), name)) << name;
  }
  for (const char* name :
       {"populations/national.json", "populations/taraz-pilot.json",
        "populations/national-2024-autumn.json", "populations/zhambyl-2025.json"}) {
    EXPECT_NO_THROW(parse(Kind::kPopulation, test::shipped(name), name)) << name;
  }
  EXPECT_NO_THROW((void)study::load_targets("shipped"));
}

}  // namespace
}  // namespace bailiff::sim
