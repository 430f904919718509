#include "bailiff/report/comparison_report.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>
#include <utility>
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "bailiff/engine.hpp"
#include "bailiff/report/calibration_report.hpp"
#include "bailiff/report/headline.hpp"
#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/text.hpp"
#include "bailiff/study/calibrated_behaviour.hpp"
#include "period_report.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;

Figure figure_of(std::vector<std::int64_t> values) {
  Figure f;
  f.seeded = values.front();
  const auto n = static_cast<std::int64_t>(values.size());
  Tiyn sum = 0;
  for (const std::int64_t v : values) sum = checked_add(sum, v);
  f.value = scale(sum, 1, n, Rounding::kHalfUp);
  if (n > 1) {
    // Reporting only (never on the decision path): IEEE sqrt is correctly rounded everywhere.
    const double mean = static_cast<double>(sum) / static_cast<double>(n);
    double squares = 0;
    for (const std::int64_t v : values) squares += (static_cast<double>(v) - mean) * (static_cast<double>(v) - mean);
    f.std_error = std::sqrt(squares / static_cast<double>(n - 1) / static_cast<double>(n));
  }
  std::sort(values.begin(), values.end());
  const auto count = values.size();
  // Nearest rank: the smallest value with at least p% of the values at or below it.
  f.p05 = values[std::max<std::size_t>(1, (5 * count + 99) / 100) - 1];
  f.p95 = values[(95 * count + 99) / 100 - 1];
  return f;
}

std::string interval_label(std::size_t replications, std::uint32_t ensemble_size, sim::Method method) {
  const bool exact = method == sim::Method::kExact;
  const std::size_t draws = std::min<std::size_t>(replications, ensemble_size);
  if (exact && (ensemble_size == 0 || replications == 1)) {
    return "point: the exact expectation (no Monte Carlo sampling); the behaviour parameters' uncertainty is not "
           "included";
  }
  std::string label = exact ? "point: the mean of the exact expectations under " + std::to_string(replications) +
                                  " draws r mod " + std::to_string(ensemble_size) +
                                  " of the behaviour's posterior ensemble (" + std::to_string(draws) +
                                  " distinct draws; draw 0 is the calibrated point; no Monte Carlo sampling)"
                            : "point: the mean of " + std::to_string(replications) +
                                  (replications == 1 ? " replication" : " replications");
  if (!exact && ensemble_size > 0) {
    label += ", replication r simulating draw r mod " + std::to_string(ensemble_size) +
             " of the behaviour's posterior ensemble (" + std::to_string(draws) +
             (draws == 1 ? " draw" : " distinct draws") + "; draw 0 is the calibrated point)";
  }
  if (replications > 1) {
    label += exact ? "; interval: 5th to 95th percentile over them (the posterior's uncertainty only: "
                     "behaviour, roll-out and, for a preset's own count, the number of fines)"
             : ensemble_size > 0
                 ? "; interval: 5th to 95th percentile over them (behaviour uncertainty and Monte "
                   "Carlo sampling together)"
                 : "; interval: 5th to 95th percentile over them (Monte Carlo variation only: the "
                   "behaviour parameters' uncertainty is not included)";
  }
  if (replications > 1 && replications < kReplicationsForPercentiles) {
    label += "; with fewer than " + std::to_string(kReplicationsForPercentiles) +
             (exact ? " draws" : " replications") + " these percentiles are the smallest and largest value";
  }
  return label;
}

