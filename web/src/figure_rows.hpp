#pragma once
/// \file The key figures as rows of text (label, A, B, A − B, interval of A), in the page's
/// language: one model for the figures panel on the canvas and the HTML text beside it, so
/// both always say the same.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bailiff/report/comparison_report.hpp"
#include "runner.hpp"

namespace bailiff::web {

/// One key figure, formatted.
struct FigureRow {
  const char* key;       ///< message key of the label
  const char* tip;       ///< message key of its explanation, or null
  std::string a, b;      ///< "—" where the figure has no baseline
  std::string delta;     ///< A − B with its relative change ("+1 234 (+3,1%)"), or "—"
  std::string interval;  ///< 5–95% of A over the replications
  std::int64_t a_value;  ///< the exact figure of A (tiyn for money, a count otherwise)
  std::optional<std::int64_t> b_value;  ///< and of B, where it has one
};

/// The rows of \p summary (the order of the panel). One savings answer: what citizens save
/// in private-bailiff fees (B's fees − A's, the headline's); the Ministry's formula is not a
/// row (official_line).
std::vector<FigureRow> figure_rows(const report::ComparisonSummary& summary);

/// The Ministry's accounting as its own explained line, a different quantity from what
/// citizens save: 25% of the tenge collected inside simplified proceedings, under A and B.
/// Its a_value is A's amount (tiyn), b_value B's.
FigureRow official_line(const report::ComparisonSummary& summary);

/// The explained sentence of official_line in the page's language.
std::string official_text(const FigureRow& line);

/// The headline sentence of \p outcome (report::comparison_headline), its policies named
/// with the edits they ran with.
std::string headline_text(const Outcome& outcome);

/// The message key of the interval column's heading: over the behaviour's draws (exact) or
/// over the replications (Monte Carlo).
const char* interval_heading(const Outcome& outcome);

/// The key figures of \p outcome as a table for the page's HTML: {columns: [figure, "A: name",
/// "B: name", A − B, interval], column_titles (the ids and edits of A and B, for tooltips),
/// rows: [{key, cells, value, b_value}], official: {key, text, value, b_value}} (values exact:
/// tiyn or counts).
nlohmann::json figure_table(const Outcome& outcome);

}  // namespace bailiff::web
