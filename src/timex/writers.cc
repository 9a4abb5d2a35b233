// Writers of `annalist tag`: SPEC JSON, TempEval-3 TimeML and a plain text listing.
#include "timex/writers.h"

#include <nlohmann/json.hpp>

#include "calendar/timex_value.h"

namespace annalist::timex {
namespace {

void xml_escape(std::string_view s, std::string& out) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

}  // namespace

std::string to_json(const Document& doc, const std::vector<Timex>& timexes) {
  nlohmann::ordered_json j;
  j["id"] = doc.id;
  j["dct"] = doc.dct.day ? nlohmann::ordered_json(calendar::format_iso_day(*doc.dct.day)) : nlohmann::ordered_json();
  j["dct_source"] = std::string(to_string(doc.dct.source));
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

std::string to_timeml(const Document& doc, const std::vector<Timex>& timexes) {
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
  xml_escape(doc.id, out);
  out += "</DOCID>\n";
  if (doc.dct.day) {
    std::string d = calendar::format_iso_day(*doc.dct.day);
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + d +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + d + "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  std::string_view text = doc.text;
  std::size_t pos = 0;
  int tid = 1;
  for (const auto& t : timexes) {
    if (t.byte_begin < pos || t.byte_end > text.size()) continue;
    xml_escape(text.substr(pos, t.byte_begin - pos), out);
    out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + t.type + "\" value=\"";
    xml_escape(t.value, out);
    out += "\"";
    if (!t.mod.empty()) out += " mod=\"" + t.mod + "\"";
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
    out += "\t" + t.text + "\n";
  }
  return out;
}

}  // namespace annalist::timex
