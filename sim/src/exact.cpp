#include "bailiff/sim/exact.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "bailiff/sim/case_path.hpp"
#include "bailiff/sim/case_simulator.hpp"
#include "bailiff/sim/robot_coverage.hpp"
#include "stretch_sums.hpp"

namespace bailiff::sim {
namespace {

constexpr double kTwoTo32 = 4294967296.0;

double chance(Prob32 p) {
  return static_cast<double>(p.raw) / kTwoTo32;
}

/// F(day) of \p table as a probability; F(-1) = 0.
double cdf(const DiscreteSurvival& table, std::int64_t day) {
  return day < 0 ? 0.0 : chance(table.cdf(static_cast<std::uint32_t>(day)));
}

std::int64_t round_count(double x) {
  return x <= 0 ? 0 : static_cast<std::int64_t>(x + 0.5);
}

/// What one case of a kind, segment and path is expected to count, per case (the regions'
/// and the day series' shares are added by the caller and inside respectively).
struct CaseExpectation {
  ExpectedCounters counters;  ///< the run-wide counters
  ExpectedGroup group;        ///< paid, handed, collected, fees (cases aside)
  ExpectedPeriod period;      ///< events inside the report period (fines in force aside)
};

/// Walks one path for one segment, weighing each day by the chance of paying on it.
class PathEvaluator {
 public:
  /// \p paid_by_day and \p stretches: the day series to add to, or both null to skip it (the
  /// rest is unchanged); a payment on one day goes to the first, a stretch's to the second.
  PathEvaluator(const BehaviourModel& model, const ReportPeriod* period,
                std::vector<Moments>* paid_by_day, StretchSums* stretches)
      : model_(model), period_(period), paid_by_day_(paid_by_day), stretches_(stretches) {}

  /// The expectation of a case of \p path in force on \p in_force, of \p segment and amount
  /// band \p band; its payments by day are added to the series \p day_weight times.
  CaseExpectation evaluate(const CasePath& path, Date in_force, std::uint32_t segment,
                           std::uint32_t band, double day_weight) {
    out_ = {};
    in_force_ = in_force;
    day_weight_ = day_weight;
    double alive = 1.0;
    for (std::size_t i = 0; i < path.stretches.size(); ++i) {
      alive = stretch(path.stretches[i], segment, band, alive);
      if (i < path.steps.size()) alive = step(path.steps[i], segment, alive);
    }
    return out_;
  }

 private:
  bool counted(Date date) const { return period_ != nullptr && period_->contains(date); }

  /// A payment closing the case on \p date in \p stage, with chance \p mass.
  void payment(double mass, Date date, PayStage stage, Tiyn collected, Tiyn fees) {
    if (mass == 0) return;
    const double c = count_paid(mass, stage, collected, fees);
    if (paid_by_day_ != nullptr) {
      const auto since = static_cast<std::size_t>(days_between(in_force_, date));
      (*paid_by_day_)[std::min(since, kSeriesDays - 1)].add(mass * day_weight_, 1);
    }
    if (counted(date)) period_payment(mass, stage, c);
  }

  /// The run-wide and group counters of a payment of \p collected and \p fees in \p stage
  /// with chance \p mass; returns \p collected.
  double count_paid(double mass, PayStage stage, Tiyn collected, Tiyn fees) {
    const auto k = static_cast<std::size_t>(stage);
    const auto c = static_cast<double>(collected), f = static_cast<double>(fees);
    out_.counters.paid_by_stage[k].add(mass, 1);
    out_.counters.collected_by_stage[k].add(mass, c);
    out_.counters.fees_paid.add(mass, f);
    out_.group.paid.add(mass, 1);
    out_.group.collected.add(mass, c);
    out_.group.fees.add(mass, f);
    return c;
  }

  void period_payment(double mass, PayStage stage, double collected) {
    out_.period.collected.add(mass, collected);
    if (stage == PayStage::kRobot) {
      out_.period.robot_completed.add(mass, 1);
      out_.period.robot_collected.add(mass, collected);
    }
  }

