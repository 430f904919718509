#include "bailiff/audit/case_evidence.hpp"

#include <algorithm>

#include "bailiff/audit/bundle.hpp"
#include "bailiff/cases.hpp"
#include "bailiff/error.hpp"

namespace bailiff::audit {
namespace {

[[noreturn]] void unknown_case(const std::string& file, std::string_view id, const std::vector<Fine>& fines) {
  std::string known;
  for (std::size_t i = 0; i < fines.size() && i < 10; ++i) known += (i ? ", " : "") + fines[i].id;
  if (fines.size() > 10) known += ", ...";
  throw InputError(file, "--case", "case", "the id of a case in the file (" + known + ")", std::string(id));
}

std::string record(const DecodedDecision& d) {
  std::string out;
  const Decision as_decision{d.date, d.action, d.amount, d.due_after, d.fee, d.rule, {}, d.basis_param};
  encode_decision(out, d.case_id, d.seq, as_decision);
  return out;
}

/// Fills \p e's per-step notes and its own provisional notes (decide's rule for one case).
void add_notes(CaseEvidence& e, const Calendar& calendar) {
  Date since = e.fine.in_force;
  for (const DecodedDecision& d : e.decisions) {
    const Decision decision{d.date, d.action, d.amount, d.due_after, d.fee, d.rule, {}, d.basis_param};
    e.step_notes.push_back(decision_notes(decision, since, e.policy, calendar));
    since = d.date;
  }
  Date latest = e.horizon;
  CaseSpan span{e.fine.in_force, e.decisions.empty() ? e.fine.in_force : e.decisions.back().date};
  const CaseState& state = e.at_horizon;
  if (state.stage != Stage::kClosed && state.pending != Milestone::kNone && !state.pending_undated) {
    latest = std::max(latest, state.pending_date);
    span.to = std::max(span.to, state.pending_date);
  }
  const Policy* policies[] = {&e.policy};
  e.provisional = crossed_days_only(provisional_notes(calendar, policies, latest), {&span, 1});
  e.calendar_last_day = calendar.last_day();
}

}  // namespace

DecodedDecision as_decoded(std::string_view case_id, std::uint32_t seq, const Decision& d) {
  return {std::string(case_id), seq, d.date, d.action, d.amount, d.due_after, d.fee,
          std::string(d.rule), d.basis_param};
}

CaseEvidence case_from_run(const sim::DecideRun& run, std::string_view case_id) {
  const auto at = std::find_if(run.fines.begin(), run.fines.end(), [&](const Fine& f) { return f.id == case_id; });
  if (at == run.fines.end()) unknown_case(run.cases_file.name, case_id, run.fines);
  const auto index = static_cast<std::size_t>(at - run.fines.begin());
  CaseEvidence e{run.policy, *at, run.horizon, {}, {run.policy_file.name, run.calendar_file.name, run.cases_file.name},
                 ReplayAgreement::kNotFromBundle, 0, {}, {}, {}, {}};
  const std::vector<Decision>& timeline = run.timelines[index];
  for (std::size_t s = 0; s < timeline.size(); ++s) {
    e.decisions.push_back(as_decoded(case_id, static_cast<std::uint32_t>(s), timeline[s]));
  }
  e.at_horizon = run.states[index];
  add_notes(e, run.calendar);
  return e;
}

CaseEvidence case_from_bundle(std::string_view bytes, const std::string& file, std::string_view case_id) {
  const DecideBundleView view = open_decide_bundle(bytes, file);
  Policy policy = Policy::parse(view.policy.bytes, view.policy.name);
  const Calendar calendar = Calendar::parse(view.calendar.bytes, view.calendar.name);
  const std::vector<Fine> fines = parse_cases(view.cases.bytes, view.cases.name);
  const Date horizon = view.horizon.value_or(calendar.last_final_day());
  const auto fine = std::find_if(fines.begin(), fines.end(), [&](const Fine& f) { return f.id == case_id; });
  if (fine == fines.end()) unknown_case(file + " (" + view.cases.name + ")", case_id, fines);
  const auto logged = std::find(view.case_ids.begin(), view.case_ids.end(), case_id);

  CaseEvidence e{std::move(policy), *fine, horizon, {}, {file}, ReplayAgreement::kNotFromBundle, 0, {}, {}, {}, {}};
  // Replay this one case from the embedded inputs (its state at the horizon, and the
  // decisions to compare record by record with the log).
  const CaseRun run = Engine(e.policy, calendar).run(*fine, horizon);
  const std::vector<Decision>& replay = run.decisions;
  e.at_horizon = run.state;
  if (logged == view.case_ids.end()) {
    e.agreement = ReplayAgreement::kNotLogged;
    add_notes(e, calendar);
    return e;
  }
  e.decisions = view.decisions[static_cast<std::size_t>(logged - view.case_ids.begin())];
  add_notes(e, calendar);
  const std::size_t common = std::min(replay.size(), e.decisions.size());
  e.first_difference = common;
  for (std::size_t i = 0; i < common; ++i) {
    if (record(as_decoded(fine->id, static_cast<std::uint32_t>(i), replay[i])) != record(e.decisions[i])) {
      e.first_difference = i;
      break;
    }
  }
  e.agreement = e.first_difference == common && replay.size() == e.decisions.size() ? ReplayAgreement::kSame
                                                                                     : ReplayAgreement::kDiffers;
  return e;
}

}  // namespace bailiff::audit
