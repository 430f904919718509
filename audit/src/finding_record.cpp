// The canonical finding record: writing and strict reading.

#include "bailiff/audit/finding_record.hpp"

#include "bailiff/money.hpp"
#include "bailiff/safe_text.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace bundle_detail;

namespace {

enum Presence : std::uint8_t {
  kRecordedAction = 1,
  kRecordedDate = 2,
  kRecordedAmount = 4,
  kRequiredAction = 8,
  kRequiredDate = 16,
  kRequiredAmount = 32,
};

void put_i32(std::string& out, std::int32_t v) {
  put_u32(out, static_cast<std::uint32_t>(v));
}
void put_i64(std::string& out, std::int64_t v) {
  put_u64(out, static_cast<std::uint64_t>(v));
}

/// Bounds-checked reading of one record; the first failure is kept in `error`.
class RecordReader {
 public:
  explicit RecordReader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at byte " + std::to_string(pos_) + " of the record";
  }
  std::uint64_t u(int n, const char* field) {
    if (!ok()) return 0;
    if (bytes_.size() - pos_ < static_cast<std::size_t>(n)) {
      fail(std::string("record ends inside the ") + field);
      return 0;
    }
    const std::uint64_t v = get_be(bytes_.data() + pos_, n);
    pos_ += static_cast<std::size_t>(n);
    return v;
  }
  std::string str(const char* field) {
    const std::uint64_t n = u(4, field);
    if (!ok()) return {};
    if (bytes_.size() - pos_ < n) {
      fail(std::string(field) + " runs past the record");
      return {};
    }
    std::string v(bytes_.substr(pos_, n));
    if (const auto bad = unsafe_character(v)) {
      fail(std::string(field) + " holds " + *bad);
      return {};
    }
    pos_ += n;
    return v;
  }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::string error_;
};

std::optional<Action> action_of(std::uint64_t v) {
  if (v < 1 || v >= kActionSlots) return std::nullopt;
  return static_cast<Action>(v);
}

}  // namespace

void encode_finding(std::string& out, std::uint32_t seq, const study::Finding& f) {
  put_u8(out, kFindingRecordVersion);
  put_str(out, f.case_id);
  put_u32(out, seq);
  put_u8(out, static_cast<std::uint8_t>(f.kind));
  put_str(out, f.region);
  put_i32(out, f.date.days);
  std::uint8_t presence = 0;
  if (f.recorded) presence |= kRecordedAction;
  if (f.recorded_date) presence |= kRecordedDate;
  if (f.recorded_amount) presence |= kRecordedAmount;
  if (f.required) presence |= kRequiredAction;
  if (f.required_date) presence |= kRequiredDate;
  if (f.required_amount) presence |= kRequiredAmount;
  put_u8(out, presence);
  put_u8(out, f.recorded ? static_cast<std::uint8_t>(*f.recorded) : 0);
  put_i32(out, f.recorded_date ? f.recorded_date->days : 0);
  put_i64(out, f.recorded_amount.value_or(0));
  put_u8(out, f.required ? static_cast<std::uint8_t>(*f.required) : 0);
  put_i32(out, f.required_date ? f.required_date->days : 0);
  put_i64(out, f.required_amount.value_or(0));
  put_str(out, f.rule);
  put_str(out, f.legal_basis);
  put_i64(out, f.at_stake);
  put_u8(out, f.charged ? 1 : 0);
  put_u8(out, static_cast<std::uint8_t>(f.cannot_judge));
  put_str(out, f.reason);
  put_u64(out, f.line);
}

