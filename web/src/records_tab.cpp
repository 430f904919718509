// The records tab: an auditor opens a ministry's recorded enforcement log from disk, types
// the IIN key, and the page checks it here (the same study::check_log as `bailiff
// check-records` under its default policy and calendar): the opening sentence, the findings
// and, for one finding's case, the recorded path beside the law's on one timeline. Nothing
// leaves the computer (the page makes no request after load).

#include <algorithm>
#include <exception>
#include <sstream>
#include <string>

#include "app_state.hpp"
#include "bailiff/calendar.hpp"
#include "bailiff/error.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/report/format.hpp"
#include "bailiff/report/records_report.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

struct Law {
  Policy policy;
  Calendar calendar;
};

/// The check's law: the CLI's default policy and calendar, parsed once.
const Law& law() {
  static const Law l = [] {
    const sim::LoadedInput p = sim::load_input(std::string(sim::defaults::kPolicy), "policies");
    const sim::LoadedInput c = sim::load_input(std::string(sim::defaults::kCalendar), "calendars");
    return Law{Policy::parse(p.bytes, p.name), Calendar::parse(c.bytes, c.name)};
  }();
  return l;
}

std::string action_words(Action a) {
  return tr("records.action." + std::string(action_name(a)));
}

std::string amount_words(const std::optional<Tiyn>& amount) {
  return amount ? " " + report::tenge(*amount, report::screen_numbers(language())) : "";
}

/// One row of the timeline: a day, what was recorded on it and what the law did.
struct TimelineRow {
  Date date;
  std::string recorded, law;
};

std::vector<TimelineRow> timeline(const RecordsSource& r) {
  std::vector<TimelineRow> rows;
  auto row_of = [&rows](Date d) -> TimelineRow& {
    auto it =
        std::find_if(rows.begin(), rows.end(), [d](const TimelineRow& t) { return t.date == d; });
    if (it != rows.end()) return *it;
    return rows.emplace_back(TimelineRow{d, {}, {}});
  };
  for (const study::RecordedEvent& e : r.recorded) {
    std::string& cell = row_of(e.date).recorded;
    cell += (cell.empty() ? "" : "; ") + action_words(e.action) + amount_words(e.amount);
  }
  for (const Decision& d : r.law) {
    if (d.action == Action::kDiscountWindowClosed || d.action == Action::kVoluntaryTermExpired)
      continue;
    std::string& cell = row_of(d.date).law;
    cell += (cell.empty() ? "" : "; ") + action_words(d.action) + amount_words(d.amount);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const TimelineRow& a, const TimelineRow& b) { return a.date < b.date; });
  return rows;
}

// Check the opened log with the typed key; a refusal goes to s.records.error.
void check_records_in_page(AppState& s) {
  RecordsSource& r = s.records;
  r.result.reset();
  r.error.clear();
  r.selected = -1;
  try {
    std::istringstream first(r.bytes);
    study::RecordLogReader dates(first, r.file_name, r.key);
    const Date as_of = study::latest_date(dates);
    std::istringstream in(r.bytes);
    study::RecordLogReader log(in, r.file_name, r.key);
    r.result = study::check_log(log, law().policy, law().calendar, study::CheckOptions{}, as_of);
  } catch (const std::exception& e) {
    r.error = e.what();
  }
}

// Show the case of finding \p index: its recorded path beside the law's.
void select_finding(AppState& s, int index) {
  RecordsSource& r = s.records;
  r.selected = index;
  r.recorded.clear();
  r.law.clear();
  r.law_error.clear();
  const std::string& id = r.result->findings[static_cast<std::size_t>(index)].case_id;
  try {
    std::istringstream in(r.bytes);
    study::RecordLogReader log(in, r.file_name, r.key);
    study::RecordedCase c;
    while (log.next(c)) {
      if (c.fine.id != id) continue;
      for (const study::RecordedEvent& e : c.events) r.recorded.push_back(e);
      r.law = study::law_run(c, Engine(law().policy, law().calendar), r.result->as_of).decisions;
      return;
    }
  } catch (const std::exception& e) {
    r.law_error = e.what();
  }
}

