// Mention JSON lines (SPEC `extract`): writer and strict reader.
#include "event/mention_json.h"

#include <nlohmann/json.hpp>

#include "base/errors.h"
#include "calendar/timex_value.h"

namespace annalist::event {
namespace {

using nlohmann::json;

json day_or_null(const std::optional<Day>& d) { return d ? json(calendar::format_iso_day(*d)) : json(nullptr); }

}  // namespace

std::string mentions_to_json(const Document& doc, const std::vector<Mention>& mentions) {
  json j;
  j["id"] = doc.id;
  j["dct"] = day_or_null(doc.dct.day);
  j["dct_source"] = std::string(to_string(doc.dct.source));
  // The content hash keeps event ids and re-ingest identical to a direct ingest of the text.
  if (!doc.content_hash.empty()) j["hash"] = doc.content_hash;
  json arr = json::array();
  for (auto& m : mentions) {
    json t;
    t["value"] = m.time.value.empty() ? json(nullptr) : json(m.time.value);
    t["start"] = m.time.interval ? json(calendar::format_iso_day(m.time.interval->first)) : json(nullptr);
    t["end"] = m.time.interval ? json(calendar::format_iso_day(m.time.interval->last)) : json(nullptr);
    t["granularity"] = m.time.granularity == Granularity::kUnknown ? json(nullptr) : json(std::string(to_string(m.time.granularity)));
    t["basis"] = std::string(to_string(m.time.basis));
    t["mod"] = m.time.mod.empty() ? json(nullptr) : json(m.time.mod);
    t["text"] = m.time.timex_text.empty() ? json(nullptr) : json(m.time.timex_text);
    t["why"] = m.time.why;
    json o;
    o["type"] = std::string(to_string(m.type));
    o["status"] = std::string(to_string(m.status));
    o["participants"] = m.participants;
    o["location"] = m.location.empty() ? json(nullptr) : json(m.location);
    o["time"] = t;
    o["sentence"] = m.sentence;
    o["begin"] = m.begin;
    o["end"] = m.end;
    o["quote"] = m.quote;
    o["trigger"] = m.trigger;
    o["rule"] = m.rule;
    o["why"] = m.status_why;
    if (!m.doc_hash.empty()) o["doc_hash"] = m.doc_hash;
    arr.push_back(std::move(o));
  }
  j["mentions"] = std::move(arr);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

MentionLine mentions_from_json(const std::string& line, const std::string& file, std::size_t line_no) {
  auto fail = [&](const std::string& reason) -> void { throw InputError(file, line_no, reason); };
  json j;
  try {
    j = json::parse(line);
  } catch (const json::exception& e) {  // a syntax error, or a number out of range (1e400)
    throw InputError(file, line_no, std::string("malformed JSON: ") + e.what());
  }
  if (!j.is_object()) fail("expected a JSON object");
  auto str = [&](const json& o, const char* key, bool required) -> std::string {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
      if (required) fail(std::string("missing \"") + key + "\"");
      return "";
    }
    if (!it->is_string()) fail(std::string("\"") + key + "\" must be a string");
    return it->get<std::string>();
  };
  auto day = [&](const json& o, const char* key) -> std::optional<Day> {
    std::string s = str(o, key, false);
    if (s.empty()) return std::nullopt;
    auto d = calendar::parse_iso_day(s);
    if (!d) fail(std::string("\"") + key + "\" is not a date: '" + s + "'");
    return d;
  };
  auto num = [&](const json& o, const char* key) -> std::size_t {
    auto it = o.find(key);
    if (it == o.end() || !it->is_number_integer() || it->get<long long>() < 0)
      fail(std::string("\"") + key + "\" must be a non-negative integer");
    return it->get<std::size_t>();
  };
  MentionLine out;
  out.doc.id = str(j, "id", true);
  out.doc.dct.day = day(j, "dct");
  if (j.contains("hash") && j["hash"].is_string()) out.doc.content_hash = j["hash"].get<std::string>();
  std::string src = str(j, "dct_source", false);
  if (!src.empty()) {
    auto s = parse_dct_source(src);
    if (!s) fail("unknown dct_source '" + src + "'");
    out.doc.dct.source = *s;
  }
  auto it = j.find("mentions");
  if (it == j.end() || !it->is_array()) fail("missing \"mentions\" array");
  std::size_t n = 0;
  for (auto& o : *it) {
    std::string where = "mention " + std::to_string(n++) + ": ";
    if (!o.is_object()) fail(where + "expected an object");
    Mention m;
    m.doc_id = out.doc.id;
    m.doc_dct = out.doc.dct.day;
    auto ty = parse_event_type(str(o, "type", true));
    if (!ty) fail(where + "unknown type '" + str(o, "type", true) + "'");
    m.type = *ty;
    auto stt = parse_event_status(str(o, "status", true));
    if (!stt) fail(where + "unknown status '" + str(o, "status", true) + "'");
    m.status = *stt;
    auto p = o.find("participants");
    if (p == o.end() || !p->is_array()) fail(where + "missing \"participants\" array");
    for (auto& x : *p) {
      if (!x.is_string()) fail(where + "participants must be strings");
      m.participants.push_back(x.get<std::string>());
    }
    m.location = str(o, "location", false);
    auto t = o.find("time");
    if (t == o.end() || !t->is_object()) fail(where + "missing \"time\" object");
    m.time.value = str(*t, "value", false);
    auto start = day(*t, "start"), end = day(*t, "end");
    if (start.has_value() != end.has_value()) fail(where + "time needs both start and end, or neither");
    if (start) {
      if (*end < *start) fail(where + "time ends before it starts");
      m.time.interval = DayInterval{*start, *end};
    }
    std::string g = str(*t, "granularity", false);
    if (!g.empty()) {
      auto pg = parse_granularity(g);
      if (!pg) fail(where + "unknown granularity '" + g + "'");
      m.time.granularity = *pg;
    }
    std::string b = str(*t, "basis", true);
    auto pb = parse_date_basis(b);
    if (!pb) fail(where + "unknown basis '" + b + "'");
    m.time.basis = *pb;
    m.time.mod = str(*t, "mod", false);
    m.time.timex_text = str(*t, "text", false);
    m.time.why = str(*t, "why", false);
    auto s = o.find("sentence");
    if (s == o.end() || !s->is_number_integer()) fail(where + "\"sentence\" must be an integer");
    m.sentence = s->get<int>();
    m.begin = num(o, "begin");
    m.end = num(o, "end");
    if (m.end < m.begin) fail(where + "end before begin");
    m.quote = str(o, "quote", true);
    m.trigger = str(o, "trigger", false);
    m.rule = str(o, "rule", false);
    m.status_why = str(o, "why", false);
    m.doc_hash = str(o, "doc_hash", false);
    out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace annalist::event
