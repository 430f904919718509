// `bailiff explain`: pinned English and Russian text for worked cases.

#include <gtest/gtest.h>

#include <algorithm>

#include "bailiff/error.hpp"
#include "bailiff/audit/bundle.hpp"
#include "bailiff/report/case_words.hpp"
#include "bailiff/report/explain.hpp"
#include "bailiff/report/format.hpp"

namespace bailiff::sim {

using namespace ::bailiff::audit;
using namespace ::bailiff::report;
namespace {

DecideRun example_run() {
  return run_decide(load_input("kz-2024-08-20", "policies"), load_input("kz", "calendars"),
                    load_input("example", "cases"), std::nullopt);
}

/// The worked case "discount-one-day-too-late-after-nauryz" (tests/cases/worked_cases.json).
DecideRun nauryz_run() {
  const LoadedInput cases{"nauryz.json", R"({"cases": [{"id": "nauryz-late", "amount_tenge": "19660.00",
    "in_force": "2025-03-14", "discount_eligible": true,
    "payments": [{"date": "2025-03-29", "amount_tenge": "9830.00"}]}]})"};
  return run_decide(load_input("kz-2024-08-20", "policies"), load_input("kz", "calendars"), cases,
                    std::nullopt);
}

const std::string kTermBasis =
    "КоАП РК ст. 893 (voluntary payment within 30 calendar days of entry into force); "
    "kazlenta.kz/48224";

TEST(Explain, DiscountCaseInEnglish) {
  const Explanation e = explain_from_run(example_run(), "EX-01-discount", Language::kEn);
  EXPECT_EQ(
      explanation_text(e),
      "Case EX-01-discount — fine of 19,660.00 ₸ under art. 592 p.1 of the Code of Administrative "
      "Offences (Almaty), in "
      "force since 3 March 2025; eligible for the early-payment discount.\n"
      "Policy kz-2024-08-20: Order 697 (from 20.08.2024): simplified proceedings up to 20 MRP, "
      "SMS + eGov push, one account arrested, one month to pay\n"
      "Payments by the debtor: 7 March 2025: 9,830.00 ₸.\n"
      "\n"
      "1. 7 March 2025 — The debtor paid 9,830.00 ₸ inside the early-payment discount window: "
      "the fine is settled at the discounted amount and the case is closed.\n"
      "   Rule discount.paid_in_window; legal basis: Code of Administrative Offences (КоАП РК), "
      "art. 810\n"
      "\n"
      "Outcome: closed on 7 March 2025; the debtor paid 9,830.00 ₸ in all, with no "
      "private-bailiff fee.\n"
      "Decided from embedded:policies/kz-2024-08-20.json, embedded:calendars/kz.json, "
      "embedded:cases/example.json; horizon 2026-12-31.\n");
}

TEST(Explain, AboveThresholdCaseInRussian) {
  const Explanation e = explain_from_run(example_run(), "EX-05-above-20-mrp", Language::kRu);
  EXPECT_EQ(
      explanation_text(e),
      "Дело EX-05-above-20-mrp — штраф 157 280,00 ₸ по ч. 4 ст. 592 КоАП (Карагандинская "
      "область), вступил в силу 2 июня 2025 г.\n"
      "Политика kz-2024-08-20: Действующий закон (с 20.08.2024)\n"
      "Платежи должника: нет.\n"
      "\n"
      "1. 3 июля 2025 г. — Срок добровольной уплаты истёк; не уплачено 157 280,00 ₸.\n"
      "   Правило voluntary.term_expired; правовое основание: Кодекс РК об административных "
      "правонарушениях, ст. 893\n"
      "2. 22 июля 2025 г. — Долг 157 280,00 ₸ превышает предел упрощённого производства: дело "
      "передано непосредственно частному судебному исполнителю (ЧСИ); при взыскании должник "
      "оплачивает его деятельность в размере 39 320,00 ₸.\n"
      "   Правило bailiff.direct_above_threshold; правовое основание: Закон РК «Об "
      "исполнительном производстве и статусе судебных исполнителей», ст. 10-1 п. 5; Правила "
      "упрощённого производства (приказ и.о. Министра юстиции РК № 697 от 16.08.2024, действует "
      "с 20.08.2024)\n"
      "\n"
      "Итог: на 31 декабря 2026 г. дело не закрыто: к уплате 157 280,00 ₸, дело у ЧСИ (при "
      "взыскании — оплата его деятельности 39 320,00 ₸).\n"
      "Решения получены из embedded:policies/kz-2024-08-20.json, embedded:calendars/kz.json, "
      "embedded:cases/example.json; горизонт 2026-12-31.\n");
}

