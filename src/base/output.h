// Safe output: files appear whole or not at all (temporary file, flush, check, rename), and every
// write error — a full disk, /dev/full, a closed pipe — is seen and reported instead of ignored.
#pragma once
#include <cstdio>
#include <functional>
#include <ostream>
#include <string>

namespace annalist::base {

/// A file being written: bytes go to a temporary file in the same folder, which replaces `path`
/// only on commit(). Dropping it without commit() removes the temporary file and leaves the old
/// `path` as it was. Errors throw OutputError(path, reason) (exit status 2).
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  AtomicFile(AtomicFile&&) noexcept;

  /// The stream to write to.
  std::ostream& stream();
  /// Flushes, syncs and checks the temporary file; after this only commit() is left to do.
  void finish();
  /// finish() when not done yet, then renames the temporary file over `path`.
  void commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }

 private:
  struct Impl;
  std::string path_, temp_;
  Impl* impl_;
  bool finished_ = false, committed_ = false;
};

/// Writes `bytes` to `path` atomically (AtomicFile). Throws OutputError on any write error.
void write_file_atomically(const std::string& path, const std::string& bytes);

/// Writes through `fill` to `path` atomically, or to standard output when `path` is "-".
void write_output(const std::string& path, const std::function<void(std::ostream&)>& fill);

/// Flushes std::cout and stdout and throws OutputError("standard output", reason) when any
/// write to them failed (disk full, /dev/full, closed pipe).
void check_stdout();

/// Writes `n` bytes to a C stream; throws OutputError naming `what` when they are not all written.
void write_checked(std::FILE* f, const char* data, std::size_t n, const std::string& what);

/// Makes a closed pipe a write error (EPIPE) instead of a silent death by SIGPIPE.
void ignore_sigpipe();

}  // namespace annalist::base
