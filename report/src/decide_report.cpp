// The readable and the machine report of `bailiff decide`.

#include "bailiff/report/decide_report.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "bailiff/report/provisional_notice.hpp"
#include "bailiff/report/text.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff::report {

using namespace ::bailiff::sim;

namespace {

/// What the run's shown dates rely on: up to the horizon, or to an open case's next step
/// when that is later (a step dated in a provisional year, after the horizon); an assumed
/// day only when some case's dates run over it.
std::vector<ProvisionalNote> decide_notes(const DecideRun& run) {
  Date latest = run.horizon;
  std::vector<CaseSpan> spans;
  for (std::size_t i = 0; i < run.fines.size(); ++i) {
    const CaseState& state = run.states[i];
    const std::vector<Decision>& timeline = run.timelines[i];
    CaseSpan span{run.fines[i].in_force, timeline.empty() ? run.fines[i].in_force : timeline.back().date};
    if (state.stage != Stage::kClosed && state.pending != Milestone::kNone &&
        !state.pending_undated) {
      latest = std::max(latest, state.pending_date);
      span.to = std::max(span.to, state.pending_date);
    }
    spans.push_back(span);
  }
  const Policy* policies[] = {&run.policy};
  return crossed_days_only(provisional_notes(run.calendar, policies, latest), spans);
}

/// Per decision of case \p i, what it hinges on that no source settles (decision_notes).
std::vector<std::vector<ProvisionalNote>> step_notes(const DecideRun& run, std::size_t i) {
  std::vector<std::vector<ProvisionalNote>> notes;
  Date since = run.fines[i].in_force;
  for (const Decision& d : run.timelines[i]) {
    notes.push_back(decision_notes(d, since, run.policy, run.calendar));
    since = d.date;
  }
  return notes;
}

}  // namespace

std::string open_reason(const CaseState& state, Date horizon, const Calendar& calendar) {
  if (state.stage == Stage::kClosed) return {};
  const std::string step(milestone_name(state.pending));
  if (state.pending != Milestone::kNone && state.pending_undated) {
    return "the next step (" + step + ") falls after the calendar's last day " +
           to_iso(calendar.last_day()) + " and cannot be dated: extend data/calendars to decide it";
  }
  if (state.pending != Milestone::kNone) {
    return "the next step (" + step + ") is due on " + to_iso(state.pending_date) +
           ", after the horizon " + to_iso(horizon);
  }
  return "with a private bailiff: " + tenge(state.principal_due, kEnglishText) + " and a fee of " +
         tenge(state.fee_due, kEnglishText) + " due on recovery";
}

std::string decide_report_text(const DecideRun& run) {
  std::string out;
  out += "Policy   " + run.policy.id() + ": " + run.policy.title() + "\n";
  out += "Horizon  " + to_iso(run.horizon) + " (decisions after it are not taken)\n";
  out += provisional_text(decide_notes(run)) + "\n";
  for (std::size_t i = 0; i < run.fines.size(); ++i) {
    const Fine& fine = run.fines[i];
    out += "Case " + printable(fine.id) + "  fine " + tenge(fine.amount, kEnglishText) +
           ", in force " + to_iso(fine.in_force);
    if (!fine.article.empty()) out += ", art. " + printable(fine.article);
    if (!fine.region.empty()) out += ", " + printable(fine.region);
    out += fine.discount_eligible ? ", discount eligible\n" : "\n";
    for (const Payment& p : fine.payments) {
      out += "  payment  " + to_iso(p.date) + "  " + tenge(p.amount, kEnglishText) + "\n";
    }
    const std::vector<std::vector<ProvisionalNote>> notes = step_notes(run, i);
    for (std::size_t k = 0; k < run.timelines[i].size(); ++k) {
      const Decision& d = run.timelines[i][k];
      out += "  " + to_iso(d.date) + "  " + pad_right(std::string(action_name(d.action)), 26) +
             pad_right(tenge(d.amount, kEnglishText), 16) + " due " +
             pad_right(tenge(d.due_after, kEnglishText), 16);
      if (d.fee != 0) out += " fee " + tenge(d.fee, kEnglishText);
      out += "  [" + std::string(d.rule) + "] " + std::string(d.legal_basis) + "\n";
      for (const ProvisionalNote& note : notes[k]) {
        out += "              rests on an assumption (" + note.source + "): " + note.assumption + "\n";
      }
    }
    if (run.timelines[i].empty()) out += "  (no decision before the horizon)\n";
    const std::string reason = open_reason(run.states[i], run.horizon, run.calendar);
    if (!reason.empty()) out += "  open on " + to_iso(run.horizon) + ": " + reason + "\n";
    out += "  case digest " + to_hex(run.case_digests[i]) + "\n\n";
  }
  out += "Inputs (SHA-256)\n";
  for (const InputFile* f : {&run.policy_file, &run.calendar_file, &run.cases_file}) {
    out += "  " + to_hex(f->sha256) + "  " + f->name + "\n";
  }
  out += "Engine   " + std::string(kEngineVersion) + "\n";
  out += "Cases    " + std::to_string(run.fines.size()) + "\n";
  out += "Run root " + to_hex(run.root) + "\n";
  return out;
}

