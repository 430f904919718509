// The JSON Lines form of a recorded log: one object a line, a fine object opening each case
// and an event object per event (data/README.md, "Recorded enforcement logs").

#include <array>
#include <nlohmann/json.hpp>

#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/sim/csv_lines.hpp"
#include "bailiff/study/record_log.hpp"
#include "log_rows.hpp"

namespace bailiff::study::detail {
namespace {

namespace csv = sim::csv;
using nlohmann::json;

constexpr std::array<std::string_view, 8> kFineKeys = {
    "case_id",    "record", "in_force", "amount_tenge",
    "debtor_iin", "region", "article",  "discount_eligible"};
constexpr std::array<std::string_view, 5> kEventKeys = {"case_id", "record", "date", "action",
                                                        "amount_tenge"};

std::string joined(std::span<const std::string_view> keys) {
  std::string out;
  for (const std::string_view key : keys) out.append(out.empty() ? "" : ", ").append(key);
  return out;
}

class JsonlRows final : public RowSource {
 public:
  JsonlRows(std::istream& in, const std::string& name, const std::string& iin_key)
      : name_(name), key_(iin_key), reader_(name_, in, nullptr) {
    csv::require_iin_key(key_);
  }
  ~JsonlRows() override { csv::scrub(line_); }

  bool next(Row& row) override {
    for (;;) {
      if (!reader_.next(line_)) return false;
      if (!line_.empty()) break;
    }
    n_ = reader_.line_number();
    json object = parse_line();
    fill(object, row);
    csv::scrub(line_);
    return true;
  }

  std::uint64_t lines() const override { return reader_.line_number(); }

 private:
  // The line parsed strictly; a syntax error's "line 1, column C" becomes this line's.
  json parse_line() {
    try {
      return bailiff::detail::parse_json_document(line_, name_);
    } catch (const InputError& e) {
      const std::string what = e.what();
      const std::string prefix = name_ + ":" + e.location() + ": " + e.field() + ": expected ";
      std::string location = e.location();
      if (location.rfind("line 1, ", 0) == 0) {
        location = "line " + std::to_string(n_) + location.substr(6);
      } else {
        location = "line " + std::to_string(n_) + ", column 1";
      }
      csv::scrub(line_);
      throw InputError(name_, location, e.field(),
                       what.rfind(prefix, 0) == 0 ? what.substr(prefix.size()) : what);
    }
  }

  // The 1-based column of the value of \p key on the line (1 when it is not found): the
  // first `"key":` in the line's text (a string value spelling `"key":` before the key itself
  // would misplace the column, never the message).
  std::size_t column_of(std::string_view key) const {
    const std::string quoted = "\"" + std::string(key) + "\"";
    std::size_t pos = line_.find(quoted);
    if (pos == std::string::npos) return 1;
    pos += quoted.size();
    while (pos < line_.size() && (line_[pos] == ' ' || line_[pos] == '\t')) ++pos;
    if (pos < line_.size() && line_[pos] == ':') {
      ++pos;
      while (pos < line_.size() && (line_[pos] == ' ' || line_[pos] == '\t')) ++pos;
    }
    return pos + 1;
  }

  // "line L, column C" of the value of \p key.
  std::string at(std::string_view key) const { return csv::location(n_, column_of(key)); }

  [[noreturn]] void fail(std::string_view key, std::string_view expected, std::string found) const {
    throw InputError(name_, at(key), std::string(key), std::string(expected), std::move(found));
  }

  static std::string found_of(const json& value) {
    if (value.is_string()) return csv::shown(value.get_ref<const std::string&>());
    if (value.is_number()) return csv::shown(value.dump());
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_null()) return "null";
    return value.is_array() ? "an array" : "an object";
  }

  const json& member(const json& object, std::string_view key) const {
    const auto it = object.find(key);
    if (it == object.end()) {
      throw InputError(name_, csv::location(n_, 1), std::string(key),
                       "a field \"" + std::string(key) + "\"", "none");
    }
    return *it;
  }

  std::string string_of(const json& object, std::string_view key, bool required) const {
    const json& value = member(object, key);
    if (!value.is_string()) fail(key, "a string", found_of(value));
    const std::string& text = value.get_ref<const std::string&>();
    const std::size_t bad = csv::invalid_utf8_at(text);
    if (bad != std::string_view::npos) {
      fail(key, "UTF-8 text",
           "a byte that is not valid UTF-8 at byte " + std::to_string(bad + 1) + " of the field");
    }
    if (required && text.empty()) fail(key, "a non-empty " + std::string(key), "an empty string");
    if (contains_valid_iin(text)) {
      fail(key, std::string(key) + " without an IIN (an IIN is personal data)",
           "12 digits passing the IIN check digit (not shown)");
    }
    return text;
  }

