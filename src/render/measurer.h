// Text metrics for the layout: runs of text, their extents, and a cache that batches requests.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace annalist::render {

/// A run of text in one font; what the measuring callback is asked about.
struct TextRun {
  std::string text;  ///< UTF-8, raw (not escaped)
  double size = 9;   ///< font size in points
  bool bold = false;
  friend bool operator<(const TextRun& a, const TextRun& b) {
    if (a.size != b.size) return a.size < b.size;
    if (a.bold != b.bold) return a.bold < b.bold;
    return a.text < b.text;
  }
};

/// Extent of a text run in points.
struct TextSize {
  double w = 0;
  double h = 0;
};

/// Measures many runs at once (one call per chart, so a real font engine can batch them).
using MeasureFn = std::function<std::vector<TextSize>(const std::vector<TextRun>&)>;

/// A fixed-pitch stand-in measurer (0.6 em per code point, 1.25 em line): tests and fallbacks.
std::vector<TextSize> fixed_width_measure(const std::vector<TextRun>& runs);

/// Remembers every run it measured. Runs announced with want() are measured together at the
/// next flush() or get(), because one call to a font engine costs far more than one run.
class Measurer {
 public:
  explicit Measurer(MeasureFn fn) : fn_(std::move(fn)) {}
  void want(const TextRun& r);
  void flush();
  TextSize get(const TextRun& r);
  TextSize get(const std::string& t, double size, bool bold = false) { return get(TextRun{t, size, bold}); }

 private:
  MeasureFn fn_;
  std::map<TextRun, TextSize> cache_;
  std::set<TextRun> pending_;
};

}  // namespace annalist::render
