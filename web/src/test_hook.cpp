// A small JS-callable surface for the browser tests and the budget script (wrapped as
// window.bailiffTest by shell/post.js). Every function returns JSON or plain text.

#include <algorithm>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app_state.hpp"
#include "bailiff/report/comparison_report.hpp"
#include "bailiff/report/explain.hpp"
#include "bailiff/report/records_report.hpp"
#include "brief.hpp"
#include "example_cases.hpp"
#include "figure_rows.hpp"
#include "guard.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.hpp"
#include "scrolling.hpp"
#include "term_markers.hpp"
#include "ui.hpp"
#include "url_state.hpp"
#include "worker_pool.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define BAILIFF_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define BAILIFF_EXPORT extern "C"
#endif

namespace {

using namespace bailiff;
using namespace bailiff::web;

/// The records tab as the tests see it: the log, the check's counts and opening sentence, the
/// selected finding's case with its recorded path and the law's.
nlohmann::json records_state(const RecordsSource& r) {
  nlohmann::json j = {{"file", r.file_name}, {"error", r.error}, {"checked", r.result.has_value()}};
  if (!r.result) return j;
  j["cases"] = r.result->cases;
  j["cases_with_finding"] = r.result->cases_with_finding;
  j["findings"] = r.result->findings.size();
  j["headline"] = report::records_headline(*r.result, language());
  j["selected"] =
      r.selected < 0 ? "" : r.result->findings[static_cast<std::size_t>(r.selected)].case_id;
  nlohmann::json recorded = nlohmann::json::array(), law = nlohmann::json::array();
  for (const study::RecordedEvent& e : r.recorded)
    recorded.push_back({{"date", to_iso(e.date)}, {"action", action_name(e.action)}});
  for (const Decision& d : r.law)
    law.push_back({{"date", to_iso(d.date)}, {"action", action_name(d.action)}});
  j["recorded"] = std::move(recorded);
  j["law"] = std::move(law);
  return j;
}

const char* keep(std::string text) {
  static std::string buffer;
  buffer = std::move(text);
  return buffer.c_str();
}

EditableDoc* doc_named(const std::string& which) {
  AppState& s = app();
  if (which == "A") return &s.policy_a;
  if (which == "B") return &s.policy_b;
  if (which == "H") return &s.behaviour;
  return nullptr;
}

nlohmann::json figure(const report::Figure& f) {
  return {{"value", f.value}, {"p05", f.p05}, {"p95", f.p95}};
}

nlohmann::json headline(const report::Headline& h) {
  return {{"cases", h.cases},
          {"paid", figure(h.paid)},
          {"collected_tiyn", figure(h.collected)},
          {"fees_paid_tiyn", figure(h.fees_paid)},
          {"handed_to_bailiff", figure(h.handed_to_bailiff)},
          {"proceedings_opened", figure(h.proceedings_opened)},
          {"notices_sent", figure(h.notices_sent)}};
}

nlohmann::json summary_json(const report::ComparisonSummary& summary) {
  return {{"policy", headline(summary.policy)},
          {"baseline", headline(summary.baseline)},
          {"fee_avoided_official_tiyn", figure(summary.fee_avoided_official)},
          {"fee_avoided_counterfactual_tiyn", figure(summary.fee_avoided_counterfactual)}};
}

}  // namespace