namespace {

using Json = nlohmann::ordered_json;

Figure figure(const std::vector<RunResult>& runs,
              const std::function<std::int64_t(const Metrics&)>& get) {
  std::vector<std::int64_t> values;
  for (const RunResult& r : runs) values.push_back(get(r.metrics));
  return figure_of(std::move(values));
}

/// a / b < c / d for non-negative counts and positive wholes, exactly (by continued
/// fractions: no product can overflow).
bool less_ratio(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
  while (true) {
    if (a / b != c / d) return a / b < c / d;
    a %= b;
    c %= d;
    if (a == 0 || c == 0) return a == 0 && c != 0;
    // a/b < c/d  <=>  d/c < b/a
    std::swap(a, d);
    std::swap(b, c);
  }
}

/// The runs at the 5th and 95th percentile (nearest rank, as figure_of) of paid / cases.
std::pair<RunShare, RunShare> paid_share_percentiles(const std::vector<RunResult>& runs) {
  std::vector<RunShare> shares;
  for (const RunResult& r : runs)
    shares.push_back({r.metrics.paid(), std::max<std::int64_t>(1, r.metrics.cases)});
  // Ties keep run order.
  std::stable_sort(shares.begin(), shares.end(), [](const RunShare& x, const RunShare& y) {
    return less_ratio(x.part, x.whole, y.part, y.whole);
  });
  const std::size_t count = shares.size();
  return {shares[std::max<std::size_t>(1, (5 * count + 99) / 100) - 1],
          shares[(95 * count + 99) / 100 - 1]};
}

Headline headline(const std::vector<RunResult>& runs) {
  Headline h;
  h.fines = figure(runs, [](const Metrics& m) { return m.cases; });
  h.cases = h.fines.value;
  h.paid = figure(runs, [](const Metrics& m) { return m.paid(); });
  std::tie(h.paid_share_p05, h.paid_share_p95) = paid_share_percentiles(runs);
  h.collected = figure(runs, [](const Metrics& m) { return m.collected(); });
  h.fees_paid = figure(runs, [](const Metrics& m) { return m.fees_paid; });
  h.handed_to_bailiff = figure(runs, [](const Metrics& m) { return m.handed_to_bailiff; });
  h.proceedings_opened = figure(runs, [](const Metrics& m) { return m.proceedings_opened; });
  h.notices_sent = figure(runs, [](const Metrics& m) { return m.notices_sms + m.notices_egov; });
  h.collected_in_robot = figure(runs, [](const Metrics& m) {
    return m.collected_by_stage[static_cast<std::size_t>(PayStage::kRobot)];
  });
  return h;
}

std::string tenge_text(Tiyn amount) { return tenge(amount, kEnglishText); }

// Money in JSON: the exact amount as a decimal string of tenge ("46343830.00"), as in every
// JSON output (data/README.md: "Money in JSON").
std::string tenge_json(Tiyn amount) { return plain_tenge(amount); }

std::string millions(Tiyn amount) { return million_tenge(amount, kEnglishText); }

std::string money_figure(const Figure& f, std::size_t replications) {
  std::string out = millions(f.value) + " mln ₸";
  if (replications > 1) out += " [" + millions(f.p05) + " – " + millions(f.p95) + "]";
  return out;
}

std::string count_figure(const Figure& f, std::size_t replications) {
  std::string out = grouped(f.value, kEnglishText);
  if (replications > 1) out += " [" + grouped(f.p05, kEnglishText) + " – " + grouped(f.p95, kEnglishText) + "]";
  return out;
}

std::string share_figure(const Headline& h, std::size_t replications) {
  std::string out = percent(h.paid.value, h.cases, 1, kEnglishText);
  if (replications > 1) {
    out += " [" + percent(h.paid_share_p05.part, h.paid_share_p05.whole, 1, kEnglishText) + " – " +
           percent(h.paid_share_p95.part, h.paid_share_p95.whole, 1, kEnglishText) + "]";
  }
  return out;
}

/// The fines counted: a count, or with its interval when the ensemble varies it.
std::string fines_figure(const Headline& h, std::size_t replications) {
  return h.fines.p05 == h.fines.p95 ? grouped(h.cases, kEnglishText)
                                    : count_figure(h.fines, replications);
}

Json interval_json(const Figure& f, bool money) {
  if (money) return Json::array({tenge_json(f.p05), tenge_json(f.p95)});
  return Json::array({f.p05, f.p95});
}

Json groups_json(const std::vector<GroupTotals>& groups, const std::vector<std::string>& names) {
  Json out = Json::array();
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const GroupTotals& g = groups[i];
    out.push_back(Json{{"name", i < names.size() ? names[i] : std::to_string(i)},
                       {"cases", g.cases},
                       {"paid", g.paid},
                       {"handed_to_bailiff", g.handed},
                       {"collected_tenge", tenge_json(g.collected)},
                       {"fees_paid_tenge", tenge_json(g.fees)}});
  }
  return out;
}