  /// The stretch \p s entered with chance \p alive; returns the chance of leaving it unpaid.
  double stretch(const PathStretch& s, std::uint32_t segment, std::uint32_t band, double alive) {
    if (s.length == 0 || alive == 0) return alive;
    if (s.stage != PayStage::kRobot)
      return paid_in(model_.table_index(segment, band, s.stage, s.exposure), s, segment, alive);
    // The robot's tables depend on which notices reach the debtor: one draw each per case.
    const double sms = chance(model_.sms_reach(segment)), egov = chance(model_.egov_reach(segment));
    double left = 0;
    for (const bool sms_reached : {false, true}) {
      const double p_sms =
          !s.exposure.sms ? (sms_reached ? 0.0 : 1.0) : (sms_reached ? sms : 1.0 - sms);
      for (const bool egov_reached : {false, true}) {
        const double p_egov =
            !s.exposure.egov ? (egov_reached ? 0.0 : 1.0) : (egov_reached ? egov : 1.0 - egov);
        if (p_sms * p_egov == 0) continue;
        const RobotExposure e{sms_reached, egov_reached, s.exposure.arrest};
        left += paid_in(model_.table_index(segment, band, s.stage, e), s, segment,
                        alive * p_sms * p_egov);
      }
    }
    return left;
  }

  /// Payments inside stretch \p s from table_at(\p index), entered with chance \p alive;
  /// returns the chance of leaving it unpaid.
  double paid_in(std::size_t index, const PathStretch& s, std::uint32_t segment, double alive) {
    const DiscreteSurvival& table = model_.table_at(index);
    const std::uint32_t days = std::min(s.length, table.horizon());
    const double within = days == 0 ? 0.0 : cdf(table, days - 1);
    const double bump = s.at_deadline ? chance(model_.deadline_bump(segment, s.stage)) : 0.0;
    const double bumped = alive * (1.0 - within) * bump;
    const double c = count_paid(alive * within + bumped, s.stage, s.collected, s.fees);
    if (paid_by_day_ != nullptr) add_to_series(index, s, days, alive, within, bumped);
    const Date last = s.start.plus_days(static_cast<std::int32_t>(s.length) - 1);
    // The report period: the days of the stretch inside its window.
    if (period_ != nullptr && days > 0) {
      const std::int64_t lo =
          std::max<std::int64_t>(0, days_between(s.start, period_->window.from));
      const std::int64_t hi =
          std::min<std::int64_t>(days - 1, days_between(s.start, period_->window.to));
      if (lo <= hi) period_payment(alive * (cdf(table, hi) - cdf(table, lo - 1)), s.stage, c);
    }
    if (counted(last)) period_payment(bumped, s.stage, c);
    return alive * (1.0 - within) - bumped;
  }

  /// The days of stretch \p s (\p days of them in table_at(\p index)) in the day series:
  /// those before the series' last bin as one record, the rest in that bin, and the
  /// deadline payment on the stretch's last day.
  void add_to_series(std::size_t index, const PathStretch& s, std::uint32_t days, double alive,
                     double within, double bumped) {
    std::vector<Moments>& series = *paid_by_day_;
    const std::int64_t first = days_between(in_force_, s.start);
    const std::int64_t series_days =
        std::clamp<std::int64_t>(static_cast<std::int64_t>(kSeriesDays) - 1 - first, 0, days);
    if (series_days > 0) {
      stretches_->add({static_cast<std::uint32_t>(index), static_cast<std::uint16_t>(first),
                       static_cast<std::uint16_t>(series_days), alive * day_weight_});
    }
    const double before = cdf(model_.table_at(index), series_days - 1);
    series[kSeriesDays - 1].add(alive * (within - before) * day_weight_, 1);
    const std::int64_t last_since = first + static_cast<std::int64_t>(s.length) - 1;
    series[static_cast<std::size_t>(std::min<std::int64_t>(last_since, kSeriesDays - 1))].add(
        bumped * day_weight_, 1);
  }

