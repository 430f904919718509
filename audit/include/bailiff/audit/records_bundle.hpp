#pragma once
/// \file Findings bundles: what `check-records LOG --bundle FILE [--sign KEY]` writes, in the
/// replay bundle's container (bundle.hpp, kind 3 "records") so that `verify`, `receipt` and
/// `verify-receipt` read it with the same seal, chain, case tree and signature.
///
/// What it holds: the manifest (the log's name, SHA-256 and size, never its bytes: it holds
/// the debtors' IINs; the policy's id; the check's parameters: as-of date, date tolerance,
/// lifting days; the counts and the tenge charged without a basis; signed: the case tree and
/// the key id), the policy and calendar the check read (embedded), and a log with every
/// case of the recorded log in its order: a case header ('C': str case id | u32 finding
/// count, linked as in a decide bundle) then one 'F' entry per finding, its canonical record
/// (finding_record.hpp), linked by the case chain. A case the law was followed in has a
/// header and no finding, so that a receipt can also show that a case was checked and
/// nothing was found. The bundle holds no IIN, no pseudonym and no key.
///
/// Its verify checks structure, chain, seal, manifest, the embedded inputs, the signature
/// (with a public key) and that the manifest's counts and sum are the log's; it does not
/// re-derive the findings, which needs the log: `check-records LOG` on the log whose digest
/// the manifest gives does.

#include <cstdint>
#include <string>
#include <vector>

#include "bailiff/audit.hpp"
#include "bailiff/audit/signature.hpp"
#include "bailiff/sim/scenarios.hpp"
#include "bailiff/study/log_source.hpp"
#include "bailiff/study/record_check.hpp"

namespace bailiff::audit {

/// What a findings bundle names as its inputs.
struct RecordsBundleSources {
  sim::LoadedInput policy;    ///< embedded
  sim::LoadedInput calendar;  ///< embedded
  study::LogDigest log;       ///< the recorded log: its digest only (CheckResult::log names it)
};

/// Collects a check's cases as they are checked (a study::CaseSink), then writes the bundle.
class RecordsBundleWriter {
 public:
  RecordsBundleWriter();

  /// Add the case \p c with its \p findings, in log order.
  void add_case(const study::RecordedCase& c, const std::vector<study::Finding>& findings);

  /// The bundle of the check \p result (whose cases were all added) over \p sources, with
  /// \p command the command line to record; signed by \p signer when given. DomainError when
  /// the cases added are not the check's.
  std::string finish(const study::CheckResult& result, const RecordsBundleSources& sources,
                     const std::string& command, const SigningKey* signer = nullptr) const;

 private:
  std::string log_;
  HashChain log_root_;
  std::vector<Digest> leaves_;
  std::uint64_t entries_ = 0;
  std::uint64_t findings_ = 0;
};

}  // namespace bailiff::audit