std::vector<std::string> segment_names(const Scenario& s) {
  std::vector<std::string> names;
  for (const Segment& seg : s.behaviour_params.value.segments) names.push_back(seg.name);
  return names;
}

Json run_json(const Scenario& s, const RunResult& run) {
  const Metrics& m = run.metrics;
  Json stages;
  for (std::size_t k = 0; k < kPayStageCount; ++k) {
    stages[std::string(pay_stage_name(static_cast<PayStage>(k)))] =
        Json{{"paid", m.paid_by_stage[k]}, {"collected_tenge", tenge_json(m.collected_by_stage[k])}};
  }
  Json cumulative = Json::array();
  std::int64_t running = 0;
  for (std::int64_t v : m.paid_by_day) cumulative.push_back(running += v);
  return Json{{"cases", m.cases},
              {"paid", m.paid()},
              {"collected_tenge", tenge_json(m.collected())},
              {"fees_paid_tenge", tenge_json(m.fees_paid)},
              {"proceedings_opened", m.proceedings_opened},
              {"notices_sms", m.notices_sms},
              {"notices_egov_push", m.notices_egov},
              {"accounts_arrested", m.accounts_arrested},
              {"recovered_from_arrested_account", m.arrest_recoveries},
              {"handed_to_bailiff", m.handed_to_bailiff},
              {"by_stage", stages},
              {"by_region", groups_json(m.by_region, s.population->regions())},
              {"by_segment", groups_json(m.by_segment, segment_names(s))},
              {"paid_cumulative_by_day", cumulative},
              {"audit_root", to_hex(run.audit_root)}};
}

/// Whether the behaviour file fits a preset's count of fines (its own value or its ensemble).
bool fits_volume(const sim::BehaviourParams& b) {
  const auto& names = b.ensemble.parameters;
  return b.population_volume_ppm != sim::kPpm ||
         std::find(names.begin(), names.end(), "population_volume") != names.end();
}

/// What the figures assume of the number of fines, when a preset's count is an assumption
/// that the behaviour file fits (empty otherwise).
std::string volume_assumption(const Scenario& s, const Comparison& c) {
  if (!s.population->volume_is_assumed() || !fits_volume(s.behaviour_params.value)) return {};
  const std::string preset = "Number of fines: the preset's " + grouped(static_cast<std::int64_t>(s.population->size()), kEnglishText) +
                             " is an assumption (derived from the 2024 total imposed over its offence mix's mean fine)";
  if (c.method != sim::Method::kExact) {
    return preset + "; the Monte Carlo simulates that count in every replication, while the exact method "
                    "scales it by each draw's fitted population_volume";
  }
  std::vector<std::int64_t> counts;
  for (const RunResult& r : c.policy_runs) counts.push_back(r.metrics.cases);
  const Figure fines = figure_of(std::move(counts));
  if (fines.p05 == fines.p95) {
    return preset + ", scaled by the behaviour file's population_volume_ppm (" +
           std::to_string(s.behaviour_params.value.population_volume_ppm) +
           "): " + grouped(fines.value, kEnglishText) + " fines";
  }
  return preset + ", scaled in each draw by its fitted population_volume, so every count and sum carries " +
         "that uncertainty: " + grouped(fines.value, kEnglishText) + " fines on average (5-95%: " +
         grouped(fines.p05, kEnglishText) + " to " + grouped(fines.p95, kEnglishText) + ")";
}