  Date date_of(const json& object, std::string_view key) const {
    const json& value = member(object, key);
    const std::optional<Date> date =
        value.is_string() ? parse_iso_date(value.get_ref<const std::string&>()) : std::nullopt;
    if (!date) fail(key, "a date \"YYYY-MM-DD\"", found_of(value));
    return *date;
  }

  Tiyn amount_of(const json& value, bool positive) const {
    std::optional<Tiyn> amount;
    if (value.is_string()) {
      amount = parse_tenge(value.get_ref<const std::string&>());
    } else if (value.is_number_unsigned()) {
      const auto whole = value.get<std::uint64_t>();
      if (whole < static_cast<std::uint64_t>(kAmountLimit / kTiynPerTenge)) {
        amount = static_cast<Tiyn>(whole) * kTiynPerTenge;
      }
    }
    if (!amount || *amount >= kAmountLimit || (positive && *amount <= 0)) {
      fail("amount_tenge",
           std::string(kAmountForm) + " (an integer, or a string with up to 2 decimals)" +
               (positive ? ", above 0" : ""),
           found_of(value));
    }
    return *amount;
  }

  void only(const json& object, std::span<const std::string_view> keys,
            std::string_view record) const {
    for (const auto& [key, value] : object.items()) {
      bool known = false;
      for (const std::string_view k : keys) known = known || key == k;
      if (!known) {
        throw InputError(name_, at(key), csv::shown(key),
                         "only the keys of " + std::string(record) + " rows: " + joined(keys),
                         "an unknown key");
      }
    }
  }

  void fill(json& object, Row& row) {
    if (!object.is_object()) {
      throw InputError(name_, csv::location(n_, 1), "(line)", "a JSON object", found_of(object));
    }
    row.line = n_;
    row.case_id = string_of(object, "case_id", true);
    row.case_id_at = at("case_id");
    const std::string record = string_of(object, "record", true);
    if (record != "fine" && record != "event")
      fail("record", "\"fine\" or \"event\"", csv::shown(record));
    row.fine = record == "fine";
    row.amount.reset();
    if (row.fine) {
      only(object, kFineKeys, "fine");
      row.date_field = "in_force";
      row.date = date_of(object, "in_force");
      row.date_at = at("in_force");
      row.amount = amount_of(member(object, "amount_tenge"), true);
      member(object, "debtor_iin");
      json& iin = object.at("debtor_iin");
      if (!iin.is_string())
        fail("debtor_iin", "a 12-digit IIN as a string", "a value of another type");
      csv::Field field{iin.get_ref<std::string&>(), column_of("debtor_iin")};
      csv::scrub(iin.get_ref<std::string&>());
      row.debtor = csv::pseudonymise_iin(name_, n_, field, "debtor_iin", key_);
      row.region = region_of(name_, at("region"), string_of(object, "region", true));
      row.article = object.contains("article") ? string_of(object, "article", false) : "";
      const json& eligible = member(object, "discount_eligible");
      if (!eligible.is_boolean()) fail("discount_eligible", "true or false", found_of(eligible));
      row.discount_eligible = eligible.get<bool>();
      return;
    }
    only(object, kEventKeys, "event");
    row.date_field = "date";
    row.date = date_of(object, "date");
    row.date_at = at("date");
    const std::string action = string_of(object, "action", true);
    const std::optional<Action> parsed = parse_action(action);
    if (!parsed)
      fail("action", "one of the engine's actions: " + action_names(), csv::shown(action));
    row.action = *parsed;
    const auto amount = object.find("amount_tenge");
    if (amount != object.end() && !amount->is_null()) {
      row.amount = amount_of(*amount, amount_required(*parsed));
    } else if (amount_required(*parsed)) {
      throw InputError(name_, csv::location(n_, 1), "amount_tenge",
                       "a field \"amount_tenge\" (" + action + " gives its sum)", "none");
    }
  }

  std::string name_;
  std::string key_;
  csv::LineReader reader_;
  std::string line_;
  std::uint64_t n_ = 0;
};

}  // namespace

std::unique_ptr<RowSource> jsonl_rows(std::istream& in, const std::string& name,
                                      const std::string& iin_key) {
  return std::make_unique<JsonlRows>(in, name, iin_key);
}

}  // namespace bailiff::study::detail