/// State of the page: {busy, progress, frames, first_frame_ms, lang, error, status, hash,
/// generation, run_ms, preview_ms (the last exact preview's time), preview_key,
/// showing_preview, workers (Web Workers of the run in progress, else of the last run; 0:
/// the page's thread), worker_pool: {ready, error}, guard_failures (parts of the page that
/// threw, guard.hpp), settled (the figures shown are the current inputs' and nothing runs),
/// widgets: {name: [x0, y0, x1, y1]}, layout: wide, stacked or narrow, text_size ("150%"),
/// focused: the named widget with the keyboard focus, focus:
/// {rect, ring, window, layer} of the keyboard focus, if any}.
BAILIFF_EXPORT const char* bailiff_test_state() {
  AppState& s = app();
  nlohmann::json j;
  j["busy"] = s.runner.busy() || s.run_requested;
  j["progress"] = s.runner.progress();
  j["frames"] = s.frames;
  j["first_frame_ms"] = s.first_frame_ms;
  j["first_frame_at_ms"] = s.first_frame_at_ms;
  j["lang"] = report::language_code(language());
  j["error"] = s.error;
  j["notice"] = s.notice;
  j["status"] = s.status;
  j["hash"] = encode_hash(s);
  j["generation"] = s.runner.generation();
  j["run_ms"] = s.runner.outcome() ? s.runner.outcome()->milliseconds : -1.0;
  const Outcome* preview = s.runner.preview_outcome();
  j["preview_ms"] = preview ? preview->milliseconds : -1.0;
  j["preview_key"] = s.preview_key;
  j["showing_preview"] = showing_preview(s);
  j["reused_runs"] = s.runner.outcome() ? s.runner.outcome()->reused_runs : 0;
  // Web Workers simulating the run in progress, else the last run (0: the page's thread).
  j["workers"] = s.runner.busy()      ? s.runner.workers_in_use()
                 : s.runner.outcome() ? s.runner.outcome()->workers
                                      : 0u;
  j["worker_pool"] = {{"ready", workers_ready()}, {"error", workers_error()}};
  j["csv"] = s.csv.active ? s.csv.file_name : "";
  j["records"] = records_state(s.records);
  j["receipt"] = {{"file", s.receipt.receipt_name},
                  {"key", s.receipt.key_name},
                  {"verified", s.receipt.verified},
                  {"authentic", s.receipt.authentic},
                  {"report", s.receipt.report}};
  j["guard_failures"] = guard_failures();
  // The figures shown are those of the current inputs and nothing is running.
  const Outcome* shown = shown_outcome(s);
  j["settled"] = shown && shown->inputs.key == run_key(s) && !s.runner.busy() && !s.run_requested;
  j["widgets"] = s.widget_rects;
  j["focused"] = s.focused_widget;
  j["layout"] = s.layout;
  j["text_size"] = std::to_string(static_cast<int>(s.text_size * 100 + 0.5f)) + "%";
  // The keyboard focus (ImGui's navigation item): where it was last drawn, whether its ring
  // shows, and its panel.
  if (const ImGuiContext& g = *ImGui::GetCurrentContext(); g.NavId != 0 && g.NavWindow) {
    const ImRect r = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
    j["focus"] = {{"rect", {r.Min.x, r.Min.y, r.Max.x, r.Max.y}},
                  {"ring", !g.NavDisableHighlight},
                  {"window", g.NavWindow->Name},
                  {"layer", static_cast<int>(g.NavLayer)}};
  }
  return keep(j.dump());
}

/// The key figures of the last run: {"summary": {...}, "report": <comparison_json>}.
BAILIFF_EXPORT const char* bailiff_test_figures() {
  const Outcome* o = app().runner.outcome();
  if (!o) return keep("null");
  nlohmann::json j;
  j["summary"] = summary_json(o->summary);
  j["report"] = nlohmann::json::parse(report::comparison_json(*o->scenario, o->comparison));
  j["headline"] = headline_text(*o);
  j["stale"] = figures_stale(app());
  return keep(j.dump());
}

/// The exact preview of the current inputs as the page's table shows it: {key, rows: [{key,
/// value, b_value}]} (figure_rows.hpp), or null when the preview is of other inputs.
BAILIFF_EXPORT const char* bailiff_test_preview() {
  const AppState& s = app();
  const Outcome* p = s.runner.preview_outcome();
  if (!p || p->inputs.key != run_key(s)) return keep("null");
  nlohmann::json j = figure_table(*p);
  j["key"] = p->inputs.key;
  return keep(j.dump());
}

