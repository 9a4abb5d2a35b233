// Writers of `annalist tag`: SPEC JSON, TempEval-3 TimeML and a plain text listing.
#include "timex/writers.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"

namespace annalist::timex {
namespace {

void xml_escape(std::string_view s, std::string& out) { out += base::escape_html(s); }

// JSON string body as nlohmann::json::dump writes it (ensure_ascii off): '"', '\\' and the
// control characters escaped, everything else copied. Returns false on invalid UTF-8, which the
// caller leaves to nlohmann (it replaces the bad bytes by U+FFFD).
bool append_json_string(std::string_view s, std::string& out) {
  static const char hex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0, run = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) { ++i; continue; }
    if (c >= 0x80) {
      std::size_t k = i;
      base::decode_utf8(s, k);
      std::size_t len = k - i;
      if (base::find_invalid_utf8(s.substr(i, len))) return false;
      i = k;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    run = ++i;
  }
  out.append(s.data() + run, n - run);
  out += '"';
  return true;
}

void append_uint(std::size_t v, std::string& out) {
  char buf[24];
  int k = 24;
  do { buf[--k] = static_cast<char>('0' + v % 10); v /= 10; } while (v);
  out.append(buf + k, 24 - k);
}

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
  // tagging the text.
  const std::size_t start = out.size();
  bool ok = true;
  out += "{\"id\":";
  ok &= append_json_string(doc.id, out);
  out += ",\"dct\":";
  if (doc.dct.day) append_json_string(calendar::format_iso_day(*doc.dct.day), out);
  else out += "null";
  out += ",\"dct_source\":";
  append_json_string(to_string(doc.dct.source), out);
  if (!doc.dct.day && doc.dct.inferred) {
    out += ",\"dct_inferred\":{\"start\":";
    append_json_string(calendar::format_iso_day(doc.dct.inferred->first), out);
    out += ",\"end\":";
    append_json_string(calendar::format_iso_day(doc.dct.inferred->last), out);
    out += ",\"why\":[";
    for (std::size_t k = 0; k < doc.dct.inferred_why.size() && ok; ++k) {
      if (k) out += ',';
      ok &= append_json_string(doc.dct.inferred_why[k], out);
    }
    out += "]}";
  }
  out += ",\"timexes\":[";
  for (std::size_t k = 0; k < timexes.size() && ok; ++k) {
    const Timex& t = timexes[k];
    out += k ? ",{\"begin\":" : "{\"begin\":";
    append_uint(t.begin, out);
    out += ",\"end\":";
    append_uint(t.end, out);
    out += ",\"text\":";
    ok &= append_json_string(t.text, out);
    out += ",\"type\":";
    ok &= append_json_string(t.type, out);
    out += ",\"value\":";
    ok &= append_json_string(t.value, out);
    out += ",\"mod\":";
    if (t.mod.empty()) out += "null";
    else ok &= append_json_string(t.mod, out);
    out += ",\"anchor\":";
    ok &= append_json_string(t.anchor, out);
    out += '}';
  }
  out += "]}";
  if (!ok) {
    out.resize(start);
    out += to_json_slow(doc, timexes);
  }
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