std::string decide_report_json(const DecideRun& run) {
  using Json = nlohmann::ordered_json;
  Json report;
  report["engine_version"] = std::string(kEngineVersion);
  auto file_json = [](const InputFile& f) { return Json{{"name", f.name}, {"sha256", to_hex(f.sha256)}}; };
  report["policy"] = file_json(run.policy_file);
  report["policy"]["id"] = run.policy.id();
  report["calendar"] = file_json(run.calendar_file);
  report["cases_file"] = file_json(run.cases_file);
  report["horizon"] = to_iso(run.horizon);
  const std::vector<ProvisionalNote> notes = decide_notes(run);
  if (!notes.empty()) report["provisional"] = provisional_json(notes);
  Json cases = Json::array();
  for (std::size_t i = 0; i < run.fines.size(); ++i) {
    const Fine& fine = run.fines[i];
    Json decisions = Json::array();
    const std::vector<std::vector<ProvisionalNote>> step_notes_of_case = step_notes(run, i);
    for (std::size_t k = 0; k < run.timelines[i].size(); ++k) {
      const Decision& d = run.timelines[i][k];
      Json decision = Json{{"date", to_iso(d.date)},
                               {"action", action_name(d.action)},
                               {"amount_tenge", plain_tenge(d.amount)},
                               {"due_after_tenge", plain_tenge(d.due_after)},
                               {"fee_tenge", plain_tenge(d.fee)},
                               {"rule", d.rule},
                               {"legal_basis", d.legal_basis}};
      if (!step_notes_of_case[k].empty()) decision["assumptions"] = provisional_json(step_notes_of_case[k]);
      decisions.push_back(std::move(decision));
    }
    const CaseState& state = run.states[i];
    Json status = Json{{"open", state.stage != Stage::kClosed}};
    if (state.stage != Stage::kClosed) {
      status["next_step"] = milestone_name(state.pending);
      status["next_step_date"] = state.pending == Milestone::kNone || state.pending_undated
                                     ? Json(nullptr)
                                     : Json(to_iso(state.pending_date));
      status["reason"] = open_reason(state, run.horizon, run.calendar);
    }
    cases.push_back(Json{{"id", fine.id},
                         {"amount_tenge", plain_tenge(fine.amount)},
                         {"in_force", to_iso(fine.in_force)},
                         {"decisions", std::move(decisions)},
                         {"at_horizon", std::move(status)},
                         {"case_digest", to_hex(run.case_digests[i])}});
  }
  report["cases"] = std::move(cases);
  report["run_root"] = to_hex(run.root);
  return report.dump(2) + "\n";
}

}  // namespace bailiff::report
