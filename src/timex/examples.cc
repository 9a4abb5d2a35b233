// Example checking shared by the tests: extent brackets, and the three kinds of failure (none, partial, ambiguous).
#include "timex/examples.h"

#include "base/utf8.h"

namespace annalist::timex {

ExampleText split_example(const std::string& written) {
  ExampleText e;
  auto open = written.find('[');
  auto close = written.find(']');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    e.text = written;
    e.end = base::count_code_points(written);
    return e;
  }
  e.text = written.substr(0, open) + written.substr(open + 1, close - open - 1) + written.substr(close + 1);
  e.begin = base::count_code_points(written.substr(0, open));
  e.end = e.begin + base::count_code_points(written.substr(open + 1, close - open - 1));
  return e;
}

std::string check_example(const Tagger& tagger, const std::string& written, std::optional<Day> dct, Timex* out) {
  ExampleText ex = split_example(written);
  auto got = tagger.tag(ex.text, dct);
  std::vector<const Timex*> inside;
  for (const auto& t : got)
    if (t.begin < ex.end && ex.begin < t.end) inside.push_back(&t);
  if (inside.empty()) return "no match on \"" + written + "\"";
  if (inside.size() > 1) return std::to_string(inside.size()) + " ambiguous parses on \"" + written + "\"";
  if (inside[0]->begin != ex.begin || inside[0]->end != ex.end)
    return "partial match on \"" + written + "\": \"" + inside[0]->text + "\"";
  if (out) *out = *inside[0];
  return "";
}

}  // namespace annalist::timex
