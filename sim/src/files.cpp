#include "bailiff/sim/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "bailiff/error.hpp"

namespace bailiff::sim {
namespace {

// The temporary files being written, for the signal handler to remove. A command stages at
// most a few outputs at once; the handler only reads these buffers and calls unlink
// (async-signal-safe).
constexpr std::size_t kMaxTemporaryPath = 4096;
constexpr std::size_t kTemporarySlots = 8;
struct TemporarySlot {
  char path[kMaxTemporaryPath + 1] = {};
  std::atomic<bool> set{false};
};
std::array<TemporarySlot, kTemporarySlots> g_temporaries;

[[noreturn]] void fail_write(const std::string& path, const std::string& reason) {
  throw std::runtime_error("cannot write " + path + ": " + reason);
}

// The folder of \p path ("." when it has none) and its last component.
std::pair<std::string, std::string> split_path(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return {".", path};
  return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

// The descriptor a path names directly: /dev/stdout, /dev/stderr, /dev/fd/N or
// /proc/self/fd/N (-1 for any other path).
int stream_descriptor(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    const std::string p(prefix);
    if (path.size() > p.size() && path.compare(0, p.size(), p) == 0 &&
        path.find_first_not_of("0123456789", p.size()) == std::string::npos &&
        path.size() - p.size() < 6) {
      return std::atoi(path.c_str() + p.size());
    }
  }
  return -1;
}

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISFIFO(mode)) return "a named pipe";
  return "a special file";
}

// How a target is written. Only a regular file (or no file yet) is replaced by renaming a
// temporary file onto it; a character device or a named pipe (/dev/null, a FIFO, or a
// symbolic link to one) is written in place, as would a shell's `>`; a stream the path
// names (/dev/stdout, /dev/fd/N) is written to its descriptor; anything else is refused.
enum class Target { kReplace, kInPlace, kDescriptor };

Target classify_target(const std::string& path) {
  if (path.empty()) fail_write("\"\"", "expected a file path, found an empty one");
  if (path.back() == '/') fail_write(path, "expected a file path, found a folder (it ends in '/')");
  if (stream_descriptor(path) >= 0) return Target::kDescriptor;
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0) {
    if (S_ISREG(info.st_mode)) return Target::kReplace;
    if (S_ISDIR(info.st_mode)) fail_write(path, "expected a file path, found an existing folder");
    if (S_ISLNK(info.st_mode)) {
      struct stat pointed {};
      if (::stat(path.c_str(), &pointed) != 0 || S_ISREG(pointed.st_mode)) {
        fail_write(path,
                   "expected a regular file or a new path, found a symbolic link (an output "
                   "replaces only a "
                   "regular file: give the path of the file it points to, or remove the link)");
      }
      info = pointed;
    }
    if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)) return Target::kInPlace;
    if (S_ISDIR(info.st_mode)) fail_write(path, "expected a file path, found a link to a folder");
    fail_write(path,
               std::string("expected a regular file, a character device or a named pipe, found ") +
                   kind_of(info.st_mode));
  }
  const std::string folder = split_path(path).first;
  if (::stat(folder.c_str(), &info) != 0) fail_write(path, "folder " + folder + ": " + std::strerror(errno));
  if (!S_ISDIR(info.st_mode)) fail_write(path, folder + " is not a folder");
  return Target::kReplace;
}

// Writes all of \p bytes to \p fd; the error names \p target and the true cause.
void write_all(int fd, const std::string& target, std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_write(target, std::strerror(errno));
    if (n == 0) fail_write(target, "nothing more could be written");
    done += static_cast<std::size_t>(n);
  }
}

