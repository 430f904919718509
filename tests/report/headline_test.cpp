// The headline sentence: each clause in the direction of A - B, with the interval of its
// magnitude, in the three languages; a fall in collection said as such.

#include "bailiff/report/headline.hpp"

#include <gtest/gtest.h>

#include "../support/fixtures.hpp"
#include "bailiff/sim/comparison_run.hpp"

namespace bailiff::report {
namespace {

constexpr std::int64_t kMln = 100'000'000;  // tiyn per million tenge

/// A reform that saves fees and hand-offs but collects less (the trade-off of issue 14).
ComparisonSummary trade_off() {
  ComparisonSummary s;
  s.fees_delta = {-1600 * kMln, -1900 * kMln, -1400 * kMln};
  s.collected_delta = {-200 * kMln, -350 * kMln, -50 * kMln};
  s.handed_delta = {-1'200'000, -1'300'000, -1'100'000};
  return s;
}

TEST(Headline, SaysWhatAFallsAgainstBWithTheIntervalInEachLanguage) {
  const ComparisonSummary s = trade_off();
  EXPECT_EQ(
      comparison_headline(s, "A", "B", 5, Language::kEn, kEnglishText),
      "Under A against B: citizens pay 1.6 bn ₸ less in private-bailiff fees (5–95%: 1.4 bn ₸ to "
      "1.9 bn ₸); collection falls: 200.0 M ₸ less in fines is collected (5–95%: 50.0 M ₸ to "
      "350.0 M ₸); private bailiffs receive 1,200,000 fewer cases (5–95%: 1,100,000 to "
      "1,300,000).");
  EXPECT_EQ(
      comparison_headline(s, "A", "B", 5, Language::kRu, text_numbers(Language::kRu)),
      "При политике «A» по сравнению с политикой «B»: граждане платят ЧСИ на 1,6 млрд ₸ меньше (5–95%: от 1,4 млрд ₸ до "
      "1,9 млрд ₸); взыскание падает: штрафов взыскано на 200,0 млн ₸ меньше (5–95%: от 50,0 млн ₸ "
      "до 350,0 млн ₸); ЧСИ передано на 1 200 000 дел меньше (5–95%: от 1 100 000 до 1 300 000).");
  EXPECT_EQ(
      comparison_headline(s, "A", "B", 5, Language::kKk, text_numbers(Language::kKk)),
      "«A» саясатында «B» саясатымен салыстырғанда: азаматтар ЖСО алымдарына 1,6 млрд ₸ аз төлейді "
      "(5–95%: 1,4 млрд ₸ – 1,9 млрд ₸); өндіру төмендейді: айыппұлдар 200,0 млн ₸ аз өндіріледі "
      "(5–95%: 50,0 млн ₸ – 350,0 млн ₸); ЖСО-ға 1 200 000 іс аз беріледі (5–95%: 1 100 000 – "
      "1 300 000).");
}

TEST(Headline, ARiseIsMoreAndOneReplicationHasNoInterval) {
  ComparisonSummary s;
  s.fees_delta = {25 * kMln, 25 * kMln, 25 * kMln};
  s.collected_delta = {3 * kMln, 3 * kMln, 3 * kMln};
  s.handed_delta = {0, 0, 0};
  EXPECT_EQ(
      comparison_headline(s, "kz-2024-08-20, window 2 months", "kz-2024-08-20", 1, Language::kEn,
                          kEnglishText),
      "Under kz-2024-08-20, window 2 months against kz-2024-08-20: citizens pay 25.0 M ₸ more in "
      "private-bailiff fees; 3.0 M ₸ more in fines is collected; as many cases are handed to "
      "private bailiffs.");
}

TEST(Headline, AgreesWithTheSummaryOfARealComparison) {
  const sim::Scenario scenario = test::taraz_pilot(2000);
  const sim::Comparison c = sim::run_comparison(scenario, 7, 3, test::threads(1), {});
  const ComparisonSummary s = summarise(c);
  EXPECT_EQ(s.fees_delta.seeded,
            c.policy_runs[0].metrics.fees_paid - c.baseline_runs[0].metrics.fees_paid);
  EXPECT_EQ(s.collected_delta.seeded,
            c.policy_runs[0].metrics.collected() - c.baseline_runs[0].metrics.collected());
  const std::string text = comparison_headline(s, scenario.policy.value.id(), scenario.baseline.value.id(), 3,
                                               Language::kEn, kEnglishText);
  const std::string fees =
      compact_tenge(s.fees_delta.value < 0 ? -s.fees_delta.value : s.fees_delta.value,
                    Language::kEn, kEnglishText);
  EXPECT_NE(text.find(fees + (s.fees_delta.value < 0 ? " less" : " more")), std::string::npos)
      << text;
  EXPECT_NE(comparison_text(scenario, c, false).find(text), std::string::npos);
}

}  // namespace
}  // namespace bailiff::report
