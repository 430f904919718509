// The CSV long form of a recorded log: a header, then one fine row per case followed by its
// event rows (data/README.md, "Recorded enforcement logs").

#include <array>

#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/sim/csv_lines.hpp"
#include "bailiff/study/record_log.hpp"
#include "log_rows.hpp"

namespace bailiff::study::detail {
namespace {

namespace csv = sim::csv;

constexpr std::array<std::string_view, 9> kColumns = {
    "case_id",    "record", "date",    "action",           "amount_tenge",
    "debtor_iin", "region", "article", "discount_eligible"};
enum Column : std::size_t {
  kCaseId,
  kRecord,
  kDate,
  kAction,
  kAmount,
  kDebtorIin,
  kRegion,
  kArticle,
  kDiscountEligible,
};
constexpr std::string_view kHeaderForm =
    "case_id,record,date,action,amount_tenge,debtor_iin,region,article,discount_eligible";

class CsvRows final : public RowSource {
 public:
  CsvRows(std::istream& in, const std::string& name, const std::string& iin_key)
      : name_(name), key_(iin_key), reader_(name_, in, nullptr) {
    read_header();
  }
  ~CsvRows() override {
    csv::scrub(line_);
    for (csv::Field& f : fields_) csv::scrub(f.text);
  }

  bool next(Row& row) override {
    for (;;) {
      if (!reader_.next(line_)) return false;
      if (!line_.empty()) break;
    }
    const std::uint64_t n = reader_.line_number();
    std::size_t count = 0;
    reader_.split(line_, 0, kColumns, fields_, count);
    csv::scrub(line_);  // the fields hold the values; the line keeps its size for the column
    if (count < kColumns.size()) {
      throw InputError(name_, csv::location(n, line_.size() + 1), std::string(kColumns[count]),
                       "9 comma-separated columns, as in the header",
                       std::to_string(count) + (count == 1 ? " column" : " columns"));
    }
    if (count > kColumns.size()) {
      throw InputError(name_, csv::location(n, fields_[kColumns.size()].column), "(extra column)",
                       "9 comma-separated columns, as in the header",
                       std::to_string(count) + " columns");
    }
    fill(row, n);
    return true;
  }

  std::uint64_t lines() const override { return reader_.line_number(); }

 private:
  [[noreturn]] void fail(std::uint64_t n, Column c, std::string_view expected,
                         std::string found) const {
    throw InputError(name_, csv::location(n, fields_[c].column), std::string(kColumns[c]),
                     std::string(expected), std::move(found));
  }

  void read_header() {
    csv::require_iin_key(key_);
    if (!reader_.next(line_)) {
      throw InputError(name_, csv::location(1, 1), "header",
                       "the header line " + std::string(kHeaderForm), "an empty file");
    }
    std::size_t offset = 0;
    std::string_view header = line_;
    if (header.substr(0, csv::kUtf8Bom.size()) == csv::kUtf8Bom) {
      header.remove_prefix(csv::kUtf8Bom.size());
      offset = csv::kUtf8Bom.size();
    }
    std::size_t count = 0;
    reader_.split(header, offset, kColumns, fields_, count);
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      if (c >= count) {
        throw InputError(name_, csv::location(1, offset + header.size() + 1), "header",
                         "column " + std::to_string(c + 1) + " named \"" +
                             std::string(kColumns[c]) + "\" (header: " + std::string(kHeaderForm) +
                             ")",
                         "the end of the line");
      }
      if (fields_[c].text != kColumns[c]) {
        throw InputError(name_, csv::location(1, fields_[c].column), "header",
                         "column " + std::to_string(c + 1) + " named \"" +
                             std::string(kColumns[c]) + "\" (header: " + std::string(kHeaderForm) +
                             ")",
                         csv::shown(fields_[c].text));
      }
    }
    if (count > kColumns.size()) {
      throw InputError(name_, csv::location(1, fields_[kColumns.size()].column), "header",
                       "9 columns (header: " + std::string(kHeaderForm) + ")",
                       std::to_string(count) + " columns");
    }
  }

