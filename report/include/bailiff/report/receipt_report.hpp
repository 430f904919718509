#pragma once
/// \file The report of `bailiff verify-receipt`: one case's decisions in plain words and
/// what the receipt proves about them. The verdict is one of three (docs/evidence.md):
/// AUTHENTIC (with the signer's public key, every check holds), NOT CHECKED (no key given:
/// the receipt is consistent, which anyone can make it; `"verified": false`) or NOT VERIFIED.

#include <cstdint>
#include <string>

#include "bailiff/audit/receipt.hpp"
#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// The readable report on \p receipt (read from \p file, \p bytes long) as \p check found it.
std::string receipt_report_text(const audit::Receipt& receipt, const audit::ReceiptCheck& check,
                                const std::string& file, std::uint64_t bytes);

/// The readable report in \p language (the page's receipt tab): the verdict first, then each
/// decision and each check in words, numbers as \p language writes them; ids and digests as
/// they are.
std::string receipt_report_words(const audit::Receipt& receipt, const audit::ReceiptCheck& check,
                                 const std::string& file, std::uint64_t bytes, Language language);

/// The machine report (JSON): the same facts in fields.
std::string receipt_report_json(const audit::Receipt& receipt, const audit::ReceiptCheck& check,
                                const std::string& file, std::uint64_t bytes);

}  // namespace bailiff::report
