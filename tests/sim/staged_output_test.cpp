// StagedOutput::commit_new, the publishing step of keygen: it never replaces a file that
// appeared after any check (the race a stat-then-rename left open), and the modes of
// FileAccess::kOwnerOnly and FileAccess::kPublic hold whatever the umask.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "bailiff/sim/files.hpp"

namespace bailiff::sim {
namespace {

/// A fresh, empty folder for one test.
std::string fresh_folder(const std::string& name) {
  const std::filesystem::path folder =
      std::filesystem::path(::testing::TempDir()) / ("staged_output_" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder.string();
}

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

unsigned mode_of(const std::string& path) {
  struct stat info {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
  return info.st_mode & 07777;
}

/// The umask \p mask while the object lives.
class Umask {
 public:
  explicit Umask(mode_t mask) : saved_(::umask(mask)) {}
  ~Umask() { ::umask(saved_); }

 private:
  mode_t saved_;
};

TEST(StagedOutput, CommitNewNeverReplacesAFileThatAppearedAfterStaging) {
#ifdef __EMSCRIPTEN__
  GTEST_SKIP() << "no hard links or umask in the WebAssembly build's file system";
#endif
  const std::string folder = fresh_folder("race");
  const std::string path = folder + "/k.key";
  {
    StagedOutput staged(path, "new secret", FileAccess::kOwnerOnly);
    {  // the other writer, between the check and the publishing
      std::ofstream other(path, std::ios::binary);
      other << "someone else's key";
    }
    try {
      staged.commit_new();
      ADD_FAILURE() << "commit_new replaced " << path;
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()),
                "cannot write " + path + ": it exists, and it is never replaced");
    }
  }
  EXPECT_EQ(contents(path), "someone else's key");
  // The temporary file beside it is gone once the output is dropped.
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++files;
  EXPECT_EQ(files, 1u);

  // A symbolic link at the path (even to nothing) is not followed or replaced either.
  const std::string link = folder + "/k.pub";
  ASSERT_EQ(::symlink("nowhere", link.c_str()), 0);
  EXPECT_THROW(
      {
        StagedOutput through_link(link, "public", FileAccess::kPublic);
        through_link.commit_new();
      },
      std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(folder + "/nowhere"));
}

TEST(StagedOutput, KeyModesHoldWhateverTheUmask) {
#ifdef __EMSCRIPTEN__
  GTEST_SKIP() << "no hard links or umask in the WebAssembly build's file system";
#endif
  for (const mode_t mask : {mode_t{077}, mode_t{000}, mode_t{022}}) {
    const Umask umask(mask);
    const std::string folder = fresh_folder("modes_" + std::to_string(mask));
    StagedOutput secret(folder + "/k.key", "secret", FileAccess::kOwnerOnly);
    StagedOutput published(folder + "/k.pub", "public", FileAccess::kPublic);
    secret.commit_new();
    published.commit_new();
    EXPECT_EQ(mode_of(folder + "/k.key"), 0600u) << "umask " << mask;
    EXPECT_EQ(mode_of(folder + "/k.pub"), 0644u) << "umask " << mask;
    EXPECT_EQ(contents(folder + "/k.pub"), "public");
  }
}

}  // namespace
}  // namespace bailiff::sim
