#pragma once
/// \file A historical population: fines imported from a CSV file of real records (schema in
/// data/README.md). Each IIN is validated and replaced at load by a keyed pseudonym; no
/// clear IIN is kept in memory past its line, and none reaches any output.

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "bailiff/sim/csv_lines.hpp"
#include "bailiff/sim/population.hpp"

namespace bailiff::sim {

/// One imported record, without personal data.
struct HistoricalRecord {
  std::string case_id;
  std::string debtor;  ///< pseudonym "p_..." (HMAC-SHA256 of the IIN under the user's key)
  FineDraw fine;
  std::optional<Date> payment_date;
  Tiyn payment_amount = 0;
};

/// Shortest key accepted for the IIN pseudonyms: shorter keys can be guessed.
inline constexpr std::size_t kMinIinKeyBytes = csv::kMinIinKeyBytes;

/// Fines read from a CSV file, streamed line by line.
class HistoricalPopulation final : public Population {
 public:
  /// Read \p path. \p iin_key (at least kMinIinKeyBytes) keys the pseudonyms; \p limit > 0
  /// keeps only the first \p limit records (the rest of the file is not read). Throws
  /// InputError naming file:line:column and the expected form; no message ever contains a
  /// clear IIN, and a valid IIN in the case id, region or article is refused.
  /// The digest is HMAC-SHA256 under \p iin_key of the bytes read followed by "|cases=N"
  /// (N records kept): the same records and key give the same digest whatever the limit
  /// that kept them, and without the key it reveals nothing about the IINs in the file.
  HistoricalPopulation(const std::string& path, const std::string& iin_key, std::uint64_t limit);

  /// The same from a stream of the file's bytes (a front door that holds them, like the
  /// page), named \p name in every message and description.
  HistoricalPopulation(std::istream& in, std::string name, const std::string& iin_key, std::uint64_t limit);

  std::uint64_t size() const override { return records_.size(); }
  FineDraw at(std::uint64_t index, std::uint64_t seed) const override;
  const std::vector<std::string>& regions() const override { return regions_; }
  const std::vector<Offence>& offences() const override { return offences_; }
  Digest digest() const override { return digest_; }
  std::string describe() const override;
  Date first_in_force() const override { return first_in_force_; }
  Date last_in_force() const override { return last_in_force_; }
  std::vector<FineKind> kinds() const override;

  const std::vector<HistoricalRecord>& records() const { return records_; }  ///< In file order.

 private:
  void read(std::istream& in, const std::string& iin_key, std::uint64_t limit);

  std::string path_;
  std::vector<HistoricalRecord> records_;
  std::vector<std::string> regions_;
  std::vector<Offence> offences_;
  Digest digest_{};
  Date first_in_force_;
  Date last_in_force_;
};

}  // namespace bailiff::sim
