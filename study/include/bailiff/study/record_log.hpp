#pragma once
/// \file A recorded enforcement log: what a ministry exports of what its systems and the
/// private bailiffs did to each fine (format in data/README.md, "Recorded enforcement
/// logs"). Read case by case from a stream, so that memory does not grow with the log; the
/// debtor's IIN is replaced on its line by the keyed pseudonym of the historical CSV.

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/decision.hpp"
#include "bailiff/fine.hpp"

namespace bailiff::study {

/// One recorded event of a case, named with the engine's own action vocabulary.
struct RecordedEvent {
  Date date;
  Action action{};
  std::optional<Tiyn> amount;  ///< the event's sum, when the log gives one
  std::uint64_t line = 0;      ///< the line of the log it was read from
};

/// One case of a log: the fine as recorded and its events in date order.
struct RecordedCase {
  /// The fine; `debtor` is the pseudonym, `payments` the recorded payment_received and
  /// closed_as_paid events (each the whole sum paid that day, a fee included).
  Fine fine;
  std::vector<RecordedEvent> events;  ///< ascending by date, as in the log
  std::uint64_t line = 0;             ///< the line of the fine row
};

/// The two forms of a log: CSV long form or JSON Lines (a first byte `{`).
enum class LogFormat : std::uint8_t { kCsv, kJsonLines };

/// The action named \p name in the engine's vocabulary (action_name), if any.
std::optional<Action> parse_action(std::string_view name);

/// Every action name the log accepts, comma-separated, for error messages and help.
std::string action_names();

/// Reads a log case by case. Every malformed line is an InputError naming the log, the line
/// and column, the field and what was expected; no message shows an IIN.
class RecordLogReader {
 public:
  /// Reads \p in (named \p name in errors), pseudonymising IINs under \p iin_key (at least
  /// 16 bytes; InputError otherwise). The form is detected from the first byte.
  RecordLogReader(std::istream& in, std::string name, std::string iin_key);
  ~RecordLogReader();
  RecordLogReader(const RecordLogReader&) = delete;
  RecordLogReader& operator=(const RecordLogReader&) = delete;

  /// The next case into \p out; false at the end of the log. Throws InputError on the
  /// first malformed line, and for a log without any case.
  bool next(RecordedCase& out);

  LogFormat format() const;          ///< The log's form.
  const std::string& name() const;   ///< The log's name as given.
  std::uint64_t lines_read() const;  ///< Lines read so far.

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bailiff::study