std::vector<std::string> assumptions(const Scenario& s, const Comparison& c) {
  std::vector<std::string> out = {
      "Payment behaviour: " + s.behaviour_params.name + " (" + s.behaviour_params.value.title +
          "); every hazard is a prior or a calibrated value, with its source in the file",
      "Population: " + s.population->describe(),
      "Debtors pay in full or not at all inside each stage; partial payments are not simulated",
      "Official savings = 25% of the tenge collected inside simplified proceedings (the "
      "Ministry's formula); counterfactual savings = private-bailiff fees under the baseline "
      "minus fees under the policy, for the same fines, debtors and random draws",
      "Figures: " + interval_label(c.policy_runs.size(), c.ensemble_size, c.method),
  };
  for (const auto* policy : {&s.policy, &s.baseline}) {  // the reading each robot side decides by
    const PolicyRules& rules = policy->value.at(s.horizon);
    if (!rules.simplified_enabled) continue;
    const bool roll = rules.acts_roll_forward;
    out.push_back("Hand-off after the robot's window under " + policy->value.id() +
                  (roll ? ": on the first working day after it" : ": on the day after it, even a non-working day") +
                  " (acts_roll_forward = " + (roll ? "true" : "false") +
                  " on the horizon; an assumption: no source read settles it)");
  }
  if (std::string volume = volume_assumption(s, c); !volume.empty()) out.push_back(std::move(volume));
  if (!s.behaviour_params.value.coverage.empty()) {
    out.push_back("Robot roll-out: the share of eligible referrals the robot reaches, by date and region, "
                  "is the behaviour file's robot_coverage (fitted to the published figures, not itself "
                  "published); a referral it does not reach goes to a private bailiff as before the robot");
  }
  return out;
}

}  // namespace

namespace {

/// The Ministry's savings measure of one run: 25% of what the robot's proceedings collected.
Tiyn official_fee_avoided(const Metrics& m) {
  return apply_rate(m.collected_by_stage[static_cast<std::size_t>(PayStage::kRobot)],
                    kOfficialSavingsRate, Rounding::kHalfUp);
}

}  // namespace

ComparisonSummary summarise(const Comparison& c) {
  ComparisonSummary s;
  s.policy = headline(c.policy_runs);
  s.baseline = headline(c.baseline_runs);
  std::vector<std::int64_t> official, counterfactual, collected, fees, handed;
  for (std::size_t r = 0; r < c.policy_runs.size(); ++r) {
    const Metrics& a = c.policy_runs[r].metrics;
    const Metrics& b = c.baseline_runs[r].metrics;
    official.push_back(official_fee_avoided(a));
    counterfactual.push_back(b.fees_paid - a.fees_paid);
    collected.push_back(a.collected() - b.collected());
    fees.push_back(a.fees_paid - b.fees_paid);
    handed.push_back(a.handed_to_bailiff - b.handed_to_bailiff);
  }
  s.fee_avoided_official = figure_of(std::move(official));
  s.fee_avoided_counterfactual = figure_of(std::move(counterfactual));
  s.collected_delta = figure_of(std::move(collected));
  s.fees_delta = figure_of(std::move(fees));
  s.handed_delta = figure_of(std::move(handed));
  return s;
}

