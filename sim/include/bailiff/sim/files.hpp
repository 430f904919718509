#pragma once
/// \file File access for the front doors: whole-file reads with clear errors and atomic
/// writes (temporary file + rename), so that an error never leaves a half-written output.

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace bailiff::sim {

/// The bytes of \p path; throws InputError naming the file when it cannot be read.
std::string read_file(const std::string& path);

/// Who may read a file written: everyone the umask allows, or its owner only (mode 0600,
/// for secret keys).
enum class FileAccess { kShared, kOwnerOnly };

/// Write \p bytes to \p path atomically: to a new temporary file beside it (created with
/// O_EXCL under an unpredictable name, so no symbolic link is followed), flushed to disk,
/// then renamed onto \p path. Throws std::runtime_error naming the file and the true cause
/// (an empty path, a folder, a missing or read-only folder, a full disk...); the target is
/// then left untouched and the temporary file removed. With FileAccess::kOwnerOnly the file
/// is 0600 from its creation on, never readable by others even for a moment.
void write_file_atomically(const std::string& path, std::string_view bytes,
                           FileAccess access = FileAccess::kShared);

/// write_file_atomically for an output too large to hold in memory: \p write writes it to
/// the stream it is given (over the temporary file, in blocks); the same guarantees, and an
/// exception from \p write leaves the target untouched.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           FileAccess access = FileAccess::kShared);

/// Install handlers so that SIGINT, SIGTERM, SIGHUP or SIGPIPE during
/// write_file_atomically remove its temporary file before the process ends (the signal is
/// then raised again with its default action), and so that exceeding the file-size limit
/// (SIGXFSZ) becomes an ordinary write error. For front doors (the CLI), not libraries.
void remove_partial_output_on_signals();

}  // namespace bailiff::sim