void draw_findings_table(AppState& s) {
  const study::CheckResult& result = *s.records.result;
  const report::NumberStyle numbers = report::screen_numbers(language());
  if (!ImGui::BeginTable(
          "##findings", 5,
          ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
          ImVec2(0, std::min(12.0f, 1.0f + static_cast<float>(result.findings.size())) *
                        ImGui::GetTextLineHeightWithSpacing()))) {
    return;
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("records.page.col.case"));
  ImGui::TableSetupColumn(tr("records.page.col.date"));
  ImGui::TableSetupColumn(tr("records.col.kind"));
  ImGui::TableSetupColumn(tr("records.col.region"));
  ImGui::TableSetupColumn(tr("records.col.at_stake"));
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(result.findings.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const study::Finding& f = result.findings[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(i);
      if (ImGui::Selectable(f.case_id.c_str(), s.records.selected == i,
                            ImGuiSelectableFlags_SpanAllColumns)) {
        select_finding(s, i);
      }
      if (i == 0) remember_item("records.row0");
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(to_iso(f.date).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr("records.label." + std::string(study::finding_kind_name(f.kind))));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(f.region.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(report::tenge(f.at_stake, numbers).c_str());
    }
  }
  ImGui::EndTable();
}

void draw_case(const RecordsSource& r) {
  const study::Finding& f = r.result->findings[static_cast<std::size_t>(r.selected)];
  ImGui::TextWrapped("%s", report::finding_sentence(f, language()).c_str());
  if (!r.law_error.empty()) {
    ImGui::TextWrapped("%s", r.law_error.c_str());
    return;
  }
  if (!ImGui::BeginTable("##paths", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn(tr("records.page.col.date"));
  ImGui::TableSetupColumn(tr("records.page.recorded"));
  ImGui::TableSetupColumn(tr("records.page.law"));
  ImGui::TableHeadersRow();
  for (const TimelineRow& row : timeline(r)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(to_iso(row.date).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", row.recorded.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", row.law.c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void records_file_opened(AppState& s, std::string bytes, const std::string& file_name) {
  RecordsSource& r = s.records;
  r.file_name = file_name;
  r.bytes = std::move(bytes);
  r.result.reset();
  r.error.clear();
  r.selected = -1;
  r.recorded.clear();
  r.law.clear();
  s.status = file_name;
}

void draw_records_tab(AppState& s) {
  RecordsSource& r = s.records;
  ImGui::TextWrapped("%s", tr("records.page.help"));
  if (ImGui::Button(tr("records.page.open"))) {
    if (!open_records_picker())
      s.status = "native build: use `bailiff check-records LOG --iin-key-file K`";
  }
  remember_item("records.open");
  ImGui::SameLine();
  ImGui::TextUnformatted(r.file_name.empty() ? tr("records.page.none") : r.file_name.c_str());
  ImGui::SetNextItemWidth(16 * ImGui::GetFontSize());
  ImGui::InputText(
      tr("records.page.key"), r.key.data(), r.key.size() + 1,
      ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CallbackResize,
      [](ImGuiInputTextCallbackData* d) {
        if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
          auto* key = static_cast<std::string*>(d->UserData);
          key->resize(static_cast<std::size_t>(d->BufTextLen));
          d->Buf = key->data();
        }
        return 0;
      },
      &r.key);
  remember_item("records.key");
  ImGui::BeginDisabled(r.file_name.empty());
  if (ImGui::Button(tr("records.page.check"))) check_records_in_page(s);
  ImGui::EndDisabled();
  remember_item("records.check");
  if (!r.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0.1f, 0.1f, 1));
    ImGui::TextWrapped("%s", r.error.c_str());
    ImGui::PopStyleColor();
  }
  if (!r.result) return;
  ImGui::Separator();
  ImGui::TextWrapped("%s", report::records_headline(*r.result, language()).c_str());
  if (r.result->findings.empty()) return;
  draw_findings_table(s);
  if (r.selected < 0) {
    ImGui::TextUnformatted(tr("records.page.pick"));
    return;
  }
  ImGui::Separator();
  draw_case(r);
}

}  // namespace bailiff::web