namespace {

/// Each replication's headline values (the values the point and the interval summarise).
Json per_replication_json(const Comparison& c) {
  Json list = Json::array();
  for (std::size_t r = 0; r < c.policy_runs.size(); ++r) {
    const Metrics& p = c.policy_runs[r].metrics;
    const Metrics& b = c.baseline_runs[r].metrics;
    list.push_back(Json{
        {"replication", r},
        {"behaviour_draw", r < c.draws.size() ? c.draws[r] : 0},
        {"seed", c.seeds[r]},
        {"cases", p.cases},
        {"paid", p.paid()},
        {"collected_tenge", tenge_json(p.collected())},
        {"fees_paid_tenge", tenge_json(p.fees_paid)},
        {"fee_avoided_official_tenge", tenge_json(official_fee_avoided(p))},
        {"fee_avoided_counterfactual_tenge", tenge_json(b.fees_paid - p.fees_paid)},
        {"handed_to_bailiff", p.handed_to_bailiff},
        {"proceedings_opened", p.proceedings_opened}});
  }
  return list;
}

/// What the scenario's results rely on that no law sets yet, up to its horizon.
std::vector<ProvisionalNote> scenario_notes(const Scenario& s) {
  const Policy* policies[] = {&s.policy.value, &s.baseline.value};
  return provisional_notes(s.calendar.value, policies, s.horizon);
}

}  // namespace

namespace {

/// The published national figures the behaviour file was fitted to, each with the model's
/// interval and whether the figure lies inside it (calibrate's record in the file).
std::string record_text(const Scenario& s) {
  const std::vector<study::RecordCheck> checks = study::record_checks(s.inputs.behaviour.bytes);
  if (checks.empty()) return "";
  std::string out = fmt::format(
      "\nAgainst the published record (national official figures the behaviour '{}' was fitted "
      "to; the model's 5-95% interval over {} draws of its ensemble, variant readings included):\n",
      s.behaviour_params.name, checks.front().draws);
  for (const study::RecordCheck& k : checks) {
    // Outside: how far the nearer end of the interval is from the figure.
    const double nearer = k.p95 < k.value ? k.p95 : k.p5;
    out += fmt::format("  {}: published {}{}; model {} – {}: {}\n", k.figure,
                       k.kind == study::TargetKind::kLowerBound ? "at least " : "",
                       statistic_value_text(k.statistic, k.value),
                       statistic_value_text(k.statistic, k.p5),
                       statistic_value_text(k.statistic, k.p95),
                       k.inside ? std::string("the published figure lies inside the interval")
                                : fmt::format("the published figure lies OUTSIDE the interval "
                                              "(its nearer end is {:.2f} times the figure)",
                                              k.value != 0 ? nearer / k.value : 0.0));
  }
  return out;
}

/// record_text's checks for machines.
nlohmann::ordered_json record_json(const Scenario& s) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const study::RecordCheck& k : study::record_checks(s.inputs.behaviour.bytes)) {
    list.push_back({{"target", k.target},
                    {"figure", k.figure},
                    {"kind", study::target_kind_name(k.kind)},
                    {"published", k.value},
                    {"p5", k.p5},
                    {"p95", k.p95},
                    {"draws", k.draws},
                    {"figure_inside", k.inside}});
  }
  return list;
}

}  // namespace

