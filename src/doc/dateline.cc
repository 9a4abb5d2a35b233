#include "doc/dateline.h"

#include <algorithm>
#include <cctype>

#include "base/strings.h"
#include "calendar/timex_value.h"

namespace annalist::doc {
namespace {

struct Line {
  std::size_t begin, end;  // bytes, untrimmed
};

// The first `head` and the last `tail` non-blank lines of the text, in text order (all of them
// when there are no more): only those can be a dateline, and the text between is never read.
std::vector<Line> end_lines(std::string_view text, std::size_t head, std::size_t tail) {
  auto blank = [&](std::size_t b, std::size_t e) { return base::trim(text.substr(b, e - b)).empty(); };
  std::vector<Line> lines;
  std::size_t start = 0;
  // Line ends by the library's search for a byte (a paragraph is one long line).
  while (start <= text.size() && lines.size() < head) {
    std::size_t i = text.find('\n', start);
    if (i == std::string_view::npos) i = text.size();
    if (!blank(start, i)) lines.push_back({start, i});
    start = i + 1;
  }
  if (start > text.size()) return lines;  // the whole text read
  // Backwards from the end down to `start`, where the head's scan stopped.
  std::vector<Line> last;
  std::size_t end = text.size();
  while (end > start && last.size() < tail) {
    const std::size_t j = text.rfind('\n', end - 1);
    if (j == std::string_view::npos || j < start) break;
    if (!blank(j + 1, end)) last.push_back({j + 1, end});
    end = j;
  }
  if (last.size() < tail && !blank(start, end)) last.push_back({start, end});
  lines.insert(lines.end(), last.rbegin(), last.rend());
  return lines;
}

// What may stand before a dateline's date: a place ("MOSCOW,"), a weekday that the timex did not
// cover, or a label ("Published:", "Updated on"). Letters, spaces, commas, colons, dots and
// dashes only, and short.
bool is_dateline_prefix(std::string_view prefix) {
  prefix = base::trim(prefix);
  if (prefix.size() > 40) return false;
  for (char c : prefix) {
    auto u = static_cast<unsigned char>(c);
    if (!(std::isalpha(u) || c == ' ' || c == ',' || c == ':' || c == '.' || c == '-' || c == '|' ||
          c == '/' || u >= 0x80))
      return false;
  }
  // A prefix that reads as a clause ("Putin will visit China on") is not a dateline.
  std::string lower = base::to_lower_ascii(prefix);
  for (const char* verb : {" will ", " to ", " on ", " in ", " by ", " at "})
    if ((" " + lower + " ").find(verb) != std::string::npos &&
        lower.find("published") == std::string::npos && lower.find("updated") == std::string::npos &&
        lower.find("posted") == std::string::npos)
      return false;
  return true;
}

// What may follow the date: nothing, a separator before a byline or a source ("/ By …",
// "| Reuters", "(AP) —"), or a time of day.
bool is_dateline_suffix(std::string_view suffix) {
  suffix = base::trim(suffix);
  if (suffix.empty()) return true;
  static const std::string_view kLeads[] = {"/", "|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "(", ",", ".",
                                            "\xC2\xB7", "By ", "by ", "at "};
  for (auto lead : kLeads)
    if (base::starts_with(suffix, lead)) return true;
  return std::isdigit(static_cast<unsigned char>(suffix[0])) != 0;  // "12:00"
}

}  // namespace

std::optional<Day> dateline_dct(std::string_view text, const std::vector<Timex>& timexes) {
  const std::size_t kHead = 6, kTail = 3;
  // The tagger gives its expressions by first byte: then only those that start in a line are read
  // for it, not every expression of the document for each of its nine lines.
  bool in_order = true;
  for (std::size_t i = 0; i < timexes.size() && in_order; ++i)
    in_order = timexes[i].byte_end >= timexes[i].byte_begin && (i == 0 || timexes[i - 1].byte_begin <= timexes[i].byte_begin);
  for (const Line& line : end_lines(text, kHead, kTail)) {
    std::string_view line_text = text.substr(line.begin, line.end - line.begin);
    std::size_t visible = base::trim(line_text).size();
    auto first = timexes.begin();
    if (in_order)
      first = std::lower_bound(timexes.begin(), timexes.end(), line.begin,
                               [](const Timex& t, std::size_t b) { return t.byte_begin < b; });
    for (auto it = first; it != timexes.end(); ++it) {
      const Timex& t = *it;
      if (in_order && t.byte_begin > line.end) break;  // the rest start after the line
      if (t.byte_begin < line.begin || t.byte_end > line.end) continue;
      if (t.type != "DATE" && t.type != "TIME") continue;
      auto window = calendar::window_of_value(t.value);
      if (!window || window->granularity != Granularity::kDay || t.anchor != "absolute") continue;
      std::string_view prefix = text.substr(line.begin, t.byte_begin - line.begin);
      std::string_view suffix = text.substr(t.byte_end, line.end - t.byte_end);
      bool fills_line = (t.byte_end - t.byte_begin) * 2 >= visible && visible <= 60;
      if (fills_line || (is_dateline_prefix(prefix) && is_dateline_suffix(suffix)))
        return window->interval.first;
    }
  }
  return std::nullopt;
}

}  // namespace annalist::doc
