#include "bailiff/study/log_source.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bailiff/error.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff::study {

LogSource::LogSource(std::string spec) : spec_(std::move(spec)) {
  if (sim::has_miscased_embedded_prefix(spec_)) {
    throw InputError(spec_, "line 1", "(file)",
                     "a log file or a shipped log name (the prefix of a shipped file's name is "
                     "\"embedded:\", in lower case; ./" + spec_ + " reads a file of that name)",
                     "the prefix \"" + spec_.substr(0, sim::kEmbeddedPrefix.size()) + "\"");
  }
  if (std::filesystem::exists(spec_)) return;
  const auto embedded = sim::find_embedded("records/" + spec_ + ".csv");
  if (!embedded) {
    throw InputError(spec_, "line 1", "(file)",
                     "a readable log file or a shipped log name (example)", "cannot open it");
  }
  name_ = "embedded:records/" + spec_ + ".csv";
  bytes_ = std::string(embedded->bytes);
}

std::unique_ptr<std::istream> LogSource::open() const {
  if (name_.empty()) {
    auto in = std::make_unique<std::ifstream>(spec_, std::ios::binary);
    if (!*in) throw InputError(spec_, "line 1", "(file)", "a readable file", "cannot open it");
    return in;
  }
  return std::make_unique<std::istringstream>(bytes_);
}

Date resolve_as_of(const LogSource& source, const std::string& iin_key, std::optional<Date> as_of) {
  if (as_of) return *as_of;
  const std::unique_ptr<std::istream> in = source.open();
  RecordLogReader first(*in, source.name(), iin_key);
  return latest_date(first);
}

CheckResult check_records(const LogSource& source, const std::string& iin_key, const Policy& policy,
                          const Calendar& calendar, const CheckOptions& options,
                          std::optional<Date> as_of, const FindingSink& sink,
                          const CaseSink& cases) {
  const Date last = resolve_as_of(source, iin_key, as_of);
  const std::unique_ptr<std::istream> in = source.open();
  RecordLogReader log(*in, source.name(), iin_key);
  return check_log(log, policy, calendar, options, last, sink, cases);
}

LogDigest log_digest(const LogSource& source) {
  const std::unique_ptr<std::istream> in = source.open();
  Sha256 hasher;
  LogDigest out;
  std::array<char, 1 << 16> buffer;
  while (in->read(buffer.data(), buffer.size()) || in->gcount() > 0) {
    const auto n = static_cast<std::size_t>(in->gcount());
    hasher.update(buffer.data(), n);
    out.bytes += n;
  }
  if (in->bad()) {
    throw InputError(source.name(), "byte " + std::to_string(out.bytes), "(file)",
                     "a readable file", "a read error");
  }
  out.sha256 = hasher.finish();
  return out;
}

}  // namespace bailiff::study
