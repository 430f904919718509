#include "bailiff/policy.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/policy_schema.hpp"

namespace bailiff {

const std::array<std::string_view, kParamCount> Policy::kNames = {
    "mrp",
    "mrp_reference_date",
    "rounding",
    "terms_roll_forward",
    "discount_enabled",
    "discount_rate",
    "discount_term",
    "voluntary_term",
    "enforcement_referral_after",
    "simplified_enabled",
    "simplified_max_debt",
    "notice_sms",
    "notice_egov_push",
    "robot_window",
    "robot_account_arrest",
    "payment_lifts_measures",
    "private_bailiff_fee",
    "acts_roll_forward",
};

std::string_view term_unit_name(TermUnit unit) {
  switch (unit) {
    case TermUnit::kCalendarDays: return "calendar_days";
    case TermUnit::kWorkingDays: return "working_days";
    case TermUnit::kCalendarMonths: return "calendar_months";
  }
  return "calendar_days";
}

namespace {

using detail::JsonNode;

/// The kind of value a parameter holds, which fixes the units it accepts.
enum class Kind { kTenge, kEnumMrpReference, kEnumRounding, kBool, kBasisPoints, kTerm, kMrp, kFee };

Kind kind_of(Param p) {
  switch (p) {
    case Param::kMrp: return Kind::kTenge;
    case Param::kMrpReferenceDate: return Kind::kEnumMrpReference;
    case Param::kRounding: return Kind::kEnumRounding;
    case Param::kDiscountRate: return Kind::kBasisPoints;
    case Param::kDiscountTerm:
    case Param::kVoluntaryTerm:
    case Param::kEnforcementReferralAfter:
    case Param::kRobotWindow: return Kind::kTerm;
    case Param::kSimplifiedMaxDebt: return Kind::kMrp;
    case Param::kPrivateBailiffFee: return Kind::kFee;
    default: return Kind::kBool;
  }
}

std::string_view expected_unit(Kind kind) {
  switch (kind) {
    case Kind::kTenge: return "\"tenge\"";
    case Kind::kEnumMrpReference:
    case Kind::kEnumRounding: return "\"enum\"";
    case Kind::kBool: return "\"boolean\"";
    case Kind::kBasisPoints: return "\"basis_points\"";
    case Kind::kTerm: return "\"calendar_days\", \"working_days\" or \"calendar_months\"";
    case Kind::kMrp: return "\"mrp\"";
    case Kind::kFee: return "\"schedule\"";
  }
  return "";
}

std::optional<TermUnit> parse_term_unit(std::string_view unit) {
  if (unit == "calendar_days") return TermUnit::kCalendarDays;
  if (unit == "working_days") return TermUnit::kWorkingDays;
  if (unit == "calendar_months") return TermUnit::kCalendarMonths;
  return std::nullopt;
}

FeeSchedule parse_fee(const JsonNode& node) {
  FeeSchedule fee;
  const JsonNode mode = node.at("mode");
  const std::string mode_name = mode.as_string(quoted_choices("mode"));
  const std::vector<std::string_view>& modes = policy_choices("mode");  // enumerator order
  if (mode_name == modes[0]) {
    fee.mode = FeeMode::kWhole;
  } else if (mode_name == modes[1]) {
    fee.mode = FeeMode::kMarginal;
  } else {
    mode.fail(quoted_choices("mode"));
  }
  fee.cap_mrp = node.at("cap_mrp").as_integer(1, 1'000'000);
  const JsonNode brackets = node.at("brackets");
  if (brackets.array_size() == 0) brackets.fail("a non-empty array of brackets");
  for (std::size_t i = 0; i < brackets.array_size(); ++i) {
    const JsonNode b = brackets.element(i);
    const bool last = i + 1 == brackets.array_size();
    FeeBracket bracket;
    const JsonNode up_to = b.at("up_to_mrp");
    if (last) {
      if (!up_to.raw().is_null()) up_to.fail("null (the last bracket is open-ended)");
    } else {
      bracket.up_to_mrp = up_to.as_integer(1, 1'000'000);
      if (i > 0 && bracket.up_to_mrp <= fee.brackets.back().up_to_mrp) {
        up_to.fail("a bound above the previous bracket's " +
                   std::to_string(fee.brackets.back().up_to_mrp));
      }
    }
    bracket.rate = b.at("rate_bp").as_integer(0, 10'000);
    b.expect_only({"up_to_mrp", "rate_bp"});
    fee.brackets.push_back(bracket);
  }
  node.expect_only({"mode", "cap_mrp", "brackets"});
  return fee;
}

/// Parse one value of parameter \p p into \p rules.
void parse_value(Param p, const std::string& unit, const JsonNode& value, PolicyRules& rules) {
  switch (p) {
    case Param::kMrp: rules.mrp = tenge(value.as_integer(1, 1'000'000)); break;
    case Param::kMrpReferenceDate: {
      const std::string name = value.as_string(quoted_choices("mrp_reference_date"));
      const std::vector<std::string_view>& references = policy_choices("mrp_reference_date");
      if (name == references[0]) {
        rules.mrp_reference = MrpReference::kActionDate;
      } else if (name == references[1]) {
        rules.mrp_reference = MrpReference::kEntryIntoForce;
      } else {
        value.fail(quoted_choices("mrp_reference_date"));
      }
      break;
    }
    case Param::kRounding: {
      const std::optional<Rounding> r = parse_rounding(value.as_string());
      if (!r) value.fail(quoted_choices("rounding"));
      rules.rounding = *r;
      break;
    }
    case Param::kTermsRollForward: rules.terms_roll_forward = value.as_bool(); break;
    case Param::kDiscountEnabled: rules.discount_enabled = value.as_bool(); break;
    case Param::kDiscountRate: rules.discount_rate = value.as_integer(0, 10'000); break;
    case Param::kDiscountTerm:
    case Param::kVoluntaryTerm:
    case Param::kEnforcementReferralAfter:
    case Param::kRobotWindow: {
      const Term term{static_cast<std::int32_t>(value.as_integer(0, 3660)), *parse_term_unit(unit)};
      if (p == Param::kDiscountTerm) rules.discount_term = term;
      if (p == Param::kVoluntaryTerm) rules.voluntary_term = term;
      if (p == Param::kEnforcementReferralAfter) rules.referral_after = term;
      if (p == Param::kRobotWindow) rules.robot_window = term;
      break;
    }
    case Param::kSimplifiedEnabled: rules.simplified_enabled = value.as_bool(); break;
    case Param::kSimplifiedMaxDebt: rules.simplified_max_mrp = value.as_integer(0, 1'000'000); break;
    case Param::kNoticeSms: rules.notice_sms = value.as_bool(); break;
    case Param::kNoticeEgovPush: rules.notice_egov_push = value.as_bool(); break;
    case Param::kRobotAccountArrest: rules.robot_account_arrest = value.as_bool(); break;
    case Param::kPaymentLiftsMeasures: rules.payment_lifts_measures = value.as_bool(); break;
    case Param::kActsRollForward: rules.acts_roll_forward = value.as_bool(); break;
    case Param::kPrivateBailiffFee: rules.fee = parse_fee(value); break;
    case Param::kCount: break;
  }
}

bool unit_fits(Kind kind, const std::string& unit) {
  switch (kind) {
    case Kind::kTenge: return unit == "tenge";
    case Kind::kEnumMrpReference:
    case Kind::kEnumRounding: return unit == "enum";
    case Kind::kBool: return unit == "boolean";
    case Kind::kBasisPoints: return unit == "basis_points";
    case Kind::kTerm: return parse_term_unit(unit).has_value();
    case Kind::kMrp: return unit == "mrp";
    case Kind::kFee: return unit == "schedule";
  }
  return false;
}

/// \p node's text in each language: an object of exactly "ru", "kk" and "en", each a
/// non-empty string; empty when the file gives no such key.
TranslatedText translated(const std::optional<JsonNode>& node) {
  if (!node) return {};
  node->expect_only({"ru", "kk", "en"});
  const auto text = [&](const char* language) {
    const JsonNode field = node->at(language);
    std::string value = field.as_string("a non-empty string in that language");
    if (value.empty()) field.fail("a non-empty string in that language");
    return value;
  };
  return {text("ru"), text("kk"), text("en")};
}

/// One dated value of one parameter, kept as its JSON node until intervals are resolved.
struct DatedValue {
  Date from;
  JsonNode value;
  std::string reference;
};

}  // namespace

Policy Policy::parse(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = detail::parse_json_document(bytes, file);
  const JsonNode root(document, file, "");
  Policy policy;
  policy.id_ = root.at("policy").as_name();
  policy.title_ = root.at("title").as_name();

  const JsonNode params = root.at("parameters");
  params.expect_only(kNames, "a known parameter name (see data/README.md)");

  std::array<std::vector<DatedValue>, kParamCount> values;
  std::array<std::string, kParamCount> units;
  std::vector<Date> change_dates;
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const Param p = static_cast<Param>(i);
    const JsonNode node = params.at(kNames[i]);
    const JsonNode unit_node = node.at("unit");
    units[i] = unit_node.as_string();
    if (!unit_fits(kind_of(p), units[i])) unit_node.fail(std::string(expected_unit(kind_of(p))));
    const std::string reference = node.at("reference").as_string("a legal reference (string)");
    policy.parameters_.push_back(
        {std::string(kNames[i]), units[i], reference, translated(node.find("label")),
         translated(node.find("explanation")), translated(node.find("basis"))});
    const JsonNode list = node.at("values");
    if (list.array_size() == 0) list.fail("a non-empty array of dated values");
    for (std::size_t k = 0; k < list.array_size(); ++k) {
      const JsonNode entry = list.element(k);
      const JsonNode from = entry.at("from");
      const Date date = from.as_date();
      if (!values[i].empty() && date <= values[i].back().from) {
        from.fail("a date after " + to_iso(values[i].back().from) + " (values ascending by date)");
      }
      const std::optional<JsonNode> own_reference = entry.find("reference");
      values[i].push_back({date, entry.at("value"),
                           own_reference ? own_reference->as_string() : reference});
      PolicyRules probe;  // validate the value now so the error points at it
      parse_value(p, units[i], entry.at("value"), probe);
      if (const std::optional<JsonNode> assumption = entry.find("assumption")) {
        const std::string text = assumption->as_string("a sentence saying what is assumed and why");
        if (text.empty()) assumption->fail("a sentence saying what is assumed and why");
        policy.assumed_.push_back({std::string(kNames[i]), date, text});
      }
      entry.expect_only({"from", "value", "reference", "assumption"});
      change_dates.push_back(date);
    }
    node.expect_only({"unit", "reference", "label", "explanation", "basis", "values"});
  }
  root.expect_only({"policy", "title", "summary", "parameters"});
  std::sort(change_dates.begin(), change_dates.end());
  change_dates.erase(std::unique(change_dates.begin(), change_dates.end()), change_dates.end());

  auto references = std::make_shared<std::vector<std::string>>();
  references->reserve(change_dates.size() * kParamCount);
  for (const Date start : change_dates) {
    PolicyRules rules;
    bool complete = true;
    std::string missing;
    for (std::size_t i = 0; i < kParamCount; ++i) {
      const DatedValue* in_force = nullptr;
      for (const DatedValue& v : values[i]) {
        if (v.from <= start) in_force = &v;
      }
      if (in_force == nullptr) {
        if (complete) missing = std::string(kNames[i]);
        complete = false;
        continue;
      }
      parse_value(static_cast<Param>(i), units[i], in_force->value, rules);
      references->push_back(in_force->reference);
    }
    policy.starts_.push_back(start);
    policy.rules_.push_back(rules);
    policy.complete_.push_back(complete ? 1 : 0);
    policy.missing_.push_back(missing);
  }
  // Point every interval's references at the owned strings (stable once filled).
  std::size_t next = 0;
  for (std::size_t k = 0; k < policy.rules_.size(); ++k) {
    for (std::size_t i = 0; i < kParamCount; ++i) {
      bool has_value = false;
      for (const DatedValue& v : values[i]) has_value = has_value || v.from <= policy.starts_[k];
      if (has_value) policy.rules_[k].reference[i] = (*references)[next++];
    }
  }
  policy.references_ = std::move(references);
  const std::int32_t span =
      policy.starts_.empty() ? 0 : days_between(policy.starts_.front(), policy.starts_.back());
  if (span <= kMaxIntervalDays) {
    policy.interval_by_day_.reserve(static_cast<std::size_t>(span));
    for (std::uint32_t k = 0; k + 1 < policy.starts_.size(); ++k) {
      const std::int32_t days = days_between(policy.starts_[k], policy.starts_[k + 1]);
      policy.interval_by_day_.insert(policy.interval_by_day_.end(), static_cast<std::size_t>(days),
                                     k);
    }
  }
  return policy;
}

const PolicyRules& Policy::search(Date date) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), date);
  if (it == starts_.begin()) {
    throw DomainError("policy \"" + id_ + "\" has no parameters in force on " + to_iso(date) +
                      " (its first values start " + to_iso(starts_.front()) + ")");
  }
  const std::size_t index = static_cast<std::size_t>(it - starts_.begin()) - 1;
  if (!complete_[index]) {
    throw DomainError("policy \"" + id_ + "\": parameter \"" + missing_[index] +
                      "\" has no value in force on " + to_iso(date));
  }
  return rules_[index];
}

Tiyn private_bailiff_fee(Tiyn amount, Tiyn mrp, const FeeSchedule& schedule, Rounding rounding) {
  Tiyn fee = 0;
  if (schedule.mode == FeeMode::kWhole) {
    BasisPoints rate = schedule.brackets.back().rate;
    for (const FeeBracket& b : schedule.brackets) {
      if (b.up_to_mrp != 0 && amount <= checked_mul(mrp, b.up_to_mrp)) {
        rate = b.rate;
        break;
      }
    }
    fee = apply_rate(amount, rate, rounding);
  } else {
    Tiyn lower = 0;
    for (const FeeBracket& b : schedule.brackets) {
      const Tiyn upper = b.up_to_mrp == 0 ? amount : std::min(amount, checked_mul(mrp, b.up_to_mrp));
      if (upper > lower) fee = checked_add(fee, apply_rate(upper - lower, b.rate, rounding));
      if (upper >= amount) break;
      lower = upper;
    }
  }
  return std::min(fee, checked_mul(mrp, schedule.cap_mrp));
}

}  // namespace bailiff
