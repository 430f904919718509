#pragma once
/// \file File access for the front doors: whole-file reads with clear errors and atomic
/// writes (temporary file + rename), so that an error never leaves a half-written output.

#include <string>
#include <string_view>

namespace bailiff::sim {

/// The bytes of \p path; throws InputError naming the file when it cannot be read.
std::string read_file(const std::string& path);

/// Write \p bytes to \p path atomically: to "<path>.tmp-<pid>" first, then rename. Throws
/// std::runtime_error naming the file on failure (the target is left untouched).
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace bailiff::sim