std::optional<DecodedFinding> decode_finding(std::string_view record, std::string* error) {
  RecordReader in(record);
  DecodedFinding d;
  study::Finding& f = d.finding;
  if (in.u(1, "format version") != kFindingRecordVersion && in.ok()) {
    in.fail("record format version is not " + std::to_string(kFindingRecordVersion) +
            " (a finding)");
  }
  f.case_id = in.str("case id");
  d.seq = static_cast<std::uint32_t>(in.u(4, "sequence number"));
  const std::uint64_t kind = in.u(1, "kind");
  if (in.ok() && kind >= study::kFindingKinds)
    in.fail("unknown finding kind " + std::to_string(kind));
  f.kind = static_cast<study::FindingKind>(kind);
  f.region = in.str("region");
  f.date.days = static_cast<std::int32_t>(static_cast<std::uint32_t>(in.u(4, "date")));
  const std::uint64_t presence = in.u(1, "presence");
  if (in.ok() && presence > 63) in.fail("unknown presence bits " + std::to_string(presence));
  const std::uint64_t recorded = in.u(1, "recorded action");
  const auto recorded_date =
      static_cast<std::int32_t>(static_cast<std::uint32_t>(in.u(4, "recorded date")));
  const auto recorded_amount = static_cast<std::int64_t>(in.u(8, "recorded amount"));
  const std::uint64_t required = in.u(1, "required action");
  const auto required_date =
      static_cast<std::int32_t>(static_cast<std::uint32_t>(in.u(4, "required date")));
  const auto required_amount = static_cast<std::int64_t>(in.u(8, "required amount"));
  f.rule = in.str("rule id");
  f.legal_basis = in.str("legal basis");
  f.at_stake = static_cast<std::int64_t>(in.u(8, "tenge at stake"));
  const std::uint64_t charged = in.u(1, "charged");
  if (in.ok() && charged > 1) in.fail("charged is not 0 or 1");
  f.charged = charged == 1;
  const std::uint64_t cannot = in.u(1, "cannot judge");
  if (in.ok() && cannot > static_cast<std::uint64_t>(study::CannotJudge::kEngineRefused)) {
    in.fail("unknown reason it cannot be judged " + std::to_string(cannot));
  }
  f.cannot_judge = static_cast<study::CannotJudge>(cannot);
  f.reason = in.str("reason");
  f.line = in.u(8, "line");
  if (in.ok() && !in.at_end()) in.fail("extra bytes after the record");
  if (in.ok() && (presence & kRecordedAction)) {
    f.recorded = action_of(recorded);
    if (!f.recorded) in.fail("unknown recorded action " + std::to_string(recorded));
  }
  if (in.ok() && (presence & kRequiredAction)) {
    f.required = action_of(required);
    if (!f.required) in.fail("unknown required action " + std::to_string(required));
  }
  if (presence & kRecordedDate) f.recorded_date = Date{recorded_date};
  if (presence & kRecordedAmount) f.recorded_amount = recorded_amount;
  if (presence & kRequiredDate) f.required_date = Date{required_date};
  if (presence & kRequiredAmount) f.required_amount = required_amount;
  if (in.ok()) {  // one encoding per finding: absent fields are zero
    std::string canonical;
    encode_finding(canonical, d.seq, f);
    if (canonical != record) in.fail("not in canonical form (an absent field is not zero)");
  }
  if (!in.ok()) {
    if (error) *error = in.error();
    return std::nullopt;
  }
  return d;
}

nlohmann::ordered_json finding_fields_json(const DecodedFinding& d) {
  using Json = nlohmann::ordered_json;
  const study::Finding& f = d.finding;
  const auto action = [](const std::optional<Action>& a) {
    return a ? Json(action_name(*a)) : Json(nullptr);
  };
  const auto date = [](const std::optional<Date>& day) {
    return day ? Json(to_iso(*day)) : Json(nullptr);
  };
  const auto amount = [](const std::optional<Tiyn>& v) {
    return v ? Json(plain_tenge(*v)) : Json(nullptr);
  };
  return Json{{"seq", d.seq},
              {"kind", study::finding_kind_name(f.kind)},
              {"region", f.region},
              {"date", to_iso(f.date)},
              {"recorded_action", action(f.recorded)},
              {"recorded_date", date(f.recorded_date)},
              {"recorded_amount_tenge", amount(f.recorded_amount)},
              {"required_action", action(f.required)},
              {"required_date", date(f.required_date)},
              {"required_amount_tenge", amount(f.required_amount)},
              {"rule", f.rule},
              {"legal_basis", f.legal_basis},
              {"at_stake_tenge", plain_tenge(f.at_stake)},
              {"charged", f.charged},
              {"line", f.line}};
}

}  // namespace bailiff::audit
