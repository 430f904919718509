#include "bailiff/sim/population.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/sim/philox.hpp"
#include "bailiff/sim/population_spec.hpp"

namespace bailiff::sim {

SyntheticPopulation::SyntheticPopulation(std::string_view bytes, const std::string& file,
                                         const Policy& mrp_policy, std::uint64_t cases) {
  const nlohmann::json document = ::bailiff::detail::parse_json_document(bytes, file);
  const ::bailiff::detail::JsonNode root(document, file, "");
  name_ = root.at("population").as_name();
  const ::bailiff::detail::JsonNode period = root.at("period");
  first_ = period.at("from").as_date();
  const ::bailiff::detail::JsonNode to = period.at("to");
  const Date last = to.as_date();
  if (last < first_) to.fail("a date on or after \"from\" " + to_iso(first_));
  period.expect_only({"from", "to"});
  days_ = static_cast<std::uint32_t>(days_between(first_, last) + 1);
  if (const std::optional<::bailiff::detail::JsonNode> years = root.find("volume_by_year")) {
    read_volume_by_year(*years, last);
  }
  const auto default_cases =
      static_cast<std::uint64_t>(root.at("default_cases").as_integer(1, 1'000'000'000'000));
  size_ = cases != 0 ? cases : default_cases;
  // Asked for by its own count or not at all (the same digest either way).
  own_size_ = size_ == default_cases;
  discount_eligible_ = Prob32::from_ratio(
      static_cast<std::uint64_t>(root.at("discount_eligible_ppm").as_integer(0, 1'000'000)),
      1'000'000, Rounding::kHalfUp);

  std::vector<std::uint64_t>& region_weights = region_weights_;
  const ::bailiff::detail::JsonNode regions = root.at("regions");
  if (regions.array_size() == 0 || regions.array_size() > 1000) regions.fail("1 to 1000 regions");
  for (std::size_t i = 0; i < regions.array_size(); ++i) {
    const ::bailiff::detail::JsonNode r = regions.element(i);
    regions_.push_back(r.at("name").as_name());
    region_weights.push_back(static_cast<std::uint64_t>(r.at("weight").as_integer(0, 1'000'000'000)));
    r.expect_only({"name", "weight"});
  }
  std::vector<std::uint64_t> offence_weights;
  const ::bailiff::detail::JsonNode offences = root.at("offences");
  if (offences.array_size() == 0 || offences.array_size() > 1000) offences.fail("1 to 1000 offences");
  for (std::size_t i = 0; i < offences.array_size(); ++i) {
    const ::bailiff::detail::JsonNode o = offences.element(i);
    offences_.push_back({o.at("name").as_name(), o.at("mrp").as_integer(1, 100'000),
                         static_cast<std::uint64_t>(o.at("weight").as_integer(0, 1'000'000'000))});
    offence_weights.push_back(offences_.back().weight);
    o.expect_only({"name", "mrp", "weight"});
  }
  // title and the *_source texts (the evidence of each assumption) are documentation.
  root.expect_only({"population", "title", "period", "default_cases", "discount_eligible_ppm",
                    "regions", "offences", "volume_by_year", "cases_source", "discount_eligible_source",
                    "regions_source", "offences_source", "volume_source"});
  try {
    region_draw_ = std::make_unique<Categorical>(region_weights);
  } catch (const DomainError&) {
    regions.fail("weights with a positive sum");
  }
  try {
    offence_draw_ = std::make_unique<Categorical>(offence_weights);
  } catch (const DomainError&) {
    offences.fail("weights with a positive sum");
  }
  // One MRP a day (a few KB, cache-resident); checked here that every amount fits.
  mrp_by_day_.reserve(days_);
  for (std::uint32_t d = 0; d < days_; ++d) {
    mrp_by_day_.push_back(mrp_policy.at(first_.plus_days(static_cast<std::int32_t>(d))).mrp);
    for (const Offence& o : offences_) checked_mul(mrp_by_day_.back(), o.mrp);
  }
  Sha256 hasher;
  hasher.update(bytes);
  const std::string size_text = "|cases=" + std::to_string(size_);
  hasher.update(size_text);
  digest_ = hasher.finish();
}

void SyntheticPopulation::read_volume_by_year(const ::bailiff::detail::JsonNode& years, Date last) {
  const std::int32_t first_year = to_ymd(first_).year, last_year = to_ymd(last).year;
  const auto count = static_cast<std::size_t>(last_year - first_year + 1);
  if (years.array_size() != count) {
    years.fail(std::to_string(count) + " entries, one per calendar year of the period " + std::to_string(first_year) +
               ".." + std::to_string(last_year) + " (it has " + std::to_string(years.array_size()) + ")");
  }
  std::vector<std::uint64_t>& weights = year_weights_;
  for (std::size_t i = 0; i < count; ++i) {
    const ::bailiff::detail::JsonNode entry = years.element(i);
    const auto year = static_cast<std::int32_t>(first_year + static_cast<std::int32_t>(i));
    const ::bailiff::detail::JsonNode y = entry.at("year");
    if (y.as_integer(first_year, last_year) != year) y.fail("the year " + std::to_string(year) + " (years in order)");
    weights.push_back(static_cast<std::uint64_t>(entry.at("weight").as_integer(0, 1'000'000'000)));
    entry.expect_only({"year", "weight"});
    // The days of this year inside the period.
    const Date start = std::max(first_, from_ymd(year, 1, 1));
    const Date end = std::min(last, from_ymd(year, 12, 31));
    years_.push_back({static_cast<std::uint32_t>(days_between(first_, start)),
                      static_cast<std::uint32_t>(days_between(start, end) + 1)});
  }
  try {
    year_draw_ = std::make_unique<Categorical>(weights);
  } catch (const DomainError&) {
    years.fail("weights with a positive sum");
  }
}

FineDraw SyntheticPopulation::at(std::uint64_t index, std::uint64_t seed) const {
  CaseRng rng(seed, index, kStreamFine);
  FineDraw fine;
  fine.region = static_cast<std::uint16_t>(region_draw_->sample(rng));
  fine.offence = static_cast<std::uint16_t>(offence_draw_->sample(rng));
  std::uint32_t day = 0;
  if (year_draw_) {  // the year by its volume, then a day of it
    const YearSpan& year = years_[year_draw_->sample(rng)];
    day = year.first_day + rng.below(year.days);
  } else {
    day = rng.below(days_);
  }
  fine.in_force = first_.plus_days(static_cast<std::int32_t>(day));
  fine.discount_eligible = bernoulli(rng, discount_eligible_);
  fine.amount = mrp_by_day_[day] * offences_[fine.offence].mrp;
  return fine;
}

std::vector<FineKind> SyntheticPopulation::kinds() const {
  const auto sum = [](const std::vector<std::uint64_t>& w) {
    double total = 0;
    for (const std::uint64_t x : w) total += static_cast<double>(x);
    return total;
  };
  // Each draw of at() is exact: a category by its weight, a day uniform (in its year by the
  // year's weight), eligibility with the Prob32's chance.
  std::vector<double> day_share(days_, 1.0 / static_cast<double>(days_));
  if (year_draw_) {
    const double years = sum(year_weights_);
    for (std::size_t y = 0; y < years_.size(); ++y) {
      const double share = static_cast<double>(year_weights_[y]) / years / static_cast<double>(years_[y].days);
      for (std::uint32_t d = 0; d < years_[y].days; ++d) day_share[years_[y].first_day + d] = share;
    }
  }
  const double regions = sum(region_weights_);
  double offences = 0;
  for (const Offence& o : offences_) offences += static_cast<double>(o.weight);
  const double eligible = static_cast<double>(discount_eligible_.raw) / 4294967296.0;
  std::vector<FineKind> out;
  for (std::uint32_t d = 0; d < days_; ++d) {
    // The offences of one day by amount (offences of equal amount are one kind).
    std::vector<std::pair<Tiyn, double>> amounts;
    for (std::size_t o = 0; o < offences_.size(); ++o) {
      const Tiyn amount = mrp_by_day_[d] * offences_[o].mrp;
      const double share = static_cast<double>(offences_[o].weight) / offences;
      if (share == 0) continue;
      const auto same = std::find_if(amounts.begin(), amounts.end(), [&](const auto& a) { return a.first == amount; });
      if (same != amounts.end()) {
        same->second += share;
      } else {
        amounts.emplace_back(amount, share);
      }
    }
    std::sort(amounts.begin(), amounts.end());
    for (const auto& [amount, share] : amounts) {
      for (const bool e : {false, true}) {
        const double kind = static_cast<double>(size_) * day_share[d] * share * (e ? eligible : 1.0 - eligible);
        if (kind == 0) continue;
        FineKind k{first_.plus_days(static_cast<std::int32_t>(d)), amount, e, {}};
        for (const std::uint64_t w : region_weights_) k.count_by_region.push_back(kind * static_cast<double>(w) / regions);
        out.push_back(std::move(k));
      }
    }
  }
  return out;
}

std::string SyntheticPopulation::describe() const {
  return PopulationSpec::synthetic(name_).text() + " (" + group_thousands(size_) + " fines in force " +
         to_iso(first_) + ".." + to_iso(last_in_force()) + ")";
}

}  // namespace bailiff::sim
