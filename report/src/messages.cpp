// The message table: every sentence and label of the reports and the page, in Russian,
// Kazakh and English, one row per key. Placeholders in braces ({amount}) are filled by
// fill(); a row holds the same placeholders in its three languages (checked by a test).

#include "bailiff/report/messages.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace bailiff::report {
namespace {

// clang-format off
constexpr MessageRow kRows[] = {
  {"app.title", "Робот-судоисполнитель: моделирование штрафов", "Робот-сот орындаушы: айыппұлдарды модельдеу", "Robot bailiff: simulating fines"},
  {"app.local", "Все расчёты выполняются в браузере; данные никуда не отправляются.", "Барлық есептеу браузерде жүреді; деректер ешқайда жіберілмейді.", "Everything is computed in this page; no data leaves it."},
  {"menu.language", "Язык", "Тіл", "Language"},
  {"menu.text_size", "Текст", "Мәтін", "Text"},
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
  {"scenario.cases.tip", "0 = размер по умолчанию (национальный год: 25 500 000)", "0 = әдепкі өлшем (ұлттық жыл: 25 500 000)", "0 = the preset's size (national year: 25,500,000)"},
  {"scenario.seed", "Зерно", "Бастапқы сан", "Seed"},
  {"scenario.replications", "Повторения", "Қайталаулар", "Replications"},
  {"scenario.replications.tip", "Повторения: каждое берёт свой набор параметров поведения из апостериорного ансамбля калиброванной модели; показатель — их среднее, интервал — 5–95% по ним (неопределённость поведения и случайный разброс вместе)", "Қайталаулар: әрқайсысы калибрленген модельдің апостериорлық ансамблінен мінез-құлық параметрлерінің өз жиынын алады; көрсеткіш — олардың орташасы, аралық — олар бойынша 5–95% (мінез-құлық белгісіздігі мен кездейсоқ ауытқу бірге)", "Replications: each takes its own draw of the behaviour parameters from the calibrated model's posterior ensemble; each figure is their mean, its interval their 5th-95th percentile (behaviour uncertainty and sampling together)"},
  {"scenario.open_csv", "Открыть CSV…", "CSV ашу…", "Open CSV…"},
  {"scenario.csv_key", "Ключ псевдонимов ИИН", "ЖСН бүркеншік кілті", "IIN pseudonym key"},
  {"scenario.csv_key.tip", "Ключ HMAC для псевдонимов ИИН; ИИН не покидают страницу и не попадают в результаты", "ЖСН бүркеншік аттарына арналған HMAC кілті; ЖСН беттен шықпайды", "HMAC key for the IIN pseudonyms; no IIN leaves the page or reaches a result"},
  {"scenario.csv_active", "Исторические данные", "Тарихи деректер", "Historical records"},
  {"scenario.csv_drop", "Вернуться к синтетической", "Синтетикалыққа оралу", "Back to synthetic"},
  {"scenario.run", "Рассчитать", "Есептеу", "Run"},
  {"scenario.cancel", "Остановить", "Тоқтату", "Stop"},
  {"scenario.stopped", "Расчёт остановлен; показаны прежние результаты", "Есептеу тоқтатылды; бұрынғы нәтижелер көрсетілген", "Run stopped; the figures shown are the earlier ones"},
  {"scenario.running", "Расчёт", "Есептелуде", "Running"},
  {"scenario.reset", "Сбросить изменения", "Өзгерістерді қалпына келтіру", "Reset edits"},
  {"scenario.edited", "изменено", "өзгертілген", "edited"},
  {"fee.mode", "расчёт", "есептеу", "computed"},
  {"fee.mode.whole", "по ставке всей суммы", "бүкіл соманың мөлшерлемесімен", "at the whole sum's rate"},
  {"fee.mode.marginal", "по ступеням", "сатылар бойынша", "bracket by bracket"},
  {"fee.cap", "предел", "шегі", "cap"},
  {"policy.name.kz-2024-08-20", "Действующий закон (с 20.08.2024)", "Қолданыстағы заң (20.08.2024 бастап)", "Current law (since 20.08.2024)"},
  {"policy.name.kz-pre-robot", "До робота", "Роботқа дейін", "Before the robot"},
  {"policy.name.kz-2024-pilot", "Пилот в Таразе (2024)", "Тараз пилоты (2024)", "Taraz pilot (2024)"},
  {"question.robot", "Что изменил робот", "Робот нені өзгертті", "What the robot changed"},
  {"question.robot.tip", "A — действующий закон без изменений, B — правила до робота: A − B показывает, что изменил робот", "A — өзгеріссіз қолданыстағы заң, B — роботқа дейінгі ережелер: A − B робот нені өзгерткенін көрсетеді", "A is current law unchanged, B the rules before the robot: A − B is what the robot changed"},
  {"question.is_robot", "Вопрос: что изменил робот (A − B)", "Сұрақ: робот нені өзгертті (A − B)", "Question: what the robot changed (A − B)"},
  {"question.is_reform", "Вопрос: что даст изменение (A − B — эффект реформы)", "Сұрақ: өзгеріс не береді (A − B — реформаның әсері)", "Question: what would this change do (A − B is the reform's effect)"},
  {"question.other", "Вопрос: A против B", "Сұрақ: A мен B салыстыру", "Question: A against B"},
  {"params.a", "Параметры политики A", "А саясатының параметрлері", "Parameters of policy A"},
  {"params.b", "Параметры политики B", "B саясатының параметрлері", "Parameters of policy B"},
  {"params.from", "с", "бастап", "from"},
  {"params.from_date", "с {date}", "{date} бастап", "from {date}"},
  {"params.unit", "Единица", "Өлшем бірлігі", "Unit"},
  {"params.reference", "Правовая основа", "Құқықтық негіз", "Legal basis"},
  {"params.sources", "Источники", "Дереккөздер", "Sources"},
  {"params.in_force", "действует сегодня", "бүгін қолданылады", "in force today"},
  {"params.in_force_help", "Значение, действующее сегодня (по часам вашего устройства)", "Бүгін қолданылатын мән (құрылғыңыздың сағаты бойынша)", "The value in force today (by your device's clock)"},
  {"params.invalid", "Политика не принята", "Саясат қабылданбады", "Policy rejected"},
  {"behaviour", "Поведение должников", "Борышкерлердің мінез-құлқы", "Debtor behaviour"},
  {"behaviour.source", "Источник априорной оценки", "Априорлық бағалау көзі", "Source of the prior"},
  {"behaviour.decay", "Затухание уведомлений", "Хабарламалардың әсерінің бәсеңдеуі", "Notice decay"},
  {"behaviour.invalid", "Поведение не принято", "Мінез-құлық қабылданбады", "Behaviour rejected"},
  {"headline", "При политике «{a}» по сравнению с политикой «{b}»: {fees}; {collected}; {handed}.", "«{a}» саясатында «{b}» саясатымен салыстырғанда: {fees}; {collected}; {handed}.", "Under {a} against {b}: {fees}; {collected}; {handed}."},
  {"headline.interval", " (5–95%: от {low} до {high})", " (5–95%: {low} – {high})", " (5–95%: {low} to {high})"},
  {"headline.fees.less", "граждане платят ЧСИ на {value} меньше{interval}", "азаматтар ЖСО алымдарына {value} аз төлейді{interval}", "citizens pay {value} less in private-bailiff fees{interval}"},
  {"headline.fees.more", "граждане платят ЧСИ на {value} больше{interval}", "азаматтар ЖСО алымдарына {value} көп төлейді{interval}", "citizens pay {value} more in private-bailiff fees{interval}"},
  {"headline.fees.same", "граждане платят ЧСИ столько же{interval}", "азаматтар ЖСО алымдарына сонша төлейді{interval}", "citizens pay the same private-bailiff fees{interval}"},
  {"headline.collected.more", "штрафов взыскано на {value} больше{interval}", "айыппұлдар {value} көп өндіріледі{interval}", "{value} more in fines is collected{interval}"},
  {"headline.collected.less", "взыскание падает: штрафов взыскано на {value} меньше{interval}", "өндіру төмендейді: айыппұлдар {value} аз өндіріледі{interval}", "collection falls: {value} less in fines is collected{interval}"},
  {"headline.collected.same", "штрафов взыскано столько же{interval}", "айыппұлдар сонша өндіріледі{interval}", "as much in fines is collected{interval}"},
  {"headline.handed.less", "ЧСИ передано на {value} {cases} меньше{interval}", "ЖСО-ға {value} {cases} аз беріледі{interval}", "private bailiffs receive {value} fewer {cases}{interval}"},
  {"headline.handed.more", "ЧСИ передано на {value} {cases} больше{interval}", "ЖСО-ға {value} {cases} көп беріледі{interval}", "private bailiffs receive {value} more {cases}{interval}"},
  {"headline.handed.same", "ЧСИ передано столько же дел{interval}", "ЖСО-ға сонша іс беріледі{interval}", "as many cases are handed to private bailiffs{interval}"},
  {"unit.calendar_days", "календарных дней", "күнтізбелік күн", "days"},
  {"unit.calendar_days.one", "календарный день", "күнтізбелік күн", "day"},
  {"unit.calendar_days.few", "календарных дня", "күнтізбелік күн", "days"},
  {"unit.calendar_days.many", "календарных дней", "күнтізбелік күн", "days"},
  {"unit.working_days.one", "рабочий день", "жұмыс күні", "working day"},
  {"unit.working_days.few", "рабочих дня", "жұмыс күні", "working days"},
  {"unit.working_days.many", "рабочих дней", "жұмыс күні", "working days"},
  {"unit.calendar_months.one", "месяц", "ай", "month"},
  {"unit.calendar_months.few", "месяца", "ай", "months"},
  {"unit.calendar_months.many", "месяцев", "ай", "months"},
  {"noun.case.one", "дело", "іс", "case"},
  {"noun.case.few", "дела", "іс", "cases"},
  {"noun.case.many", "дел", "іс", "cases"},
  {"noun.fine.one", "штраф", "айыппұл", "fine"},
  {"noun.fine.few", "штрафа", "айыппұл", "fines"},
  {"noun.fine.many", "штрафов", "айыппұл", "fines"},
  {"unit.working_days", "рабочих дней", "жұмыс күні", "working days"},
  {"unit.calendar_months", "месяцев", "ай", "months"},
  {"unit.mrp", "МРП", "АЕК", "MRP"},
  {"unit.basis_points", "б.п. (1/100 %)", "б.т. (1/100 %)", "bp (1/100 %)"},
  {"unit.tenge", "₸", "₸", "₸"},
  {"unit.boolean", "да / нет", "иә / жоқ", "yes / no"},
  {"unit.enum", "выбор", "таңдау", "choice"},
  {"unit.schedule", "шкала", "шкала", "schedule"},
  {"unit.pp", "п.п.", "п.т.", "pp"},
  {"value.on", "да", "иә", "on"},
  {"value.off", "нет", "жоқ", "off"},
  {"params.term_unit", "Единица срока (для всех дат этого параметра)", "Мерзім бірлігі (осы параметрдің барлық күндеріне)", "Unit of the term (for every date of this parameter)"},
  {"params.refused", "Значение не принято", "Мән қабылданбады", "Value refused"},
  {"params.implausible", "Необычное значение: проверьте единицу", "Әдеттен тыс мән: бірлігін тексеріңіз", "Unusual value: check the unit"},
  {"figures.calculating", "Идёт расчёт…", "Есептелуде…", "Calculating…"},
  {"figures.stale", "Показатели не соответствуют текущим параметрам: нажмите «Рассчитать».", "Көрсеткіштер ағымдағы параметрлерге сәйкес емес: «Есептеу» түймесін басыңыз.", "These figures do not match the current inputs: press Run."},
  {"figures.stale.running", "Показатели прежнего расчёта; идёт новый расчёт…", "Алдыңғы есептің көрсеткіштері; жаңа есеп жүріп жатыр…", "Figures of the previous run; a new run is in progress…"},
  {"figures.delta", "A − B", "A − B", "A − B"},
  {"figures.text", "Ключевые показатели текстом", "Негізгі көрсеткіштер мәтінмен", "Key figures as text"},
  {"figures", "Ключевые показатели", "Негізгі көрсеткіштер", "Key figures"},
  {"figures.exact", "Точное ожидание при подобранных параметрах поведения (без выборки, один набор параметров), пересчитано сразу после правки; «Рассчитать» добавляет методом Монте-Карло интервал по неопределённости поведения и выборке. Экспорт и пакет воспроизведения — только по расчёту Монте-Карло.", "Мінез-құлықтың таңдалған параметрлеріндегі дәл күтілім (іріктеусіз, бір параметрлер жиыны), өзгертуден кейін бірден есептелді; «Есептеу» Монте-Карло әдісімен мінез-құлық белгісіздігі мен іріктеу бойынша аралықты қосады. Экспорт пен қайталау пакеті тек Монте-Карло есебі бойынша.", "The exact expectation at the fitted behaviour (no sampling, one parameter set), computed at once after the edit; Run adds by Monte Carlo the interval over the behaviour's uncertainty and sampling. Exports and the replay bundle are of Monte Carlo runs only."},
  {"figures.none", "Нажмите «Рассчитать».", "«Есептеу» түймесін басыңыз.", "Press Run."},
  {"figures.indicator", "Показатель", "Көрсеткіш", "Figure"},
  {"figures.interval", "5–95% по повторениям (A)", "Қайталаулар бойынша 5–95% (A)", "5–95% over replications (A)"},
  {"figures.cases", "Штрафов", "Айыппұлдар", "Fines"},
  {"figures.rate", "Доля взысканных", "Өндірілген үлесі", "Collection rate"},
  {"figures.collected", "Собрано штрафов", "Жиналған айыппұлдар", "Fines collected"},
  {"figures.fees", "Сборы ЧСИ, уплаченные гражданами", "Азаматтар төлеген ЖСО алымдары", "Bailiff fees paid by citizens"},
  {"figures.handed", "Передано ЧСИ", "ЖСО-ға берілді", "Handed to private bailiffs"},
  {"figures.proceedings", "Упрощённых производств", "Оңайлатылған іс жүргізу", "Simplified proceedings"},
  {"figures.notices", "Уведомлений отправлено", "Жіберілген хабарламалар", "Notices sent"},
  {"figures.saving_official", "Учёт министерства: 25% взысканного роботом", "Министрлік есебі: робот өндірген соманың 25%", "The Ministry's accounting: 25% of what the robot collected"},
  {"figures.saving_official.tip", "Формула министерства: 25% суммы, взысканной в упрощённом производстве (столько получил бы ЧСИ, если бы взыскивал он). Это другая величина, чем экономия граждан: она не сравнивает A с B", "Министрлік формуласы: оңайлатылған іс жүргізуде өндірілген соманың 25% (оны ЖСО өндірсе, ол алатын сома). Бұл азаматтардың үнемдеуінен басқа шама: A мен B салыстырмайды", "The Ministry's formula: 25% of the tenge collected inside simplified proceedings (what a private bailiff would have charged had they collected it). A different quantity from what citizens save: it does not compare A with B"},
  {"figures.official_line", "Учёт министерства, другая величина (не экономия граждан): 25% взысканного роботом — A {a}, B {b}", "Министрлік есебі, басқа шама (азаматтардың үнемдеуі емес): робот өндіргеннің 25% — A {a}, B {b}", "The Ministry's accounting, a different quantity (not what citizens save): 25% of what the robot collected — A {a}, B {b}"},
  {"figures.saving_cf", "Экономия граждан (B − A)", "Азаматтардың үнемдеуі (B − A)", "Citizens save in fees (B − A)"},
  {"figures.saving_cf.tip", "Сборы ЧСИ при политике B минус при политике A на тех же штрафах и случайных числах — та же экономия, что в заголовке", "B саясатындағы ЖСО алымдары минус A саясатындағы, сол айыппұлдар мен кездейсоқ сандар бойынша — тақырыптағы үнемдеу", "Private-bailiff fees under B minus under A, on the same fines and draws: the saving of the headline"},
  {"figures.time", "Время расчёта", "Есептеу уақыты", "Run time"},
  {"figures.root", "Корневой хеш аудита A", "А аудитінің түбірлік хеші", "Audit root of A"},
  {"chart.cumulative", "Взыскание по дням", "Күндер бойынша өндіру", "Collection by day"},
  {"chart.cumulative.title", "Накопленная доля оплаченных штрафов по дням после вступления в силу", "Күшіне енгеннен кейінгі күндер бойынша төленген айыппұлдардың жинақталған үлесі", "Cumulative share of fines paid, by day since entry into force"},
  {"chart.png", "Сохранить график как PNG", "Графикті PNG ретінде сақтау", "Save the chart as PNG"},
  {"chart.day", "День {day} после вступления в силу", "Күшіне енгеннен кейінгі {day}-күн", "Day {day} since entry into force"},
  {"chart.days", "дней", "күн", "days"},
  {"chart.share", "% штрафов", "айыппұл %", "% of fines"},
  {"chart.stage", "Тенге по этапам", "Кезеңдер бойынша теңге", "Tenge by stage"},
  {"chart.stage.title", "Собрано штрафов по этапу оплаты", "Төлем кезеңі бойынша жиналған айыппұлдар", "Fines collected by stage of payment"},
  {"chart.savings", "Распределение экономии", "Үнемдеудің таралуы", "Savings distribution"},
  {"chart.regions.title", "Собрано штрафов по регионам", "Өңірлер бойынша жиналған айыппұлдар", "Fines collected by region"},
  {"chart.region_fees.title", "Сборы ЧСИ по регионам", "Өңірлер бойынша ЖСО алымдары", "Private-bailiff fees by region"},
  {"chart.segment_fees.title", "Кто платит сборы ЧСИ: по сегментам должников", "ЖСО алымдарын кім төлейді: борышкерлер сегменттері бойынша", "Who pays the private-bailiff fees: by debtor segment"},
  {"chart.savings.title", "Экономия граждан на сборах ЧСИ (B − A) по повторениям", "Азаматтардың ЖСО алымдарынан үнемдеуі (B − A) қайталаулар бойынша", "What citizens save in private-bailiff fees (B − A), by replication"},
  {"chart.replication", "повторение", "қайталау", "replication"},
  {"chart.seed", "основной прогон", "негізгі есеп", "seeded run"},
  {"chart.mean", "среднее", "орташа", "mean"},
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
  {"explorer.step", "Что происходит", "Не болады", "What happens"},
  {"explorer.due", "Остаток", "Қалдық", "Still due"},
  {"explorer.rule", "Правило", "Ереже", "Rule"},
  {"explorer.basis", "Правовая основа", "Құқықтық негіз", "Legal basis"},
  {"explorer.fine", "Штраф", "Айыппұл", "Fine"},
  {"explorer.in_force", "вступил в силу", "күшіне енді", "in force"},
  {"explorer.segment", "сегмент", "сегмент", "segment"},
  {"explorer.no_payment", "не оплачен до горизонта", "көкжиекке дейін төленбеді", "unpaid at the horizon"},
  {"tab.charts", "Графики", "Графиктер", "Charts"},
  {"tab.explorer", "Дела", "Істер", "Cases"},
  {"tab.about", "О расчёте", "Есеп туралы", "About the run"},
  {"error", "Ошибка", "Қате", "Error"},
  {"error.csv", "CSV не принят, ничего не изменено", "CSV қабылданбады, ештеңе өзгерген жоқ", "CSV rejected, nothing changed"},
  {"dismiss", "Закрыть", "Жабу", "Dismiss"},
  {"error.part", "Эту часть страницы не удалось показать, остальная страница работает", "Беттің бұл бөлігін көрсету мүмкін болмады, беттің қалғаны жұмыс істейді", "This part of the page could not be shown; the rest of the page works"},
  {"error.retry", "Попробовать снова", "Қайта көру", "Try again"},
  {"error.frame", "Страница перехватила ошибку и продолжает работу", "Бет қатені ұстап, жұмысын жалғастырады", "The page caught an error and goes on"},
  {"progress.cases", "случаев", "жағдай", "case runs"},
  {"unit.mln", "млн", "млн", "M"},
  {"unit.bln", "млрд", "млрд", "bn"},
  {"unit.cases", "дел", "іс", "cases"},
  {"tab.receipt", "Квитанция", "Түбіртек", "Receipt"},
  {"receipt.open", "Открыть квитанцию и открытый ключ…", "Түбіртек пен ашық кілтті ашу…", "Open a receipt and its public key…"},
  {"receipt.help", "Квитанция одного дела (bailiff receipt) проверяется здесь, в странице, без журнала и без сети. С открытым ключом подписавшего (.pub) она «подлинна» только если подпись верна.", "Бір істің түбіртегі (bailiff receipt) осы бетте, журналсыз және желісіз тексеріледі. Қол қоюшының ашық кілтімен (.pub) қолтаңба дұрыс болса ғана «түпнұсқа».", "One case's receipt (bailiff receipt) is checked here, in the page, without the log and without the network. With the signer's public key (.pub) it is \"authentic\" only when the signature holds."},
  {"receipt.none", "Квитанция не открыта.", "Түбіртек ашылмаған.", "No receipt opened."},
  {"receipt.key", "Открытый ключ", "Ашық кілт", "Public key"},
  {"receipt.decision.one", "решение", "шешім", "decision"},
  {"receipt.decision.few", "решения", "шешім", "decisions"},
  {"receipt.decision.many", "решений", "шешім", "decisions"},
  {"receipt.where", "дело {case} ({index}-е из {total} в пакете)", "{case} ісі (пакеттегі {total} істің {index}-сі)", "case {case} ({index} of {total} in the bundle)"},
  {"receipt.verdict.authentic", "ПОДЛИННО. Подписано ключом {key}: {decisions} — всё, что пакет с печатью {seal} содержит по делу: {where}.", "ТҮПНҰСҚА. {key} кілтімен қол қойылған: {decisions} — {seal} мөрі бар пакеттің іс бойынша бар мазмұны: {where}.", "AUTHENTIC. Signed by key {key}: {decisions}, all that the bundle sealed {seal} holds for {where}."},
  {"receipt.verdict.consistent", "ЦЕЛОСТНОСТЬ ПРОВЕРЕНА, ПОДЛИННОСТЬ НЕ ПРОВЕРЕНА. {decisions} по делу {where} согласованы, но согласованную квитанцию может составить кто угодно: откройте открытый ключ подписавшего (идентификатор {key}), чтобы проверить подпись.", "ТҰТАСТЫҒЫ ТЕКСЕРІЛДІ, ТҮПНҰСҚАЛЫҒЫ ТЕКСЕРІЛМЕДІ. {where} бойынша {decisions} келісілген, бірақ келісілген түбіртекті кез келген адам жасай алады: қолтаңбаны тексеру үшін қол қоюшының ашық кілтін ашыңыз (идентификаторы {key}).", "INTEGRITY CHECKED, AUTHENTICITY NOT CHECKED. The {decisions} of {where} are consistent, but anyone can compute a consistent receipt: open the signer's public key (key id {key}) to check its signature."},
  {"receipt.verdict.not_verified", "НЕ ПОДТВЕРЖДЕНО: {problem}", "РАСТАЛМАДЫ: {problem}", "NOT VERIFIED: {problem}"},
  {"receipt.file", "Квитанция: {file} ({bytes} байт)", "Түбіртек: {file} ({bytes} байт)", "Receipt: {file} ({bytes} bytes)"},
  {"receipt.case", "Дело {case}: {decisions}", "{case} ісі: {decisions}", "Case {case}: {decisions}"},
  {"receipt.amounts", "сумма {amount}, остаётся к оплате {due}", "сомасы {amount}, төленуге қалғаны {due}", "amount {amount}, still due {due}"},
  {"receipt.fee", "сбор ЧСИ {fee}", "ЖСО алымы {fee}", "private-bailiff fee {fee}"},
  {"receipt.rule", "правило {rule}, параметр политики {param}", "{rule} ережесі, саясат параметрі {param}", "rule {rule}, policy parameter {param}"},
  {"receipt.check.chain", "цепочка записей дела сходится: дайджест {digest}", "іс жазбаларының тізбегі сәйкес: дайджест {digest}", "the chain of the case's records holds: digest {digest}"},
  {"receipt.check.inclusion", "дело {index} из {total} входит в дерево дел: {hashes} хешей до корня {root}", "{total} істің {index}-сі істер ағашына кіреді: түбірге дейін {hashes} хеш {root}", "case {index} of {total} is in the case tree: {hashes} hashes up to the root {root}"},
  {"receipt.check.signature", "подпись Ed25519 ключа {key} верна", "{key} кілтінің Ed25519 қолтаңбасы дұрыс", "the Ed25519 signature of key {key} holds"},
  {"receipt.action.payment_received", "получен платёж", "төлем түсті", "payment received"},
  {"receipt.action.closed_as_paid", "дело закрыто как оплаченное", "іс төленді деп жабылды", "closed as paid"},
  {"receipt.action.discount_window_closed", "срок скидки истёк", "жеңілдік мерзімі өтті", "the discount window closed"},
  {"receipt.action.voluntary_term_expired", "срок добровольной оплаты истёк", "ерікті төлеу мерзімі өтті", "the voluntary term expired"},
  {"receipt.action.proceeding_opened", "робот возбудил упрощённое производство", "робот оңайлатылған іс жүргізу қозғады", "the robot opened a simplified proceeding"},
  {"receipt.action.notice_sent_sms", "отправлено SMS-уведомление", "SMS-хабарлама жіберілді", "SMS notice sent"},
  {"receipt.action.notice_sent_egov_push", "отправлено push-уведомление eGov", "eGov push-хабарламасы жіберілді", "eGov push notice sent"},
  {"receipt.action.account_arrested", "арестован банковский счёт", "банк шотына тыйым салынды", "a bank account arrested"},
  {"receipt.action.handed_to_private_bailiff", "дело передано частному судебному исполнителю", "іс жеке сот орындаушысына берілді", "handed to a private bailiff"},
  {"receipt.action.fee_charged", "удержан сбор ЧСИ", "ЖСО алымы ұсталды", "private-bailiff fee charged"},
  {"receipt.action.measures_lifted", "меры принудительного исполнения сняты", "мәжбүрлеу шаралары алынды", "enforcement measures lifted"},
  {"month.1", "января", "қаңтар", "January"},
  {"month.2", "февраля", "ақпан", "February"},
  {"month.3", "марта", "наурыз", "March"},
  {"month.4", "апреля", "сәуір", "April"},
  {"month.5", "мая", "мамыр", "May"},
  {"month.6", "июня", "маусым", "June"},
  {"month.7", "июля", "шілде", "July"},
  {"month.8", "августа", "тамыз", "August"},
  {"month.9", "сентября", "қыркүйек", "September"},
  {"month.10", "октября", "қазан", "October"},
  {"month.11", "ноября", "қараша", "November"},
  {"month.12", "декабря", "желтоқсан", "December"},
  {"explain.stage.discount", " в период скидки", " жеңілдік мерзімінде", " inside the discount window"},
  {"explain.stage.voluntary", " в срок добровольной уплаты", " ерікті төлеу мерзімінде", " within the voluntary payment term"},
  {"explain.stage.overdue", " после срока добровольной уплаты", " ерікті төлеу мерзімі өткеннен кейін", " after the voluntary payment term"},
  {"explain.stage.robot", " в упрощённом производстве", " оңайлатылған іс жүргізуде", " in the robot's proceeding"},
  {"explain.stage.bailiff", " через частного судебного исполнителя", " жеке сот орындаушысы арқылы", " by the private bailiff"},
  {"explain.payment_received", "Поступил платёж {amount}{stage}; остаток штрафа к уплате {due}.", "{amount} төлем түсті{stage}; айыппұлдың төленбеген қалдығы {due}.", "A payment of {amount} was received{stage}; {due} of the fine is still due."},
  {"explain.payment_received.discount", "Поступил платёж {amount} в период скидки: доплата {rest} до его окончания закрывает дело со скидкой; после него к уплате весь остаток штрафа {due}.", "{amount} төлем жеңілдік мерзімінде түсті: мерзім аяқталғанға дейін тағы {rest} төлеу істі жеңілдікпен жабады; одан кейін айыппұлдың бүкіл қалдығы {due} төленуге тиіс.", "A payment of {amount} was received inside the discount window: {rest} more before the window closes settles the case at the discount; after it the whole remainder of {due} is due."},
  {"explain.closed.discount", "Должник уплатил {amount} в период скидки: штраф погашен со скидкой, дело закрыто.", "Борышкер жеңілдік мерзімінде {amount} төледі: айыппұл жеңілдікпен өтелді, іс жабылды.", "The debtor paid {amount} inside the early-payment discount window: the fine is settled at the discounted amount and the case is closed."},
  {"explain.closed.voluntary", "Должник уплатил {amount} в срок добровольной уплаты; дело закрыто.", "Борышкер ерікті төлеу мерзімінде {amount} төледі; іс жабылды.", "The debtor paid {amount} within the voluntary payment term; the case is closed."},
  {"explain.closed.overdue", "Должник уплатил {amount} после срока добровольной уплаты, до передачи на принудительное исполнение; дело закрыто.", "Борышкер ерікті төлеу мерзімі өткеннен кейін, мәжбүрлеп орындауға берілгенге дейін {amount} төледі; іс жабылды.", "The debtor paid {amount} after the voluntary term but before the case was referred for enforcement; the case is closed."},
  {"explain.closed.robot", "Должник уплатил {amount} в срок, данный роботом-судоисполнителем, поэтому оплата деятельности ЧСИ не взимается; дело закрыто.", "Борышкер робот-сот орындаушы берген мерзімде {amount} төледі, сондықтан ЖСО қызметіне ақы алынбайды; іс жабылды.", "The debtor paid {amount} inside the robot bailiff's window, so no private-bailiff fee is due; the case is closed."},
  {"explain.closed.bailiff", "Должник уплатил {amount} через частного судебного исполнителя, включая оплату его деятельности {fee}; дело закрыто.", "Борышкер жеке сот орындаушысы арқылы {amount} төледі, оның ішінде орындаушы қызметіне ақы {fee}; іс жабылды.", "The debtor paid {amount} through the private bailiff, including the bailiff's fee of {fee}; the case is closed."},
  {"explain.closed", "Должник уплатил {amount}; дело закрыто.", "Борышкер {amount} төледі; іс жабылды.", "The debtor paid {amount}; the case is closed."},
  {"explain.discount_window_closed", "Срок уплаты со скидкой истёк; к уплате полная сумма штрафа {due}.", "Жеңілдікпен төлеу мерзімі аяқталды; енді айыппұлдың толық сомасы {due} төленуге тиіс.", "The early-payment discount window closed; the full fine of {due} is now due."},
  {"explain.voluntary_term_expired", "Срок добровольной уплаты истёк; не уплачено {due}.", "Ерікті төлеу мерзімі өтті; {due} төленбеді.", "The term for voluntary payment expired with {due} unpaid."},
  {"explain.proceeding_opened", "Робот-судоисполнитель возбудил упрощённое исполнительное производство на сумму долга {amount}.", "Робот-сот орындаушы {amount} борыш сомасына оңайлатылған атқарушылық іс жүргізу қозғады.", "The robot bailiff opened a simplified enforcement proceeding for the debt of {amount}."},
  {"explain.notice_sent_sms", "Робот направил должнику SMS-уведомление о долге {amount}.", "Робот борышкерге {amount} борыш туралы SMS-хабарлама жіберді.", "The robot sent the debtor an SMS notice of the debt of {amount}."},
  {"explain.notice_sent_egov_push", "Робот направил должнику push-уведомление в eGov Mobile.", "Робот борышкерге eGov Mobile қосымшасында push-хабарлама жіберді.", "The robot sent the debtor a push notice in eGov Mobile."},
  {"explain.account_arrested", "Робот наложил арест на один банковский счёт должника в пределах долга {amount}.", "Робот борышкердің бір банк шотына {amount} борыш шегінде тыйым салды.", "The robot arrested one bank account of the debtor, within the debt of {amount}."},
  {"explain.handed.robot_window_expired", "Срок для уплаты без дополнительных расходов истёк: дело передано частному судебному исполнителю (ЧСИ); при взыскании должник оплачивает его деятельность в размере {fee}.", "Қосымша шығынсыз төлеу мерзімі төлемсіз аяқталды: іс жеке сот орындаушысына (ЖСО) берілді; өндіріп алу кезінде борышкер оның қызметіне {fee} ақы төлейді.", "The robot's window to pay without a fee ended unpaid: the case passed to a private bailiff, whose fee of {fee} the debtor pays on recovery."},
  {"explain.handed.direct_above_threshold", "Долг {amount} превышает предел упрощённого производства: дело передано непосредственно частному судебному исполнителю (ЧСИ); при взыскании должник оплачивает его деятельность в размере {fee}.", "{amount} борыш оңайлатылған іс жүргізу шегінен асады: іс тікелей жеке сот орындаушысына (ЖСО) берілді; өндіріп алу кезінде борышкер оның қызметіне {fee} ақы төлейді.", "The debt of {amount} exceeds the limit of simplified proceedings: the case passed directly to a private bailiff, whose fee of {fee} the debtor pays on recovery."},
  {"explain.handed.robot_not_reached", "Робот не открыл по делу упрощённое производство (в симуляции робот охватывает не все дела, что допускает модель): дело направлено частному судебному исполнителю (ЧСИ), как до робота; при взыскании должник оплачивает его деятельность в размере {fee}.", "Робот іс бойынша оңайлатылған іс жүргізу ашқан жоқ (модельде робот барлық істі қамтымайды): іс роботқа дейінгідей жеке сот орындаушысына (ЖСО) берілді; өндіріп алу кезінде борышкер оның қызметіне {fee} ақы төлейді.", "The robot did not open a simplified proceeding for this case (in the simulation the robot reaches only part of the cases, a model assumption): it went to a private bailiff as before the robot, whose fee of {fee} the debtor pays on recovery."},
  {"explain.handed", "Дело направлено на принудительное исполнение частному судебному исполнителю (ЧСИ); при взыскании должник оплачивает его деятельность в размере {fee}.", "Іс мәжбүрлеп орындау үшін жеке сот орындаушысына (ЖСО) жіберілді; өндіріп алу кезінде борышкер оның қызметіне {fee} ақы төлейді.", "The case was referred for enforcement to a private bailiff, whose fee of {fee} the debtor pays on recovery."},
  {"explain.fee_charged", "Из платежа {amount} направлено на оплату деятельности ЧСИ.", "Төлемнен {amount} ЖСО қызметіне ақы ретінде жіберілді.", "{amount} of the payment went to the private bailiff's fee."},
  {"explain.measures_lifted", "После оплаты меры принудительного исполнения сняты автоматически.", "Төлемнен кейін мәжбүрлеп орындау шаралары автоматты түрде алынды.", "The payment lifted the enforcement measures automatically."},
  {"explain.outcome.closed.fee", "Итог: дело закрыто {date}; всего уплачено {paid}, из них оплата деятельности ЧСИ {fee}.", "Нәтиже: іс жабылды ({date}); барлығы {paid} төленді, оның ішінде ЖСО қызметіне ақы {fee}.", "Outcome: closed on {date}; the debtor paid {paid} in all, of which {fee} was the private bailiff's fee."},
  {"explain.outcome.closed", "Итог: дело закрыто {date}; всего уплачено {paid}, без оплаты деятельности ЧСИ.", "Нәтиже: іс жабылды ({date}); барлығы {paid} төленді, ЖСО қызметіне ақы алынған жоқ.", "Outcome: closed on {date}; the debtor paid {paid} in all, with no private-bailiff fee."},
  {"explain.outcome.open.bailiff", "Итог: на {date} дело не закрыто: к уплате {due}, дело у ЧСИ (при взыскании — оплата его деятельности {fee}).", "Нәтиже: {date} күнгі жағдай бойынша іс жабылған жоқ: {due} төленуге тиіс, іс ЖСО-да (өндіріп алу кезінде оның қызметіне ақы {fee}).", "Outcome: still open on {date}: {due} of the fine due, with a private bailiff (fee of {fee} due on recovery)."},
  {"explain.outcome.open.bailiff.partly", "Итог: на {date} дело не закрыто: к уплате {due}, дело у ЧСИ; из оплаты его деятельности {fee_total} удержано {fee_paid}, при взыскании остатка — ещё {fee}.", "Нәтиже: {date} күнгі жағдай бойынша іс жабылған жоқ: {due} төленуге тиіс, іс ЖСО-да; оның қызметіне {fee_total} ақыдан {fee_paid} ұсталды, қалдықты өндіріп алу кезінде тағы {fee}.", "Outcome: still open on {date}: {due} of the fine due, with a private bailiff; of the bailiff's fee of {fee_total}, {fee_paid} is already charged and {fee} remains due on recovery."},
  {"explain.outcome.open.robot", "Итог: на {date} дело не закрыто: к уплате {due}, в упрощённом производстве робота.", "Нәтиже: {date} күнгі жағдай бойынша іс жабылған жоқ: {due} төленуге тиіс, роботтың оңайлатылған іс жүргізуінде.", "Outcome: still open on {date}: {due} of the fine due, in the robot's simplified proceeding."},
  {"explain.outcome.open", "Итог: на {date} дело не закрыто: к уплате {due}.", "Нәтиже: {date} күнгі жағдай бойынша іс жабылған жоқ: {due} төленуге тиіс.", "Outcome: still open on {date}: {due} of the fine due."},
  {"provisional.header", "Предварительно: даты с {date} опираются на предварительный календарь или значения политики, ещё не установленные законом (допущения):", "Алдын ала: {date} бастап күндер алдын ала күнтізбеге немесе заңмен әлі белгіленбеген саясат мәндеріне сүйенеді (болжамдар):", "Provisional  dates from {date} rely on a provisional calendar or policy values that no law sets yet (assumptions):"},
  {"explain.discount_window_closed.partly_paid", "Срок уплаты со скидкой истёк; к уплате остаток штрафа {due}.", "Жеңілдікпен төлеу мерзімі аяқталды; айыппұлдың төленбеген қалдығы {due}.", "The early-payment discount window closed; {due} of the fine is still due."},
  {"explain.no_reference", "(нет ссылки, действующей на {date})", "({date} күні күшінде сілтеме жоқ)", "(no reference in force on {date})"},
  {"explain.header", "Дело {case} — штраф {amount}", "Іс {case} — айыппұл {amount}", "Case {case} — fine of {amount}"},
  {"explain.header.article", " по ст. {article} КоАП", ", ӘҚБтК {article}-бабы", " under art. {article} of the Code of Administrative Offences"},
  {"explain.header.in_force", ", вступил в силу {date}", ", күшіне енген күні {date}", ", in force since {date}"},
  {"explain.header.discount", "; право на скидку при ранней уплате", "; ерте төлеу жеңілдігіне құқығы бар", "; eligible for the early-payment discount"},
  {"explain.policy", "Политика {id}: {title}", "Саясат {id}: {title}", "Policy {id}: {title}"},
  {"explain.payments", "Платежи должника: {payments}.", "Борышкердің төлемдері: {payments}.", "Payments by the debtor: {payments}."},
  {"explain.payments.none", "нет", "жоқ", "none"},
  {"explain.no_decision", "До {date} решений не принималось.", "Көкжиекке ({date}) дейін ешқандай шешім қабылданған жоқ.", "No decision was taken up to {date}."},
  {"explain.rule", "Правило {rule}; правовое основание: {basis}", "Ереже {rule}; құқықтық негіз: {basis}", "Rule {rule}; legal basis: {basis}"},
  {"explain.source.run", "Решения получены из {policy}, {calendar}, {cases}; горизонт {horizon}.", "Шешімдер {policy}, {calendar}, {cases} бойынша алынды; көкжиек {horizon}.", "Decided from {policy}, {calendar}, {cases}; horizon {horizon}."},
  {"explain.source.bundle", "Решения из журнала пакета {file}; {agreement}", "Шешімдер {file} пакетінің журналынан; {agreement}", "Decisions as logged in bundle {file}; {agreement}"},
  {"explain.replay.same", "повторный расчёт дела по вложенным входным данным даёт те же решения ({count}).", "істі пакеттегі кіріс деректері бойынша қайта есептеу сол шешімдерді береді ({count}).", "a replay of this case from the embedded inputs gives the same {count} decisions."},
  {"explain.replay.differs", "ВНИМАНИЕ: повторный расчёт расходится с журналом на шаге {step}; выполните `bailiff verify`.", "НАЗАР АУДАРЫҢЫЗ: қайта есептеу журналдан {step}-қадамда өзгеше; `bailiff verify` орындаңыз.", "WARNING: a replay from the embedded inputs differs from the log at step {step}; run `bailiff verify`."},
  {"explain.replay.missing", "ВНИМАНИЕ: в журнале пакета нет записей этого дела; выполните `bailiff verify`.", "НАЗАР АУДАРЫҢЫЗ: пакет журналында бұл істің жазбалары жоқ; `bailiff verify` орындаңыз.", "WARNING: the bundle's log has no entry for this case; run `bailiff verify`."},
  // The printable one-page brief (web/src/brief.cpp).
  {"brief.button", "Справка", "Анықтама", "Brief"},
  {"brief.tip", "Справка на одну страницу о последнем расчёте Монте-Карло: заголовок, ключевые показатели, графики, допущения, источники, корневые хеши аудита; открывает окно печати (там же можно сохранить PDF)", "Соңғы Монте-Карло есебі туралы бір беттік анықтама: тақырып, негізгі көрсеткіштер, графиктер, болжамдар, дереккөздер, аудиттің түбірлік хештері; басып шығару терезесін ашады (сонда PDF сақтауға болады)", "A one-page brief of the last Monte Carlo run: headline, key figures, charts, assumptions, sources, audit roots; opens the print dialog (where it can be saved as PDF)"},
  {"brief.ready", "Справка готова к печати", "Анықтама басып шығаруға дайын", "Brief ready to print"},
  {"brief.title", "Справка: «{a}» против «{b}»", "Анықтама: «{a}» және «{b}» салыстыруы", "Brief: {a} against {b}"},
  {"brief.subtitle", "Монте-Карло: {replications} повторений, {cases} штрафов; рассчитано в браузере, данные никуда не отправлялись", "Монте-Карло: {replications} қайталау, {cases} айыппұл; браузерде есептелді, деректер ешқайда жіберілмеді", "Monte Carlo: {replications} replications, {cases} fines; computed in the browser, no data sent anywhere"},
  {"brief.stale", "Справка о последнем расчёте; параметры на странице с тех пор изменены.", "Анықтама соңғы есеп туралы; беттегі параметрлер содан бері өзгертілді.", "This brief is of the last run; the page's inputs have changed since."},
  {"brief.figures", "Ключевые показатели", "Негізгі көрсеткіштер", "Key figures"},
  {"brief.assumptions", "Допущения", "Болжамдар", "Assumptions"},
  {"brief.assume.population", "Совокупность штрафов: {population}, {cases} штрафов; горизонт до {horizon}", "Айыппұлдар жиыны: {population}, {cases} айыппұл; көкжиек {horizon} дейін", "Population of fines: {population}, {cases} fines; horizon {horizon}"},
  {"brief.assume.run", "Зерно {seed}; повторений: {replications}", "Бастапқы сан {seed}; қайталаулар: {replications}", "Seed {seed}; {replications} replications"},
  {"brief.assume.calibrated", "Поведение должников: {file} ({title}); откалибровано по опубликованным показателям, перечисленным в источниках", "Борышкерлердің мінез-құлқы: {file} ({title}); дереккөздерде аталған жарияланған көрсеткіштер бойынша калибрленген", "Debtor behaviour: {file} ({title}); calibrated to the published figures listed under the sources"},
  {"brief.assume.prior", "Поведение должников: {file} ({title}); не откалибровано: априорные оценки, у каждой источник в файле", "Борышкерлердің мінез-құлқы: {file} ({title}); калибрленбеген: априорлық бағалаулар, әрқайсысының дереккөзі файлда", "Debtor behaviour: {file} ({title}); not calibrated: priors, each with its source in the file"},
  {"brief.assume.all_or_nothing", "Внутри каждого этапа должник платит всю сумму или ничего; частичные платежи не моделируются", "Әр кезеңде борышкер соманы толық төлейді немесе мүлде төлемейді; ішінара төлемдер модельденбейді", "Debtors pay in full or not at all inside each stage; partial payments are not simulated"},
  {"brief.assume.savings", "Официальная экономия = 25% суммы, взысканной в упрощённом производстве (формула министерства); контрфактическая = сборы ЧСИ при B минус при A на тех же штрафах, должниках и случайных числах", "Ресми үнемдеу = оңайлатылған іс жүргізуде өндірілген соманың 25% (министрлік формуласы); контрфактілік = B кезіндегі ЖСО алымдары минус A кезіндегісі, сол айыппұлдар, борышкерлер және кездейсоқ сандар бойынша", "Official savings = 25% of the tenge collected inside simplified proceedings (the Ministry's formula); counterfactual savings = private-bailiff fees under B minus under A, for the same fines, debtors and random draws"},
  {"brief.assume.ensemble", "Показатель — среднее {replications} повторений, каждое со своим набором параметров из апостериорного ансамбля поведения ({draws} наборов); интервал — 5–95% по ним (неопределённость поведения и случайный разброс вместе)", "Көрсеткіш — {replications} қайталаудың орташасы, әрқайсысы мінез-құлықтың апостериорлық ансамблінен ({draws} жиын) өз параметрлер жиынымен; аралық — олар бойынша 5–95% (мінез-құлық белгісіздігі мен кездейсоқ ауытқу бірге)", "Each figure is the mean of {replications} replications, each with its own draw of the behaviour's posterior ensemble of {draws}; the interval is their 5th–95th percentile (behaviour uncertainty and sampling together)"},
  {"brief.assume.sampling", "Показатель — среднее {replications} повторений Монте-Карло; интервал — 5–95% по ним (только случайный разброс)", "Көрсеткіш — {replications} Монте-Карло қайталауының орташасы; аралық — олар бойынша 5–95% (тек кездейсоқ ауытқу)", "Each figure is the mean of {replications} Monte Carlo replications; the interval is their 5th–95th percentile (sampling only)"},
  {"brief.assume.few", "Меньше 20 повторений: 5% и 95% — наименьшее и наибольшее значения", "20-дан аз қайталау: 5% және 95% — ең кіші және ең үлкен мәндер", "Fewer than 20 replications: the 5th and 95th percentiles are the smallest and largest values"},
  {"brief.assume.coverage", "Охват робота (доля подходящих передач, до которых он доходит, по датам и регионам) — robot_coverage файла поведения, подобранный по опубликованным показателям, сам не опубликован; не охваченная передача идёт к ЧСИ, как до робота", "Роботтың қамтуы (ол жететін жарамды берулердің үлесі, күндер мен өңірлер бойынша) — мінез-құлық файлының robot_coverage мәні, жарияланған көрсеткіштерге сәйкестендірілген, өзі жарияланбаған; қамтылмаған беру роботқа дейінгідей ЖСО-ға өтеді", "Robot roll-out: the share of eligible referrals the robot reaches, by date and region, is the behaviour file's robot_coverage (fitted to the published figures, not itself published); a referral it does not reach goes to a private bailiff as before the robot"},
  {"brief.sources", "Источники", "Дереккөздер", "Sources"},
  {"brief.legal", "Правовые основы параметров политик (как их называют файлы политик)", "Саясат параметрлерінің құқықтық негіздері (саясат файлдарындағыдай)", "Legal bases of the policies' parameters (as the policy files name them)"},
  {"brief.published", "Опубликованные показатели калибровки (источник: цели, как их называют файлы целей)", "Калибрлеудің жарияланған көрсеткіштері (дереккөз: мақсаттар, мақсат файлдарындағыдай)", "Published figures of the calibration (source: targets, as the target files name them)"},
  {"brief.roots", "Корневые хеши аудита (bailiff simulate с теми же входными данными даёт те же)", "Аудиттің түбірлік хештері (дәл сол кіріс деректерімен bailiff simulate солардың өзін береді)", "Audit roots (bailiff simulate on the same inputs gives the same)"},
  // Named scenarios side by side (web/src/saved_scenarios.cpp, saved_panel.cpp).
  {"tab.saved", "Сценарии рядом", "Сценарийлер қатар", "Scenarios side by side"},
  {"saved.save", "Сохранить сценарий", "Сценарийді сақтау", "Save scenario"},
  {"saved.remove", "Убрать", "Алып тастау", "Remove"},
  {"saved.current", "Текущий", "Ағымдағы", "Current"},
  {"saved.restoring", "пересчитывается…", "қайта есептелуде…", "rerunning…"},
  {"saved.failed", "входные данные не загружаются", "кіріс деректері жүктелмейді", "its inputs do not load"},
  {"saved.full", "Уже сохранено четыре сценария: уберите один", "Төрт сценарий сақталған: біреуін алып тастаңыз", "Four scenarios are kept already: remove one"},
  {"saved.no_run", "Сначала выполните расчёт текущих параметров", "Алдымен ағымдағы параметрлерді есептеңіз", "Run the current inputs first"},
  {"saved.csv", "Сценарий с CSV нельзя сохранить в ссылке", "CSV бар сценарийді сілтемеде сақтауға болмайды", "A scenario with a CSV population cannot be kept in the link"},
  {"saved.note", "До четырёх; все в ссылке; открытая ссылка пересчитывает каждый методом Монте-Карло, как он был сохранён", "Төртке дейін; бәрі сілтемеде; ашылған сілтеме әрқайсысын сақталғандай Монте-Карло әдісімен қайта есептейді", "Up to four, all in the link; an opened link reruns each by Monte Carlo as it was saved"},
  {"saved.none", "Сохранённых сценариев нет", "Сақталған сценарийлер жоқ", "No saved scenarios"},
};
// clang-format on

}  // namespace