TEST(Explain, WorkedCaseOneDayTooLateAfterNauryz) {
  const DecideRun run = nauryz_run();
  const Explanation en = explain_from_run(run, "nauryz-late", Language::kEn);
  ASSERT_EQ(en.steps.size(), 8u);
  const std::vector<std::string> expected = {
      "29 March 2025 — The early-payment discount window closed; the full fine of 19,660.00 ₸ is now due.",
      "29 March 2025 — A payment of 9,830.00 ₸ was received within the voluntary payment term; 9,830.00 ₸ of the fine is still due.",
      "15 April 2025 — The term for voluntary payment expired with 9,830.00 ₸ unpaid.",
      "5 May 2025 — The robot bailiff opened a simplified enforcement proceeding for the debt of 9,830.00 ₸.",
      "5 May 2025 — The robot sent the debtor an SMS notice of the debt of 9,830.00 ₸.",
      "5 May 2025 — The robot sent the debtor a push notice in eGov Mobile.",
      "5 May 2025 — The robot arrested one bank account of the debtor, within the debt of 9,830.00 ₸.",
      "6 June 2025 — The robot's window to pay without a fee ended unpaid: the case passed to a private "
      "bailiff, whose fee of 2,457.50 ₸ the debtor pays on recovery."};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(long_date(en.steps[i].decision.date, Language::kEn) + " — " + en.steps[i].text, expected[i]);
  }
  EXPECT_EQ(en.steps[2].legal_basis, kTermBasis);  // as logged
  EXPECT_EQ(en.steps[2].basis,
            "Code of Administrative Offences (КоАП РК), art. 893");  // as the file words it
  const Explanation kk = explain_from_run(nauryz_run(), "nauryz-late", Language::kKk);
  EXPECT_EQ(kk.steps[2].basis, "ҚР Әкімшілік құқық бұзушылық туралы кодексі, 893-бап");
  EXPECT_EQ(kk.steps[2].legal_basis, kTermBasis);
  EXPECT_EQ(en.outcome,
            "Outcome: still open on 31 December 2026: 9,830.00 ₸ of the fine due, with a private "
            "bailiff (fee of 2,457.50 ₸ due on recovery).");
  const Explanation ru = explain_from_run(run, "nauryz-late", Language::kRu);
  EXPECT_EQ(ru.steps[7].text,
            "Срок для уплаты без дополнительных расходов истёк: дело передано частному судебному "
            "исполнителю (ЧСИ); при взыскании должник оплачивает его деятельность в размере 2 457,50 ₸.");
  EXPECT_EQ(long_date(ru.steps[7].decision.date, Language::kRu), "6 июня 2025 г.");
}

TEST(Explain, FromBundleUsesTheLogAndSaysTheReplayAgrees) {
  const DecideRun run = example_run();
  const std::string bytes = decide_bundle(run, "test");
  const Explanation from_bundle = explain_from_bundle(bytes, "ex.rbb", "EX-03-robot-window", Language::kEn);
  const Explanation from_run = explain_from_run(run, "EX-03-robot-window", Language::kEn);
  ASSERT_EQ(from_bundle.steps.size(), from_run.steps.size());
  for (std::size_t i = 0; i < from_run.steps.size(); ++i) {
    EXPECT_EQ(from_bundle.steps[i].text, from_run.steps[i].text);
    EXPECT_EQ(from_bundle.steps[i].legal_basis, from_run.steps[i].legal_basis);
  }
  EXPECT_NE(from_bundle.source.find("gives the same"), std::string::npos) << from_bundle.source;
  const std::string json = explanation_json(from_bundle);
  EXPECT_NE(json.find("\"rule\": \"robot.paid_in_window\""), std::string::npos);
  EXPECT_THROW(explain_from_bundle(bytes, "ex.rbb", "NO-SUCH-CASE", Language::kEn), InputError);
  EXPECT_THROW(explain_from_run(run, "NO-SUCH-CASE", Language::kRu), InputError);
}

TEST(Explain, AboveThresholdCaseInKazakh) {
  const Explanation e = explain_from_run(example_run(), "EX-05-above-20-mrp", Language::kKk);
  ASSERT_EQ(e.steps.size(), 2u);
  EXPECT_EQ(long_date(e.steps[0].decision.date, Language::kKk) + " — " + e.steps[0].text,
            "2025 жылғы 3 шілде — Ерікті төлеу мерзімі өтті; 157 280,00 ₸ төленбеді.");
  EXPECT_EQ(e.steps[1].text,
            "157 280,00 ₸ борыш оңайлатылған іс жүргізу шегінен асады: іс тікелей жеке сот орындаушысына "
            "(ЖСО) берілді; өндіріп алу кезінде борышкер оның қызметіне 39 320,00 ₸ ақы төлейді.");
  EXPECT_EQ(e.outcome,
            "Нәтиже: 2026 жылғы 31 желтоқсан күнгі жағдай бойынша іс жабылған жоқ: 157 280,00 ₸ төленуге "
            "тиіс, іс ЖСО-да (өндіріп алу кезінде оның қызметіне ақы 39 320,00 ₸).");
  const std::string text = explanation_text(e);
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "Іс EX-05-above-20-mrp — айыппұл 157 280,00 ₸, ӘҚБтК 592-бабының 4-бөлігі (Қарағанды "
            "облысы), күшіне енген күні 2025 жылғы 2 маусым.");
  EXPECT_NE(explanation_json(e).find("\"lang\": \"kk\""), std::string::npos);
}