  /// The engine's step \p s, reached with chance \p alive; returns the chance of going on
  /// unpaid.
  double step(const PathStep& s, std::uint32_t segment, double alive) {
    if (alive == 0) return 0;
    for (const PathEvent& e : s.events) {
      switch (e.action) {
        case Action::kProceedingOpened:
          out_.counters.proceedings_opened.add(alive, 1);
          if (counted(e.date)) {
            out_.period.robot_opened.add(alive, 1);
            out_.period.robot_opened_debt.add(alive, static_cast<double>(e.debt));
          }
          break;
        case Action::kNoticeSms:
          out_.counters.notices_sms.add(alive, 1);
          break;
        case Action::kNoticeEgovPush:
          out_.counters.notices_egov.add(alive, 1);
          break;
        case Action::kAccountArrested:
          out_.counters.accounts_arrested.add(alive, 1);
          break;
        case Action::kHandedToPrivateBailiff:
          out_.counters.handed_to_bailiff.add(alive, 1);
          out_.group.handed.add(alive, 1);
          if (counted(e.date)) out_.period.handed_to_bailiff.add(alive, 1);
          break;
        default:
          break;
      }
    }
    if (!s.arrest) return alive;
    const double recovered =
        alive * chance(model_.account(segment)) * chance(model_.balance_covers(s.debt));
    out_.counters.arrest_recoveries.add(recovered, 1);
    payment(recovered, s.recovery_date, PayStage::kRobot, s.collected, s.fees);
    return alive - recovered;
  }

