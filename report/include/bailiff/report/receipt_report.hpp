#pragma once
/// \file The report of `bailiff verify-receipt`: one case's decisions in plain words and
/// what the receipt proves about them. The verdict is one of three (docs/evidence.md):
/// AUTHENTIC (with the signer's public key, every check holds), NOT CHECKED (no key given:
/// the receipt is consistent, which anyone can make it; `"verified": false`) or NOT VERIFIED.

#include <cstdint>
#include <string>

#include "bailiff/audit/receipt.hpp"

namespace bailiff::report {

/// The readable report on \p receipt (read from \p file, \p bytes long) as \p check found it.
std::string receipt_report_text(const audit::Receipt& receipt, const audit::ReceiptCheck& check,
                                const std::string& file, std::uint64_t bytes);

/// The machine report (JSON): the same facts in fields.
std::string receipt_report_json(const audit::Receipt& receipt, const audit::ReceiptCheck& check,
                                const std::string& file, std::uint64_t bytes);

}  // namespace bailiff::report
