// `bailiff explain` after part payments: what the sentences say is still due, in the three
// languages, for two worked cases (arithmetic in the comments).

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

#include "bailiff/report/explain.hpp"
#include "bailiff/report/messages.hpp"

namespace bailiff::sim {

using namespace ::bailiff::report;
namespace {

// Taraz pilot: 18,460 ₸ in force 2024-03-10, unpaid until the robot's 5 days expire on
// 2024-05-05; the hand-off assesses 25%: 4,615 ₸. On 2024-05-06 the debtor pays 18,460 ₸ of
// the 23,075 ₸ due: the fee takes its share 18,460 x 4,615 / 23,075 = 3,692 ₸, the fine
// 14,768 ₸; left: 3,692 ₸ of the fine and 4,615 - 3,692 = 923 ₸ of the fee.
//
// Order 697: 18,460 ₸ in force Mon 2024-09-02, discount-eligible (50%: 9,230 ₸ settles it
// inside the window); 5,000 ₸ paid on 2024-09-05: 9,230 - 5,000 = 4,230 ₸ more closes it
// inside the window, after it the whole rest 18,460 - 5,000 = 13,460 ₸ is due.
const LoadedInput kCases{"partial.json", R"({"cases": [
  {"id": "pilot-partial-recovery", "amount_tenge": "18460.00", "in_force": "2024-03-10",
   "payments": [{"date": "2024-05-06", "amount_tenge": "18460.00"}]},
  {"id": "part-paid-in-discount", "amount_tenge": "18460.00", "in_force": "2024-09-02",
   "discount_eligible": true, "payments": [{"date": "2024-09-05", "amount_tenge": "5000.00"}]}]})"};

Explanation explained(const char* policy, const char* case_id, Language language) {
  const DecideRun run = run_decide(load_input(policy, "policies"), load_input("kz", "calendars"),
                                   kCases, std::nullopt);
  return explain_from_run(run, case_id, language);
}

TEST(ExplainPartial, AfterAPartRecoveryOnlyTheRestOfTheFeeIsDue) {
  const Explanation en = explained("kz-2024-pilot", "pilot-partial-recovery", Language::kEn);
  EXPECT_EQ(
      en.outcome,
      "Outcome: still open on 31 December 2026: 3,692.00 ₸ of the fine due, with a private "
      "bailiff; "
      "of the bailiff's fee of 4,615.00 ₸, 3,692.00 ₸ is already charged and 923.00 ₸ remains due "
      "on recovery.");
  EXPECT_EQ(
      explained("kz-2024-pilot", "pilot-partial-recovery", Language::kRu).outcome,
      "Итог: на 31 декабря 2026 г. дело не закрыто: к уплате 3 692,00 ₸, дело у ЧСИ; из оплаты его "
      "деятельности 4 615,00 ₸ удержано 3 692,00 ₸, при взыскании остатка — ещё 923,00 ₸.");
  EXPECT_EQ(
      explained("kz-2024-pilot", "pilot-partial-recovery", Language::kKk).outcome,
      "Нәтиже: 2026 жылғы 31 желтоқсан күнгі жағдай бойынша іс жабылған жоқ: 3 692,00 ₸ төленуге "
      "тиіс, іс ЖСО-да; оның қызметіне 4 615,00 ₸ ақыдан 3 692,00 ₸ ұсталды, қалдықты өндіріп алу "
      "кезінде тағы 923,00 ₸.");
}

TEST(ExplainPartial, APartPaymentInsideTheDiscountWindowSaysWhatStillClosesIt) {
  const Explanation en = explained("kz-2024-08-20", "part-paid-in-discount", Language::kEn);
  ASSERT_GE(en.steps.size(), 2u);
  EXPECT_EQ(en.steps[0].decision.rule, "discount.partial_payment");
  EXPECT_EQ(
      en.steps[0].text,
      "A payment of 5,000.00 ₸ was received inside the discount window: 4,230.00 ₸ more before the "
      "window closes settles the case at the discount; after it the whole remainder of 13,460.00 ₸ "
      "is due.");
  EXPECT_EQ(en.steps[1].text,
            "The early-payment discount window closed; 13,460.00 ₸ of the fine is still due.");
  const Explanation ru = explained("kz-2024-08-20", "part-paid-in-discount", Language::kRu);
  EXPECT_EQ(ru.steps[0].text,
            "Поступил платёж 5 000,00 ₸ в период скидки: доплата 4 230,00 ₸ до его окончания "
            "закрывает дело "
            "со скидкой; после него к уплате весь остаток штрафа 13 460,00 ₸.");
  EXPECT_EQ(ru.steps[1].text, "Срок уплаты со скидкой истёк; к уплате остаток штрафа 13 460,00 ₸.");
  const Explanation kk = explained("kz-2024-08-20", "part-paid-in-discount", Language::kKk);
  EXPECT_EQ(
      kk.steps[0].text,
      "5 000,00 ₸ төлем жеңілдік мерзімінде түсті: мерзім аяқталғанға дейін тағы 4 230,00 ₸ төлеу "
      "істі жеңілдікпен жабады; одан кейін айыппұлдың бүкіл қалдығы 13 460,00 ₸ төленуге тиіс.");
  EXPECT_EQ(kk.steps[1].text,
            "Жеңілдікпен төлеу мерзімі аяқталды; айыппұлдың төленбеген қалдығы 13 460,00 ₸.");
  for (const Explanation* e : {&en, &ru, &kk}) {
    EXPECT_EQ(explanation_text(*e).find("full fine"), std::string::npos);
    EXPECT_EQ(explanation_text(*e).find("полная сумма"), std::string::npos);
  }
}

TEST(ExplainPartial, EnglishSentencesHaveNoRussianAbbreviation) {
  // Cyrillic letters (Russian and Kazakh) are two UTF-8 bytes led by 0xD0 to 0xD3.
  const auto cyrillic = [](std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
      const auto byte = static_cast<unsigned char>(c);
      return byte >= 0xD0 && byte <= 0xD3;
    });
  };
  for (const MessageRow& row : message_rows()) {
    EXPECT_FALSE(cyrillic(row.en)) << row.key << ": " << row.en;
  }
  const Explanation en = explained("kz-2024-pilot", "pilot-partial-recovery", Language::kEn);
  EXPECT_EQ(explanation_text(en).find("ЧСИ"), std::string::npos);
}

}  // namespace
}  // namespace bailiff::sim
