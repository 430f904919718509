#pragma once
/// \file The answer first: one sentence that says what policy A does against baseline B to
/// the private-bailiff fees citizens pay, the tenge of fines collected and the cases handed
/// to private bailiffs, each with its 5-95% interval over the replications. The page shows
/// it above its figures and `bailiff simulate` prints it above its table.

#include <string>
#include <string_view>

#include "bailiff/report/comparison_report.hpp"
#include "bailiff/report/format.hpp"
#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// The headline of \p summary (A = \p a, B = \p b, as the reader knows them) in \p language,
/// numbers in \p numbers; the interval only with more than one replication
/// (\p replications). A fall in collection is said as such, never hidden in a sign.
std::string comparison_headline(const ComparisonSummary& summary, std::string_view a,
                                std::string_view b, std::size_t replications, Language language,
                                const NumberStyle& numbers);

}  // namespace bailiff::report
