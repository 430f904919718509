#include "bailiff/sim/historical.hpp"

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
#include "bailiff/hmac.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/safe_text.hpp"
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
// A fine of 10^11 tenge or more does not exist; a 12-digit integer part may be an IIN in the
// wrong column, so it is refused rather than stored.
constexpr Tiyn kAmountLimit = 100'000'000'000 * kTiynPerTenge;
constexpr std::size_t kShownLimit = 40;
constexpr std::size_t kIinDigits = 12;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// No record comes near this; a longer line is a wrong file (a binary, /dev/zero).
constexpr std::size_t kMaxLineBytes = 64 * 1024;

// One field of a line: its text (quotes removed, "" unescaped) and the 1-based byte column
// where it starts (the opening quote for a quoted field).
struct Field {
  std::string text;
  std::size_t column = 0;
};

// Overwrite a buffer that held a clear IIN before it is reused or released.
void scrub(std::string& s) {
  std::fill(s.begin(), s.end(), '\0');
}

// Scrubs the line buffers when the constructor leaves, normally or by an exception.
struct Scrubber {
  std::string& line;
  std::vector<Field>& fields;
  ~Scrubber() {
    scrub(line);
    for (Field& f : fields) scrub(f.text);
  }
};

// True when `text` contains a run of `min_run` or more ASCII digits.
bool has_digit_run(std::string_view text, std::size_t min_run) {
  std::size_t run = 0;
  for (const char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run >= min_run) return true;
  }
  return false;
}

// How a value appears after "found" in an error: quoted and shortened; any run of 12 or
// more digits (possibly an IIN in the wrong column) is never shown.
std::string shown(std::string_view text) {
  if (text.empty()) return "an empty field";
  if (has_digit_run(text, kIinDigits)) {
    return std::to_string(text.size()) +
           " characters with 12 or more digits in a row (not shown: it may be an IIN)";
  }
  std::string out = "\"";
  if (text.size() > kShownLimit) {
    out.append(text.substr(0, kShownLimit - 3)).append("...");
  } else {
    out.append(text);
  }
  return out + "\"";
}

std::string location(std::uint64_t line, std::size_t column) {
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// The 0-based offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    std::uint32_t min = 0, cp = 0;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xE0) == 0xC0) {
      length = 2, min = 0x80, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      length = 3, min = 0x800, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      length = 4, min = 0x10000, cp = b & 0x07;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += length;
  }
  return std::string_view::npos;
}

// Reads the file line by line, hashing every byte as read, and splits lines into fields.
class CsvReader {
 public:
  CsvReader(const std::string& file, std::istream& in, HmacSha256& hasher)
      : file_(file), in_(in), hasher_(hasher) {}

  // Reads the next line into `line` (without its LF or CRLF); false at the end of the file.
  // A line longer than kMaxLineBytes is refused before it is buffered whole.
  bool next(std::string& line) {
    line.clear();
    std::streambuf& buffer = *in_.rdbuf();
    bool line_feed = false;
    for (;;) {
      const int c = buffer.sbumpc();
      if (c == std::char_traits<char>::eof()) break;
      if (c == '\n') {
        line_feed = true;
        break;
      }
      if (line.size() == kMaxLineBytes) {
        throw InputError(file_, "line " + std::to_string(line_ + 1), "(line)",
                         "a line of at most " + std::to_string(kMaxLineBytes) +
                             " bytes ending in a line feed (is this a CSV file?)",
                         "a longer one");
      }
      line.push_back(static_cast<char>(c));
    }
    if (!line_feed && line.empty()) {
      if (in_.bad()) {
        throw InputError(file_, "line " + std::to_string(line_ + 1), "(file)", "a readable file",
                         "a read error");
      }
      return false;
    }
    ++line_;
    hasher_.update(line);
    if (line_feed) hasher_.update("\n");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
  }

  std::uint64_t line_number() const { return line_; }