std::string comparison_text(const Scenario& s, const Comparison& c, bool details) {
  const ComparisonSummary sum = summarise(c);
  const std::size_t reps = c.policy_runs.size();
  const std::string& a = s.policy.value.id();
  const std::string& b = s.baseline.value.id();
  std::string out;
  out += "robot-bailiff simulate: " + a + " against " + b + "\n";
  out += "Population   " + s.population->describe() + "\n";
  out += "Behaviour    " + s.behaviour_params.name + "\n";
  if (c.method == sim::Method::kExact) {
    out += "Method       exact expectations (no Monte Carlo sampling), " + std::to_string(reps) +
           (reps == 1 ? " run" : " runs (point: their mean; in brackets: 5th-95th percentile over them)");
  } else {
    out += "Seed         " + std::to_string(c.seed) + ", " + std::to_string(reps) +
           (reps == 1 ? " replication" : " replications (point: their mean; in brackets: 5th-95th percentile over them)");
  }
  out += c.ensemble_size > 0 ? ", each with its own draw of the behaviour's posterior ensemble of " +
                                   std::to_string(c.ensemble_size) + "\n"
                             : "\n";
  out += "Horizon      " + to_iso(s.horizon) + "\n";
  out += provisional_text(scenario_notes(s)) + "\n";
  out += comparison_headline(sum, a, b, reps, Language::kEn, kEnglishText) + "\n\n";
  constexpr std::size_t kLabel = 38, kColumn = 50;
  auto row = [&](const std::string& label, const std::string& x, const std::string& y) {
    out += pad_right(label, kLabel) + pad_right(x, kColumn) + y + "\n";
  };
  row("", a, b);
  row("Fines", fines_figure(sum.policy, reps), fines_figure(sum.baseline, reps));
  row("Paid (share of fines)", share_figure(sum.policy, reps), share_figure(sum.baseline, reps));
  row("Collected (fines)", money_figure(sum.policy.collected, reps),
      money_figure(sum.baseline.collected, reps));
  row("Private-bailiff fees paid by citizens", money_figure(sum.policy.fees_paid, reps),
      money_figure(sum.baseline.fees_paid, reps));
  row("Handed to private bailiffs", count_figure(sum.policy.handed_to_bailiff, reps),
      count_figure(sum.baseline.handed_to_bailiff, reps));
  row("Robot proceedings opened", count_figure(sum.policy.proceedings_opened, reps),
      count_figure(sum.baseline.proceedings_opened, reps));
  row("Notices sent (SMS + eGov push)", count_figure(sum.policy.notices_sent, reps),
      count_figure(sum.baseline.notices_sent, reps));
  row("Collected inside robot proceedings", money_figure(sum.policy.collected_in_robot, reps),
      money_figure(sum.baseline.collected_in_robot, reps));
  out += "\nFee avoided by " + a + " (two measures, not to be confused):\n";
  out += "  official        " + money_figure(sum.fee_avoided_official, reps) +
         "\n                  = 25% of what was collected inside simplified proceedings (the "
         "Ministry's formula:\n                    it assumes every tenge paid to the robot "
         "would otherwise have carried the full fee)\n";
  out += "  counterfactual  " + money_figure(sum.fee_avoided_counterfactual, reps) +
         "\n                  = fees citizens pay under " + b + " minus under " + a +
         ", same fines, debtors and draws\n";
  out += record_text(s);
  out += period_detail::period_text(s, c);
  if (reps > 1) {
    const auto mln = [](const Figure& f) { return fmt::format("{:.1f}", f.std_error / 1e8); };
    out += std::string(c.ensemble_size == 0 ? "\nMonte Carlo standard errors of the means ("
                       : c.method == sim::Method::kExact ? "\nStandard errors of the ensemble means (finite draws; "
                                                          : "\nStandard errors of the ensemble means (finite draws and replications; ") +
           a + "): collected ±" + mln(sum.policy.collected) +
           " mln ₸, fees ±" + mln(sum.policy.fees_paid) + " mln ₸, official savings ±" +
           mln(sum.fee_avoided_official) + " mln ₸, counterfactual ±" + mln(sum.fee_avoided_counterfactual) +
           " mln ₸\n";
  }
  if (details) {
    const RunResult& pa = c.policy_runs.front();
    const RunResult& pb = c.baseline_runs.front();
    out += "\nBy stage of payment (seeded run): paid cases / collected\n";
    for (std::size_t k = 0; k < kPayStageCount; ++k) {
      auto cell = [&](const Metrics& m) {
        return grouped(m.paid_by_stage[k], kEnglishText) + " / " + tenge_text(m.collected_by_stage[k]);
      };
      row("  " + std::string(pay_stage_name(static_cast<PayStage>(k))), cell(pa.metrics), cell(pb.metrics));
    }
    auto groups = [&](const std::string& title, const std::vector<GroupTotals>& ga,
                      const std::vector<GroupTotals>& gb, const std::vector<std::string>& names) {
      out += "\n" + title + " (seeded run): paid share / fees paid\n";
      for (std::size_t i = 0; i < ga.size(); ++i) {
        auto cell = [&](const GroupTotals& g) {
          return percent(g.paid, g.cases, 1, kEnglishText) + " of " + grouped(g.cases, kEnglishText) + " / " + tenge_text(g.fees);
        };
        row("  " + names[i], cell(ga[i]), cell(gb[i]));
      }
    };
    groups("By region", pa.metrics.by_region, pb.metrics.by_region, s.population->regions());
    groups("By debtor segment", pa.metrics.by_segment, pb.metrics.by_segment, segment_names(s));
  }
  out += "\nAssumptions\n";
  for (const std::string& line : assumptions(s, c)) out += "  - " + line + "\n";
  out += "\nAudit root   " + to_hex(c.policy_runs.front().audit_root) + " (" + a + ", seeded run)\n";
  out += "             " + to_hex(c.baseline_runs.front().audit_root) + " (" + b + ")\n";
  return out;
}

