// Dates as known, titles and tooltips in the chart's words.
#include "render/event_text.h"

#include <array>
#include <cctype>

#include "base/strings.h"
#include "base/utf8.h"

namespace annalist::render {
namespace {

using date::year_month_day;

constexpr std::array<const char*, 12> kMonth = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string range_name(const DayInterval& iv) {
  if (iv.first == iv.last) return day_name(iv.first);
  int y1 = year_of(iv.first), y2 = year_of(iv.last);
  unsigned m1 = month_of(iv.first), m2 = month_of(iv.last);
  // Whole months and whole years read better by name.
  if (iv.first == first_of_month(y1, m1) && iv.last == last_of_month(y2, m2)) {
    if (y1 == y2 && m1 == 1 && m2 == 12) return year_name(y1);
    if (y1 == y2 && m1 == m2) return month_name(iv.first);
    if (y1 == y2) return std::string(kMonth[m1 - 1]) + "–" + kMonth[m2 - 1] + " " + year_name(y1);
    return month_name(iv.first) + " – " + month_name(iv.last);
  }
  if (y1 == y2 && m1 == m2) return std::to_string(day_of(iv.first)) + "–" + day_name(iv.last);
  if (y1 == y2) return std::to_string(day_of(iv.first)) + " " + kMonth[m1 - 1] + " – " + day_name(iv.last);
  return day_name(iv.first) + " – " + day_name(iv.last);
}

std::string mod_prefix(const std::string& mod) {
  if (mod == "START" || mod == "EARLY") return "early ";
  if (mod == "MID") return "mid ";
  if (mod == "END" || mod == "LATE") return "late ";
  if (mod == "APPROX") return "c. ";
  if (mod == "BEFORE" || mod == "LESS_THAN") return "before ";
  if (mod == "AFTER" || mod == "MORE_THAN") return "after ";
  if (mod == "ON_OR_BEFORE") return "by ";
  if (mod == "ON_OR_AFTER") return "from ";
  return "";
}

std::string status_word(EventStatus s) { return std::string(to_string(s)); }

}  // namespace

int year_of(Day d) { return int(year_month_day{d}.year()); }
unsigned month_of(Day d) { return unsigned(year_month_day{d}.month()); }
unsigned day_of(Day d) { return unsigned(year_month_day{d}.day()); }

// date.h years are astronomical (year 0 exists).
std::string year_name(int y) { return y > 0 ? std::to_string(y) : std::to_string(1 - y) + " BCE"; }

std::string month_abbrev(unsigned month) { return kMonth[month - 1]; }

std::string day_name(Day d) {
  return std::to_string(day_of(d)) + " " + kMonth[month_of(d) - 1] + " " + year_name(year_of(d));
}
std::string month_name(Day d) { return std::string(kMonth[month_of(d) - 1]) + " " + year_name(year_of(d)); }

Day first_of_month(int y, unsigned m) { return date::sys_days{date::year{y} / date::month{m} / 1}; }
Day last_of_month(int y, unsigned m) { return date::sys_days{date::year{y} / date::month{m} / date::last}; }

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

std::string truncate_cp(const std::string& s, std::size_t max_cp) {
  if (base::count_code_points(s) <= max_cp) return s;
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < max_cp) {
    std::size_t start = i;
    base::decode_utf8(s, i);
    out.append(s, start, i - start);
    ++n;
  }
  return std::string(base::trim(out)) + "…";
}

std::string event_title(const Event& e, std::size_t max_chars) {
  std::string t = base::collapse_whitespace(e.title);
  if (t.empty()) {
    t = std::string(to_string(e.type));
    if (!e.participants.empty()) t += ": " + base::join(e.participants, " – ");
  }
  return truncate_cp(t, max_chars);
}

std::string date_line(const Event& e) {
  std::string d = date_label(e.time);
  if (e.time.basis == DateBasis::kPublication) d = "by " + d;
  if (e.time.basis == DateBasis::kInferred) d += " (inferred)";
  if (e.status != EventStatus::kOccurred) d = status_word(e.status) + " · " + d;
  return d;
}