  // A free-text field: valid UTF-8, without an IIN; \p required: not empty.
  const std::string& text(std::uint64_t n, Column c, bool required) const {
    const std::string& value = fields_[c].text;
    const std::size_t bad = csv::invalid_utf8_at(value);
    if (bad != std::string_view::npos) {
      fail(n, c, "UTF-8 text",
           "a byte that is not valid UTF-8 at byte " + std::to_string(bad + 1) + " of the field");
    }
    if (required && value.empty())
      fail(n, c, "a non-empty " + std::string(kColumns[c]), "an empty field");
    if (contains_valid_iin(value)) {
      fail(n, c, std::string(kColumns[c]) + " without an IIN (an IIN is personal data)",
           "12 digits passing the IIN check digit (not shown)");
    }
    return value;
  }

  Tiyn amount(std::uint64_t n, bool positive) const {
    const std::optional<Tiyn> value = parse_tenge(fields_[kAmount].text);
    if (!value || *value >= kAmountLimit || (positive && *value <= 0)) {
      fail(n, kAmount, positive ? std::string(kAmountForm) + ", above 0" : kAmountForm,
           csv::shown(fields_[kAmount].text));
    }
    return *value;
  }

  void fill(Row& row, std::uint64_t n) {
    row.line = n;
    row.case_id = text(n, kCaseId, true);
    row.case_id_at = csv::location(n, fields_[kCaseId].column);
    row.date_at = csv::location(n, fields_[kDate].column);
    row.date_field = "date";
    const std::string& record = fields_[kRecord].text;
    if (record != "fine" && record != "event")
      fail(n, kRecord, "fine or event", csv::shown(record));
    row.fine = record == "fine";
    const std::optional<Date> date = parse_iso_date(fields_[kDate].text);
    if (!date) fail(n, kDate, "a date YYYY-MM-DD", csv::shown(fields_[kDate].text));
    row.date = *date;
    row.amount.reset();
    if (row.fine) {
      if (!fields_[kAction].text.empty()) {
        fail(n, kAction, "an empty field in a fine row (its date is the day in force)",
             csv::shown(fields_[kAction].text));
      }
      row.amount = amount(n, true);
      row.debtor = csv::pseudonymise_iin(name_, n, fields_[kDebtorIin], kColumns[kDebtorIin], key_);
      row.region =
          region_of(name_, csv::location(n, fields_[kRegion].column), text(n, kRegion, true));
      row.article = text(n, kArticle, false);
      const std::string& eligible = fields_[kDiscountEligible].text;
      if (eligible != "0" && eligible != "1") {
        fail(n, kDiscountEligible, "0 or 1", csv::shown(eligible));
      }
      row.discount_eligible = eligible == "1";
      return;
    }
    const std::optional<Action> action = parse_action(fields_[kAction].text);
    if (!action) {
      fail(n, kAction, "one of the engine's actions: " + action_names(),
           csv::shown(fields_[kAction].text));
    }
    row.action = *action;
    if (!fields_[kAmount].text.empty()) {
      row.amount = amount(n, amount_required(*action));
    } else if (amount_required(*action)) {
      fail(n, kAmount,
           std::string(kAmountForm) + " (" + std::string(action_name(*action)) + " gives its sum)",
           "an empty field");
    }
    for (const Column c : {kDebtorIin, kRegion, kArticle, kDiscountEligible}) {
      if (!fields_[c].text.empty()) {
        csv::scrub(fields_[c].text);
        fail(n, c, "an empty field in an event row (the case's fine row gives it)",
             "a value (not shown)");
      }
    }
  }

  std::string name_;
  std::string key_;
  csv::LineReader reader_;
  std::string line_;
  std::vector<csv::Field> fields_;
};

}  // namespace

std::unique_ptr<RowSource> csv_rows(std::istream& in, const std::string& name,
                                    const std::string& iin_key) {
  return std::make_unique<CsvRows>(in, name, iin_key);
}

}  // namespace bailiff::study::detail
