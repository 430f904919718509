#include "bailiff/sim/historical.hpp"
#include "bailiff/sim/region_names.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "bailiff/error.hpp"
#include "bailiff/fine.hpp"
#include "bailiff/hmac.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/safe_text.hpp"
#include "bailiff/sim/csv_lines.hpp"
#include "bailiff/sim/files.hpp"
#include "bailiff/sim/population_spec.hpp"

namespace bailiff::sim {
namespace {

// The columns, in the order the header must give them; the last one is optional.
constexpr std::array<std::string_view, 9> kColumns = {
    "case_id",      "debtor_iin",           "region",
    "article",      "amount_tenge",         "in_force",
    "payment_date", "payment_amount_tenge", "discount_eligible"};
constexpr std::size_t kRequiredColumns = 8;
enum Column : std::size_t {
  kCaseId,
  kDebtorIin,
  kRegion,
  kArticle,
  kAmount,
  kInForce,
  kPaymentDate,
  kPaymentAmount,
  kDiscountEligible,
};

constexpr std::string_view kHeaderForm =
    "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,"
    "payment_amount_tenge[,discount_eligible]";
constexpr std::string_view kAmountForm =
    "an amount in tenge from 0.01 to 99999999999.99: digits with up to 2 decimals, "
    "such as 19660 or 19660.50";
constexpr std::string_view kDateForm = "a date YYYY-MM-DD";

using csv::Field;
using csv::invalid_utf8_at;
using csv::kUtf8Bom;
using csv::location;
using csv::scrub;
using csv::shown;

// Scrubs the line buffers when the constructor leaves, normally or by an exception.
struct Scrubber {
  std::string& line;
  std::vector<Field>& fields;
  ~Scrubber() {
    scrub(line);
    for (Field& f : fields) scrub(f.text);
  }
};

void require_key(const std::string& iin_key) { csv::require_iin_key(iin_key); }

std::ifstream open_csv(const std::string& path, const std::string& iin_key) {
  require_key(iin_key);  // before the file: a missing key is the first thing to say
  std::error_code missing;
  if (!std::filesystem::exists(path, missing)) {
    throw InputError(path, "line 1", "(file)", "a readable file", "cannot open it");
  }
  require_regular_file(path, UINT64_MAX);  // no device, pipe or folder (never waited on)
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "line 1", "(file)", "a readable file", "cannot open it");
  return in;
}

}  // namespace

HistoricalPopulation::HistoricalPopulation(const std::string& path, const std::string& iin_key,
                                           std::uint64_t limit)
    : path_(path) {
  std::ifstream in = open_csv(path, iin_key);
  read(in, iin_key, limit);
}

HistoricalPopulation::HistoricalPopulation(std::istream& in, std::string name, const std::string& iin_key,
                                           std::uint64_t limit)
    : path_(std::move(name)) {
  require_key(iin_key);
  read(in, iin_key, limit);
}

