// Safe output: a file appears whole or not at all; a write error is reported and keeps the old file.
#include "base/output.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/errors.h"

namespace annalist::base {
namespace {
namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("annalist-output-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {})); }
};

std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(AtomicFile, CommitReplacesTheFileAndLeavesNoTemporary) {
  TempDir dir;
  write_file_atomically(dir.file("a.csv"), "old\n");
  write_file_atomically(dir.file("a.csv"), "new\n");
  EXPECT_EQ(slurp(dir.file("a.csv")), "new\n");
  EXPECT_EQ(dir.entries(), 1u);
}

TEST(AtomicFile, DroppedWithoutCommitKeepsTheOldFile) {
  TempDir dir;
  write_file_atomically(dir.file("a.csv"), "old\n");
  {
    AtomicFile f(dir.file("a.csv"));
    f.stream() << "half of a new fi";
  }
  EXPECT_EQ(slurp(dir.file("a.csv")), "old\n");
  EXPECT_EQ(dir.entries(), 1u);
}

TEST(AtomicFile, AMissingFolderIsAnOutputError) {
  TempDir dir;
  EXPECT_THROW(write_file_atomically(dir.file("no/such/folder/a.csv"), "x"), OutputError);
}

// A full disk, simulated in a child process by RLIMIT_FSIZE (writes past it fail with EFBIG).
TEST(AtomicFile, AFullDiskThrowsAndKeepsTheOldFile) {
  TempDir dir;
  write_file_atomically(dir.file("a.csv"), "old\n");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{1000, 1000};
    setrlimit(RLIMIT_FSIZE, &limit);
    try {
      write_file_atomically(dir.file("a.csv"), std::string(100000, 'x'));
    } catch (const OutputError& e) {
      _exit(std::string(e.what()).find("File too large") != std::string::npos ? 42 : 3);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 42) << "the write error must be thrown with its reason";
  EXPECT_EQ(slurp(dir.file("a.csv")), "old\n");
  EXPECT_EQ(dir.entries(), 1u);
}

TEST(CheckedWrite, DevFullIsAnError) {
  std::FILE* f = std::fopen("/dev/full", "w");
  ASSERT_NE(f, nullptr);
  std::setvbuf(f, nullptr, _IONBF, 0);
  EXPECT_THROW(write_checked(f, "abc", 3, "/dev/full"), OutputError);
  std::fclose(f);
}

}  // namespace
}  // namespace annalist::base