extern "C" void remove_temporary_and_reraise(int signal_number) {
  for (TemporarySlot& slot : g_temporaries) {
    if (slot.set.load()) ::unlink(slot.path);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

// A fresh temporary file beside the target, created with O_EXCL under an unpredictable
// name (mkstemp), so that no existing file or symbolic link is ever opened through it.
class StagedOutput::Temporary {
 public:
  explicit Temporary(const std::string& target) {
    const auto [folder, name] = split_path(target);
    path_ = folder + "/." + name + ".tmp-XXXXXX";
    if (path_.size() > kMaxTemporaryPath) fail_write(target, "the path is too long");
    for (TemporarySlot& slot : g_temporaries) {
      bool expected = false;
      if (slot.set.load() || !slot.set.compare_exchange_strong(expected, true)) continue;
      slot_ = &slot;
      break;
    }
    if (!slot_) fail_write(target, "too many outputs at once");
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) {
      const int error = errno;
      slot_->set.store(false);
      fail_write(target, std::strerror(error));
    }
    std::memcpy(slot_->path, path_.c_str(), path_.size() + 1);
  }
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  ~Temporary() {
    if (fd_ >= 0) ::close(fd_);
    if (!renamed_) ::unlink(path_.c_str());
    slot_->set.store(false);
  }

  // Writes all of \p bytes and flushes them to disk; the error names the true cause.
  void fill(const std::string& target, std::string_view bytes, FileAccess access) {
    write_part(target, bytes);
    finish(target, access);
  }

  // Writes all of \p bytes (more may follow).
  void write_part(const std::string& target, std::string_view bytes) { write_all(fd_, target, bytes); }

  // Flushes what was written to disk, sets the file's mode and closes it.
  void finish(const std::string& target, FileAccess access) {
    if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) fail_write(target, std::strerror(errno));
    // mkstemp creates the file as 0600; an output is an ordinary file (0666 less the umask),
    // a secret stays 0600, a public key is 0644 whatever the umask.
    if (access == FileAccess::kShared) {
      const mode_t mask = ::umask(0);
      ::umask(mask);
      ::fchmod(fd_, 0666 & ~mask);
    } else if (::fchmod(fd_, access == FileAccess::kPublic ? 0644 : 0600) != 0) {
      fail_write(target, std::strerror(errno));
    }
    const int status = ::close(fd_);
    fd_ = -1;
    if (status != 0) fail_write(target, std::strerror(errno));
  }

  // \p error from link() says the file system has no hard links (not that the target exists).
  static bool without_hard_links(int error) {
    return error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EXDEV ||
           error == EMLINK || error == ENOSYS;
  }

  // Creates \p target, which must not exist (O_EXCL), with the file's bytes and mode.
  void copy_to_new(const std::string& target) {
    struct stat st {};
    if (::stat(path_.c_str(), &st) != 0) fail_write(target, std::strerror(errno));
    std::string bytes;
    const int in = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) fail_write(target, std::strerror(errno));
    std::array<char, 4096> block{};
    for (ssize_t n; (n = ::read(in, block.data(), block.size())) != 0;) {
      if (n < 0) {
        if (errno == EINTR) continue;
        ::close(in);
        fail_write(target, std::strerror(errno));
      }
      bytes.append(block.data(), static_cast<std::size_t>(n));
    }
    ::close(in);
    const mode_t mode = st.st_mode & 0777;
    const int out = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC, mode);
    if (out < 0) {
      fail_write(target, errno == EEXIST ? "it exists, and it is never replaced" : std::strerror(errno));
    }
    try {
      write_all(out, target, bytes);
      if (::fchmod(out, mode) != 0) fail_write(target, std::strerror(errno));  // whatever the umask
    } catch (...) {
      ::close(out);
      ::unlink(target.c_str());
      throw;
    }
    if (::close(out) != 0) fail_write(target, std::strerror(errno));
  }

  // Moves the file onto \p target, a regular file or nothing (never writing through it).
  void rename_to(const std::string& target) {
    if (std::rename(path_.c_str(), target.c_str()) != 0) fail_write(target, std::strerror(errno));
    renamed_ = true;
  }

  // Puts the file at \p target only if nothing is there: one atomic step that fails with
  // EEXIST, so a file that appeared after any check is never replaced.
  void link_to(const std::string& target) {
    int status = ::link(path_.c_str(), target.c_str());
    int error = errno;
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    if (status != 0 && without_hard_links(error)) {
      // A file system without hard links: the same guarantee by a rename that never replaces.
      status = ::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE);
      error = errno;
      if (status == 0) {
        renamed_ = true;
        return;
      }
    }
#endif
    if (status != 0 && without_hard_links(error)) {
      // Neither (Emscripten's file systems answer EMLINK to every link): the target created
      // exclusively, so it is still never replaced, and the bytes copied in (a reader may see
      // it before it is whole).
      copy_to_new(target);
      ::unlink(path_.c_str());
      renamed_ = true;
      return;
    }
    if (status != 0) {
      fail_write(target, error == EEXIST ? "it exists, and it is never replaced" : std::strerror(error));
    }
    ::unlink(path_.c_str());
    renamed_ = true;
  }

 private:
  std::string path_;
  int fd_ = -1;
  bool renamed_ = false;
  TemporarySlot* slot_ = nullptr;
};

