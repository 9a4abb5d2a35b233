// Mention JSON, version 2: writer and strict reader (which also reads version 1).
#include "export/mention_json.h"

#include <cstring>

#include "base/errors.h"
#include "base/json_string.h"
#include "calendar/timex_value.h"

namespace annalist::exporter {
namespace {

Json day_or_null(const std::optional<Day>& d) { return d ? Json(calendar::format_iso_day(*d)) : Json(nullptr); }
Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Field readers that name the line and the field in their errors.
class Reader {
 public:
  Reader(const std::string& file, std::size_t line) : file_(file), line_(line) {}
  [[noreturn]] void fail(const std::string& reason) const { throw InputError(file_, line_, reason); }

  std::string str(const Json& o, const char* key, bool required, const std::string& where = "") const {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
      if (required) fail(where + "missing \"" + key + "\"");
      return "";
    }
    if (!it->is_string()) fail(where + "\"" + key + "\" must be a string");
    return it->get<std::string>();
  }
  std::optional<Day> day(const Json& o, const char* key, const std::string& where = "") const {
    std::string s = str(o, key, false, where);
    if (s.empty()) return std::nullopt;
    auto d = calendar::parse_iso_day(s);
    if (!d) fail(where + "\"" + key + "\" is not a date: '" + s + "'");
    return d;
  }
  std::size_t count(const Json& o, const char* key, const std::string& where) const {
    auto it = o.find(key);
    if (it == o.end() || !it->is_number_integer() || it->get<long long>() < 0)
      fail(where + "\"" + key + "\" must be a non-negative integer");
    return it->get<std::size_t>();
  }
  std::vector<std::string> strings(const Json& o, const char* key, const std::string& where) const {
    auto it = o.find(key);
    if (it == o.end() || !it->is_array()) fail(where + "missing \"" + key + "\" array");
    std::vector<std::string> out;
    for (auto& x : *it) {
      if (!x.is_string()) fail(where + key + " must be strings");
      out.push_back(x.get<std::string>());
    }
    return out;
  }

  EventTime time(const Json& t, const std::string& where) const {
    EventTime out;
    out.value = str(t, "value", false, where);
    auto start = day(t, "start", where), end = day(t, "end", where);
    if (start.has_value() != end.has_value()) fail(where + "time needs both start and end, or neither");
    if (start) {
      if (*end < *start) fail(where + "time ends before it starts");
      out.interval = DayInterval{*start, *end};
    }
    std::string g = str(t, "granularity", false, where);
    if (!g.empty()) {
      auto pg = parse_granularity(g);
      if (!pg) fail(where + "unknown granularity '" + g + "'");
      out.granularity = *pg;
    }
    std::string b = str(t, "basis", true, where);
    auto pb = parse_date_basis(b);
    if (!pb) fail(where + "unknown basis '" + b + "'");
    out.basis = *pb;
    out.mod = str(t, "mod", false, where);
    out.timex_text = str(t, "text", false, where);
    out.why = str(t, "why", false, where);
    return out;
  }

  std::vector<ParticipantCode> codes(const Json& o, const std::string& where) const {
    std::vector<ParticipantCode> out;
    auto it = o.find("codes");
    if (it == o.end() || it->is_null()) return out;
    if (!it->is_array()) fail(where + "\"codes\" must be an array");
    for (auto& c : *it) {
      if (!c.is_object()) fail(where + "codes must be objects");
      out.push_back({str(c, "name", true, where + "code: "), str(c, "country", false, where + "code: "),
                     str(c, "cameo", false, where + "code: ")});
    }
    return out;
  }

  Mention mention(const Json& o, const std::string& where) const {
    if (!o.is_object()) fail(where + "expected an object");
    Mention m;
    auto ty = parse_event_type(str(o, "type", true, where));
    if (!ty) fail(where + "unknown type '" + str(o, "type", true) + "'");
    m.type = *ty;
    auto st = parse_event_status(str(o, "status", true, where));
    if (!st) fail(where + "unknown status '" + str(o, "status", true) + "'");
    m.status = *st;
    m.participants = strings(o, "participants", where);
    m.codes = codes(o, where);
    if (!m.codes.empty() && m.codes.size() != m.participants.size())
      fail(where + "\"codes\" must have one entry per participant");
    m.location = str(o, "location", false, where);
    auto t = o.find("time");
    if (t == o.end() || !t->is_object()) fail(where + "missing \"time\" object");
    m.time = time(*t, where);
    auto s = o.find("sentence");
    if (s == o.end() || !s->is_number_integer()) fail(where + "\"sentence\" must be an integer");
    m.sentence = s->get<int>();
    m.begin = count(o, "begin", where);
    m.end = count(o, "end", where);
    if (m.end < m.begin) fail(where + "end before begin");
    m.quote = str(o, "quote", true, where);
    m.trigger = str(o, "trigger", false, where);
    m.rule = str(o, "rule", false, where);
    m.status_why = o.contains("status_why") ? str(o, "status_why", false, where) : str(o, "why", false, where);
    m.doc_hash = str(o, "doc_hash", false, where);
    m.doc_id = str(o, "document", false, where);
    m.doc_dct = day(o, "dct", where);
    return m;
  }

