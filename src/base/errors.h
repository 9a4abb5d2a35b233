// The two domain exceptions and the exit codes of SPEC; caught only at the document boundary and in main.
#pragma once
#include <stdexcept>
#include <string>

namespace annalist {

enum class ExitCode : int { kOk = 0, kUsage = 1, kBadInput = 2 };

/// Wrong use of the command line (exit 1).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bad input: a file, line and reason (exit 2). what() is "FILE:LINE: reason" (or "FILE: reason").
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::size_t line, std::string reason)
      : std::runtime_error(format(file, line, reason)),
        file_(std::move(file)), line_(line), reason_(std::move(reason)) {}
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  const std::string& reason() const { return reason_; }

  static std::string format(const std::string& file, std::size_t line, const std::string& reason) {
    std::string r = clip(reason);
    return line ? file + ":" + std::to_string(line) + ": " + r : file + ": " + r;
  }

  /// A reason cut to a few hundred bytes (on a UTF-8 boundary): a message may echo its input, and
  /// a 100 MB malformed line must not be echoed whole.
  static std::string clip(const std::string& reason, std::size_t max = 300) {
    if (reason.size() <= max) return reason;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80) --cut;
    return reason.substr(0, cut) + "… (" + std::to_string(reason.size() - cut) + " more bytes)";
  }

 private:
  std::string file_;
  std::size_t line_;
  std::string reason_;
};

/// A failed write of an output (disk full, closed pipe): exit 2, and never caught at a document
/// boundary — the batch stops, because every later output would fail the same way.
class OutputError : public std::runtime_error {
 public:
  OutputError(const std::string& file, const std::string& reason) : std::runtime_error(file + ": " + reason) {}
};

}  // namespace annalist