namespace {

// A stream buffer that hands what is written to \p sink in blocks of kBlock bytes.
class BlockBuffer final : public std::streambuf {
 public:
  explicit BlockBuffer(std::function<void(std::string_view)> sink)
      : sink_(std::move(sink)), buffer_(kBlock) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  // Hands over what is buffered (an error throws, naming the target).
  void drain() {
    sink_(std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }

 protected:
  int_type overflow(int_type c) override {
    drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    drain();
    return 0;
  }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::function<void(std::string_view)> sink_;
  std::vector<char> buffer_;
};

// Runs \p write over a stream whose blocks go to \p sink.
void stream_to(const std::function<void(std::string_view)>& sink,
               const std::function<void(std::ostream&)>& write) {
  BlockBuffer buffer(sink);
  std::ostream out(&buffer);
  out.exceptions(std::ios::badbit);
  write(out);
  buffer.drain();
}

}  // namespace

StagedOutput::StagedOutput(std::string path, std::string_view bytes, FileAccess access)
    : path_(std::move(path)) {
  switch (classify_target(path_)) {
    case Target::kReplace:
      temporary_ = std::make_unique<Temporary>(path_);
      temporary_->fill(path_, bytes, access);
      break;
    case Target::kInPlace:
    case Target::kDescriptor:
      if (access != FileAccess::kShared) {
        fail_write(path_, std::string("expected a regular file or a new path for a ") +
                              (access == FileAccess::kOwnerOnly ? "secret" : "public key") +
                              ", found a device or a pipe");
      }
      bytes_ = std::string(bytes);
      break;
  }
}

void StagedOutput::commit_new() {
  if (committed_) return;
  committed_ = true;
  if (!temporary_) fail_write(path_, "it exists (a device or a pipe), and it is never replaced");
  temporary_->link_to(path_);
}

StagedOutput::~StagedOutput() = default;
StagedOutput::StagedOutput(StagedOutput&&) noexcept = default;

void StagedOutput::commit() {
  if (committed_) return;
  committed_ = true;
  if (temporary_) {
    temporary_->rename_to(path_);
    return;
  }
  const int named = stream_descriptor(path_);
  if (named >= 0) {
    write_all(named, path_, bytes_);
    return;
  }
  const int fd = ::open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fail_write(path_, std::strerror(errno));
  try {
    write_all(fd, path_, bytes_);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) fail_write(path_, std::strerror(errno));
}

namespace {

std::string bytes_text(std::uint64_t n) {
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ",");
  return digits + (n == 1 ? " byte" : " bytes");
}

[[noreturn]] void too_long(const std::string& path, std::uint64_t max_bytes,
                           const std::string& found) {
  throw InputError(path, "line 1", "(file)", "a file of at most " + bytes_text(max_bytes), found);
}

// The open descriptor of \p path, checked to be a regular file of at most \p max_bytes.
int open_regular(const std::string& path, std::uint64_t max_bytes, std::uint64_t& size) {
  // O_NONBLOCK: opening a named pipe without a writer returns at once (and is refused below).
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) throw InputError(path, "line 1", "(file)", "a readable file", std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    const int error = errno;
    ::close(fd);
    throw InputError(path, "line 1", "(file)", "a readable file", std::strerror(error));
  }
  if (!S_ISREG(info.st_mode)) {
    ::close(fd);
    throw InputError(path, "line 1", "(file)", "a regular file", kind_of(info.st_mode));
  }
  size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_bytes) {
    ::close(fd);
    too_long(path, max_bytes, bytes_text(size));
  }
  return fd;
}

}  // namespace

std::uint64_t require_regular_file(const std::string& path, std::uint64_t max_bytes) {
  std::uint64_t size = 0;
  ::close(open_regular(path, max_bytes, size));
  return size;
}

std::string read_file(const std::string& path, std::uint64_t max_bytes) {
  std::uint64_t size = 0;
  const int fd = open_regular(path, max_bytes, size);
  std::string out;
  out.resize(static_cast<std::size_t>(size));
  std::size_t done = 0;
  char extra[4096];
  while (true) {
    char* into = done < out.size() ? out.data() + done : extra;
    const std::size_t room = done < out.size() ? out.size() - done : sizeof extra;
    const ssize_t n = ::read(fd, into, room);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      throw InputError(path, "line 1", "(file)", "a readable file", std::strerror(error));
    }
    if (n == 0) break;
    if (into == extra) {  // the file grew while being read
      if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
        ::close(fd);
        too_long(path, max_bytes, "more (it grew while being read)");
      }
      out.append(extra, static_cast<std::size_t>(n));
    }
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  out.resize(std::min<std::size_t>(done, out.size()));
  return out;
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           FileAccess access) {
  if (classify_target(path) == Target::kReplace) {
    StagedOutput::Temporary temporary(path);
    stream_to([&](std::string_view block) { temporary.write_part(path, block); }, write);
    temporary.finish(path, access);
    temporary.rename_to(path);
    return;
  }
  if (access != FileAccess::kShared) {
    fail_write(path, "expected a regular file or a new path for a key, found a device or a pipe");
  }
  const int named = stream_descriptor(path);
  const int fd = named >= 0 ? named : ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fail_write(path, std::strerror(errno));
  try {
    stream_to([&](std::string_view block) { write_all(fd, path, block); }, write);
  } catch (...) {
    if (named < 0) ::close(fd);
    throw;
  }
  if (named < 0 && ::close(fd) != 0) fail_write(path, std::strerror(errno));
}

void write_file_atomically(const std::string& path, std::string_view bytes, FileAccess access) {
  StagedOutput(path, bytes, access).commit();
}

void remove_partial_output_on_signals() {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    std::signal(signal_number, remove_temporary_and_reraise);
  }
  // Past the file-size limit, write() then fails with EFBIG and the error is reported.
  std::signal(SIGXFSZ, SIG_IGN);
}

}  // namespace bailiff::sim
