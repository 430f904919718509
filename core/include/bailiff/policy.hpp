#pragma once
/// \file A policy: the enforcement rules as dated parameters, each with its unit and legal
/// reference (OpenFisca-style). Parsed from a JSON document in data/policies/.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"

namespace bailiff {

/// The unit a term is counted in.
enum class TermUnit : std::uint8_t { kCalendarDays, kWorkingDays, kCalendarMonths };

/// A term: a count of days or months.
struct Term {
  std::int32_t count = 0;
  TermUnit unit = TermUnit::kCalendarDays;
};

/// Which day's MRP converts MRP thresholds and fee brackets to tenge.
enum class MrpReference : std::uint8_t {
  kActionDate,      ///< the MRP in force on the day the engine takes the step
  kEntryIntoForce,  ///< the MRP in force on the day the fine entered into force
};

/// Whether a fee bracket's rate applies to the whole amount or only to the part inside it.
enum class FeeMode : std::uint8_t { kWhole, kMarginal };

/// One bracket of the private-bailiff fee schedule.
struct FeeBracket {
  std::int64_t up_to_mrp = 0;  ///< upper bound in MRP, inclusive; 0 for the open last bracket
  BasisPoints rate = 0;        ///< fee rate in basis points
};

/// The private-bailiff fee schedule (Law on enforcement proceedings art. 118).
struct FeeSchedule {
  FeeMode mode = FeeMode::kWhole;
  std::int64_t cap_mrp = 0;         ///< the fee never exceeds this many MRP
  std::vector<FeeBracket> brackets;  ///< ascending; the last has up_to_mrp == 0
};

/// Every parameter a policy sets. The enumerator order is the order of Policy::kNames.
enum class Param : std::uint8_t {
  kMrp,
  kMrpReferenceDate,
  kRounding,
  kTermsRollForward,
  kDiscountEnabled,
  kDiscountRate,
  kDiscountTerm,
  kVoluntaryTerm,
  kEnforcementReferralAfter,
  kSimplifiedEnabled,
  kSimplifiedMaxDebt,
  kNoticeSms,
  kNoticeEgovPush,
  kRobotWindow,
  kRobotAccountArrest,
  kPaymentLiftsMeasures,
  kPrivateBailiffFee,
  kActsRollForward,  ///< last, so that the recorded parameter numbers of the others stay
  kCount
};

/// Number of parameters.
inline constexpr std::size_t kParamCount = static_cast<std::size_t>(Param::kCount);

/// The parameter values in force on one day, with the legal reference of each.
struct PolicyRules {
  Tiyn mrp = 0;                       ///< MRP in tiyn
  MrpReference mrp_reference = MrpReference::kActionDate;
  Rounding rounding = Rounding::kHalfUp;  ///< rounding of discounts and fees
  bool terms_roll_forward = true;     ///< a term ending on a non-working day ends on the next
  bool discount_enabled = false;
  BasisPoints discount_rate = 0;      ///< share of the fine forgiven for early payment
  Term discount_term;
  Term voluntary_term;
  Term referral_after;                ///< from entry into force to the enforcement referral
  bool simplified_enabled = false;    ///< the robot opens simplified proceedings
  std::int64_t simplified_max_mrp = 0;
  bool notice_sms = false;
  bool notice_egov_push = false;
  Term robot_window;                  ///< time to pay without fee after the robot's notice
  bool robot_account_arrest = false;
  bool payment_lifts_measures = false;
  FeeSchedule fee;
  bool acts_roll_forward = false;     ///< an act of enforcement due on a non-working day (the
                                      ///< hand-off after the robot's window) is taken on the
                                      ///< next working day; false: on the day itself
  std::array<std::string_view, kParamCount> reference{};  ///< legal reference per parameter

  /// The legal reference of \p param.
  std::string_view basis(Param param) const { return reference[static_cast<std::size_t>(param)]; }
};

/// A text a policy file gives in each of the page's languages (empty when the file gives
/// none).
struct TranslatedText {
  std::string ru, kk, en;
  bool empty() const { return en.empty(); }
};

/// Description of one parameter as written in the policy file (for explain and the UI).
struct ParameterInfo {
  std::string name;       ///< e.g. "discount_rate"
  std::string unit;       ///< e.g. "basis_points"
  std::string reference;  ///< the legal article and the sources of its facts, as decisions cite it
  TranslatedText label;   ///< a short name ("discount window")
  TranslatedText explanation;  ///< what the parameter does, in a sentence or two
  TranslatedText basis;        ///< the act and article that set it (or that no act does)
};

/// A dated value that the policy file flags as an assumption: no law sets it yet (the MRP of
/// a year whose budget law is not known), so every result using it must say so.
struct AssumedValue {
  std::string parameter;   ///< e.g. "mrp"
  Date from;               ///< the day the value takes effect
  std::string assumption;  ///< what is assumed and why, as written in the file
};

/// A parsed policy document: its id and its dated parameters.
class Policy {
 public:
  /// Parameter names as they appear in the policy file, indexed by Param.
  static const std::array<std::string_view, kParamCount> kNames;

  /// Parse a policy document (schema in data/README.md). Throws InputError naming the
  /// file, the JSON pointer, the field and what was expected.
  static Policy parse(std::string_view bytes, const std::string& file);

  /// The rules in force on \p date. Throws DomainError when a parameter has no value then.
  const PolicyRules& at(Date date) const {
    if (date >= starts_.back() && complete_.back() != 0) return rules_.back();  // the common case
    const auto offset =
        static_cast<std::uint64_t>(std::int64_t{days_between(starts_.front(), date)});
    if (offset < interval_by_day_.size() && complete_[interval_by_day_[offset]] != 0) {
      return rules_[interval_by_day_[offset]];
    }
    return search(date);
  }

  const std::string& id() const { return id_; }        ///< e.g. "kz-2024-08-20"
  const std::string& title() const { return title_; }  ///< one-line human title
  const std::vector<ParameterInfo>& parameters() const { return parameters_; }  ///< in Param order
  /// The values flagged `assumption` in the file, in Param order, each ascending by date.
  const std::vector<AssumedValue>& assumed_values() const { return assumed_; }

 private:
  std::string id_;
  std::string title_;
  std::vector<ParameterInfo> parameters_;
  std::vector<AssumedValue> assumed_;
  /// Owns the strings PolicyRules::reference views; shared so that copies stay valid.
  std::shared_ptr<const std::vector<std::string>> references_;
  std::vector<Date> starts_;             ///< start of each interval, ascending
  std::vector<PolicyRules> rules_;       ///< rules in force from starts_[i]
  std::vector<std::uint8_t> complete_;   ///< whether every parameter has a value in interval i
  std::vector<std::string> missing_;     ///< first missing parameter of an incomplete interval
  /// The interval in force on each day from starts_.front() to the day before
  /// starts_.back() (empty when that span exceeds kMaxIntervalDays), so that at() is one
  /// look-up rather than a search.
  std::vector<std::uint32_t> interval_by_day_;
  /// at() by a search of starts_, throwing DomainError when a parameter has no value.
  const PolicyRules& search(Date date) const;
  static constexpr std::int32_t kMaxIntervalDays = 1 << 17;
};

/// The private-bailiff fee on recovering \p amount, with \p mrp tiyn per MRP.
Tiyn private_bailiff_fee(Tiyn amount, Tiyn mrp, const FeeSchedule& schedule, Rounding rounding);

/// Short name of a term unit as used in policy files: "calendar_days", "working_days",
/// "calendar_months".
std::string_view term_unit_name(TermUnit unit);

}  // namespace bailiff
