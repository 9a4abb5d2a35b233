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
    return line ? file + ":" + std::to_string(line) + ": " + reason : file + ": " + reason;
  }

 private:
  std::string file_;
  std::size_t line_;
  std::string reason_;
};

}  // namespace annalist