void HistoricalPopulation::read(std::istream& in, const std::string& iin_key, std::uint64_t limit) {
  const std::string& path = path_;

  // Keyed: an unkeyed digest of bytes holding clear IINs would let anyone who knows the
  // other fields recover an IIN by guessing (about 30,000 candidates per birth date).
  HmacSha256 hasher(iin_key);
  csv::LineReader reader(path, in, &hasher);
  std::string line;
  std::vector<Field> fields;
  std::size_t count = 0;
  const Scrubber scrubber{line, fields};

  // Header.
  if (!reader.next(line)) {
    throw InputError(path, location(1, 1), "header", "the header line " + std::string(kHeaderForm),
                     "an empty file");
  }
  std::size_t offset = 0;
  std::string_view header = line;
  if (header.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    header.remove_prefix(kUtf8Bom.size());
    offset = kUtf8Bom.size();
  }
  reader.split(header, offset, kColumns, fields, count);
  for (std::size_t c = 0; c < count && c < kColumns.size(); ++c) {
    if (fields[c].text != kColumns[c]) {
      throw InputError(path, location(1, fields[c].column), "header",
                       "column " + std::to_string(c + 1) + " named \"" + std::string(kColumns[c]) +
                           "\" (header: " + std::string(kHeaderForm) + ")",
                       shown(fields[c].text));
    }
  }
  if (count < kRequiredColumns) {
    throw InputError(path, location(1, offset + header.size() + 1), "header",
                     "column " + std::to_string(count + 1) + " named \"" +
                         std::string(kColumns[count]) + "\" (header: " + std::string(kHeaderForm) +
                         ")",
                     "the end of the line");
  }
  if (count > kColumns.size()) {
    throw InputError(path, location(1, fields[kColumns.size()].column), "header",
                     "at most " + std::to_string(kColumns.size()) +
                         " columns (header: " + std::string(kHeaderForm) + ")",
                     std::to_string(count) + " columns");
  }
  const std::size_t columns = count;
  const std::string columns_form =
      std::to_string(columns) + " comma-separated columns, as in the header";

  // Records.
  const auto id_hash = [this](std::size_t i) {
    return std::hash<std::string>{}(records_[i].case_id);
  };
  const auto id_equal = [this](std::size_t a, std::size_t b) {
    return records_[a].case_id == records_[b].case_id;
  };
  std::unordered_set<std::size_t, decltype(id_hash), decltype(id_equal)> ids(64, id_hash, id_equal);
  std::vector<std::uint64_t> id_lines;  // line of each record, to name the first occurrence
  std::unordered_map<std::string, std::uint16_t> region_index;

  while ((limit == 0 || records_.size() < limit) && reader.next(line)) {
    const std::uint64_t n = reader.line_number();
    if (line.empty()) continue;
    reader.split(line, 0, kColumns, fields, count);
    scrub(line);  // the fields hold the values now; the line keeps its size for the column
    if (count < columns) {
      throw InputError(path, location(n, line.size() + 1), std::string(kColumns[count]),
                       columns_form, std::to_string(count) + (count == 1 ? " column" : " columns"));
    }
    if (count > columns) {
      throw InputError(path, location(n, fields[columns].column), "(extra column)", columns_form,
                       std::to_string(count) + " columns");
    }
    const auto fail = [&](Column c, std::string_view expected, std::string found) {
      throw InputError(path, location(n, fields[c].column), std::string(kColumns[c]),
                       std::string(expected), std::move(found));
    };
    for (const Column c : {kCaseId, kRegion, kArticle}) {
      const std::size_t bad = invalid_utf8_at(fields[c].text);
      if (bad != std::string_view::npos) {
        fail(c, "UTF-8 text",
             "a byte that is not valid UTF-8 at byte " + std::to_string(bad + 1) + " of the field");
      }
    }

    HistoricalRecord record;

    // The IIN first: validated, then replaced by its pseudonym and scrubbed.
    record.debtor =
        csv::pseudonymise_iin(path, n, fields[kDebtorIin], kColumns[kDebtorIin], iin_key);

    const std::string& id = fields[kCaseId].text;
    if (id.empty()) fail(kCaseId, "a non-empty case id", shown(id));
    if (contains_valid_iin(id)) {
      fail(kCaseId, "a case id that is not an IIN (an IIN is personal data)",
           "12 digits passing the IIN check digit (not shown)");
    }
    const std::string& region = fields[kRegion].text;
    if (region.empty()) fail(kRegion, "a non-empty region name", shown(region));
    if (contains_valid_iin(region)) {
      fail(kRegion, "a region name, not an IIN (an IIN is personal data)",
           "12 digits passing the IIN check digit (not shown)");
    }
    if (contains_valid_iin(fields[kArticle].text)) {
      fail(kArticle, "an article, not an IIN (an IIN is personal data)",
           "12 digits passing the IIN check digit (not shown)");
    }
    for (const Column column : {kCaseId, kRegion, kArticle}) {  // nothing that spoofs a report
      if (const auto bad = unsafe_character(fields[column].text))
        fail(column, std::string(kSafeTextExpected), *bad);
    }

    const std::optional<Tiyn> amount = parse_tenge(fields[kAmount].text);
    if (!amount || *amount <= 0 || *amount >= kAmountLimit) {
      fail(kAmount, kAmountForm, shown(fields[kAmount].text));
    }
    const std::optional<Date> in_force = parse_iso_date(fields[kInForce].text);
    if (!in_force) fail(kInForce, kDateForm, shown(fields[kInForce].text));

    const std::string& pay_date_text = fields[kPaymentDate].text;
    const std::string& pay_amount_text = fields[kPaymentAmount].text;
    if (pay_date_text.empty() != pay_amount_text.empty()) {
      if (pay_date_text.empty()) {
        fail(kPaymentDate, "a payment date, since payment_amount_tenge is given (both or neither)",
             "an empty field");
      }
      fail(kPaymentAmount, "a payment amount, since payment_date is given (both or neither)",
           "an empty field");
    }
    if (!pay_date_text.empty()) {
      const std::optional<Date> paid = parse_iso_date(pay_date_text);
      if (!paid) fail(kPaymentDate, "a date YYYY-MM-DD, or empty", shown(pay_date_text));
      if (*paid < *in_force) {
        fail(kPaymentDate, "a date on or after in_force " + to_iso(*in_force),
             shown(pay_date_text));
      }
      const std::optional<Tiyn> paid_amount = parse_tenge(pay_amount_text);
      if (!paid_amount || *paid_amount <= 0 || *paid_amount >= kAmountLimit) {
        fail(kPaymentAmount, std::string(kAmountForm) + ", or empty", shown(pay_amount_text));
      }
      record.payment_date = paid;
      record.payment_amount = *paid_amount;
    }

    if (columns > kDiscountEligible) {
      const std::string& eligible = fields[kDiscountEligible].text;
      if (eligible != "0" && eligible != "1") fail(kDiscountEligible, "0 or 1", shown(eligible));
      record.fine.discount_eligible = eligible == "1";
    }

    // Every spelling of a region (English, Russian, Kazakh) becomes its English name, the one
    // the behaviour's coverage ramps use: never a silent default for a name not in the table.
    const std::optional<std::string> known_region = RegionNames::shipped().canonical(region);
    if (!known_region) {
      fail(kRegion, RegionNames::shipped().expected(), shown(region));
    }
    auto [region_it, added] =
        region_index.try_emplace(*known_region, static_cast<std::uint16_t>(regions_.size()));
    if (added) regions_.push_back(*known_region);
    record.fine.region = region_it->second;
    record.fine.offence = 0;
    record.fine.amount = *amount;
    record.fine.in_force = *in_force;
    record.case_id = id;

    records_.push_back(std::move(record));
    id_lines.push_back(n);
    if (const auto [it, inserted] = ids.insert(records_.size() - 1); !inserted) {
      const std::string first_line = std::to_string(id_lines[*it]);
      records_.pop_back();
      fail(kCaseId, "a case id unique in the file (first used on line " + first_line + ")",
           shown(id));
    }
    if (records_.size() == 1 || *in_force < first_in_force_) first_in_force_ = *in_force;
    if (records_.size() == 1 || *in_force > last_in_force_) last_in_force_ = *in_force;
  }
  if (records_.empty()) {
    throw InputError(path, location(reader.line_number() + 1, 1), "(records)",
                     "at least one record after the header", "none");
  }
  records_.shrink_to_fit();

  const std::string size_text = "|cases=" + std::to_string(records_.size());
  hasher.update(size_text);
  digest_ = hasher.finish();
}

FineDraw HistoricalPopulation::at(std::uint64_t index, std::uint64_t /*seed*/) const {
  return records_[index].fine;
}

std::vector<FineKind> HistoricalPopulation::kinds() const {
  std::map<std::tuple<Date, Tiyn, bool>, std::vector<double>> grouped;
  for (const HistoricalRecord& r : records_) {
    std::vector<double>& counts = grouped[{r.fine.in_force, r.fine.amount, r.fine.discount_eligible}];
    counts.resize(regions_.size());
    counts[r.fine.region] += 1;
  }
  std::vector<FineKind> out;
  out.reserve(grouped.size());
  for (auto& [key, counts] : grouped) {
    out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(counts)});
  }
  return out;
}

std::string HistoricalPopulation::describe() const {
  return PopulationSpec::csv(path_).text() + " (" + std::to_string(records_.size()) + " fines in force " +
         to_iso(first_in_force_) + ".." + to_iso(last_in_force_) + ")";
}

}  // namespace bailiff::sim