  // Splits `line` into `fields` (RFC 4180: a field is either unquoted, without any quote,
  // or entirely in double quotes with "" for a quote; a field cannot span lines).
  // `offset` is the number of bytes before `line` on its physical line (a skipped BOM).
  void split(std::string_view line, std::size_t offset, std::vector<Field>& fields,
             std::size_t& count) const {
    count = 0;
    std::size_t i = 0;
    for (;;) {
      if (count == fields.size()) fields.emplace_back();
      Field& field = fields[count++];
      field.text.clear();
      field.column = offset + i + 1;
      const std::string field_name =
          count <= kColumns.size() ? std::string(kColumns[count - 1]) : "(extra column)";
      if (i < line.size() && line[i] == '"') {
        ++i;
        for (;;) {
          if (i >= line.size()) {
            throw InputError(file_, location(line_, field.column), field_name,
                             "a closing double quote before the end of the line (a quoted "
                             "field cannot span lines)",
                             "an unterminated quote");
          }
          if (line[i] == '"') {
            if (i + 1 < line.size() && line[i + 1] == '"') {
              field.text.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          field.text.push_back(line[i++]);
        }
        if (i < line.size() && line[i] != ',') {
          throw InputError(file_, location(line_, offset + i + 1), field_name,
                           "a comma or the end of the line after a quoted field",
                           "more text after the closing quote");
        }
      } else {
        const std::size_t end = std::min(line.find(',', i), line.size());
        const std::string_view text = line.substr(i, end - i);
        if (text.find('"') != std::string_view::npos) {
          throw InputError(file_, location(line_, field.column), field_name,
                           "a field without double quotes, or one entirely in double quotes "
                           "with \"\" for a quote",
                           "a double quote inside an unquoted field");
        }
        field.text.assign(text);
        i = end;
      }
      if (i >= line.size()) return;
      ++i;  // the comma
    }
  }

 private:
  const std::string& file_;
  std::istream& in_;
  HmacSha256& hasher_;
  std::uint64_t line_ = 0;
};

// An error about the IIN that describes what is wrong without showing the value.
[[noreturn]] void fail_iin(const std::string& file, std::uint64_t line, const Field& field,
                           IinError error) {
  std::string expected(describe(error));
  constexpr std::string_view kPrefix = "IIN: expected ";
  if (expected.rfind(kPrefix, 0) == 0) expected.erase(0, kPrefix.size());
  const std::size_t n = field.text.size();
  std::string found;
  switch (error) {
    case IinError::kWrongLength:
      if (n == 0) {
        throw InputError(file, location(line, field.column), std::string(kColumns[kDebtorIin]),
                         "a 12-digit IIN", "an empty field");
      }
      found = std::to_string(n) + (n == 1 ? " character" : " characters");
      break;
    case IinError::kNotDigits:
      found = "12 characters that are not all digits";
      break;
    case IinError::kCheckDigitMismatch:
      found = "12 digits failing the check digit";
      break;
    case IinError::kUncomputableCheckDigit:
      found = "12 digits whose check digit cannot be computed";
      break;
  }
  throw InputError(file, location(line, field.column), std::string(kColumns[kDebtorIin]),
                   "a 12-digit IIN: " + expected, found + " (value not shown)");
}

void require_key(const std::string& iin_key) {
  if (iin_key.size() < kMinIinKeyBytes) {
    throw InputError("(command line)", "--iin-key", "--iin-key",
                     "a key of at least " + std::to_string(kMinIinKeyBytes) +
                         " bytes for the IIN pseudonyms (required for csv populations; "
                         "--iin-key-file FILE or BAILIFF_IIN_KEY keep it off the command line)",
                     iin_key.empty() ? std::string("none")
                                     : std::to_string(iin_key.size()) + " bytes (not shown)");
  }
}

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
  CsvReader reader(path, in, hasher);
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
  reader.split(header, offset, fields, count);
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
    reader.split(line, 0, fields, count);
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
    Field& iin = fields[kDebtorIin];
    if (const std::optional<IinError> error = validate_iin(iin.text)) {
      fail_iin(path, n, iin, *error);
    }
    record.debtor = iin_pseudonym(iin.text, iin_key);
    scrub(iin.text);

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

    auto [region_it, added] =
        region_index.try_emplace(region, static_cast<std::uint16_t>(regions_.size()));
    if (added) {
      if (regions_.size() > std::numeric_limits<std::uint16_t>::max()) {
        fail(kRegion, "at most 65536 distinct regions", "more");
      }
      regions_.push_back(region);
    }
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
