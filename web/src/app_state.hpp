#pragma once
/// \file The page's state: what the user chose, the edited inputs, the run and its outcome.
/// Panels read and change it; nothing else holds state.

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bailiff/report/language.hpp"
#include "bailiff/sim/defaults.hpp"
#include "bailiff/sim/scenario.hpp"
#include "bailiff/study/record_check.hpp"
#include "editable_doc.hpp"
#include "runner.hpp"
#include "saved_scenarios.hpp"
#include "scenario_source.hpp"

namespace bailiff::web {

/// The scenario as the URL carries it (besides the edits kept in the documents). By default
/// the national year by the exact method over every draw of the behaviour's ensemble, as
/// `bailiff simulate` gives it; a Monte Carlo sample is a choice.
struct Settings {
  std::string population = "national";  ///< shipped preset (ignored while a CSV is active)
  std::uint64_t cases = 0;              ///< 0 = the preset's size (the national year)
  std::uint64_t seed = sim::defaults::kSeed;
  sim::Method method = sim::Method::kExact;
  std::uint32_t replications = 0;  ///< 0 = the method's default (Runner::start)
};

/// The sample a Monte Carlo starts from when the user picks it for the whole preset: a
/// national year of cases would take minutes in a browser.
inline constexpr std::uint64_t kMonteCarloSampleCases = 500'000;

/// A historical CSV opened in the page.
struct CsvSource {
  bool active = false;
  std::string file_name;    ///< as picked by the user
  std::string bytes;        ///< the file's bytes, as read by the page (never uploaded)
  std::string key;          ///< IIN pseudonym key
  std::string description;  ///< Population::describe()
};

/// A receipt (and the signer's public key) opened in the page, and what checking it found.
struct ReceiptSource {
  std::string receipt_name;  ///< file name as picked ("" = none yet)
  std::string receipt_bytes;
  std::string key_name;  ///< public key file name ("" = none)
  std::string key_text;
  std::string report;      ///< report::receipt_report_words in the page's language, or the error
  bool verified = false;   ///< consistent, and authentic when a key was given
  bool authentic = false;  ///< the signature of the given key holds
  report::Language language = report::Language::kRu;  ///< the language the report is in
};

/// A recorded enforcement log opened in the page and its check (study::check_log, the same
/// as `bailiff check-records` under its default policy and calendar): read and checked here,
/// never uploaded.
struct RecordsSource {
  std::string file_name;  ///< as picked ("" = none yet)
  std::string bytes;      ///< the log's bytes, as read by the page
  std::string key;        ///< IIN pseudonym key, typed by the user (never shown or kept elsewhere)
  std::optional<study::CheckResult> result;    ///< the last check, findings kept
  std::string error;                           ///< the last refusal (file, line, field)
  int selected = -1;                           ///< the finding whose case is shown (-1: none)
  std::vector<study::RecordedEvent> recorded;  ///< the selected case's recorded events
  std::vector<Decision> law;                   ///< the law's path of that case
  std::string law_error;  ///< why the law's path cannot be shown (the engine's refusal)
};

/// Everything the page holds.
struct AppState {
  Settings settings;
  EditableDoc policy_a{"policies"}, policy_b{"policies"}, behaviour{"behaviour"};
  CsvSource csv;
  ReceiptSource receipt;
  RecordsSource records;
  Runner runner;
  std::string error;   ///< shown in red until dismissed ("" = none)
  std::string notice;  ///< shown in amber until dismissed: what the page did instead ("" = none)
  std::string tab = "charts";  ///< the tab shown (the URL's tab=, so a link opens on it)
  std::string select_tab;      ///< a tab to bring to the front on the next frame (from a link)
  std::string status;  ///< last status line (exports, loads)
  bool run_requested = false;
  /// The user picked B: an edit of A no longer sets B to A's file (follow_reform).
  bool baseline_chosen = false;
  std::string preview_key;  ///< run_key of the inputs last previewed (exactly)
  float text_size = 1.0f;   ///< the reader's text size (1 = 15 px)
  /// A chart to save as PNG once the frame is drawn: its file name and rectangle (CSS px).
  struct PngRequest {
    std::string file;
    std::array<float, 4> rect;
  };
  std::optional<PngRequest> png_request;
  /// The brief asked for (brief.hpp): the frames to draw before its charts are read, and
  /// whether to open the print dialog then.
  struct BriefRequest {
    int frames_left;
    bool print;
  };
  std::optional<BriefRequest> brief_request;
  /// Where each chart was drawn in the last frame (CSS px: x, y, width, height), by name.
  std::map<std::string, std::array<float, 4>> chart_rects;
  std::uint64_t frames = 0;
  double first_frame_ms = -1;     ///< time from main() to the end of the first frame
  double first_frame_at_ms = -1;  ///< now_ms() at the end of the first frame
  /// Rectangles of a few named widgets in the last frame (for the browser tests).
  std::map<std::string, std::array<float, 4>> widget_rects;
  /// The last frame's layout: "wide" (scenario beside the figures), "stacked" (one scrolling
  /// column) or "narrow" (stacked, the key figures' table in the HTML text).
  std::string layout;
  /// The named widget that had the keyboard focus in the last frame ("": none of them).
  std::string focused_widget;

  /// Named scenarios kept side by side (saved_scenarios.hpp), and the runner that reruns
  /// those restored from a link.
  std::vector<SavedScenario> saved;
  Runner saved_runner;
  std::array<char, 96> save_name{};  ///< the name field of the next save ("" = A's label)

  // Case explorer.
  int explorer_mode = 0;            ///< 0 = example cases, 1 = case from the population
  int explorer_case = 0;            ///< index into the example cases
  std::int64_t explorer_index = 0;  ///< case index in the population
  int explorer_policy = 0;          ///< 0 = A, 1 = B
};

/// The single instance.
AppState& app();

/// Initialise from the shipped inputs and the URL hash.
void init_app(const std::string& hash);

/// The scenario of \p hash over the shipped defaults (what a fresh load of it shows; Back and
/// Forward land here).
void restore_scenario(AppState& s, const std::string& hash);

/// What the current settings, documents and CSV make (the page's runs and its workers'
/// are built from it).
ScenarioSource current_source(const AppState& s);

/// The key of the current inputs: the URL hash without the language, and the CSV's name.
std::string run_key(const AppState& s);

/// The figures shown do not match the inputs: these changed since the run, or a run is
/// under way (or requested).
bool figures_stale(const AppState& s);

/// Load the scenario and start running it; on an input error set s.error and change nothing.
void start_run(AppState& s);

/// The current inputs have no exact preview yet (nor a finished Monte Carlo run), and
/// their documents are valid.
bool preview_due(const AppState& s);

/// Compute the exact expectation of the current inputs at once (Runner::preview); on an
/// input error set s.error.
void start_preview(AppState& s);

/// What the figures and charts show: the Monte Carlo run of the current inputs once it
/// finished, else their exact preview, else the last run (then stale).
const Outcome* shown_outcome(const AppState& s);

/// The figures shown are the exact preview (not a Monte Carlo run).
bool showing_preview(const AppState& s);

/// A was just edited: unless the user picked B, B becomes A's file unchanged, so that A − B is
/// the effect of the edits (the reform) rather than the edits and the robot together.
void follow_reform(AppState& s);

/// Remember the rectangle of the last ImGui item under \p name, and whether it has the
/// keyboard focus (for tests).
void remember_item(const char* name);

/// Remember the rectangle of the current window (a child's visible area) under \p name.
void remember_window(const char* name);

}  // namespace bailiff::web
