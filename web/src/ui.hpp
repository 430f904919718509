#pragma once
/// \file The panels of the page, each drawn once per frame from the AppState.

#include <cstdint>
#include <string>

namespace bailiff::web {

struct AppState;
class EditableDoc;

/// The whole page (menu bar, left column, figures, tabs) for a viewport of the given size.
void draw_page(AppState& s, float width, float height);

/// Below this width (CSS px) the page is one column, the key figures' table in the HTML text.
inline constexpr float kNarrowWidth = 800.0f;

/// The menu: exports, brief, text size, language; in the menu bar, or above a stacked page
/// (\p wrap: a new line when the next item would not fit).
void draw_menu_items(AppState& s, bool wrap);
void draw_scenario_panel(AppState& s);  ///< policies, population, size, run, progress
void draw_policy_params(EditableDoc& doc, const char* id);  ///< one widget per dated value
void draw_behaviour_params(EditableDoc& doc);               ///< segment shares and hazards
/// The answer: the headline, its scope, the key figures, A against B (the table itself only
/// with \p table: a narrow page shows it in the HTML text).
void draw_figures_panel(AppState& s, bool table);
/// The width the key figures' table needs to show every number whole (0: no figures yet).
float figures_table_width(const AppState& s);
void draw_charts(AppState& s);                              ///< the three ImDrawList charts
void draw_case_explorer(AppState& s);                       ///< timelines with the legal articles
void draw_about_run(AppState& s);                           ///< inputs, digests, roots
void draw_receipt_tab(AppState& s);                         ///< check a receipt offline
void draw_records_tab(AppState& s);                         ///< check a recorded log in the page
void draw_saved_panel(AppState& s);                         ///< named scenarios side by side

/// The headline and key figures as HTML text beside the canvas, and the document's
/// language; does nothing when neither changed since the last call.
void update_page_text(const AppState& s);

/// The page's file input read a CSV's \p bytes: validate them and use them as the population;
/// on error set s.error (file, line, field) and keep the current population.
void csv_opened(AppState& s, std::string bytes, const std::string& file_name);

/// A receipt or public key file picked in the page (its \p bytes): keep it and check the
/// receipt again with the key, if any.
void receipt_file_opened(AppState& s, std::string bytes, const std::string& file_name);

/// A recorded log picked in the page (its \p bytes): keep it; it is checked when the user asks.
void records_file_opened(AppState& s, std::string bytes, const std::string& file_name);

/// Check the opened receipt again when the page's language changed, so its report speaks it.
void refresh_receipt(AppState& s);

/// The exports; each returns the bytes it offered ("" when there is no result).
std::string export_json(AppState& s);
std::string export_csv(AppState& s);
std::string export_bundle(AppState& s);

/// An integer field editing \p doc at JSON \p pointer (committed when it loses focus; Enter
/// also runs); its rectangle is remembered as \p rect (e.g. "field.A/parameters/...").
bool int_edit(EditableDoc& doc, const std::string& pointer, std::int64_t current, const char* label,
              float width, const std::string& rect);

/// The current table's header row as text (ImGui's headers are buttons, which sort nothing
/// here: Tab passes them by).
void text_headers_row();

/// A "(?)" marker with a wrapped tooltip.
void help_marker(const std::string& text);

}  // namespace bailiff::web