/// The term markers of the cumulative chart for the figures shown: [{stage, day}] (policy A).
BAILIFF_EXPORT const char* bailiff_test_terms() {
  const Outcome* o = shown_outcome(app());
  if (!o) return keep("null");
  nlohmann::json j = nlohmann::json::array();
  for (const TermMarker& m : o->terms) {
    j.push_back({{"stage", sim::pay_stage_name(m.stage)}, {"day", m.day}});
  }
  return keep(j.dump());
}

/// Example case \p case_id under policy A or B as the case explorer explains it: the JSON of
/// `bailiff explain --json` in the page's language, or {"error": ...}.
BAILIFF_EXPORT const char* bailiff_test_explain(const char* which, const char* case_id) {
  const EditableDoc* doc = doc_named(which);
  if (!doc || doc == &app().behaviour) return keep(R"({"error":"unknown policy"})");
  try {
    return keep(report::explanation_json(explain_example(*doc, case_id)));
  } catch (const std::exception& e) {
    return keep(nlohmann::json{{"error", e.what()}}.dump());
  }
}

/// Set the value at JSON pointer \p pointer of document A, B or H (behaviour) to the JSON
/// \p value; returns "" or the validation error.
BAILIFF_EXPORT const char* bailiff_test_set_param(const char* which, const char* pointer,
                                                  const char* value) {
  wake_frames();
  EditableDoc* doc = doc_named(which);
  if (!doc) return keep("unknown document");
  const nlohmann::json v = nlohmann::json::parse(value, nullptr, false);
  if (v.is_discarded()) return keep("value is not JSON");
  doc->set(pointer, v);
  return keep(doc->error());
}

/// The bytes the next run uses for document A, B or H.
BAILIFF_EXPORT const char* bailiff_test_doc(const char* which) {
  EditableDoc* doc = doc_named(which);
  return keep(doc ? doc->bytes() : std::string());
}

/// Settings: cases, seed, replications, population, lang, text_size (0.9 to 1.5), hash (applies a
/// URL hash), explorer_case / explorer_mode / explorer_index (the case explorer), workers (the
/// most Web Workers the next runs use; 0: the page's thread).
BAILIFF_EXPORT const char* bailiff_test_set(const char* key, const char* value) {
  AppState& s = app();
  wake_frames();
  const std::string k = key, v = value;
  try {
    if (k == "cases")
      s.settings.cases = std::stoull(v);
    else if (k == "seed")
      s.settings.seed = std::stoull(v);
    else if (k == "replications")
      s.settings.replications = static_cast<std::uint32_t>(std::stoul(v));
    else if (k == "population")
      s.settings.population = v;
    else if (k == "lang") {
      const std::optional<Language> l = report::parse_language(v);
      if (!l) return keep("unknown language");
      set_language(*l);
    } else if (k == "hash")
      apply_hash(s, v);
    else if (k == "text_size")
      s.text_size = std::clamp(std::stof(v), 0.9f, 1.5f);
    else if (k == "explorer_case")
      s.explorer_case = std::stoi(v);
    else if (k == "explorer_mode")
      s.explorer_mode = std::stoi(v);
    else if (k == "explorer_index")
      s.explorer_index = std::stoll(v);
    else if (k == "workers")
      s.runner.set_max_workers(static_cast<unsigned>(std::stoul(v)));
    else
      return keep("unknown setting");
  } catch (const std::exception& e) {
    return keep(e.what());
  }
  return keep("");
}

/// Request a run (it starts on the next frame and proceeds a slice per frame).
BAILIFF_EXPORT void bailiff_test_run() {
  app().run_requested = true;
}

/// Make the brief of the last run as the Brief button does, without the print dialog
/// (`#brief` carries data-ready once its images are decoded).
BAILIFF_EXPORT void bailiff_test_brief() {
  request_brief(app(), /*print=*/false);
}

