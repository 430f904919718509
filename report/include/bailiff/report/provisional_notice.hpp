#pragma once
/// \file How every report says that its dates reach a provisional calendar year or a policy
/// value flagged as an assumption: one text block and one JSON field, the same everywhere.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bailiff/provisional.hpp"
#include "bailiff/report/language.hpp"

namespace bailiff::report {

/// The readable notice: a "Provisional" line saying from which day the dates rest on
/// assumptions that are not yet law, then one "  - SOURCE: ASSUMPTION" line per note.
/// Empty when \p notes is empty, so a result inside final years reads as before.
std::string provisional_text(const std::vector<ProvisionalNote>& notes, Language language = Language::kEn);

/// The machine form, the value of the key "provisional" in every JSON report:
/// [{"from": "2027-01-01", "source": "calendar kz, year 2027", "assumption": "..."}, ...].
/// The key is written only when \p notes is not empty.
nlohmann::ordered_json provisional_json(const std::vector<ProvisionalNote>& notes);

}  // namespace bailiff::report
