#include "base/output.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <vector>

#include "base/errors.h"

namespace annalist::base {
namespace {

std::string reason(const char* what, int err) { return std::string(what) + " (" + std::strerror(err) + ")"; }

// A stream buffer over a file descriptor that remembers the first write error (errno), so the
// message can say "No space left on device" instead of a bare "write failed".
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buf_(1 << 16) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n > static_cast<std::streamsize>(buf_.size())) {
      if (!drain() || !write_all(s, static_cast<std::size_t>(n))) return 0;
      return n;
    }
    return std::streambuf::xsputn(s, n);
  }

 private:
  bool drain() {
    bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buf_.data(), buf_.data() + buf_.size());
    return ok;
  }
  bool write_all(const char* p, std::size_t n) {
    if (error_) return false;
    while (n > 0) {
      ssize_t w = ::write(fd_, p, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        error_ = w < 0 ? errno : EIO;
        return false;
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
    return true;
  }

  int fd_;
  std::vector<char> buf_;
  int error_ = 0;
};

// "dir/name" -> "dir/.name.PID.N.tmp": same folder (rename stays atomic), hidden, unique.
std::string temp_name(const std::string& path, int attempt) {
  auto slash = path.find_last_of('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return dir + "." + name + "." + std::to_string(::getpid()) + "." + std::to_string(attempt) + ".tmp";
}

}  // namespace

struct AtomicFile::Impl {
  int fd = -1;
  FdBuf buf;
  std::ostream out;
  explicit Impl(int f) : fd(f), buf(f), out(&buf) {}
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), impl_(nullptr) {
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) throw OutputError(path_, "is a directory");
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp_ = temp_name(path_, attempt);
    // 0666 less the umask, like any new file (mkstemp would make it private).
    fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) throw OutputError(path_, reason("cannot write file", errno));
  }
  if (fd < 0) throw OutputError(path_, "cannot create a temporary file beside it");
  impl_ = new Impl(fd);
}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : path_(std::move(o.path_)), temp_(std::move(o.temp_)), impl_(o.impl_), finished_(o.finished_),
      committed_(o.committed_) {
  o.impl_ = nullptr;
  o.committed_ = true;
}

AtomicFile::~AtomicFile() {
  if (impl_ && impl_->fd >= 0) ::close(impl_->fd);
  if (!committed_) ::unlink(temp_.c_str());
  delete impl_;
}

std::ostream& AtomicFile::stream() { return impl_->out; }

void AtomicFile::finish() {
  if (finished_) return;
  impl_->out.flush();
  int err = impl_->buf.error();
  if (!err && !impl_->out) err = EIO;
  // The rename must not publish data still in flight: sync before it.
  if (!err && ::fsync(impl_->fd) != 0 && errno != EINVAL && errno != EROFS) err = errno;
  if (::close(impl_->fd) != 0 && !err) err = errno;
  impl_->fd = -1;
  if (err) throw OutputError(path_, reason("write failed, previous file kept", err));
  finished_ = true;
}

void AtomicFile::commit() {
  finish();
  if (::rename(temp_.c_str(), path_.c_str()) != 0) throw OutputError(path_, reason("cannot replace file", errno));
  committed_ = true;
}

void write_file_atomically(const std::string& path, const std::string& bytes) {
  AtomicFile f(path);
  f.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.commit();
}

void write_output(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  if (path == "-") {
    fill(std::cout);
    check_stdout();
    return;
  }
  AtomicFile f(path);
  fill(f.stream());
  f.commit();
}

void check_stdout() {
  errno = 0;
  std::cout.flush();
  int err = errno;
  bool bad = !std::cout;
  if (std::fflush(stdout) != 0) {
    bad = true;
    err = errno;
  }
  if (std::ferror(stdout)) bad = true;
  if (bad) throw OutputError("standard output", reason("write failed", err ? err : EIO));
}

void write_checked(std::FILE* f, const char* data, std::size_t n, const std::string& what) {
  errno = 0;
  if (n && std::fwrite(data, 1, n, f) != n) throw OutputError(what, reason("write failed", errno ? errno : EIO));
}

void ignore_sigpipe() { ::signal(SIGPIPE, SIG_IGN); }

}  // namespace annalist::base