std::string comparison_json(const Scenario& s, const Comparison& c) {
  const ComparisonSummary sum = summarise(c);
  Json out;
  out["engine_version"] = std::string(kEngineVersion);
  out["seed"] = c.seed;
  out["replications"] = c.policy_runs.size();
  out["method"] = std::string(sim::method_name(c.method));
  out["policy"] = Json{{"id", s.policy.value.id()}, {"source", s.policy.name}, {"sha256", to_hex(s.policy.sha256)}};
  out["baseline"] = Json{{"id", s.baseline.value.id()}, {"source", s.baseline.name}, {"sha256", to_hex(s.baseline.sha256)}};
  out["calendar"] = Json{{"source", s.calendar.name}, {"sha256", to_hex(s.calendar.sha256)}};
  out["behaviour"] = Json{{"source", s.behaviour_params.name}, {"sha256", to_hex(s.behaviour_params.sha256)}};
  out["population"] = Json{{"spec", s.choice.population}, {"description", s.population->describe()},
                           {"sha256", to_hex(s.population->digest())}};
  out["horizon"] = to_iso(s.horizon);
  const std::vector<ProvisionalNote> notes = scenario_notes(s);
  if (!notes.empty()) out["provisional"] = provisional_json(notes);
  out["cases"] = sum.policy.cases;
  out["paid"] = sum.policy.paid.value;
  out["paid_share"] = static_cast<double>(sum.policy.paid.value) / static_cast<double>(std::max<std::int64_t>(1, sum.policy.cases));
  out["collected_tenge"] = tenge_json(sum.policy.collected.value);
  out["fees_paid_tenge"] = tenge_json(sum.policy.fees_paid.value);
  out["fee_avoided_official_tenge"] = tenge_json(sum.fee_avoided_official.value);
  out["fee_avoided_counterfactual_tenge"] = tenge_json(sum.fee_avoided_counterfactual.value);
  out["handed_to_bailiff"] = sum.policy.handed_to_bailiff.value;
  out["proceedings_opened"] = sum.policy.proceedings_opened.value;
  out["notices_sent"] = sum.policy.notices_sent.value;
  out["audit_root"] = to_hex(c.policy_runs.front().audit_root);
  out["baseline_audit_root"] = to_hex(c.baseline_runs.front().audit_root);
  out["savings_definitions"] = Json{
      {"fee_avoided_official_tenge", "25% of the tenge collected inside simplified proceedings (Ministry's formula)"},
      {"fee_avoided_counterfactual_tenge", "private-bailiff fees under the baseline minus under the policy, same fines and draws"}};
  const double cases = static_cast<double>(std::max<std::int64_t>(1, sum.policy.cases));
  const auto share = [](const RunShare& r) {
    return static_cast<double>(r.part) / static_cast<double>(std::max<std::int64_t>(1, r.whole));
  };
  out["intervals_90"] = Json{
      {"paid_share", Json::array({share(sum.policy.paid_share_p05), share(sum.policy.paid_share_p95)})},
      {"collected_tenge", interval_json(sum.policy.collected, true)},
      {"fees_paid_tenge", interval_json(sum.policy.fees_paid, true)},
      {"fee_avoided_official_tenge", interval_json(sum.fee_avoided_official, true)},
      {"fee_avoided_counterfactual_tenge", interval_json(sum.fee_avoided_counterfactual, true)},
      {"handed_to_bailiff", interval_json(sum.policy.handed_to_bailiff, false)},
      {"notices_sent", interval_json(sum.policy.notices_sent, false)}};
  // The count varies only when the exact ensemble scales a preset's assumed count.
  if (sum.policy.fines.p05 != sum.policy.fines.p95)
    out["intervals_90"]["cases"] = interval_json(sum.policy.fines, false);
  const auto se = [](const Figure& f, bool money) {
    return money ? Json(f.std_error / static_cast<double>(kTiynPerTenge)) : Json(f.std_error);
  };
  out["standard_errors"] = Json{
      {"paid_share", sum.policy.paid.std_error / cases},
      {"collected_tenge", se(sum.policy.collected, true)},
      {"fees_paid_tenge", se(sum.policy.fees_paid, true)},
      {"fee_avoided_official_tenge", se(sum.fee_avoided_official, true)},
      {"fee_avoided_counterfactual_tenge", se(sum.fee_avoided_counterfactual, true)},
      {"handed_to_bailiff", se(sum.policy.handed_to_bailiff, false)},
      {"notices_sent", se(sum.policy.notices_sent, false)}};
  out["figures_label"] = interval_label(c.policy_runs.size(), c.ensemble_size, c.method);
  out["policy_run"] = run_json(s, c.policy_runs.front());
  out["baseline_run"] = run_json(s, c.baseline_runs.front());
  if (s.period) out["period"] = period_detail::period_json(s, c);
  out["replication_seeds"] = c.seeds;
  out["per_replication"] = per_replication_json(c);
  out["assumptions"] = assumptions(s, c);
  out["record_checks"] = record_json(s);
  return out.dump(2) + "\n";
}

