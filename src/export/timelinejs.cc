// TimelineJS3 JSON: one validated slide per dated event, grouped by actor pair.
#include "export/timelinejs.h"

#include <date/date.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "base/strings.h"

namespace annalist::exporter {
namespace {

using json = nlohmann::ordered_json;

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

struct Ymd {
  int y = 0;
  unsigned m = 0, d = 0;
};

Ymd ymd_of(Day day) {
  date::year_month_day v{day};
  return {static_cast<int>(v.year()), static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day())};
}

std::string day_text(const Ymd& v) { return std::to_string(v.d) + " " + kMonths[v.m - 1] + " " + std::to_string(v.y); }
std::string month_text(const Ymd& v) { return std::string(kMonths[v.m - 1]) + " " + std::to_string(v.y); }

std::string range_text(Day a, Day b) {
  Ymd x = ymd_of(a), y = ymd_of(b);
  if (a == b) return day_text(x);
  if (x.y == y.y && x.m == y.m) return std::to_string(x.d) + "–" + day_text(y);
  if (x.y == y.y) return std::to_string(x.d) + " " + kMonths[x.m - 1] + " – " + day_text(y);
  return day_text(x) + " – " + day_text(y);
}

std::string mod_word(const std::string& mod) {
  if (mod == "START" || mod == "EARLY") return "early ";
  if (mod == "MID") return "mid-";
  if (mod == "END" || mod == "LATE") return "late ";
  if (mod == "APPROX") return "around ";
  return "";
}

// A TimelineJS date object holding only the parts the text pinned down. TimelineJS reads the
// parts as strings or numbers; strings keep leading context out of arithmetic.
struct Parts {
  int year = 0;
  std::optional<unsigned> month, day;
};

json parts_json(const Parts& p) {
  json j;
  j["year"] = std::to_string(p.year);
  if (p.month) j["month"] = std::to_string(*p.month);
  if (p.day) j["day"] = std::to_string(*p.day);
  return j;
}

Parts parts_of(Day d, bool month, bool day) {
  Ymd v = ymd_of(d);
  Parts p;
  p.year = v.y;
  if (month || day) p.month = v.m;
  if (day) p.day = v.d;
  return p;
}

// The check TimelineJS does not do: it rolls month 13 into January and day 31 of June into July.
bool valid(const Parts& p) {
  if (p.year == 0 || p.year < -9999 || p.year > 9999) return false;
  if (p.day && !p.month) return false;
  if (p.month && (*p.month < 1 || *p.month > 12)) return false;
  if (p.day) {
    auto last = date::year_month_day_last{date::year{p.year} / date::month{*p.month} / date::last}.day();
    if (*p.day < 1 || *p.day > static_cast<unsigned>(last)) return false;
  }
  return true;
}

// Compares a start and an end with missing parts read as the earliest / latest possible.
bool ordered(const Parts& a, const Parts& b) {
  auto key = [](const Parts& p, bool end) {
    return std::make_tuple(p.year, p.month.value_or(end ? 12 : 1), p.day.value_or(end ? 31 : 1));
  };
  return key(a, false) <= key(b, true);
}

// base::escape_html, minus control bytes (TimelineJS would show them as boxes).
std::string html_escape(std::string_view s) {
  std::string clean;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') clean += c;
  return base::escape_html(clean);
}

// Links go out only as http(s) or relative paths: a manifest must not smuggle javascript: in.
std::string link_or_empty(const std::string& url) {
  std::string u;
  for (char c : url)
    if (static_cast<unsigned char>(c) > 0x20 && c != 0x7f) u += c;
  auto colon = u.find(':');
  auto sep = u.find_first_of("/?#");
  if (colon != std::string::npos && (sep == std::string::npos || colon < sep)) {
    std::string scheme = base::to_lower_ascii(u.substr(0, colon));
    if (scheme != "http" && scheme != "https") return "";
  }
  return u;
}

// JSON that is also safe to paste into a <script> block of an embedding page.
std::string script_safe_dump(const json& j) {
  std::string s = j.dump(2, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string unique_id(const std::string& id, std::size_t index) {
  std::string out;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out += ok ? c : '_';
  }
  return out.empty() ? "event-" + std::to_string(index) : out;
}

// "17 events from 5 sources, 2010–2023 (12 without a date the text pins down are not shown)".
std::string title_text(const std::vector<Event>& events, std::size_t slides, const TimelineJsOptions& o) {
  std::set<std::string> docs;
  std::optional<int> first, last;
  for (const auto& e : events) {
    for (const auto& d : e.documents) docs.insert(d);
    if (!e.time.dated()) continue;
    int a = ymd_of(e.time.interval->first).y, b = ymd_of(e.time.interval->last).y;
    first = first ? std::min(*first, a) : a;
    last = last ? std::max(*last, b) : b;
  }
  std::string s = std::to_string(slides) + (slides == 1 ? " event" : " events") + " from " +
                  std::to_string(docs.size()) + (docs.size() == 1 ? " source" : " sources");
  if (first) s += ", " + std::to_string(*first) + (*last != *first ? "–" + std::to_string(*last) : "");
  if (events.size() > slides)
    s += " (" + std::to_string(events.size() - slides) + " without a date the text pins down are not shown)";
  return s;
}

// TimelineJS eras need both ends: an open end stops at the first or last event.
json eras_json(const std::vector<Era>& eras, const std::vector<const Event*>& order) {
  json out = json::array();
  std::optional<Day> lo, hi;
  for (const Event* e : order)
    if (e->time.dated()) {
      lo = lo ? std::min(*lo, e->time.interval->first) : e->time.interval->first;
      hi = hi ? std::max(*hi, e->time.interval->last) : e->time.interval->last;
    }
  for (const auto& era : eras) {
    std::optional<Day> a = era.from ? era.from : lo, b = era.to ? era.to : hi;
    if (!a || !b || *b < *a) continue;
    Ymd x = ymd_of(*a), y = ymd_of(*b);
    json j;
    j["start_date"] = parts_json({x.y, x.m, x.d});
    j["end_date"] = parts_json({y.y, y.m, y.d});
    j["text"] = {{"headline", html_escape(era.label)}};
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

std::string display_date(const EventTime& t) {
  if (!t.interval) return "";
  const DayInterval& iv = *t.interval;
  const std::string pre = mod_word(t.mod);
  const std::string& v = t.value;
  Ymd first = ymd_of(iv.first);
  std::string s;
  switch (t.granularity) {
    case Granularity::kDay:
    case Granularity::kRange:
    case Granularity::kUnknown:
      if (t.granularity == Granularity::kRange && v.size() == 7 && v[4] == '-' && v[5] == 'H')
        s = pre + "H" + v.substr(6) + " " + v.substr(0, 4);
      else
        s = pre + range_text(iv.first, iv.last);
      break;
    case Granularity::kWeek:
      s = pre + "week of " + day_text(first);
      break;
    case Granularity::kMonth:
      // The window of "late June" is narrowed, but it is still June that the text named.
      s = pre + month_text(ymd_of(iv.first + date::days{(iv.last - iv.first).count() / 2}));
      break;
    case Granularity::kSeason: {
      std::string code = v.size() == 7 && v[4] == '-' ? v.substr(5) : "";
      const char* name = code == "SP" ? "spring" : code == "SU" ? "summer" : code == "FA" ? "autumn"
                                                : code == "WI" ? "winter" : nullptr;
      s = name ? pre + name + " " + v.substr(0, 4) : pre + month_text(first) + " – " + month_text(ymd_of(iv.last));
      break;
    }
    case Granularity::kQuarter:
      s = v.size() == 7 && v[5] == 'Q' ? pre + "Q" + v.substr(6) + " " + v.substr(0, 4)
                                       : pre + month_text(first) + " – " + month_text(ymd_of(iv.last));
      break;
    case Granularity::kYear:
      s = pre + std::to_string(ymd_of(iv.first + date::days{(iv.last - iv.first).count() / 2}).y);
      break;
    case Granularity::kDecade:
      s = pre + std::to_string(first.y - ((first.y % 10) + 10) % 10) + "s";
      break;
    case Granularity::kCentury:
      s = pre + std::to_string(first.y - ((first.y % 100) + 100) % 100) + "s";
      break;
  }
  if (t.basis == DateBasis::kPublication) s = "by " + s;
  if (t.basis == DateBasis::kInferred) s += " (inferred)";
  return s;
}

std::string source_label(const std::string& id, const std::map<std::string, SourceInfo>& sources) {
  auto it = sources.find(id);
  if (it == sources.end() || it->second.name.empty()) return id;
  std::string label = it->second.name;
  if (it->second.published) label += ", " + day_text(ymd_of(*it->second.published));
  return label;
}

std::string actor_pair(const Event& e) {
  std::vector<std::string> names = e.participants;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names.empty() ? "no named actor" : base::join(names, " – ");
}

void write_timelinejs(std::ostream& out, const std::vector<Event>& events) {
  write_timelinejs(out, events, TimelineJsOptions{});
}

std::size_t write_timelinejs(std::ostream& out, const std::vector<Event>& events, const std::string& title) {
  TimelineJsOptions o;
  o.title = title;
  return write_timelinejs(out, events, o);
}

std::size_t write_timelinejs(std::ostream& out, const std::vector<Event>& events, const TimelineJsOptions& o) {
  std::vector<const Event*> order;
  for (const auto& e : events) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const Event* a, const Event* b) {
    if (a->time.dated() != b->time.dated()) return a->time.dated();
    if (a->time.dated() && a->time.interval->first != b->time.interval->first)
      return a->time.interval->first < b->time.interval->first;
    return a->id < b->id;
  });

  std::size_t left_out = 0;
  json slides = json::array();
  for (const Event* e : order) {
    const EventTime& t = e->time;
    if (!t.dated() || t.interval->last < t.interval->first || !date::year_month_day{t.interval->first}.ok() ||
        !date::year_month_day{t.interval->last}.ok()) {
      ++left_out;
      continue;
    }
    const Day a = t.interval->first, b = t.interval->last;
    // Which parts the text knew, and whether the slide spans a window.
    bool month = true, day = true, span = false;
    switch (t.granularity) {
      case Granularity::kDay:
      case Granularity::kWeek:
      case Granularity::kUnknown:
        span = b != a;
        break;
      case Granularity::kRange:
        span = true;
        day = t.value.size() >= 10;  // "2023-H1" knows months, "2019-06-05/2019-06-07" days
        break;
      case Granularity::kMonth:
        day = false;
        break;
      case Granularity::kSeason:
      case Granularity::kQuarter:
        day = false;
        span = true;
        break;
      case Granularity::kYear:
        month = day = false;
        break;
      case Granularity::kDecade:
      case Granularity::kCentury:
        month = day = false;
        span = true;
        break;
    }
    // A month or year narrowed by a mod ("late June") still names that month or year.
    Day anchor = a + date::days{(b - a).count() / 2};
    Parts start = parts_of(span ? a : (day ? a : anchor), month, day);
    std::optional<Parts> end;
    if (span) end = parts_of(b, month, day);
    if (!valid(start) || (end && (!valid(*end) || !ordered(start, *end)))) {
      ++left_out;
      continue;
    }

    json s;
    s["unique_id"] = unique_id(e->id, slides.size());
    s["start_date"] = parts_json(start);
    if (end) s["end_date"] = parts_json(*end);
    s["display_date"] = html_escape(display_date(t));
    std::string text = "<p>" + html_escape(e->evidence) + "</p>";
    std::string meta = html_escape(std::string(to_string(e->type))) + " · " +
                       html_escape(std::string(to_string(e->status)));
    if (!e->participants.empty()) meta += " · " + html_escape(base::join(e->participants, ", "));
    if (!e->location.empty()) meta += " · at " + html_escape(e->location);
    std::vector<std::string> docs = e->documents;
    for (const auto& m : e->mentions)
      if (std::find(docs.begin(), docs.end(), m.doc_id) == docs.end()) docs.push_back(m.doc_id);
    std::string sources;
    for (const auto& d : docs) {
      if (!sources.empty()) sources += "; ";
      auto it = o.document_urls.find(d);
      std::string link = it == o.document_urls.end() ? "" : link_or_empty(it->second);
      std::string label = html_escape(source_label(d, o.sources));
      sources += link.empty() ? label
                              : "<a href=\"" + html_escape(link) + "\" target=\"_blank\" rel=\"noopener\">" + label +
                                    "</a>";
    }
    meta += "<br>" + std::to_string(e->sources) + (e->sources == 1 ? " source" : " sources");
    if (!sources.empty()) meta += ": " + sources;
    text += "<p class=\"annalist-meta\"><small>" + meta + "</small></p>";
    s["text"] = {{"headline", html_escape(e->title.empty() ? std::string(to_string(e->type)) : e->title)},
                 {"text", text}};
    s["group"] = html_escape(actor_pair(*e));
    slides.push_back(std::move(s));
  }
  json doc;
  doc["title"] = {{"text", {{"headline", html_escape(o.title)},
                            {"text", html_escape(o.text.empty() ? title_text(events, slides.size(), o) : o.text)}}}};
  doc["events"] = std::move(slides);
  json eras = eras_json(o.eras, order);
  if (!eras.empty()) doc["eras"] = std::move(eras);
  out << script_safe_dump(doc) << "\n";
  return left_out;
}

}  // namespace annalist::exporter
