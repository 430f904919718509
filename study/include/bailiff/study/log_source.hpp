#pragma once
/// \file A recorded log by path or by shipped name, and the check of one from end to end:
/// the one driver the command line and Python call.

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>

#include "bailiff/sha256.hpp"
#include "bailiff/study/record_check.hpp"

namespace bailiff::study {

/// A log file on disk, or a shipped log (data/records/NAME.csv, embedded) by name. Each
/// open() gives a fresh stream, so that the default as-of date can take a first pass.
class LogSource {
 public:
  /// \p spec: a path (an existing file wins) or a shipped name; InputError when neither.
  explicit LogSource(std::string spec);
  /// A new stream over the log's bytes; InputError when the file cannot be opened.
  std::unique_ptr<std::istream> open() const;
  /// The name errors and reports give it: the path, or "embedded:records/NAME.csv".
  const std::string& name() const { return name_.empty() ? spec_ : name_; }

 private:
  std::string spec_, name_, bytes_;
};

/// \p as_of, or when it is not given the latest date in the log \p source (a first pass
/// over it with the IIN key \p iin_key).
Date resolve_as_of(const LogSource& source, const std::string& iin_key, std::optional<Date> as_of);

/// Checks the log \p source under \p policy and \p calendar with the IIN key \p iin_key, up
/// to resolve_as_of(\p as_of); findings go to \p sink, and every case with its findings to
/// \p cases, when they are given (check_log).
CheckResult check_records(const LogSource& source, const std::string& iin_key, const Policy& policy,
                          const Calendar& calendar, const CheckOptions& options,
                          std::optional<Date> as_of, const FindingSink& sink = {},
                          const CaseSink& cases = {});

/// The SHA-256 of a log's bytes and their number, read in one streamed pass: what a findings
/// bundle commits to instead of the log itself (which holds clear IINs).
struct LogDigest {
  Digest sha256{};
  std::uint64_t bytes = 0;
};

/// The digest of \p source's bytes.
LogDigest log_digest(const LogSource& source);

}  // namespace bailiff::study
