// The one parser of population names: synthetic:NAME and csv:PATH.

#include "bailiff/sim/population_spec.hpp"

#include <gtest/gtest.h>

namespace bailiff::sim {
namespace {

TEST(PopulationSpec, ParsesBothKindsAndRoundTrips) {
  const auto synthetic = PopulationSpec::parse("synthetic:national");
  ASSERT_TRUE(synthetic);
  EXPECT_EQ(synthetic->kind, PopulationSpec::Kind::kSynthetic);
  EXPECT_EQ(synthetic->name, "national");
  EXPECT_EQ(synthetic->text(), "synthetic:national");
  const auto csv = PopulationSpec::parse("csv:records/2025 fines.csv");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->kind, PopulationSpec::Kind::kCsv);
  EXPECT_EQ(csv->name, "records/2025 fines.csv");
  EXPECT_EQ(PopulationSpec::csv("a.csv").text(), "csv:a.csv");
}

TEST(PopulationSpec, RefusesOtherFormsAndEmptyNames) {
  for (const char* text : {"", "national", "synthetic:", "csv:", "Synthetic:national", "csv"}) {
    EXPECT_FALSE(PopulationSpec::parse(text)) << text;
  }
}

}  // namespace
}  // namespace bailiff::sim