/// Save the current comparison as the Save button does, under \p name ("" = A's label);
/// returns "" or why not.
BAILIFF_EXPORT const char* bailiff_test_save(const char* name) {
  wake_frames();
  return keep(save_current(app(), name));
}

/// Drop saved scenario \p index.
BAILIFF_EXPORT void bailiff_test_remove_saved(int index) {
  wake_frames();
  remove_saved(app(), static_cast<std::size_t>(index));
}

/// The saved scenarios: [{name, key, failed, summary}] (summary as in bailiff_test_figures, null
/// until rerun).
BAILIFF_EXPORT const char* bailiff_test_saved() {
  nlohmann::json j = nlohmann::json::array();
  for (const SavedScenario& saved : app().saved) {
    j.push_back({{"name", saved.name},
                 {"key", saved.key},
                 {"failed", saved.failed},
                 {"summary", saved.summary ? summary_json(*saved.summary) : nlohmann::json()}});
  }
  return keep(j.dump());
}

/// Called by shell/post.js on every input event of the page: draw the next frames.
BAILIFF_EXPORT void bailiff_wake() {
  wake_frames();
}

/// Called by shell/post.js when the mouse leaves the canvas (1) or enters it (0).
BAILIFF_EXPORT void bailiff_mouse_outside(int outside) {
  set_mouse_outside(outside != 0);
}

/// Called by shell/post.js when a finger slides \p dy CSS px up on the canvas.
BAILIFF_EXPORT void bailiff_scroll(double dy) {
  scroll_under_pointer(static_cast<float>(dy));
}

/// Called by shell/post.js when Back or Forward lands on \p hash: that scenario, run again.
BAILIFF_EXPORT void bailiff_popstate(const char* hash) {
  AppState& s = app();
  restore_scenario(s, hash);
  s.run_requested = true;
  wake_frames();
}

/// The string \p key in the current language (what the page shows).
BAILIFF_EXPORT const char* bailiff_test_label(const char* key) {
  return keep(tr(key));
}

/// Trigger an export (json, csv, bundle) as the page's buttons do; returns its bytes.
BAILIFF_EXPORT const char* bailiff_test_export(const char* kind) {
  AppState& s = app();
  wake_frames();
  const std::string k = kind;
  return keep(k == "json"     ? export_json(s)
              : k == "csv"    ? export_csv(s)
              : k == "bundle" ? export_bundle(s)
                              : "");
}

/// Called by the page's file input with a CSV's \p size bytes at \p data (copied here; the
/// caller frees them).
BAILIFF_EXPORT void bailiff_csv_opened(const unsigned char* data, int size, const char* file_name) {
  wake_frames();
  csv_opened(app(),
             std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)),
             file_name);
}

/// Called by the page's receipt input with a receipt's or a public key's \p size bytes at
/// \p data (copied here; the caller frees them).
BAILIFF_EXPORT void bailiff_receipt_opened(const unsigned char* data, int size,
                                           const char* file_name) {
  wake_frames();
  receipt_file_opened(
      app(), std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)),
      file_name);
}

/// Called by the page's records input with a recorded log's \p size bytes at \p data (copied
/// here; the caller frees them).
BAILIFF_EXPORT void bailiff_records_opened(const unsigned char* data, int size,
                                           const char* file_name) {
  wake_frames();
  records_file_opened(
      app(), std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)),
      file_name);
}

/// How many characters of the UTF-8 \p text the page's font has no glyph for (0 = the text
/// renders with real glyphs, e.g. the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І).
BAILIFF_EXPORT int bailiff_test_missing_glyphs(const char* text) {
  ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  int missing = 0;
  for (const char* p = text; *p;) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, nullptr);
    if (n <= 0) break;
    p += n;
    if (c > ' ' && font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) ++missing;
  }
  return missing;
}
