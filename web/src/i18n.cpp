#include "i18n.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>

namespace bailiff::web {
namespace {

struct Entry {
  std::string_view key;
  const char* ru;
  const char* kk;
  const char* en;
};

// clang-format off
constexpr Entry kTable[] = {
  {"app.title", "Робот-судоисполнитель: моделирование штрафов", "Робот-сот орындаушы: айыппұлдарды модельдеу", "Robot bailiff: simulating fines"},
  {"app.local", "Все расчёты выполняются в браузере; данные никуда не отправляются.", "Барлық есептеу браузерде жүреді; деректер ешқайда жіберілмейді.", "Everything is computed in this page; no data leaves it."},
  {"menu.language", "Язык", "Тіл", "Language"},
  {"menu.export", "Экспорт", "Экспорт", "Export"},
  {"export.json", "Результаты (JSON)", "Нәтижелер (JSON)", "Results (JSON)"},
  {"export.csv", "Результаты (CSV)", "Нәтижелер (CSV)", "Results (CSV)"},
  {"export.bundle", "Пакет воспроизведения", "Қайталау пакеті", "Replay bundle"},
  {"export.none", "Сначала выполните расчёт", "Алдымен есептеңіз", "Run a scenario first"},
  {"export.done", "Сохранено", "Сақталды", "Saved"},
  {"scenario", "Сценарий", "Сценарий", "Scenario"},
  {"scenario.a", "Политика A", "А саясаты", "Policy A"},
  {"scenario.b", "Политика B (базовая)", "B саясаты (базалық)", "Policy B (baseline)"},
  {"scenario.population", "Совокупность штрафов", "Айыппұлдар жиыны", "Population of fines"},
  {"scenario.cases", "Число штрафов", "Айыппұлдар саны", "Number of fines"},
  {"scenario.cases.tip", "0 = размер по умолчанию (национальный год: 15 000 000)", "0 = әдепкі өлшем (ұлттық жыл: 15 000 000)", "0 = the preset's size (national year: 15,000,000)"},
  {"scenario.seed", "Зерно", "Бастапқы сан", "Seed"},
  {"scenario.replications", "Повторения", "Қайталаулар", "Replications"},
  {"scenario.replications.tip", "Повторения Монте-Карло для 90% интервалов", "90% аралықтар үшін Монте-Карло қайталаулары", "Monte Carlo replications for the 90% intervals"},
  {"scenario.open_csv", "Открыть CSV…", "CSV ашу…", "Open CSV…"},
  {"scenario.csv_key", "Ключ псевдонимов ИИН", "ЖСН бүркеншік кілті", "IIN pseudonym key"},
  {"scenario.csv_key.tip", "Ключ HMAC для псевдонимов ИИН; ИИН не покидают страницу и не попадают в результаты", "ЖСН бүркеншік аттарына арналған HMAC кілті; ЖСН беттен шықпайды", "HMAC key for the IIN pseudonyms; no IIN leaves the page or reaches a result"},
  {"scenario.csv_active", "Исторические данные", "Тарихи деректер", "Historical records"},
  {"scenario.csv_drop", "Вернуться к синтетической", "Синтетикалыққа оралу", "Back to synthetic"},
  {"scenario.run", "Рассчитать", "Есептеу", "Run"},
  {"scenario.cancel", "Остановить", "Тоқтату", "Stop"},
  {"scenario.running", "Расчёт", "Есептелуде", "Running"},
  {"scenario.reset", "Сбросить изменения", "Өзгерістерді қалпына келтіру", "Reset edits"},
  {"scenario.edited", "изменено", "өзгертілген", "edited"},
  {"params.a", "Параметры политики A", "А саясатының параметрлері", "Parameters of policy A"},
  {"params.b", "Параметры политики B", "B саясатының параметрлері", "Parameters of policy B"},
  {"params.from", "с", "бастап", "from"},
  {"params.unit", "Единица", "Өлшем бірлігі", "Unit"},
  {"params.reference", "Правовая основа", "Құқықтық негіз", "Legal reference"},
  {"params.invalid", "Политика не принята", "Саясат қабылданбады", "Policy rejected"},
  {"behaviour", "Поведение должников", "Борышкерлердің мінез-құлқы", "Debtor behaviour"},
  {"behaviour.source", "Источник априорной оценки", "Априорлық бағалау көзі", "Source of the prior"},
  {"behaviour.decay", "Затухание уведомлений", "Хабарламалардың әсерінің бәсеңдеуі", "Notice decay"},
  {"behaviour.invalid", "Поведение не принято", "Мінез-құлық қабылданбады", "Behaviour rejected"},
  {"figures", "Ключевые показатели", "Негізгі көрсеткіштер", "Key figures"},
  {"figures.none", "Нажмите «Рассчитать».", "«Есептеу» түймесін басыңыз.", "Press Run."},
  {"figures.indicator", "Показатель", "Көрсеткіш", "Figure"},
  {"figures.interval", "90% интервал (A)", "90% аралық (A)", "90% interval (A)"},
  {"figures.cases", "Штрафов", "Айыппұлдар", "Fines"},
  {"figures.rate", "Доля взысканных", "Өндірілген үлесі", "Collection rate"},
  {"figures.collected", "Собрано штрафов", "Жиналған айыппұлдар", "Fines collected"},
  {"figures.fees", "Сборы ЧСИ, уплаченные гражданами", "Азаматтар төлеген ЖСО алымдары", "Bailiff fees paid by citizens"},
  {"figures.handed", "Передано ЧСИ", "ЖСО-ға берілді", "Handed to private bailiffs"},
  {"figures.proceedings", "Упрощённых производств", "Оңайлатылған іс жүргізу", "Simplified proceedings"},
  {"figures.notices", "Уведомлений отправлено", "Жіберілген хабарламалар", "Notices sent"},
  {"figures.saving_official", "Экономия (официальная формула)", "Үнемдеу (ресми формула)", "Savings (official formula)"},
  {"figures.saving_official.tip", "25% суммы, взысканной в упрощённом производстве (формула министерства)", "Оңайлатылған іс жүргізуде өндірілген соманың 25% (министрлік формуласы)", "25% of the tenge collected inside simplified proceedings (the Ministry's formula)"},
  {"figures.saving_cf", "Экономия (контрфактическая)", "Үнемдеу (контрфактілік)", "Savings (counterfactual)"},
  {"figures.saving_cf.tip", "Сборы ЧСИ при политике B минус при политике A, те же штрафы и случайные числа", "B саясатындағы ЖСО алымдары минус A саясатындағы, сол айыппұлдар", "Private-bailiff fees under B minus under A, same fines and draws"},
  {"figures.time", "Время расчёта", "Есептеу уақыты", "Run time"},
  {"figures.root", "Корневой хеш аудита A", "А аудитінің түбірлік хеші", "Audit root of A"},
  {"chart.cumulative", "Взыскание по дням", "Күндер бойынша өндіру", "Collection by day"},
  {"chart.cumulative.title", "Накопленная доля оплаченных штрафов по дням после вступления в силу", "Күшіне енгеннен кейінгі күндер бойынша төленген айыппұлдардың жинақталған үлесі", "Cumulative share of fines paid, by day since entry into force"},
  {"chart.days", "дней", "күн", "days"},
  {"chart.share", "% штрафов", "айыппұл %", "% of fines"},
  {"chart.stage", "Тенге по этапам", "Кезеңдер бойынша теңге", "Tenge by stage"},
  {"chart.stage.title", "Собрано штрафов по этапу оплаты", "Төлем кезеңі бойынша жиналған айыппұлдар", "Fines collected by stage of payment"},
  {"chart.savings", "Распределение экономии", "Үнемдеудің таралуы", "Savings distribution"},
  {"chart.savings.title", "Экономия по повторениям Монте-Карло", "Монте-Карло қайталаулары бойынша үнемдеу", "Savings over Monte Carlo replications"},
  {"chart.replication", "повторение", "қайталау", "replication"},
  {"chart.seed", "основной прогон", "негізгі есеп", "seeded run"},
  {"stage.discount", "Скидка 50%", "50% жеңілдік", "50% discount"},
  {"stage.voluntary", "Добровольно", "Ерікті", "Voluntary"},
  {"stage.overdue", "Просрочка", "Мерзімі өткен", "Overdue"},
  {"stage.robot", "Робот", "Робот", "Robot"},
  {"stage.bailiff", "ЧСИ", "ЖСО", "Private bailiff"},
  {"explorer", "Дела", "Істер", "Case explorer"},
  {"explorer.examples", "Примеры дел", "Іс мысалдары", "Example cases"},
  {"explorer.population", "Дело из совокупности", "Жиыннан іс", "Case from the population"},
  {"explorer.case", "Дело", "Іс", "Case"},
  {"explorer.index", "Номер дела", "Іс нөмірі", "Case number"},
  {"explorer.policy", "Политика", "Саясат", "Policy"},
  {"explorer.date", "Дата", "Күні", "Date"},
  {"explorer.action", "Действие", "Әрекет", "Action"},
  {"explorer.amount", "Сумма", "Сомасы", "Amount"},
  {"explorer.due", "Остаток", "Қалдық", "Still due"},
  {"explorer.fee", "Сбор", "Алым", "Fee"},
  {"explorer.rule", "Правило", "Ереже", "Rule"},
  {"explorer.basis", "Правовая основа", "Құқықтық негіз", "Legal basis"},
  {"explorer.fine", "Штраф", "Айыппұл", "Fine"},
  {"explorer.in_force", "вступил в силу", "күшіне енді", "in force"},
  {"explorer.segment", "сегмент", "сегмент", "segment"},
  {"explorer.no_payment", "не оплачен до горизонта", "көкжиекке дейін төленбеді", "unpaid at the horizon"},
  {"tab.charts", "Графики", "Графиктер", "Charts"},
  {"tab.explorer", "Дела", "Істер", "Cases"},
  {"tab.about", "О расчёте", "Есеп туралы", "About the run"},
  {"tab.receipt", "Квитанция", "Түбіртек", "Receipt"},
  {"receipt.open", "Открыть квитанцию и открытый ключ…", "Түбіртек пен ашық кілтті ашу…", "Open a receipt and its public key…"},
  {"receipt.help", "Квитанция одного дела (bailiff receipt) проверяется здесь, в странице, без журнала и без сети. С открытым ключом подписавшего (.pub) она «подлинна» только если подпись верна.", "Бір істің түбіртегі (bailiff receipt) осы бетте, журналсыз және желісіз тексеріледі. Қол қоюшының ашық кілтімен (.pub) қолтаңба дұрыс болса ғана «түпнұсқа».", "One case's receipt (bailiff receipt) is checked here, in the page, without the log and without the network. With the signer's public key (.pub) it is \"authentic\" only when the signature holds."},
  {"receipt.none", "Квитанция не открыта.", "Түбіртек ашылмаған.", "No receipt opened."},
  {"receipt.key", "Открытый ключ", "Ашық кілт", "Public key"},
  {"error", "Ошибка", "Қате", "Error"},
  {"error.csv", "CSV не принят, ничего не изменено", "CSV қабылданбады, ештеңе өзгерген жоқ", "CSV rejected, nothing changed"},
  {"dismiss", "Закрыть", "Жабу", "Dismiss"},
  {"progress.cases", "случаев", "жағдай", "case runs"},
  {"unit.mln", "млн", "млн", "M"},
  {"unit.bln", "млрд", "млрд", "bn"},
  {"unit.cases", "дел", "іс", "cases"},
  {"action.payment_received", "Получен платёж", "Төлем түсті", "Payment received"},
  {"action.closed_as_paid", "Оплачено, дело закрыто", "Төленді, іс жабылды", "Paid, case closed"},
  {"action.discount_window_closed", "Срок скидки истёк", "Жеңілдік мерзімі аяқталды", "Discount window closed"},
  {"action.voluntary_term_expired", "Срок добровольной оплаты истёк", "Ерікті төлеу мерзімі өтті", "Voluntary term expired"},
  {"action.proceeding_opened", "Открыто упрощённое производство", "Оңайлатылған іс жүргізу ашылды", "Simplified proceeding opened"},
  {"action.notice_sent_sms", "SMS-уведомление", "SMS-хабарлама", "SMS notice"},
  {"action.notice_sent_egov_push", "Push-уведомление eGov", "eGov push-хабарламасы", "eGov push notice"},
  {"action.account_arrested", "Арест счёта", "Шотқа тыйым салынды", "Account arrested"},
  {"action.handed_to_private_bailiff", "Передано ЧСИ", "ЖСО-ға берілді", "Handed to private bailiff"},
  {"action.fee_charged", "Удержан сбор ЧСИ", "ЖСО алымы ұсталды", "Bailiff fee charged"},
  {"action.measures_lifted", "Меры сняты", "Шаралар алынды", "Measures lifted"},
  {"kazakh.sample", "Әділет: Ғ Қ Ң Ө Ұ Ү Һ І", "Әділет: Ғ Қ Ң Ө Ұ Ү Һ І", "Әділет: Ғ Қ Ң Ө Ұ Ү Һ І"},
};
// clang-format on

Language g_language = Language::kRu;

const std::map<std::string_view, const Entry*>& index() {
  static const std::map<std::string_view, const Entry*> map = [] {
    std::map<std::string_view, const Entry*> m;
    for (const Entry& e : kTable) m.emplace(e.key, &e);
    return m;
  }();
  return map;
}

}  // namespace

void set_language(Language l) { g_language = l; }
Language language() { return g_language; }

const char* language_code(Language l) {
  switch (l) {
    case Language::kKk: return "kk";
    case Language::kEn: return "en";
    default: return "ru";
  }
}

bool parse_language(std::string_view code, Language& out) {
  for (Language l : {Language::kRu, Language::kKk, Language::kEn}) {
    if (code == language_code(l)) {
      out = l;
      return true;
    }
  }
  return false;
}

const char* tr(std::string_view key, Language l) {
  const auto& m = index();
  const auto it = m.find(key);
  if (it == m.end()) {
    static std::map<std::string, std::string, std::less<>> missing;
    auto [pos, inserted] = missing.try_emplace(std::string(key), std::string(key));
    return pos->second.c_str();
  }
  switch (l) {
    case Language::kKk: return it->second->kk;
    case Language::kEn: return it->second->en;
    default: return it->second->ru;
  }
}

const char* tr(std::string_view key) { return tr(key, g_language); }

}  // namespace bailiff::web
