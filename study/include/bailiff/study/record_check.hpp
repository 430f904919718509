#pragma once
/// \file The check of a recorded enforcement log against the law: for each case the engine
/// decides, from the recorded fine and the recorded payments, what the policy in force
/// required; the recorded events are compared with the required ones, and every difference
/// is a finding with the tenge at stake (data/README.md, "Recorded enforcement logs", lists
/// each kind and how it is judged).

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/calendar.hpp"
#include "bailiff/engine.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/study/record_log.hpp"

namespace bailiff::study {

/// What a finding says. Values are the order of every report: never reorder.
enum class FindingKind : std::uint8_t {
  kProceedingOverLimit,  ///< a simplified proceeding for a debt over the limit
  kHandoffBeforeWindow,  ///< handed to a private bailiff before the law's day for it
  kHandoffAfterPayment,  ///< handed to a private bailiff after the fine was paid
  kFeeAboveScale,        ///< a fee above the one the scale gives on what was recovered
  kFeeWithoutRecovery,   ///< a fee charged on a day nothing was recovered
  kArrestBeyondDebt,     ///< an account arrested for more than the debt
  kActionWithoutBasis,   ///< another recorded act the law did not require
  kNoticeMissing,        ///< a required notice not recorded (or recorded late)
  kMeasuresNotLifted,    ///< measures not lifted within the stated days of full payment
  kDiscountNotHonoured,  ///< paid inside the discount window, the discount not applied
  kActionMissing,        ///< a required proceeding, arrest or hand-off not recorded
  kAmountDiffers,        ///< a recorded sum (debt, fee) that differs from the law's
  kCollectedBeyondDue,   ///< more collected than the law allowed on the recorded payments
  kDateDiffers,          ///< a required act recorded on another day
  kCannotJudge,          ///< a case or record the engine cannot place
  kCount
};

/// Number of finding kinds.
inline constexpr std::size_t kFindingKinds = static_cast<std::size_t>(FindingKind::kCount);

/// Stable machine name of a kind, e.g. "fee_above_scale".
std::string_view finding_kind_name(FindingKind kind);

/// Why a case or record cannot be judged.
enum class CannotJudge : std::uint8_t {
  kNone,             ///< it can (the finding is of another kind)
  kOutsideCalendar,  ///< the day in force lies outside the calendar's years
  kAfterAsOf,        ///< the event is dated after the check's as-of date
  kEngineRefused,    ///< the engine refused the case (a parameter with no value then...)
};

/// One finding: what was recorded, what the law required, the rule and its basis.
struct Finding {
  FindingKind kind{};
  std::string case_id;
  std::string region;
  Date date;                       ///< the recorded event's day, else the required one
  std::optional<Action> recorded;  ///< the recorded event, if one is at fault
  std::optional<Date> recorded_date;
  std::optional<Tiyn> recorded_amount;
  std::optional<Action> required;  ///< what the law required instead, if anything
  std::optional<Date> required_date;
  std::optional<Tiyn> required_amount;
  std::string rule;         ///< the engine's rule id of the required step (or "check.*")
  std::string legal_basis;  ///< the act and article, from the policy file
  Tiyn at_stake = 0;        ///< tenge at stake (tiyn)
  bool charged = false;     ///< at_stake was charged to the citizen without a basis
  CannotJudge cannot_judge = CannotJudge::kNone;  ///< for kCannotJudge: why
  /// kEngineRefused: the engine's message; kAfterAsOf: the as-of date (never personal data).
  std::string reason;
  std::uint64_t line = 0;  ///< the log line of the recorded event, or of the fine row
};

/// The check's parameters; every report states them.
struct CheckOptions {
  /// A recorded act matches a required one up to this many working days from its day (0:
  /// the same day).
  std::int32_t tolerance_working_days = 0;
  /// Measures must be lifted within this many working days of full payment (an assumption:
  /// data/README.md gives its reasoning).
  std::int32_t lift_working_days = 1;
};

/// The law's path of \p c, as check_case compares the recorded events with it: the engine's
/// run of the recorded fine with the recorded payments up to \p as_of or the calendar's last
/// day, whichever comes first. DomainError when the engine refuses the case; the day in
/// force must lie inside the calendar's years.
CaseRun law_run(const RecordedCase& c, const Engine& engine, Date as_of);

/// Decides \p c under \p engine up to \p as_of or the calendar's last day, whichever comes
/// first (recorded events after it are not judged: each is a kCannotJudge finding) and
/// returns its findings, by date then kind.
std::vector<Finding> check_case(const RecordedCase& c, const Engine& engine,
                                const CheckOptions& options, Date as_of);

/// A whole log's check.
struct CheckResult {
  std::string log;  ///< the log's name as given
  LogFormat format{};
  std::string policy;  ///< the policy's id
  Date as_of;          ///< the last day judged
  CheckOptions options;
  std::uint64_t cases = 0;
  std::uint64_t events = 0;
  std::uint64_t cases_with_finding = 0;
  Tiyn charged_without_basis = 0;  ///< the sum of at_stake over charged findings
  std::vector<Finding> findings;   ///< in log order
};

/// Where a check's findings go when they are not kept: each is handed over once, in log
/// order, as it is found.
using FindingSink = std::function<void(const Finding&)>;

/// What a check hands over per case when asked (a findings bundle's writer): every case in
/// log order, with its findings (none for a case the law was followed in).
using CaseSink = std::function<void(const RecordedCase&, const std::vector<Finding>&)>;

/// Checks every case of \p log, streamed: memory grows with the findings kept, not with the
/// log. With a \p sink the findings are handed to it instead of being kept in the result
/// (the counts and the sum charged are still summed), so memory does not grow at all. With a
/// \p cases sink, every case and its findings also go there, before the findings are kept or
/// handed to \p sink.
CheckResult check_log(RecordLogReader& log, const Policy& policy, const Calendar& calendar,
                      const CheckOptions& options, Date as_of, const FindingSink& sink = {},
                      const CaseSink& cases = {});

/// The latest date of \p log (a day in force or an event's day): the default as-of date.
Date latest_date(RecordLogReader& log);

}  // namespace bailiff::study
