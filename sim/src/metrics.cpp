#include "bailiff/sim/metrics.hpp"

namespace bailiff::sim {

void GroupTotals::add(const GroupTotals& o) {
  cases += o.cases;
  paid += o.paid;
  handed += o.handed;
  collected = checked_add(collected, o.collected);
  fees = checked_add(fees, o.fees);
}

void Metrics::add(const Metrics& o) {
  cases += o.cases;
  for (std::size_t k = 0; k < kPayStageCount; ++k) {
    paid_by_stage[k] += o.paid_by_stage[k];
    collected_by_stage[k] = checked_add(collected_by_stage[k], o.collected_by_stage[k]);
  }
  fees_paid = checked_add(fees_paid, o.fees_paid);
  proceedings_opened += o.proceedings_opened;
  notices_sms += o.notices_sms;
  notices_egov += o.notices_egov;
  accounts_arrested += o.accounts_arrested;
  arrest_recoveries += o.arrest_recoveries;
  handed_to_bailiff += o.handed_to_bailiff;
  for (std::size_t d = 0; d < kSeriesDays; ++d) paid_by_day[d] += o.paid_by_day[d];
  if (by_region.size() < o.by_region.size()) by_region.resize(o.by_region.size());
  for (std::size_t i = 0; i < o.by_region.size(); ++i) by_region[i].add(o.by_region[i]);
  if (by_segment.size() < o.by_segment.size()) by_segment.resize(o.by_segment.size());
  for (std::size_t i = 0; i < o.by_segment.size(); ++i) by_segment[i].add(o.by_segment[i]);
  period.add(o.period);
}

std::int64_t Metrics::paid() const {
  std::int64_t total = 0;
  for (std::int64_t v : paid_by_stage) total += v;
  return total;
}

Tiyn Metrics::collected() const {
  Tiyn total = 0;
  for (Tiyn v : collected_by_stage) total = checked_add(total, v);
  return total;
}

const std::vector<HeadlineField>& headline_fields() {
  static const std::vector<HeadlineField> fields = [] {
    using M = const Metrics&;
    std::vector<HeadlineField> f;
    f.push_back({"cases", false, [](M m, std::size_t) { return m.cases; }});
    for (std::size_t k = 0; k < kPayStageCount; ++k) {
      const std::string stage(pay_stage_name(static_cast<PayStage>(k)));
      f.push_back({"paid_" + stage, false, [](M m, std::size_t i) { return m.paid_by_stage[i]; }, k});
      f.push_back({"collected_" + stage, true,
                   [](M m, std::size_t i) { return m.collected_by_stage[i]; }, k});
    }
    f.push_back({"fees_paid", true, [](M m, std::size_t) { return m.fees_paid; }});
    f.push_back({"proceedings_opened", false, [](M m, std::size_t) { return m.proceedings_opened; }});
    f.push_back({"notices_sms", false, [](M m, std::size_t) { return m.notices_sms; }});
    f.push_back({"notices_egov", false, [](M m, std::size_t) { return m.notices_egov; }});
    f.push_back({"accounts_arrested", false, [](M m, std::size_t) { return m.accounts_arrested; }});
    f.push_back({"handed_to_bailiff", false, [](M m, std::size_t) { return m.handed_to_bailiff; }});
    return f;
  }();
  return fields;
}

std::string Metrics::headline_bytes() const {
  std::string out;
  for (const HeadlineField& field : headline_fields()) {
    const auto v = static_cast<std::uint64_t>(field.value(*this, field.stage));
    for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>(v >> shift));
  }
  return out;
}

Digest sim_block_digest(std::string_view block_and_headline) {
  Sha256 hasher;
  hasher.update("robot-bailiff/sim-block/v1");
  hasher.update(block_and_headline);
  return hasher.finish();
}

}  // namespace bailiff::sim
