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

/// The paid share in ppm of the fines, from a policy's headline.
Figure share_ppm(const Headline& h) {
  const auto ppm = [](std::int64_t v, std::int64_t cases) {
    return cases > 0 ? (v * 1'000'000 + cases / 2) / cases : 0;
  };
  Figure f = h.paid;
  f.value = ppm(h.paid.value, h.cases);
  f.p05 = ppm(h.paid_share_p05.part, h.paid_share_p05.whole);
  f.p95 = ppm(h.paid_share_p95.part, h.paid_share_p95.whole);
  f.seeded = ppm(h.paid.seeded, h.fines.seeded);
  f.std_error = h.cases > 0 ? h.paid.std_error * 1e6 / static_cast<double>(h.cases) : 0;
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
  return {share_ppm(s.policy),
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
