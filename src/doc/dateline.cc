#include "doc/dateline.h"

#include <cctype>

#include "base/strings.h"
#include "calendar/timex_value.h"

namespace annalist::doc {
namespace {

struct Line {
  std::size_t begin, end;  // bytes, untrimmed
};

std::vector<Line> non_empty_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (!base::trim(text.substr(start, i - start)).empty()) lines.push_back({start, i});
      start = i + 1;
    }
  }
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
  auto lines = non_empty_lines(text);
  const std::size_t kHead = 6, kTail = 3;
  for (std::size_t li = 0; li < lines.size(); ++li) {
    if (li >= kHead && li + kTail < lines.size()) continue;
    const Line& line = lines[li];
    std::string_view line_text = text.substr(line.begin, line.end - line.begin);
    std::size_t visible = base::trim(line_text).size();
    for (const Timex& t : timexes) {
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