  const BehaviourModel& model_;
  const ReportPeriod* period_;
  std::vector<Moments>* paid_by_day_;
  StretchSums* stretches_;
  CaseExpectation out_;
  Date in_force_;
  double day_weight_ = 0;
};

}  // namespace

double Moments::standard_error(double cases) const {
  if (cases <= 0) return 0;
  return std::sqrt(std::max(0.0, square - mean * mean / cases));
}

void ExpectedGroup::add_scaled(const ExpectedGroup& o, double w) {
  cases.add_scaled(o.cases, w);
  paid.add_scaled(o.paid, w);
  handed.add_scaled(o.handed, w);
  collected.add_scaled(o.collected, w);
  fees.add_scaled(o.fees, w);
}

void ExpectedPeriod::add_scaled(const ExpectedPeriod& o, double w) {
  fines_in_force.add_scaled(o.fines_in_force, w);
  imposed.add_scaled(o.imposed, w);
  collected.add_scaled(o.collected, w);
  robot_opened.add_scaled(o.robot_opened, w);
  robot_opened_debt.add_scaled(o.robot_opened_debt, w);
  robot_completed.add_scaled(o.robot_completed, w);
  robot_collected.add_scaled(o.robot_collected, w);
  handed_to_bailiff.add_scaled(o.handed_to_bailiff, w);
}

namespace {

/// Each scalar run-wide counter: its expectation and its Metrics counter.
struct CounterPair {
  Moments ExpectedCounters::*expected;
  std::int64_t Metrics::*counted;
};
constexpr std::array<CounterPair, 7> kScalarCounters = {{
    {&ExpectedCounters::fees_paid, &Metrics::fees_paid},
    {&ExpectedCounters::proceedings_opened, &Metrics::proceedings_opened},
    {&ExpectedCounters::notices_sms, &Metrics::notices_sms},
    {&ExpectedCounters::notices_egov, &Metrics::notices_egov},
    {&ExpectedCounters::accounts_arrested, &Metrics::accounts_arrested},
    {&ExpectedCounters::arrest_recoveries, &Metrics::arrest_recoveries},
    {&ExpectedCounters::handed_to_bailiff, &Metrics::handed_to_bailiff},
}};

}  // namespace

void ExpectedCounters::add_scaled(const ExpectedCounters& other, double weight) {
  for (std::size_t k = 0; k < kPayStageCount; ++k) {
    paid_by_stage[k].add_scaled(other.paid_by_stage[k], weight);
    collected_by_stage[k].add_scaled(other.collected_by_stage[k], weight);
  }
  for (const CounterPair& c : kScalarCounters)
    (this->*c.expected).add_scaled(other.*c.expected, weight);
}

void ExpectedCounters::round_into(Metrics& m) const {
  for (std::size_t k = 0; k < kPayStageCount; ++k) {
    m.paid_by_stage[k] = round_count(paid_by_stage[k].mean);
    m.collected_by_stage[k] = round_count(collected_by_stage[k].mean);
  }
  for (const CounterPair& c : kScalarCounters) m.*c.counted = round_count((this->*c.expected).mean);
}

Metrics ExpectedMetrics::rounded() const {
  Metrics m(by_region.size(), by_segment.size());
  m.cases = round_count(cases.mean);
  round_into(m);
  for (std::size_t d = 0; d < paid_by_day.size(); ++d)
    m.paid_by_day[d] = round_count(paid_by_day[d].mean);
  const auto group = [](const ExpectedGroup& g) {
    return GroupTotals{round_count(g.cases.mean), round_count(g.paid.mean),
                       round_count(g.handed.mean), round_count(g.collected.mean),
                       round_count(g.fees.mean)};
  };
  for (std::size_t r = 0; r < by_region.size(); ++r) m.by_region[r] = group(by_region[r]);
  for (std::size_t s = 0; s < by_segment.size(); ++s) m.by_segment[s] = group(by_segment[s]);
  m.period = {
      round_count(period.fines_in_force.mean),    round_count(period.imposed.mean),
      round_count(period.collected.mean),         round_count(period.robot_opened.mean),
      round_count(period.robot_opened_debt.mean), round_count(period.robot_completed.mean),
      round_count(period.robot_collected.mean),   round_count(period.handed_to_bailiff.mean)};
  return m;
}

namespace {

/// Kinds of fine per chunk of work: a fixed split, so that the sums (taken chunk by chunk,
/// in order) do not depend on the number of workers.
constexpr std::size_t kKindsPerChunk = 256;

/// Adds the kinds [first, last) of \p kinds to \p m; with \p stretches (the day series),
/// the payments inside stretches go there, the rest to m.paid_by_day.
void add_kinds(const RunSpec& spec, std::span<const FineKind> kinds, std::size_t first,
               std::size_t last, std::vector<StretchMass>* stretches, ExpectedMetrics& m) {
  const BehaviourModel& model = *spec.behaviour;
  const std::vector<std::string>& regions = spec.population->regions();
  const std::vector<Segment>& segments = model.params().segments;
  const Engine engine(*spec.policy, *spec.calendar);
  const RobotCoverage coverage(model.params(), regions);
  const ReportPeriod* period = spec.period ? &*spec.period : nullptr;
  std::optional<StretchSums> sums;
  if (stretches != nullptr) sums.emplace(model.table_count(), kSeriesDays);
  PathEvaluator evaluator(model, period, sums ? &m.paid_by_day : nullptr, sums ? &*sums : nullptr);
  std::vector<double> coverage_by_region(regions.size());
  // A preset's assumed count, scaled by the draw's volume (x1.0 leaves every sum's bits).
  const double volume = spec.population->volume_is_assumed()
                            ? static_cast<double>(model.params().population_volume_ppm) /
                                  static_cast<double>(kPpm)
                            : 1.0;
  Fine fine;
  for (std::size_t i = first; i < last; ++i) {
    const FineKind& kind = kinds[i];
    fine.amount = kind.amount;
    fine.in_force = kind.in_force;
    fine.discount_eligible = kind.discount_eligible;
    // The path when the robot reaches the referral, and when it does not.
    const CasePath robot = walk_case(engine, fine, spec.horizon, true);
    const CasePath other = robot.referral ? walk_case(engine, fine, spec.horizon, false) : robot;
    const bool two = !(robot == other);
    double total = 0, with_robot = 0, period_total = 0, period_robot = 0;
    for (std::size_t r = 0; r < regions.size(); ++r) {
      const double n = kind.count_by_region[r] * volume;
      const double c =
          two ? chance(coverage.at(static_cast<std::uint16_t>(r), robot.referral_date)) : 1.0;
      coverage_by_region[r] = c;
      total += n;
      with_robot += n * c;
      if (period != nullptr && (!period->region || *period->region == r)) {
        period_total += n;
        period_robot += n * c;
      }
    }
    if (total == 0) continue;
    const double without_robot = total - with_robot, period_other = period_total - period_robot;
    m.cases.add(total, 1);
    if (period != nullptr && period->contains(kind.in_force)) {
      m.period.fines_in_force.add(period_total, 1);
      m.period.imposed.add(period_total, static_cast<double>(kind.amount));
    }
    const std::uint32_t band = model.amount_band(kind.amount);
    ExpectedGroup mix_robot, mix_other;
    for (std::uint32_t s = 0; s < segments.size(); ++s) {
      const double share = static_cast<double>(segments[s].share_ppm) / static_cast<double>(kPpm);
      if (share == 0) continue;
      m.by_segment[s].cases.add(total * share, 1);
      const auto add = [&](const CasePath& path, double weight, double period_weight,
                           ExpectedGroup& mix) {
        const CaseExpectation e = evaluator.evaluate(path, kind.in_force, s, band, weight * share);
        m.add_scaled(e.counters, weight * share);
        m.period.add_scaled(e.period, period_weight * share);
        m.by_segment[s].add_scaled(e.group, weight * share);
        mix.add_scaled(e.group, share);
      };
      add(robot, with_robot, period_robot, mix_robot);
      if (two) add(other, without_robot, period_other, mix_other);
    }
    for (std::size_t r = 0; r < regions.size(); ++r) {
      const double n = kind.count_by_region[r] * volume;
      if (n == 0) continue;
      m.by_region[r].cases.add(n, 1);
      m.by_region[r].add_scaled(mix_robot, n * coverage_by_region[r]);
      if (two) m.by_region[r].add_scaled(mix_other, n * (1.0 - coverage_by_region[r]));
    }
  }
  if (sums) *stretches = sums->sums();
}

/// \p m with \p other added (counter by counter).
void add_expected(ExpectedMetrics& m, const ExpectedMetrics& other) {
  const auto group = [](ExpectedGroup& g, const ExpectedGroup& o) { g.add_scaled(o, 1); };
  m.cases.add_scaled(other.cases, 1);
  m.add_scaled(other, 1);
  for (std::size_t d = 0; d < other.paid_by_day.size(); ++d)
    m.paid_by_day[d].add_scaled(other.paid_by_day[d], 1);
  for (std::size_t r = 0; r < m.by_region.size(); ++r) group(m.by_region[r], other.by_region[r]);
  for (std::size_t s = 0; s < m.by_segment.size(); ++s) group(m.by_segment[s], other.by_segment[s]);
  m.period.add_scaled(other.period, 1);
}

}  // namespace

ExpectedMetrics expected_metrics(const RunSpec& spec, TaskSystem& tasks, bool series) {
  return expected_metrics(spec, spec.population->kinds(), tasks, series);
}

ExpectedMetrics expected_metrics(const RunSpec& spec, std::span<const FineKind> kinds,
                                 TaskSystem& tasks, bool series) {
  const std::size_t chunks = (kinds.size() + kKindsPerChunk - 1) / kKindsPerChunk;
  const auto empty = [&spec, series] {
    ExpectedMetrics m;
    if (series) m.paid_by_day.resize(kSeriesDays);
    m.by_region.resize(spec.population->regions().size());
    m.by_segment.resize(spec.behaviour->params().segments.size());
    return m;
  };
  std::vector<ExpectedMetrics> parts(chunks, empty());
  std::vector<std::vector<StretchMass>> stretches(series ? chunks : 0);
  for_each_on(tasks, chunks, [&](std::size_t c) {
    add_kinds(spec, kinds, c * kKindsPerChunk, std::min(kinds.size(), (c + 1) * kKindsPerChunk),
              series ? &stretches[c] : nullptr, parts[c]);
  });
  ExpectedMetrics m = empty();
  for (const ExpectedMetrics& part : parts) add_expected(m, part);
  if (series) {
    StretchSums sums(spec.behaviour->table_count(), kSeriesDays);
    std::size_t entries = 0;
    for (const std::vector<StretchMass>& part : stretches) entries += part.size();
    sums.reserve(entries);
    for (const std::vector<StretchMass>& part : stretches) sums.add_all(part);
    sums.spread(*spec.behaviour, m.paid_by_day);
  }
  return m;
}

RunResult simulate_exact(const RunSpec& spec, TaskSystem& tasks, bool series) {
  return simulate_exact(spec, spec.population->kinds(), tasks, series);
}

RunResult simulate_exact(const RunSpec& spec, std::span<const FineKind> kinds, TaskSystem& tasks,
                         bool series) {
  return exact_result(spec, expected_metrics(spec, kinds, tasks, series).rounded());
}

RunResult exact_result(const RunSpec& spec, Metrics metrics) {
  RunResult result;
  result.metrics = std::move(metrics);
  result.header_digest = run_header_digest(run_header(spec));
  Sha256 root;
  root.update("robot-bailiff/sim-exact/v1");
  root.update(result.header_digest.data(), result.header_digest.size());
  root.update(result.metrics.headline_bytes());
  result.audit_root = root.finish();
  return result;
}

}  // namespace bailiff::sim
