#pragma once
// Where a command's result goes: stdout, or a file written atomically.

#include <string>
#include <string_view>

namespace bailiff::cli {

/// Write \p bytes to stdout when \p path is empty or "-", else atomically to \p path.
void emit(std::string_view bytes, const std::string& path);

}  // namespace bailiff::cli
