#include "bailiff/sim/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "bailiff/error.hpp"

namespace bailiff::sim {
namespace {

// The temporary file being written, for the signal handler to remove. One output is written
// at a time; the handler only reads this buffer and calls unlink (async-signal-safe).
constexpr std::size_t kMaxTemporaryPath = 4096;
char g_temporary[kMaxTemporaryPath + 1] = {};
std::atomic<bool> g_temporary_set{false};

[[noreturn]] void fail_write(const std::string& path, const std::string& reason) {
  throw std::runtime_error("cannot write " + path + ": " + reason);
}

// The folder of \p path ("." when it has none) and its last component.
std::pair<std::string, std::string> split_path(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return {".", path};
  return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

// Refuses a target that cannot be a file: empty, ending in '/', or an existing directory.
void check_target(const std::string& path) {
  if (path.empty()) fail_write("\"\"", "expected a file path, found an empty one");
  if (path.back() == '/') fail_write(path, "expected a file path, found a folder (it ends in '/')");
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    fail_write(path, "expected a file path, found an existing folder");
  }
  const std::string folder = split_path(path).first;
  if (::stat(folder.c_str(), &info) != 0) fail_write(path, "folder " + folder + ": " + std::strerror(errno));
  if (!S_ISDIR(info.st_mode)) fail_write(path, folder + " is not a folder");
}

// A fresh temporary file beside the target, created with O_EXCL under an unpredictable
// name (mkstemp), so that no existing file or symbolic link is ever opened through it.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& target) {
    const auto [folder, name] = split_path(target);
    path_ = folder + "/." + name + ".tmp-XXXXXX";
    if (path_.size() > kMaxTemporaryPath) fail_write(target, "the path is too long");
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) fail_write(target, std::strerror(errno));
    std::memcpy(g_temporary, path_.c_str(), path_.size() + 1);
    g_temporary_set.store(true);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!renamed_) ::unlink(path_.c_str());
    g_temporary_set.store(false);
  }

  // Writes all of \p bytes and flushes them to disk; the error names the true cause.
  void write_all(const std::string& target, std::string_view bytes, FileAccess access) {
    write_part(target, bytes);
    finish(target, access);
  }

  // Writes all of \p bytes (more may follow).
  void write_part(const std::string& target, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail_write(target, std::strerror(errno));
      done += static_cast<std::size_t>(n);
    }
  }

  // Flushes what was written to disk, sets the file's mode and closes it.
  void finish(const std::string& target, FileAccess access) {
    if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) fail_write(target, std::strerror(errno));
    // mkstemp creates the file as 0600; an output is an ordinary file (0644 before umask),
    // a secret stays 0600.
    if (access == FileAccess::kShared) {
      const mode_t mask = ::umask(0);
      ::umask(mask);
      ::fchmod(fd_, 0666 & ~mask);
    }
    if (::close(fd_) != 0) {
      fd_ = -1;
      fail_write(target, std::strerror(errno));
    }
    fd_ = -1;
  }

  // Moves the file onto \p target (replacing a file or a symbolic link there, never
  // writing through it).
  void rename_to(const std::string& target) {
    if (std::rename(path_.c_str(), target.c_str()) != 0) fail_write(target, std::strerror(errno));
    renamed_ = true;
  }

 private:
  std::string path_;
  int fd_ = -1;
  bool renamed_ = false;
};

// A stream buffer over a temporary file, written in blocks of kBlock bytes.
class TemporaryBuffer final : public std::streambuf {
 public:
  TemporaryBuffer(TemporaryFile& file, const std::string& target)
      : file_(file), target_(target), buffer_(kBlock) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  // Writes what is buffered (an error throws, naming the target).
  void drain() {
    file_.write_part(target_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
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
  TemporaryFile& file_;
  const std::string& target_;
  std::vector<char> buffer_;
};

extern "C" void remove_temporary_and_reraise(int signal_number) {
  if (g_temporary_set.load()) ::unlink(g_temporary);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "line 1", "(file)", "a readable file", std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file_atomically(const std::string& path, std::string_view bytes, FileAccess access) {
  check_target(path);
  TemporaryFile temporary(path);
  temporary.write_all(path, bytes, access);
  temporary.rename_to(path);
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           FileAccess access) {
  check_target(path);
  TemporaryFile temporary(path);
  TemporaryBuffer buffer(temporary, path);
  std::ostream out(&buffer);
  out.exceptions(std::ios::badbit);
  write(out);
  buffer.drain();
  temporary.finish(path, access);
  temporary.rename_to(path);
}

void remove_partial_output_on_signals() {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    std::signal(signal_number, remove_temporary_and_reraise);
  }
  // Past the file-size limit, write() then fails with EFBIG and the error is reported.
  std::signal(SIGXFSZ, SIG_IGN);
}

}  // namespace bailiff::sim