const std::vector<MessageRow>& message_rows() {
  static const std::vector<MessageRow> rows(std::begin(kRows), std::end(kRows));
  return rows;
}

const char* message(std::string_view key, Language language) {
  static const std::map<std::string_view, const MessageRow*> index = [] {
    std::map<std::string_view, const MessageRow*> m;
    for (const MessageRow& row : kRows) m.emplace(row.key, &row);
    return m;
  }();
  const auto it = index.find(key);
  if (it == index.end()) {
    // A missing key shows as itself, so a gap is visible rather than fatal.
    static std::map<std::string, std::string, std::less<>> missing;
    return missing.try_emplace(std::string(key), std::string(key)).first->second.c_str();
  }
  switch (language) {
    case Language::kKk: return it->second->kk;
    case Language::kEn: return it->second->en;
    case Language::kRu: break;
  }
  return it->second->ru;
}

std::string fill(std::string_view key, Language language, std::initializer_list<Placeholder> values) {
  // One pass over the template, so a value that itself holds "{name}" is never expanded.
  const std::string_view text = message(key, language);
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view name = text.substr(open + 1, close - open - 1);
    const Placeholder* value = nullptr;
    for (const Placeholder& p : values) {
      if (p.name == name) value = &p;
    }
    out.append(text, at, open - at);
    if (value) {
      out += value->value;
    } else {
      out.append(text, open, close - open + 1);  // left visible: the test of the table catches it
    }
    at = close + 1;
  }
  out.append(text.substr(std::min(at, text.size())));
  return out;
}

}  // namespace bailiff::report
