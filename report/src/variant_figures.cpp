#include "bailiff/report/variant_figures.hpp"

#include <fmt/format.h>

#include "bailiff/report/format.hpp"

namespace bailiff::report {
namespace {

struct FigureInfo {
  std::string_view key, title;
  bool money;
};

constexpr std::array<FigureInfo, kVariantFigureCount> kFigures = {{
    {"paid_share", "paid, % of fines", false},
    {"collected_tenge", "collected, mln ₸", true},
    {"fees_paid_tenge", "fees paid, mln ₸", true},
    {"fee_avoided_official_tenge", "official savings, mln ₸", true},
    {"fee_avoided_counterfactual_tenge", "counterfactual savings, mln ₸", true},
    {"handed_to_bailiff", "handed to bailiffs", false},
    {"proceedings_opened", "robot proceedings", false},
}};

const FigureInfo& info(VariantFigure f) {
  return kFigures[static_cast<std::size_t>(f)];
}

/// The paid share in ppm of the fines, from a count figure.
Figure share_ppm(const Figure& paid, std::int64_t cases) {
  const auto ppm = [cases](std::int64_t v) {
    return cases > 0 ? (v * 1'000'000 + cases / 2) / cases : 0;
  };
  Figure f = paid;
  f.value = ppm(paid.value);
  f.p05 = ppm(paid.p05);
  f.p95 = ppm(paid.p95);
  f.seeded = ppm(paid.seeded);
  f.std_error = cases > 0 ? paid.std_error * 1e6 / static_cast<double>(cases) : 0;
  return f;
}

}  // namespace

std::string_view variant_figure_key(VariantFigure f) {
  return info(f).key;
}
std::string_view variant_figure_title(VariantFigure f) {
  return info(f).title;
}
bool variant_figure_is_money(VariantFigure f) {
  return info(f).money;
}

std::array<Figure, kVariantFigureCount> variant_figures(const sim::Comparison& comparison) {
  const ComparisonSummary s = summarise(comparison);
  return {share_ppm(s.policy.paid, s.policy.cases),
          s.policy.collected,
          s.policy.fees_paid,
          s.fee_avoided_official,
          s.fee_avoided_counterfactual,
          s.policy.handed_to_bailiff,
          s.policy.proceedings_opened};
}

std::string variant_figure_text(VariantFigure f, std::int64_t value) {
  if (f == VariantFigure::kPaidShare)
    return fmt::format("{:.2f}%", static_cast<double>(value) / 1e4);
  return info(f).money ? million_tenge(value, kEnglishText) : grouped(value, kEnglishText);
}

std::string variant_figure_plain(VariantFigure f, std::int64_t value) {
  if (f == VariantFigure::kPaidShare)
    return fmt::format("{:.6f}", static_cast<double>(value) / 1e6);
  return info(f).money ? plain_tenge(value) : std::to_string(value);
}

}  // namespace bailiff::report