TEST(Explain, DiscountWindowClosingAfterAPartPaymentSaysWhatIsStillDue) {
  const LoadedInput cases{"partial.json", R"({"cases": [{"id": "part-paid", "amount_tenge": "19660.00",
    "in_force": "2025-03-03", "discount_eligible": true,
    "payments": [{"date": "2025-03-05", "amount_tenge": "5000.00"}]}]})"};
  const DecideRun run = run_decide(load_input("kz-2024-08-20", "policies"), load_input("kz", "calendars"), cases,
                                   std::nullopt);
  for (const auto& [language, expected] :
       {std::pair{Language::kEn, "The early-payment discount window closed; 14,660.00 ₸ of the fine is still due."},
        std::pair{Language::kRu, "Срок уплаты со скидкой истёк; к уплате остаток штрафа 14 660,00 ₸."}}) {
    const Explanation e = explain_from_run(run, "part-paid", language);
    const auto closed = std::find_if(e.steps.begin(), e.steps.end(), [](const ExplainedStep& s) {
      return s.decision.action == Action::kDiscountWindowClosed;
    });
    ASSERT_NE(closed, e.steps.end());
    EXPECT_EQ(closed->text, expected);
  }
}

TEST(Explain, ACaseIdThatLooksLikeAPlaceholderIsPrintedAsIs) {
  const LoadedInput cases{"braces.json", R"({"cases": [{"id": "{amount}", "amount_tenge": "5000.00",
    "in_force": "2025-03-14", "discount_eligible": false}]})"};
  const DecideRun run = run_decide(load_input("kz-2024-08-20", "policies"), load_input("kz", "calendars"), cases,
                                   std::nullopt);
  const std::string text = explanation_text(explain_from_run(run, "{amount}", Language::kEn));
  EXPECT_EQ(text.substr(0, text.find('\n')), "Case {amount} — fine of 5,000.00 ₸, in force since 14 March 2025.");
}

TEST(Explain, AnOverpaymentIsStatedAndItsReturnSaidToBeUnmodelled) {
  // The worked case "overpayment-applies-the-due-and-later-payments-ignored": 50,000 paid
  // against 39,320 due, then 1,000 after the close.
  const LoadedInput cases{"over.json", R"({"cases": [{"id": "over", "amount_tenge": "39320.00",
    "in_force": "2025-04-01", "discount_eligible": false,
    "payments": [{"date": "2025-04-10", "amount_tenge": "50000.00"},
                 {"date": "2025-04-20", "amount_tenge": "1000.00"}]}]})"};
  const DecideRun run = run_decide(load_input("kz-2024-08-20", "policies"), load_input("kz", "calendars"),
                                   cases, std::nullopt);
  const Explanation en = explain_from_run(run, "over", Language::kEn);
  EXPECT_EQ(en.unapplied,
            "Recorded payments total 51,000.00 ₸; 11,680.00 ₸ of it was not applied: more than was "
            "due (an overpayment) or paid after the case was closed. The model does not decide its "
            "return to the debtor (no source on refunds was read).");
  const std::string text = explanation_text(en);
  EXPECT_NE(text.find("Payments by the debtor: 10 April 2025: 50,000.00 ₸; 20 April 2025: 1,000.00 ₸."),
            std::string::npos);
  EXPECT_NE(text.find(en.outcome + "\n" + en.unapplied + "\n"), std::string::npos);
  EXPECT_NE(explanation_json(en).find("\"unapplied\": \"Recorded payments total"), std::string::npos);
  EXPECT_EQ(explain_from_run(run, "over", Language::kRu).unapplied.rfind("Записанные платежи составили 51 000,00 ₸", 0),
            0u);
  // Everything applied: no sentence, no JSON key.
  const Explanation paid = explain_from_run(example_run(), "EX-04-private-bailiff", Language::kEn);
  EXPECT_EQ(paid.unapplied, "");
  EXPECT_EQ(explanation_json(paid).find("unapplied"), std::string::npos);
}

TEST(CaseWords, RegionAndArticleReadInThePageLanguage) {
  EXPECT_EQ(region_words("Shymkent", Language::kRu), "г. Шымкент");
  EXPECT_EQ(region_words("Shymkent", Language::kKk), "Шымкент қаласы");
  EXPECT_EQ(region_words("Shymkent", Language::kEn), "Shymkent");  // as the file writes it
  EXPECT_EQ(region_words("Atlantis", Language::kRu), "Atlantis");  // unknown: as written
  EXPECT_EQ(article_words("596 p.1", Language::kRu), "ч. 1 ст. 596 КоАП");
  EXPECT_EQ(article_words("596 p.1", Language::kKk), "ӘҚБтК 596-бабының 1-бөлігі");
  EXPECT_EQ(article_words("596 p.1", Language::kEn),
            "art. 596 p.1 of the Code of Administrative Offences");
  EXPECT_EQ(article_words("596", Language::kRu), "ст. 596 КоАП");
  EXPECT_EQ(article_words("596 p.x", Language::kRu), "ст. 596 p.x КоАП");
  EXPECT_EQ(article_words("p.1", Language::kRu), "ст. p.1 КоАП");
}

}  // namespace
}  // namespace bailiff::sim
