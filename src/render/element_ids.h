// Unique, CSS-safe element ids for the drawn events ("ev-<event id>", "-2" on repeats).
#pragma once
#include <set>
#include <string>

namespace annalist::render {

class ElementIds {
 public:
  /// `base` with characters outside [A-Za-z0-9_-] replaced by '_'.
  static std::string sanitize(const std::string& s) {
    std::string out;
    for (char c : s) {
      bool ok =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      out += ok ? c : '_';
    }
    return out;
  }
  /// `base`, or `base-2`, `base-3`... when it was handed out before.
  std::string unique(const std::string& base) {
    std::string id = base;
    for (int k = 2; used_.count(id); ++k) id = base + "-" + std::to_string(k);
    used_.insert(id);
    return id;
  }

 private:
  std::set<std::string> used_;
};

}  // namespace annalist::render
