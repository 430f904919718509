#pragma once
/// \file The printable one-page brief of the last Monte Carlo comparison, in the page's
/// language: the headline, the key figures, the charts as images, the assumptions, the
/// sources and both audit roots. The page fills its `<section id="brief">` (shell/post.js)
/// and its print stylesheet shows that section alone, on one A4 page.

#include <nlohmann/json.hpp>

#include "app_state.hpp"

namespace bailiff::web {

/// A chart the brief shows as an image: the name of its child window ("##cumulative") and
/// the message key of its title.
struct BriefChart {
  const char* name;
  const char* title;
};

/// The charts of the brief, in its order.
inline constexpr BriefChart kBriefCharts[] = {{"cumulative", "chart.cumulative.title"},
                                              {"stages", "chart.stage.title"},
                                              {"savings", "chart.savings.title"}};

/// Ask for the brief of the last Monte Carlo run: the next frames show the charts tab at its
/// top with that run's charts, then the brief is made from them (and the print dialog opened
/// when \p print). Without a finished run the status line says to run first.
void request_brief(AppState& s, bool print);

/// The brief's words and figures: {lang, title, subtitle, note, headline, figures {title,
/// columns, rows [{key, cells, value, b_value}]}, charts [{name, alt}], assumptions {title,
/// items}, legal {title, items}, published {title, items}, roots {title, items [{label,
/// root}]}}; shell/post.js builds the section from it with textContent only.
nlohmann::json brief_content(const AppState& s, const Outcome& outcome);

/// Whether the brief's charts are being drawn for it (the charts then show the last Monte
/// Carlo run at the top of the charts tab, whatever the page shows otherwise).
bool drawing_brief(const AppState& s);

/// Count a drawn frame of the brief's request; true when the frame just drawn holds its
/// charts, to be read now (platform.hpp's keep_brief_chart) before show_brief.
bool brief_charts_drawn(AppState& s);

/// Show the brief of the last run in the page (with the charts kept for it) and open the
/// print dialog if it was asked for; ends the request.
void show_brief(AppState& s);

}  // namespace bailiff::web
