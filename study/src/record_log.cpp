// Assembling a recorded log's rows into cases: each case opens with its fine row, its events
// follow in date order, never before the day in force, and cases come in ascending order of
// their ids, so that a repeated or split case is found without remembering every id.

#include "bailiff/study/record_log.hpp"

#include "bailiff/error.hpp"
#include "bailiff/sim/csv_lines.hpp"
#include "bailiff/sim/region_names.hpp"
#include "log_rows.hpp"

namespace bailiff::study {

namespace {
constexpr Action kActions[] = {
    Action::kProceedingOpened,       Action::kNoticeSms,
    Action::kNoticeEgovPush,         Action::kAccountArrested,
    Action::kHandedToPrivateBailiff, Action::kFeeCharged,
    Action::kPaymentReceived,        Action::kClosedAsPaid,
    Action::kMeasuresLifted,         Action::kDiscountWindowClosed,
    Action::kVoluntaryTermExpired,
};
}  // namespace

std::optional<Action> parse_action(std::string_view name) {
  for (const Action action : kActions) {
    if (action_name(action) == name) return action;
  }
  return std::nullopt;
}

std::string action_names() {
  std::string out;
  for (const Action action : kActions)
    out.append(out.empty() ? "" : ", ").append(action_name(action));
  return out;
}

namespace detail {
bool amount_required(Action action) {
  return action == Action::kPaymentReceived || action == Action::kClosedAsPaid ||
         action == Action::kFeeCharged || action == Action::kAccountArrested;
}

std::string region_of(const std::string& log, const std::string& location,
                      const std::string& text) {
  // Every spelling (English, Russian, Kazakh, an alias) becomes the English name the
  // populations and the reports use: never a silent default for a name not in the table.
  const sim::RegionNames& names = sim::RegionNames::shipped();
  std::optional<std::string> known = names.canonical(text);
  if (!known) throw InputError(log, location, "region", names.expected(), sim::csv::shown(text));
  return std::move(*known);
}
}  // namespace detail

struct RecordLogReader::Impl {
  std::string name;
  LogFormat format = LogFormat::kCsv;
  std::unique_ptr<detail::RowSource> rows;
  detail::Row pending;  // the fine row of the next case
  bool has_pending = false;
  bool started = false;
  std::string previous_id;  // the last case returned
  std::uint64_t previous_line = 0;

  [[noreturn]] void fail(const std::string& location, const std::string& field,
                         const std::string& expected, std::string found) const {
    throw InputError(name, location, field, expected, std::move(found));
  }

  // The next row that must open a case (a fine row after the previous case).
  void check_opens(const detail::Row& row) const {
    if (!row.fine) {
      fail(row.case_id_at, "record",
           "a fine row opening case " + sim::csv::shown(row.case_id) +
               " before its events (each case opens with its fine row)",
           "an event row");
    }
    if (started && row.case_id <= previous_id) {
      fail(row.case_id_at, "case_id",
           row.case_id == previous_id
               ? "one fine row per case (case opened on line " + std::to_string(previous_line) + ")"
               : "case ids in ascending byte order, each case's rows together (after " +
                     sim::csv::shown(previous_id) + ")",
           sim::csv::shown(row.case_id));
    }
  }
};

RecordLogReader::RecordLogReader(std::istream& in, std::string name, std::string iin_key)
    : impl_(std::make_unique<Impl>()) {
  impl_->name = std::move(name);
  const int first = in.rdbuf()->sgetc();
  impl_->format = first == '{' ? LogFormat::kJsonLines : LogFormat::kCsv;
  impl_->rows = impl_->format == LogFormat::kJsonLines
                    ? detail::jsonl_rows(in, impl_->name, iin_key)
                    : detail::csv_rows(in, impl_->name, iin_key);
}

RecordLogReader::~RecordLogReader() = default;

LogFormat RecordLogReader::format() const {
  return impl_->format;
}
const std::string& RecordLogReader::name() const {
  return impl_->name;
}
std::uint64_t RecordLogReader::lines_read() const {
  return impl_->rows->lines();
}

bool RecordLogReader::next(RecordedCase& out) {
  Impl& s = *impl_;
  if (!s.has_pending) {
    if (!s.rows->next(s.pending)) {
      if (!s.started) {
        s.fail("line " + std::to_string(s.rows->lines() + 1), "(records)",
               "at least one case: a fine row after the header", "none");
      }
      return false;
    }
    s.check_opens(s.pending);
    s.has_pending = true;
  }
  detail::Row& fine = s.pending;
  out.line = fine.line;
  out.fine.id = fine.case_id;
  out.fine.debtor = fine.debtor;
  out.fine.region = fine.region;
  out.fine.article = fine.article;
  out.fine.amount = *fine.amount;
  out.fine.in_force = fine.date;
  out.fine.discount_eligible = fine.discount_eligible;
  out.fine.payments.clear();
  out.events.clear();
  s.started = true;
  s.previous_id = fine.case_id;
  s.previous_line = fine.line;
  s.has_pending = false;

  detail::Row row;
  while (s.rows->next(row)) {
    if (row.fine) {
      s.check_opens(row);
      s.pending = std::move(row);
      s.has_pending = true;
      return true;
    }
    if (row.case_id != out.fine.id) {
      s.fail(row.case_id_at, "case_id",
             row.case_id > out.fine.id
                 ? "a fine row opening case " + sim::csv::shown(row.case_id) + " before its events"
                 : "an event of case " + sim::csv::shown(out.fine.id) + " (opened on line " +
                       std::to_string(out.line) + ") or a fine row opening a later case",
             sim::csv::shown(row.case_id));
    }
    if (row.date < out.fine.in_force) {
      s.fail(row.date_at, row.date_field,
             "a date on or after the day in force " + to_iso(out.fine.in_force) + " (line " +
                 std::to_string(out.line) + ")",
             "\"" + to_iso(row.date) + "\"");
    }
    if (!out.events.empty() && row.date < out.events.back().date) {
      s.fail(row.date_at, row.date_field,
             "events in date order: a date on or after " + to_iso(out.events.back().date) +
                 " (line " + std::to_string(out.events.back().line) + ")",
             "\"" + to_iso(row.date) + "\"");
    }
    out.events.push_back({row.date, row.action, row.amount, row.line});
    if (row.action == Action::kPaymentReceived || row.action == Action::kClosedAsPaid) {
      out.fine.payments.push_back({row.date, *row.amount});
    }
  }
  return true;
}

}  // namespace bailiff::study
