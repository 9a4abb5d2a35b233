// Writers of `annalist tag`: SPEC JSON, TempEval-3 TimeML and a plain text listing.
#include "timex/writers.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <nlohmann/json.hpp>

#include "base/json_string.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"

namespace annalist::timex {
namespace {

void xml_escape(std::string_view s, std::string& out) { out += base::escape_html(s); }

// A string literal written with its length known at compile time (no strlen per call).
template <std::size_t N>
void put_literal(char*& p, const char (&s)[N]) {
  std::memcpy(p, s, N - 1);
  p += N - 1;
}

// Written in place by to_chars (two digits a step); the room of a line has 20 bytes per number.
void put_uint(std::size_t v, char*& p) { p = std::to_chars(p, p + 20, v).ptr; }

std::string to_json_slow(const Document& doc, const std::vector<Timex>& timexes) {
  nlohmann::ordered_json j;
  j["id"] = doc.id;
  j["dct"] = doc.dct.day ? nlohmann::ordered_json(calendar::format_iso_day(*doc.dct.day)) : nlohmann::ordered_json();
  j["dct_source"] = std::string(to_string(doc.dct.source));
  if (!doc.dct.day && doc.dct.inferred) {
    nlohmann::ordered_json inf;
    inf["start"] = calendar::format_iso_day(doc.dct.inferred->first);
    inf["end"] = calendar::format_iso_day(doc.dct.inferred->last);
    inf["why"] = doc.dct.inferred_why;
    j["dct_inferred"] = std::move(inf);
  }
  auto arr = nlohmann::ordered_json::array();
  for (const auto& t : timexes) {
    nlohmann::ordered_json x;
    x["begin"] = t.begin;
    x["end"] = t.end;
    x["text"] = t.text;
    x["type"] = t.type;
    x["value"] = t.value;
    x["mod"] = t.mod.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(t.mod);
    x["anchor"] = t.anchor;
    arr.push_back(std::move(x));
  }
  j["timexes"] = std::move(arr);
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

void append_json(const Document& doc, const std::vector<Timex>& timexes, std::string& out) {
  // Written by hand (byte for byte what the nlohmann dump below gives, see writers_test): the
  // stream mode writes one such line per document, and a JSON tree per line costs more than
  // tagging the text. The line is written through a pointer into room made for it (each string
  // escaped may take six bytes per byte), not appended piece by piece. The room is a per-thread
  // buffer that only grows, and the line is then appended: making the room in `out` itself
  // zeroed six bytes per byte of every string of every line.
  thread_local std::string room_buf;
  std::string dct = doc.dct.day ? calendar::format_iso_day(*doc.dct.day) : std::string();
  std::string inferred_first, inferred_last;
  const bool inferred = !doc.dct.day && doc.dct.inferred;
  std::size_t room = 96 + base::json_room(doc.id) + base::json_room(dct) + base::json_room(to_string(doc.dct.source));
  if (inferred) {
    inferred_first = calendar::format_iso_day(doc.dct.inferred->first);
    inferred_last = calendar::format_iso_day(doc.dct.inferred->last);
    room += 64 + base::json_room(inferred_first) + base::json_room(inferred_last);
    for (const auto& w : doc.dct.inferred_why) room += 1 + base::json_room(w);
  }
  for (const Timex& t : timexes)
    room += 128 + 2 * 20 + base::json_room(t.text) + base::json_room(t.type) + base::json_room(t.value) + base::json_room(t.mod) +
            base::json_room(t.anchor);
  if (room_buf.size() < room) room_buf.resize(std::max(room, 2 * room_buf.size()));
  char* const line = room_buf.data();
  char* p = line;
  bool ok = true;
  put_literal(p, "{\"id\":");
  ok &= base::put_json_string(doc.id, p);
  put_literal(p, ",\"dct\":");
  if (doc.dct.day) base::put_json_string(dct, p);
  else put_literal(p, "null");
  put_literal(p, ",\"dct_source\":");
  base::put_json_string(to_string(doc.dct.source), p);
  if (inferred) {
    put_literal(p, ",\"dct_inferred\":{\"start\":");
    base::put_json_string(inferred_first, p);
    put_literal(p, ",\"end\":");
    base::put_json_string(inferred_last, p);
    put_literal(p, ",\"why\":[");
    for (std::size_t k = 0; k < doc.dct.inferred_why.size() && ok; ++k) {
      if (k) *p++ = ',';
      ok &= base::put_json_string(doc.dct.inferred_why[k], p);
    }
    put_literal(p, "]}");
  }
  put_literal(p, ",\"timexes\":[");
  for (std::size_t k = 0; k < timexes.size() && ok; ++k) {
    const Timex& t = timexes[k];
    if (k) *p++ = ',';
    put_literal(p, "{\"begin\":");
    put_uint(t.begin, p);
    put_literal(p, ",\"end\":");
    put_uint(t.end, p);
    put_literal(p, ",\"text\":");
    ok &= base::put_json_string(t.text, p);
    put_literal(p, ",\"type\":");
    ok &= base::put_json_string(t.type, p);
    put_literal(p, ",\"value\":");
    ok &= base::put_json_string(t.value, p);
    put_literal(p, ",\"mod\":");
    if (t.mod.empty()) put_literal(p, "null");
    else ok &= base::put_json_string(t.mod, p);
    put_literal(p, ",\"anchor\":");
    ok &= base::put_json_string(t.anchor, p);
    *p++ = '}';
  }
  put_literal(p, "]}");
  if (ok) out.append(line, static_cast<std::size_t>(p - line));
  else out += to_json_slow(doc, timexes);
}

std::string to_json(const Document& doc, const std::vector<Timex>& timexes) {
  std::string out;
  append_json(doc, timexes, out);
  return out;
}

std::string to_timeml(const Document& doc, const std::vector<Timex>& timexes) {
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
  xml_escape(doc.id, out);
  out += "</DOCID>\n";
  if (doc.dct.day) {
    std::string d = calendar::format_iso_day(*doc.dct.day);
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + d +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + d + "</TIMEX3></DCT>\n";
  } else if (doc.dct.inferred) {
    // TimeML has no element for an interval of creation times: a comment says it, and the values
    // it gave (ranges of days) carry no anchorTimeID.
    std::string why;
    for (const auto& w : doc.dct.inferred_why) why += "\n  " + w;
    std::string comment = "publication date not given; inferred between " +
                          calendar::format_iso_day(doc.dct.inferred->first) + " and " +
                          calendar::format_iso_day(doc.dct.inferred->last) + ":" + why;
    // "--" may not occur inside an XML comment.
    for (std::size_t p; (p = comment.find("--")) != std::string::npos;) comment.replace(p, 2, "- -");
    out += "<!-- ";
    xml_escape(comment, out);
    out += " -->\n";
  }
  out += "<TEXT>";
  std::string_view text = doc.text;
  std::size_t pos = 0;
  // tid k+1 for the k-th timex; the DCT is t0. A value computed from another time (the DCT, an
  // earlier timex) is a temporal function of that anchor.
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& t = timexes[k];
    if (t.byte_begin < pos || t.byte_end > text.size()) continue;
    xml_escape(text.substr(pos, t.byte_begin - pos), out);
    out += "<TIMEX3 tid=\"t" + std::to_string(k + 1) + "\" type=\"" + t.type + "\" value=\"";
    xml_escape(t.value, out);
    out += "\"";
    if (!t.mod.empty()) out += " mod=\"" + t.mod + "\"";
    std::string anchor_id;
    if (t.anchor == "dct" && doc.dct.day) anchor_id = "t0";
    else if (t.anchor == "narrative" && t.anchor_timex >= 0 && static_cast<std::size_t>(t.anchor_timex) < k)
      anchor_id = "t" + std::to_string(t.anchor_timex + 1);
    out += anchor_id.empty() ? " temporalFunction=\"false\"" : " temporalFunction=\"true\"";
    out += " functionInDocument=\"NONE\"";
    if (!anchor_id.empty()) out += " anchorTimeID=\"" + anchor_id + "\"";
    out += ">";
    xml_escape(text.substr(t.byte_begin, t.byte_end - t.byte_begin), out);
    out += "</TIMEX3>";
    pos = t.byte_end;
  }
  xml_escape(text.substr(pos), out);
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

std::string to_text(const Document& doc, const std::vector<Timex>& timexes) {
  std::string out;
  for (const auto& t : timexes) {
    out += std::to_string(t.begin) + "-" + std::to_string(t.end) + "\t" + t.type + "\t" + t.value;
    if (!t.mod.empty()) out += " (" + t.mod + ")";
    // One line per timex, even when the expression runs over a line break.
    std::string flat = t.text;
    for (char& c : flat)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out += "\t" + flat + "\n";
  }
  return out;
}

std::string to_explain(const Document& doc, const std::vector<Timex>& timexes,
                       const std::vector<Explanation>& explanations) {
  std::string_view text = doc.text;
  auto cps = [&](std::size_t byte) { return base::count_code_points(text.substr(0, std::min(byte, text.size()))); };
  auto flat = [](std::string s) {
    for (char& c : s)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
  };
  std::string out = "# " + doc.id + "  dct " + (doc.dct.day ? calendar::format_iso_day(*doc.dct.day) : "unknown") +
                    " (" + std::string(to_string(doc.dct.source)) + ")\n";
  for (const auto& ex : explanations) {
    if (ex.timex >= 0 && ex.timex < static_cast<int>(timexes.size())) {
      const Timex& t = timexes[ex.timex];
      out += std::to_string(t.begin) + "-" + std::to_string(t.end) + "\t" + t.type + "\t" + t.value;
      if (!t.mod.empty()) out += " (" + t.mod + ")";
      out += "\tanchor " + t.anchor + "\t'" + flat(t.text) + "'\n";
    } else if (!ex.steps.empty()) {
      const auto& s = ex.steps.back();
      out += std::to_string(cps(s.byte_begin)) + "-" + std::to_string(cps(s.byte_end)) + "\t(no timex)\t'" +
             flat(std::string(text.substr(s.byte_begin, s.byte_end - s.byte_begin))) + "'\n";
    }
    for (const auto& s : ex.steps) {
      out += "  " + s.rule + " (" + s.where + ") " + std::to_string(cps(s.byte_begin)) + "-" +
             std::to_string(cps(s.byte_end)) + " '" + flat(std::string(text.substr(s.byte_begin, s.byte_end - s.byte_begin))) +
             "': " + s.outcome;
      if (!s.rendered.empty()) out += ", value " + s.rendered;
      out += "\n";
      for (const auto& c : s.captures) {
        out += "    {" + c.name + "} '" + flat(c.text) + "'";
        if (!c.value.empty()) out += " = " + c.value;
        out += "\n";
      }
    }
  }
  return out;
}

}  // namespace annalist::timex
