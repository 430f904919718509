#pragma once
/// \file The words of `bailiff check-records`: a text report that opens with one sentence
/// (cases, cases with a finding, tenge charged without a basis), then the findings by kind,
/// region and month and each finding in plain words (ru, kk, en); JSON and CSV with one
/// entry per finding. No IIN or key ever reaches them: a finding holds none.

#include <string>

#include "bailiff/report/language.hpp"
#include "bailiff/study/record_check.hpp"

namespace bailiff::report {

/// The opening sentence in \p language.
std::string records_headline(const study::CheckResult& result, Language language);

/// One finding in plain words in \p language.
std::string finding_sentence(const study::Finding& finding, Language language);

/// The text report in \p language.
std::string records_report_text(const study::CheckResult& result, Language language);

/// The JSON report (each finding's plain words in \p language under "explanation").
std::string records_report_json(const study::CheckResult& result, Language language);

/// One CSV row per finding, with the check's parameters on every row.
std::string records_report_csv(const study::CheckResult& result, Language language);

/// The header line of records_report_csv.
std::string records_csv_header();

/// The row of records_report_csv for \p finding of a check up to \p as_of with \p options.
std::string records_csv_row(const study::Finding& finding, Date as_of,
                            const study::CheckOptions& options, Language language);

}  // namespace bailiff::report