std::string event_tooltip(const Event& e) {
  std::string when = e.time.dated() ? date_line(e) : undated_note(e.time);
  if (!e.time.dated() && e.status != EventStatus::kOccurred) when = status_word(e.status) + " · " + when;
  std::string t = when + " — " + std::string(to_string(e.type));
  t += "\n" + base::collapse_whitespace(e.title.empty() ? std::string(to_string(e.type)) : e.title);
  if (!e.participants.empty()) t += "\n" + base::join(e.participants, ", ");
  if (!e.location.empty()) t += "\nat " + e.location;
  if (!e.evidence.empty()) t += "\n“" + truncate_cp(base::collapse_whitespace(e.evidence), 300) + "”";
  if (e.sources > 0) t += "\n" + std::to_string(e.sources) + (e.sources == 1 ? " source" : " sources");
  return t;
}

std::string source_link(const Event& e, const std::map<std::string, std::string>& document_urls) {
  std::vector<std::string> docs = e.documents;
  for (const auto& m : e.mentions) docs.push_back(m.doc_id);
  for (const auto& d : docs) {
    auto it = document_urls.find(d);
    if (it != document_urls.end() && !it->second.empty()) return it->second;
  }
  return "";
}

std::string date_label(const EventTime& t) {
  if (!t.interval) return "";
  const DayInterval& iv = *t.interval;
  const std::string pre = mod_prefix(t.mod);
  const std::string& v = t.value;
  int y = year_of(iv.first);
  switch (t.granularity) {
    case Granularity::kDay:
      return iv.days() == 1 ? pre + day_name(iv.first) : pre + range_name(iv);
    case Granularity::kWeek:
      return pre + "week of " + day_name(iv.first);
    case Granularity::kMonth:
      return pre + month_name(iv.first);
    case Granularity::kSeason: {
      if (v.size() == 7 && v[4] == '-') {
        std::string s = v.substr(5), y4 = v.substr(0, 4);
        const char* name = s == "SP"   ? "spring"
                           : s == "SU" ? "summer"
                           : s == "FA" ? "autumn"
                           : s == "WI" ? "winter"
                                       : nullptr;
        if (name) return pre + name + " " + y4;
      }
      return pre + range_name(iv);
    }
    case Granularity::kQuarter:
      if (v.size() == 7 && v[4] == '-' && v[5] == 'Q') return pre + "Q" + v.substr(6) + " " + v.substr(0, 4);
      return pre + range_name(iv);
    case Granularity::kYear:
      return pre + year_name(y);
    case Granularity::kDecade:
      return pre + year_name(floor_div(y, 10) * 10) + "s";
    case Granularity::kCentury:
      return pre + year_name(floor_div(y, 100) * 100) + "s";
    case Granularity::kRange:
      if (v.size() == 7 && v[4] == '-' && v[5] == 'H') return pre + "H" + v.substr(6) + " " + v.substr(0, 4);
      return pre + range_name(iv);
    case Granularity::kUnknown:
      return pre + range_name(iv);
  }
  return range_name(iv);
}

std::string undated_note(const EventTime& t) {
  const std::string& v = t.value;
  std::string pre = mod_prefix(t.mod);
  if (v.size() >= 7 && v.compare(0, 5, "XXXX-") == 0 && std::isdigit(static_cast<unsigned char>(v[5])) &&
      std::isdigit(static_cast<unsigned char>(v[6]))) {
    int m = (v[5] - '0') * 10 + (v[6] - '0');
    if (m >= 1 && m <= 12) {
      std::string s = pre + kMonth[m - 1];
      if (v.size() >= 10 && std::isdigit(static_cast<unsigned char>(v[8])))
        s = pre + std::to_string(std::stoi(v.substr(8, 2))) + " " + kMonth[m - 1];
      return s + ", year unknown";
    }
  }
  std::string tt = base::collapse_whitespace(t.timex_text);
  if (!tt.empty()) return "“" + truncate_cp(tt, 40) + "”, not resolvable";
  return "date unknown";
}

}  // namespace annalist::render
