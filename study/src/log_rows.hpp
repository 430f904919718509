#pragma once
// The rows of a recorded log, whatever its form: the CSV and JSON Lines readers turn each
// line into a Row (checking its fields), record_log.cpp assembles rows into cases (checking
// their order).

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>

#include "bailiff/decision.hpp"
#include "bailiff/fine.hpp"

namespace bailiff::study::detail {

/// One line of a log: a fine row (it opens a case) or an event row.
struct Row {
  bool fine = false;
  std::string case_id;
  Date date;  ///< the day in force of a fine row, the event's date otherwise
  Action action{};
  std::optional<Tiyn> amount;  ///< the fine imposed, or the event's sum when given
  std::string debtor;          ///< the pseudonym (fine rows)
  std::string region;          ///< the region's English name (region_of)
  std::string article;
  bool discount_eligible = false;
  std::uint64_t line = 0;
  std::string case_id_at, date_at;  ///< "line L, column C" of those fields
  std::string date_field;           ///< the date's field name in this form
};

/// A source of rows.
class RowSource {
 public:
  virtual ~RowSource() = default;
  /// The next row; false at the end of the log. InputError on a malformed line.
  virtual bool next(Row& row) = 0;
  /// Lines read so far.
  virtual std::uint64_t lines() const = 0;
};

/// What an amount looks like.
inline constexpr const char* kAmountForm =
    "an amount in tenge below 100000000000: digits with up to 2 decimals, such as 19660 or "
    "9830.50";

/// Whether an event of \p action must give its amount (payments, fees, arrests).
bool amount_required(Action action);

/// The English name (sim::RegionNames, data/regions/kz.json) of the region a fine row of the
/// log \p log writes \p text, at \p location; InputError naming them and every known name
/// when the table has no such region.
std::string region_of(const std::string& log, const std::string& location, const std::string& text);

/// Rows of a CSV log (header in data/README.md).
std::unique_ptr<RowSource> csv_rows(std::istream& in, const std::string& name,
                                    const std::string& iin_key);
/// Rows of a JSON Lines log.
std::unique_ptr<RowSource> jsonl_rows(std::istream& in, const std::string& name,
                                      const std::string& iin_key);

}  // namespace bailiff::study::detail