 private:
  const std::string& file_;
  std::size_t line_;
};

// The line of `extract` written directly, byte for byte what Json::dump(-1, ' ', false, replace)
// writes for the objects below (mention_json_test checks it): building a Json tree per mention
// and serialising it cost more than extracting the mentions.
class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out) {}

  // A key is a literal: its length is known, one append (no strlen and three appends a key).
  template <std::size_t N>
  void key(const char (&k)[N]) {
    char buf[N + 3];
    std::size_t n = 0;
    if (!first_) buf[n++] = ',';
    buf[n++] = '"';
    std::memcpy(buf + n, k, N - 1);
    n += N - 1;
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    first_ = false;
  }
  void open(char c) {
    out_ += c;
    first_ = true;
  }
  void close(char c) {
    out_ += c;
    first_ = false;
  }
  void item() {  // before an array element
    if (!first_) out_ += ',';
    first_ = false;
  }
  void null() { out_ += "null"; }
  /// A string field written only when it has a value (the reader takes absent as empty).
  template <std::size_t N>
  void optional_string(const char (&k)[N], std::string_view s) {
    if (s.empty()) return;
    key(k);
    string(s);
  }
  void number(long long v) { out_ += std::to_string(v); }
  void string(std::string_view s) {
    // Written into a scratch buffer of the line and appended: room for the worst case (six bytes
    // a byte) in the line itself would be zero-filled at every string.
    if (scratch_.size() < base::json_room(s)) scratch_.resize(base::json_room(s));
    char* p = scratch_.data();
    if (base::put_json_string(s, p)) {
      out_.append(scratch_.data(), static_cast<std::size_t>(p - scratch_.data()));
      return;
    }
    // the replacement rules of the library, for the rare broken text
    out_ += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  void text_or_null(const std::string& s) { s.empty() ? null() : string(s); }
  void day_or_null(const std::optional<Day>& d) { d ? string(calendar::format_iso_day(*d)) : null(); }

 private:
  std::string& out_;
  bool first_ = true;
  std::string scratch_;
};

void write_time(LineWriter& w, const EventTime& t) {
  w.open('{');
  w.key("value");
  w.text_or_null(t.value);
  w.key("start");
  t.interval ? w.string(calendar::format_iso_day(t.interval->first)) : w.null();
  w.key("end");
  t.interval ? w.string(calendar::format_iso_day(t.interval->last)) : w.null();
  w.key("granularity");
  t.granularity == Granularity::kUnknown ? w.null() : w.string(to_string(t.granularity));
  w.key("basis");
  w.string(to_string(t.basis));
  w.key("mod");
  w.text_or_null(t.mod);
  w.key("text");
  w.text_or_null(t.timex_text);
  w.key("why");
  w.string(t.why);
  w.close('}');
}

// As mention_to_json, for the document `doc_id` published on `dct`.
void write_mention(LineWriter& w, const Mention& m, const std::string& doc_id, const std::optional<Day>& dct) {
  w.open('{');
  w.key("document");
  w.string(doc_id);
  w.key("doc_hash");
  w.text_or_null(m.doc_hash);
  w.key("dct");
  w.day_or_null(dct);
  w.key("sentence");
  w.number(m.sentence);
  w.key("begin");
  w.number(static_cast<long long>(m.begin));
  w.key("end");
  w.number(static_cast<long long>(m.end));
  w.key("quote");
  w.string(m.quote);
  w.key("trigger");
  w.string(m.trigger);
  w.key("rule");
  w.string(m.rule);
  w.key("type");
  w.string(to_string(m.type));
  w.key("status");
  w.string(to_string(m.status));
  w.key("status_why");
  w.string(m.status_why);
  w.key("participants");
  w.open('[');
  for (auto& p : m.participants) {
    w.item();
    w.string(p);
  }
  w.close(']');
  w.key("codes");
  w.open('[');
  for (auto& c : m.codes) {
    w.item();
    w.open('{');
    w.key("name");
    w.string(c.name);
    w.key("country");
    w.text_or_null(c.country);
    w.key("cameo");
    w.text_or_null(c.cameo);
    w.close('}');
  }
  w.close(']');
  w.key("location");
  w.text_or_null(m.location);
  w.key("time");
  write_time(w, m.time);
  w.close('}');
}

}  // namespace

