#pragma once
/// \file File access for the front doors: whole-file reads with clear errors and atomic
/// writes (temporary file + rename), so that an error never leaves a half-written output.

#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace bailiff::sim {

/// The most bytes read_file takes by default (policies, calendars, cases, behaviour and
/// target files): 1 GiB, far above any real one (the national cases file would be ~3 GB as
/// JSON, which is what csv: populations are for).
inline constexpr std::uint64_t kMaxInputBytes = std::uint64_t{1} << 30;

/// Refuses, with InputError naming the file, what is not a regular file of at most
/// \p max_bytes: a folder, a device such as /dev/zero, a named pipe (never waited on: it is
/// opened without blocking), or a longer file. Returns the file's size.
std::uint64_t require_regular_file(const std::string& path, std::uint64_t max_bytes);

/// The bytes of \p path, a regular file of at most \p max_bytes (require_regular_file);
/// throws InputError naming the file when it cannot be read, is not a regular file, or is
/// longer (also when it grows past the limit while being read).
std::string read_file(const std::string& path, std::uint64_t max_bytes = kMaxInputBytes);

/// Who may read a file written: everyone the umask allows, its owner only (mode 0600, for
/// secret keys), or everyone (mode 0644 whatever the umask, for public keys).
enum class FileAccess { kShared, kOwnerOnly, kPublic };

/// An output staged for writing: the checks and the slow work done, the target untouched
/// until commit(). A regular file (or a new path) is written to a new temporary file beside
/// it (created with O_EXCL under an unpredictable name, so no symbolic link is followed) and
/// flushed to disk; commit() renames it onto the target, and destroying an uncommitted
/// StagedOutput removes it. Only a regular file is ever replaced: a character device or a
/// named pipe (/dev/null, a FIFO, or a symbolic link to one) is written in place at commit(),
/// as a shell's `>` would; /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N are
/// written to that descriptor; a folder, a block device, a socket or a symbolic link to a
/// regular file (or to nothing) is refused. Errors are std::runtime_error naming the file
/// and the true cause (an empty path, a folder, a missing or read-only folder, a full
/// disk...). With FileAccess::kOwnerOnly the file is 0600 from its creation on, never
/// readable by others even for a moment, and a device or pipe is refused; with
/// FileAccess::kPublic it is 0644 and a device or pipe is refused.
class StagedOutput {
 public:
  StagedOutput(std::string path, std::string_view bytes, FileAccess access = FileAccess::kShared);
  StagedOutput(StagedOutput&&) noexcept;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  ~StagedOutput();

  /// Put the bytes in place (rename, or write a device or pipe); at most once.
  void commit();

  /// Put the bytes in place only if nothing is at the path: the temporary file is linked
  /// there (link(), or renameat2 with RENAME_NOREPLACE where hard links are not supported),
  /// which fails when a file, a symbolic link or a device is there, even one that appeared
  /// after any earlier check; what is there is never replaced. At most once; throws
  /// std::runtime_error naming the file.
  void commit_new();

  /// The target's path.
  const std::string& path() const { return path_; }

  /// The temporary file beside a target (defined in files.cpp; also used by the streaming
  /// write_file_atomically).
  class Temporary;

 private:
  std::string path_;
  std::string bytes_;  ///< for a target written in place
  std::unique_ptr<Temporary> temporary_;
  bool committed_ = false;
};

/// Write \p bytes to \p path as StagedOutput does, committed at once: atomically for a
/// regular file, in place for a device or a pipe.
void write_file_atomically(const std::string& path, std::string_view bytes,
                           FileAccess access = FileAccess::kShared);

/// write_file_atomically for an output too large to hold in memory: \p write writes it to
/// the stream it is given (over the temporary file, in blocks, or in place for a device or a
/// pipe); the same guarantees for a regular file, and an exception from \p write leaves it
/// untouched.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           FileAccess access = FileAccess::kShared);

/// Install handlers so that SIGINT, SIGTERM, SIGHUP or SIGPIPE during
/// write_file_atomically remove its temporary file before the process ends (the signal is
/// then raised again with its default action), and so that exceeding the file-size limit
/// (SIGXFSZ) becomes an ordinary write error. For front doors (the CLI), not libraries.
void remove_partial_output_on_signals();

}  // namespace bailiff::sim
