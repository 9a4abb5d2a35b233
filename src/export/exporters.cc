// Chronology exporters: SPEC CSV, JSON with mentions, and the text views (TimelineJS3: timelinejs.cc).
#include "export/exporters.h"

#include <date/date.h>

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "export/mention_json.h"

namespace annalist::exporter {

namespace {

// True when a spreadsheet could read the cell as a formula: it starts with = + - @, or with TAB
// or CR (which some spreadsheets skip, or treat as a formula start themselves), or with blanks
// before one of them.
bool spreadsheet_could_run(std::string_view v) {
  if (v.empty()) return false;
  if (v[0] == '\t' || v[0] == '\r') return true;
  std::size_t i = v.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && std::string_view("=+-@").find(v[i]) != std::string_view::npos;
}

}  // namespace

// The quote is part of the value. Characters no text cell should hold (NUL and other controls,
// invalid UTF-8) become U+FFFD.
std::string csv_field(std::string_view raw) {
  std::string v = base::xml_safe(raw);
  if (spreadsheet_could_run(v)) v.insert(0, "'");
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) {
    if (c == '"') q += '"';
    q += c;
  }
  q += '"';
  return q;
}

namespace {

// Insertion order keeps fields in the documented order (event_id first) for people reading the file.
using json = nlohmann::ordered_json;

std::string iso(const std::optional<Day>& d) { return d ? calendar::format_iso_day(*d) : ""; }

std::vector<const Event*> chronological(const std::vector<Event>& events) {
  std::vector<const Event*> out;
  for (const auto& e : events) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](const Event* a, const Event* b) {
    if (a->time.dated() != b->time.dated()) return a->time.dated();
    if (a->time.dated() && a->time.interval->first != b->time.interval->first)
      return a->time.interval->first < b->time.interval->first;
    return a->id < b->id;
  });
  return out;
}

