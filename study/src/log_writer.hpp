#pragma once
// Writing the rows of a recorded log in either form (the generator's output).

#include <ostream>
#include <string_view>

#include "bailiff/study/record_log.hpp"

namespace bailiff::study::detail {

/// The CSV header line (with its line feed), or nothing for JSON Lines.
void write_header(std::ostream& out, LogFormat format);

/// A fine row for \p fine with the clear IIN \p iin.
void write_fine(std::ostream& out, LogFormat format, const Fine& fine, std::string_view iin);

/// An event row of case \p case_id.
void write_event(std::ostream& out, LogFormat format, std::string_view case_id,
                 const RecordedEvent& event);

}  // namespace bailiff::study::detail
