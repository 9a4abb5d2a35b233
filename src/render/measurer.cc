// Text metrics cache and the fixed-pitch stand-in measurer.
#include "render/measurer.h"

#include "base/utf8.h"

namespace annalist::render {

std::vector<TextSize> fixed_width_measure(const std::vector<TextRun>& runs) {
  std::vector<TextSize> out;
  out.reserve(runs.size());
  for (const auto& r : runs)
    out.push_back(
        {0.6 * r.size * double(base::count_code_points(r.text)) * (r.bold ? 1.1 : 1.0), 1.25 * r.size});
  return out;
}

void Measurer::want(const TextRun& r) {
  if (!cache_.count(r)) pending_.insert(r);
}

void Measurer::flush() {
  if (pending_.empty()) return;
  std::vector<TextRun> runs(pending_.begin(), pending_.end());
  std::vector<TextSize> sizes = fn_(runs);
  for (std::size_t i = 0; i < runs.size(); ++i) cache_[runs[i]] = i < sizes.size() ? sizes[i] : TextSize{};
  pending_.clear();
}

TextSize Measurer::get(const TextRun& r) {
  auto it = cache_.find(r);
  if (it == cache_.end()) {
    want(r);
    flush();
    it = cache_.find(r);
  }
  return it->second;
}

}  // namespace annalist::render