// TIMEX-style JSON for HTML embedding: "<", ">", "&" and the JavaScript line separators are
// escaped inside strings, so "</script>" in a quote cannot end a <script> block.
std::string safe_dump(const json& j, int indent) {
  std::string s = j.dump(indent, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
             (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

// Per participant (in the given order) its codes; empty codes where the dictionaries know none.
std::vector<ParticipantCode> codes_in_order(const Event& e, const std::vector<std::string>& participants) {
  std::vector<ParticipantCode> out;
  for (const auto& name : participants) {
    ParticipantCode c{name, "", ""};
    for (const auto& code : e.codes)
      if (code.name == name) c = code;
    out.push_back(c);
  }
  return out;
}

// A ';'-separated cell, empty when every part is (rather than a row of bare separators).
std::string list_cell(const std::vector<std::string>& parts) {
  for (const auto& p : parts)
    if (!p.empty()) return base::join(parts, ";");
  return "";
}

// One field of every participant; a ';' inside a value becomes ','.
std::string list_cell(const std::vector<ParticipantCode>& codes, std::string ParticipantCode::*field) {
  std::vector<std::string> parts;
  for (const auto& c : codes) parts.push_back(base::replace_all(c.*field, ";", ","));
  return list_cell(parts);
}

// Where each document came from, in document order: names (';' in a name becomes ','), URLs
// (';' becomes %3B), publication dates; empty where unknown.
struct Citation {
  std::vector<std::string> names, urls, published;
};
Citation citation(const std::vector<std::string>& documents, const Sources& sources) {
  Citation c;
  for (const auto& d : documents) {
    auto it = sources.find(d);
    const SourceInfo info = it == sources.end() ? SourceInfo{} : it->second;
    c.names.push_back(base::replace_all(info.name, ";", ","));
    c.urls.push_back(base::replace_all(info.url, ";", "%3B"));
    c.published.push_back(iso(info.published));
  }
  return c;
}

// Display width in code points: enough for aligned columns of names and titles.
std::size_t width(std::string_view s) { return base::count_code_points(s); }

// Cuts to at most n code points, marking the cut with an ellipsis.
std::string truncate(std::string_view s, std::size_t n) {
  if (width(s) <= n) return std::string(s);
  std::string out;
  std::size_t i = 0, cps = 0;
  while (i < s.size() && cps + 1 < n) {
    std::size_t start = i;
    base::decode_utf8(s, i);
    out.append(s.substr(start, i - start));
    ++cps;
  }
  return out + "\xE2\x80\xA6";
}

std::string pad(std::string_view s, std::size_t n) {
  std::string out(s);
  for (std::size_t w = width(s); w < n; ++w) out += ' ';
  return out;
}

std::string describe_time(const EventTime& t) {
  if (!t.dated()) {
    std::string s = "undated";
    if (!t.value.empty()) s += " (unresolved " + t.value + ")";
    return s;
  }
  std::string s =
      date_cell(t) + " (" + std::string(to_string(t.granularity)) + ", " + std::string(to_string(t.basis));
  if (!t.timex_text.empty()) s += ", from \"" + t.timex_text + "\"";
  if (!t.mod.empty()) s += ", mod " + t.mod;
  s += ")";
  if (t.interval->days() > 1)
    s += " = " + calendar::format_iso_day(t.interval->first) + " .. " +
         calendar::format_iso_day(t.interval->last);
  return s;
}

}  // namespace

std::string date_cell(const EventTime& t) {
  if (!t.dated()) return "";
  if (!t.value.empty() && t.value[0] != 'X' && calendar::window_of_value(t.value)) return t.value;
  if (t.granularity == Granularity::kRange || t.granularity == Granularity::kUnknown)
    return t.interval->days() == 1 ? calendar::format_iso_day(t.interval->first)
                                   : calendar::format_iso_range(*t.interval);
  return calendar::value_at(t.interval->first, t.granularity);
}

void write_csv(std::ostream& out, const std::vector<Event>& events, const Sources& sources, bool byte_order_mark) {
  static const char* kHeader =
      "event_id,date,start,end,granularity,date_basis,type,status,participants,location,title,"
      "mentions,sources,first_reported,documents,evidence,"
      "cameo,plover,countries,actor_codes,source_names,source_urls,published";
  if (byte_order_mark) out << "\xEF\xBB\xBF";
  out << kHeader << "\r\n";
  for (const Event* e : chronological(events)) {
    const auto& t = e->time;
    std::vector<std::string> participants = e->participants, documents = e->documents;
    std::sort(participants.begin(), participants.end());
    std::sort(documents.begin(), documents.end());
    const Citation cite = citation(documents, sources);
    const std::vector<ParticipantCode> codes = codes_in_order(*e, participants);
    const std::vector<std::string> row = {
        e->id,
        date_cell(t),
        t.dated() ? calendar::format_iso_day(t.interval->first) : "",
        t.dated() ? calendar::format_iso_day(t.interval->last) : "",
        t.dated() ? std::string(to_string(t.granularity)) : "",
        t.dated() ? std::string(to_string(t.basis)) : "unknown",
        std::string(to_string(e->type)),
        std::string(to_string(e->status)),
        base::join(participants, ";"),
        e->location,
        e->title,
        std::to_string(e->mentions.size()),
        std::to_string(e->sources),
        iso(e->first_reported),
        base::join(documents, ";"),
        e->evidence,
        e->cameo,
        e->plover,
        list_cell(codes, &ParticipantCode::country),
        list_cell(codes, &ParticipantCode::cameo),
        list_cell(cite.names),
        list_cell(cite.urls),
        list_cell(cite.published),
    };
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out << ',';
      out << csv_field(row[i]);
    }
    out << "\r\n";
  }
}

namespace {

json event_json(const Event* e, const Sources& sources) {
  {
    json j;
    j["event_id"] = e->id;
    j["date"] = date_cell(e->time);
    j["time"] = time_to_json(e->time);
    j["type"] = std::string(to_string(e->type));
    j["status"] = std::string(to_string(e->status));
    j["participants"] = e->participants;
    j["location"] = e->location;
    j["title"] = e->title;
    j["sources"] = e->sources;
    j["first_reported"] = e->first_reported ? json(iso(e->first_reported)) : json(nullptr);
    j["documents"] = e->documents;
    j["evidence"] = e->evidence;
    j["cameo"] = e->cameo;
    j["plover"] = e->plover;
    const std::vector<ParticipantCode> codes = codes_in_order(*e, e->participants);
    json cs = json::array(), countries = json::array(), actor_codes = json::array();
    for (const auto& c : codes) {
      cs.push_back({{"name", c.name}, {"country", c.country}, {"cameo", c.cameo}});
      countries.push_back(c.country);
      actor_codes.push_back(c.cameo);
    }
    j["codes"] = std::move(cs);
    j["countries"] = std::move(countries);
    j["actor_codes"] = std::move(actor_codes);
    const Citation cite = citation(e->documents, sources);
    j["source_names"] = cite.names;
    j["source_urls"] = cite.urls;
    j["published"] = cite.published;
    json ms = json::array();
    for (const auto& m : e->mentions) ms.push_back(mention_to_json(m));
    j["mentions"] = std::move(ms);
    return j;
  }
}

}  // namespace

void write_json(std::ostream& out, const std::vector<Event>& events, const Sources& sources) {
  json arr = json::array();
  for (const Event* e : chronological(events)) arr.push_back(event_json(e, sources));
  out << safe_dump(arr, 2) << "\n";
}

void write_jsonl(std::ostream& out, const std::vector<Event>& events, const Sources& sources) {
  for (const Event* e : chronological(events)) out << safe_dump(event_json(e, sources), -1) << "\n";
}

std::string events_table(const std::vector<Event>& events) {
  static const std::vector<std::string> kHead = {"ID",           "DATE", "TYPE", "STATUS",
                                                 "PARTICIPANTS", "SRC",  "TITLE"};
  static const std::vector<std::size_t> kMax = {16, 21, 9, 9, 40, 4, 60};
  std::vector<std::vector<std::string>> rows;
  rows.push_back(kHead);
  for (const Event* e : chronological(events)) {
    rows.push_back({e->id, e->time.dated() ? date_cell(e->time) : "undated", std::string(to_string(e->type)),
                    std::string(to_string(e->status)), base::join(e->participants, "; "),
                    std::to_string(e->sources), e->title});
  }
  std::vector<std::size_t> w(kHead.size(), 0);
  for (auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      r[i] = truncate(base::collapse_whitespace(r[i]), kMax[i]);
      w[i] = std::max(w[i], width(r[i]));
    }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (i) line += "  ";
      line += i + 1 == r.size() ? r[i] : pad(r[i], w[i]);
    }
    out += line + "\n";
  }
  return out;
}