Json time_to_json(const EventTime& t) {
  Json j;
  j["value"] = text_or_null(t.value);
  j["start"] = t.interval ? Json(calendar::format_iso_day(t.interval->first)) : Json(nullptr);
  j["end"] = t.interval ? Json(calendar::format_iso_day(t.interval->last)) : Json(nullptr);
  j["granularity"] = t.granularity == Granularity::kUnknown ? Json(nullptr) : Json(std::string(to_string(t.granularity)));
  j["basis"] = std::string(to_string(t.basis));
  j["mod"] = text_or_null(t.mod);
  j["text"] = text_or_null(t.timex_text);
  j["why"] = t.why;
  return j;
}

Json mention_to_json(const Mention& m) {
  Json j;
  j["document"] = m.doc_id;
  j["doc_hash"] = text_or_null(m.doc_hash);
  j["dct"] = day_or_null(m.doc_dct);
  j["sentence"] = m.sentence;
  j["begin"] = m.begin;
  j["end"] = m.end;
  j["quote"] = m.quote;
  j["trigger"] = m.trigger;
  j["rule"] = m.rule;
  j["type"] = std::string(to_string(m.type));
  j["status"] = std::string(to_string(m.status));
  j["status_why"] = m.status_why;
  j["participants"] = m.participants;
  Json codes = Json::array();
  for (const auto& c : m.codes)
    codes.push_back({{"name", c.name}, {"country", text_or_null(c.country)}, {"cameo", text_or_null(c.cameo)}});
  j["codes"] = std::move(codes);
  j["location"] = text_or_null(m.location);
  j["time"] = time_to_json(m.time);
  return j;
}

std::string mentions_to_json(const Document& doc, const std::vector<Mention>& mentions) {
  std::string out;
  out.reserve(512 + 1024 * mentions.size());
  LineWriter w(out);
  w.open('{');
  w.key("version");
  w.number(kMentionJsonVersion);
  w.key("id");
  w.string(doc.id);
  w.key("dct");
  w.day_or_null(doc.dct.day);
  w.key("dct_source");
  w.string(to_string(doc.dct.source));
  // The content hash keeps event ids and re-ingest identical to a direct ingest of the text.
  w.optional_string("hash", doc.content_hash);
  // Where the document came from (manifest or JSONL), so the reduce step stores its sources.
  w.optional_string("source", doc.source);
  w.optional_string("title", doc.title);
  w.optional_string("url", doc.url);
  w.key("mentions");
  w.open('[');
  for (const auto& m : mentions) {  // each mention speaks for the line's document
    w.item();
    write_mention(w, m, doc.id, doc.dct.day);
  }
  w.close(']');
  w.close('}');
  return out;
}

MentionLine mentions_from_json(const std::string& line, const std::string& file, std::size_t line_no) {
  Reader r(file, line_no);
  Json j;
  try {
    j = Json::parse(line);
  } catch (const Json::exception& e) {  // a syntax error, or a number out of range (1e400)
    throw InputError(file, line_no, std::string("malformed JSON: ") + e.what());
  }
  if (!j.is_object()) r.fail("expected a JSON object");
  if (auto v = j.find("version"); v != j.end()) {
    if (!v->is_number_integer()) r.fail("\"version\" must be an integer");
    if (v->get<int>() > kMentionJsonVersion)
      r.fail("mention JSON version " + std::to_string(v->get<int>()) + " is newer than this annalist reads (" +
             std::to_string(kMentionJsonVersion) + "); use a newer annalist");
  }
  MentionLine out;
  out.doc.id = r.str(j, "id", true);
  out.doc.dct.day = r.day(j, "dct");
  if (j.contains("hash") && j["hash"].is_string()) out.doc.content_hash = j["hash"].get<std::string>();
  out.doc.source = r.str(j, "source", false);
  out.doc.title = r.str(j, "title", false);
  out.doc.url = r.str(j, "url", false);
  std::string src = r.str(j, "dct_source", false);
  if (!src.empty()) {
    auto s = parse_dct_source(src);
    if (!s) r.fail("unknown dct_source '" + src + "'");
    out.doc.dct.source = *s;
  }
  auto it = j.find("mentions");
  if (it == j.end() || !it->is_array()) r.fail("missing \"mentions\" array");
  std::size_t n = 0;
  for (auto& o : *it) {
    std::string where = "mention " + std::to_string(n++) + ": ";
    Mention m = r.mention(o, where);
    if (!m.doc_id.empty() && m.doc_id != out.doc.id)
      r.fail(where + "\"document\" '" + m.doc_id + "' is not the line's \"id\" '" + out.doc.id + "'");
    m.doc_id = out.doc.id;
    m.doc_dct = out.doc.dct.day;
    out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace annalist::exporter