std::string comparison_csv(const Scenario& s, const Comparison& c) {
  const ComparisonSummary sum = summarise(c);
  std::string out = "figure,unit,policy,value,p05,p95,std_error\n";
  auto line = [&](const std::string& name, const std::string& unit, const std::string& policy,
                  const Figure& f, bool money) {
    auto v = [&](std::int64_t x) { return money ? plain_tenge(x) : std::to_string(x); };
    const double se = money ? f.std_error / static_cast<double>(kTiynPerTenge) : f.std_error;
    out += name + "," + unit + "," + policy + "," + v(f.value) + "," + v(f.p05) + "," + v(f.p95) + "," +
           fmt::format("{:.2f}", se) + "\n";
  };
  for (const auto& [h, id] : {std::pair{&sum.policy, s.policy.value.id()}, std::pair{&sum.baseline, s.baseline.value.id()}}) {
    line("paid", "cases", id, h->paid, false);
    line("collected", "tenge", id, h->collected, true);
    line("fees_paid", "tenge", id, h->fees_paid, true);
    line("handed_to_bailiff", "cases", id, h->handed_to_bailiff, false);
    line("proceedings_opened", "cases", id, h->proceedings_opened, false);
    line("notices_sent", "notices", id, h->notices_sent, false);
  }
  line("fee_avoided_official", "tenge", s.policy.value.id(), sum.fee_avoided_official, true);
  line("fee_avoided_counterfactual", "tenge", s.policy.value.id(), sum.fee_avoided_counterfactual, true);
  return out + period_detail::period_csv(s, c);
}

}  // namespace bailiff::report