std::string show_event(const Event& e) {
  std::ostringstream o;
  o << e.id << "  " << e.title << "\n";
  o << "  date:          " << describe_time(e.time) << "\n";
  // Which mention the date came from: the merge keeps that mention's time whole.
  std::size_t source = 0;
  for (std::size_t i = 0; i < e.mentions.size() && !source; ++i) {
    const auto& t = e.mentions[i].time;
    if (t.value == e.time.value && t.basis == e.time.basis && t.timex_text == e.time.timex_text &&
        t.interval == e.time.interval)
      source = i + 1;
  }
  if (!e.time.why.empty() || source) {
    o << "  date chosen:   ";
    if (source) o << "from mention [" << source << "]" << (e.time.why.empty() ? "" : ": ");
    o << e.time.why << "\n";
  }
  o << "  type:          " << to_string(e.type) << "\n";
  std::size_t same_status = 0;
  for (const auto& m : e.mentions) same_status += m.status == e.status;
  o << "  status:        " << to_string(e.status) << " (" << same_status << " of " << e.mentions.size()
    << (e.mentions.size() == 1 ? " mention" : " mentions") << ")\n";
  o << "  participants:  " << base::join(e.participants, "; ") << "\n";
  if (!e.location.empty()) o << "  location:      " << e.location << "\n";
  o << "  sources:       " << e.sources;
  if (e.first_reported) o << " (first reported " << iso(e.first_reported) << ")";
  o << "\n";
  o << "  documents:     " << base::join(e.documents, "; ") << "\n";
  o << "  evidence:      " << e.evidence << "\n";
  o << "\n" << e.mentions.size() << (e.mentions.size() == 1 ? " mention" : " mentions") << ":\n";
  int n = 0;
  for (const auto& m : e.mentions) {
    o << "\n  [" << ++n << "] " << m.doc_id;
    if (m.doc_dct) o << " (published " << iso(m.doc_dct) << ")";
    o << ", sentence " << m.sentence + 1 << ", code points " << m.begin << "-" << m.end << "\n";
    o << "      \"" << m.quote << "\"\n";
    o << "      trigger:      \"" << m.trigger << "\"";
    if (!m.rule.empty()) o << " (rule " << m.rule << ")";
    o << " -> " << to_string(m.type) << "\n";
    o << "      status:       " << to_string(m.status);
    if (!m.status_why.empty()) o << " (" << m.status_why << ")";
    o << "\n";
    o << "      participants: " << base::join(m.participants, "; ") << "\n";
    if (!m.location.empty()) o << "      location:     " << m.location << "\n";
    o << "      date:         " << describe_time(m.time) << "\n";
    if (!m.time.why.empty()) o << "      why:          " << m.time.why << "\n";
  }
  return o.str();
}

}  // namespace annalist::exporter
