#pragma once
/// \file The reports of `bailiff verify`: what each check found, where the chain breaks and
/// the first record that differs from the replay.

#include <string>

#include "bailiff/audit/bundle.hpp"

namespace bailiff::report {

/// The readable verification report.
std::string verify_report_text(const audit::VerifyResult& result);

/// The machine report (JSON).
std::string verify_report_json(const audit::VerifyResult& result);

/// The machine report of a file that is not a bundle at all (its framing fails before any
/// check runs): `{"file", "verified": false, "checks": [{"check": "framing", "ok": false,
/// "detail": PROBLEM}]}`, so that `verify --json` always prints a verdict.
std::string verify_framing_json(const std::string& file, const std::string& problem);

}  // namespace bailiff::report
