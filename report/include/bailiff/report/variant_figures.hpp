#pragma once
/// \file The headline figures of one scenario variant (a point of a sweep, one end of a
/// sensitivity bar), in the order and with the names and units every exploration report
/// uses: the policy's paid share, tenge collected, fees paid by citizens, both savings
/// measures, hand-offs and proceedings opened.

#include <array>
#include <string_view>

#include "bailiff/report/comparison_report.hpp"

namespace bailiff::report {

/// One figure of a variant.
enum class VariantFigure : std::uint8_t {
  kPaidShare,
  kCollected,
  kFeesPaid,
  kFeeAvoidedOfficial,
  kFeeAvoidedCounterfactual,
  kHandedToBailiff,
  kProceedingsOpened,
};

/// Number of VariantFigure values.
inline constexpr std::size_t kVariantFigureCount = 7;

/// The figure's key in CSV and JSON, e.g. "fees_paid_tenge" (the simulate report's keys).
std::string_view variant_figure_key(VariantFigure figure);

/// The figure's name in text reports, with its unit, e.g. "fees paid, mln ₸".
std::string_view variant_figure_title(VariantFigure figure);

/// Whether the figure is money (tiyn in Figure, tenge in reports).
bool variant_figure_is_money(VariantFigure figure);

/// The variant's figures; the paid share in parts per million of the fines.
std::array<Figure, kVariantFigureCount> variant_figures(const sim::Comparison& comparison);

/// \p value of \p figure for a text table: millions of tenge, a count, or a percentage.
std::string variant_figure_text(VariantFigure figure, std::int64_t value);

/// \p value of \p figure for CSV and JSON: tenge with two decimals, a count, or a share.
std::string variant_figure_plain(VariantFigure figure, std::int64_t value);

}  // namespace bailiff::report
