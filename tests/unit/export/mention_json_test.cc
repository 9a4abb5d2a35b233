// Mention JSON lines: round trip and exact errors on malformed input.
#include "export/mention_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/errors.h"
#include "base/json_string.h"
#include "calendar/timex_value.h"

namespace annalist::exporter {
namespace {

Mention sample() {
  Mention m;
  m.doc_id = "017_abc";
  m.doc_dct = calendar::parse_iso_day("2019-06-05");
  m.sentence = 3;
  m.begin = 120;
  m.end = 190;
  m.quote = "On Tuesday the two leaders met in Moscow \xE2\x80\x94 again.";
  m.trigger = "met";
  m.rule = "meeting.meet";
  m.type = EventType::kMeeting;
  m.status = EventStatus::kOccurred;
  m.status_why = "past or present tense";
  m.participants = {"Vladimir Putin", "Xi Jinping"};
  m.location = "Moscow";
  m.time.interval = DayInterval{*calendar::parse_iso_day("2019-06-04"), *calendar::parse_iso_day("2019-06-04")};
  m.time.granularity = Granularity::kDay;
  m.time.basis = DateBasis::kRelative;
  m.time.value = "2019-06-04";
  m.time.timex_text = "Tuesday";
  m.time.why = "'Tuesday' = 2019-06-04";
  m.codes = {{"Vladimir Putin", "RUS", "RUSGOV"}, {"Xi Jinping", "CHN", "CHNGOV"}};
  return m;
}

Document doc() {
  Document d;
  d.id = "017_abc";
  d.dct.day = calendar::parse_iso_day("2019-06-05");
  d.dct.source = DctSource::kManifest;
  return d;
}

TEST(MentionJson, writes_the_spec_fields) {
  auto j = nlohmann::json::parse(mentions_to_json(doc(), {sample()}));
  EXPECT_EQ(j["id"], "017_abc");
  EXPECT_EQ(j["dct"], "2019-06-05");
  EXPECT_EQ(j["dct_source"], "manifest");
  EXPECT_EQ(j["version"], 2);
  auto& m = j["mentions"][0];
  EXPECT_EQ(m["document"], "017_abc");
  EXPECT_EQ(m["dct"], "2019-06-05");
  EXPECT_EQ(m["status_why"], "past or present tense");
  EXPECT_FALSE(m.contains("why"));
  EXPECT_EQ(m["codes"][1], nlohmann::json({{"name", "Xi Jinping"}, {"country", "CHN"}, {"cameo", "CHNGOV"}}));
  EXPECT_EQ(m["type"], "meeting");
  EXPECT_EQ(m["status"], "occurred");
  EXPECT_EQ(m["participants"], nlohmann::json({"Vladimir Putin", "Xi Jinping"}));
  EXPECT_EQ(m["location"], "Moscow");
  EXPECT_EQ(m["time"]["value"], "2019-06-04");
  EXPECT_EQ(m["time"]["start"], "2019-06-04");
  EXPECT_EQ(m["time"]["end"], "2019-06-04");
  EXPECT_EQ(m["time"]["granularity"], "day");
  EXPECT_EQ(m["time"]["basis"], "relative");
  EXPECT_TRUE(m["time"]["mod"].is_null());
  EXPECT_EQ(m["time"]["text"], "Tuesday");
  EXPECT_EQ(m["sentence"], 3);
  EXPECT_EQ(m["begin"], 120);
  EXPECT_EQ(m["end"], 190);
  EXPECT_EQ(m["trigger"], "met");
  EXPECT_EQ(m["rule"], "meeting.meet");
}

TEST(MentionJson, round_trips) {
  Mention undated = sample();
  undated.time = EventTime{};
  undated.time.value = "XXXX-06";
  undated.time.mod = "END";
  undated.time.why = "cannot be resolved";
  undated.status = EventStatus::kPlanned;
  undated.location.clear();
  std::string line = mentions_to_json(doc(), {sample(), undated});
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto back = mentions_from_json(line, "m.jsonl", 4);
  EXPECT_EQ(back.doc.id, "017_abc");
  EXPECT_EQ(back.doc.dct.day, doc().dct.day);
  EXPECT_EQ(back.doc.dct.source, DctSource::kManifest);
  ASSERT_EQ(back.mentions.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const Mention& a = i == 0 ? sample() : undated;
    const Mention& b = back.mentions[i];
    EXPECT_EQ(b.doc_id, a.doc_id);
    EXPECT_EQ(b.type, a.type);
    EXPECT_EQ(b.status, a.status);
    EXPECT_EQ(b.participants, a.participants);
    EXPECT_EQ(b.location, a.location);
    EXPECT_EQ(b.time.interval, a.time.interval);
    EXPECT_EQ(b.time.granularity, a.time.granularity);
    EXPECT_EQ(b.time.basis, a.time.basis);
    EXPECT_EQ(b.time.value, a.time.value);
    EXPECT_EQ(b.time.mod, a.time.mod);
    EXPECT_EQ(b.time.timex_text, a.time.timex_text);
    EXPECT_EQ(b.time.why, a.time.why);
    EXPECT_EQ(b.sentence, a.sentence);
    EXPECT_EQ(b.begin, a.begin);
    EXPECT_EQ(b.end, a.end);
    EXPECT_EQ(b.quote, a.quote);
    EXPECT_EQ(b.trigger, a.trigger);
    EXPECT_EQ(b.rule, a.rule);
    EXPECT_EQ(b.status_why, a.status_why);
    EXPECT_EQ(b.codes, a.codes);
  }
  // Written again, the line is byte for byte the same.
  Document d2 = doc();
  EXPECT_EQ(mentions_to_json(d2, back.mentions), line);
}

TEST(MentionJson, the_line_carries_the_documents_source) {
  Document d = doc();
  d.source = "Reuters";
  d.title = "Leaders meet";
  d.url = "https://example.org/a/1";
  auto back = mentions_from_json(mentions_to_json(d, {sample()}), "m.jsonl", 1);
  EXPECT_EQ(back.doc.source, "Reuters");
  EXPECT_EQ(back.doc.title, "Leaders meet");
  EXPECT_EQ(back.doc.url, "https://example.org/a/1");
  Document bare = doc();
  bare.source = bare.title = bare.url = "";
  std::string line = mentions_to_json(bare, {sample()});
  EXPECT_EQ(line.find("\"url\""), std::string::npos);  // unknown: left out
  EXPECT_EQ(mentions_from_json(line, "m.jsonl", 1).doc.source, "");
}

TEST(MentionJson, the_export_uses_the_same_encoding) {
  // One encoding: a mention inside `export --format json` is the object of an extract line.
  Mention m = sample();
  auto line = nlohmann::ordered_json::parse(mentions_to_json(doc(), {m}));
  EXPECT_EQ(line["mentions"][0], mention_to_json(m));
  EXPECT_EQ(mention_to_json(m)["time"], time_to_json(m.time));
}

TEST(MentionJson, strings_are_escaped_wherever_the_byte_stands) {
  // The writer skips eight plain bytes at a time: a byte to escape (or to check as UTF-8) at every
  // place of such a run, first, last or alone, must come out as the library writes it.
  const std::vector<std::string> odd = {"\"", "\\", std::string(1, '\x01'), "\x1F", "\t", "\x7F", "\xC3\xA9",
                                        "\xE2\x80\x94", "\xF0\x9F\x98\x80"};
  for (const auto& o : odd)
    for (std::size_t len = 0; len <= 20; ++len)
      for (std::size_t at = 0; at <= len; ++at) {
        std::string s(len, 'a');
        s.insert(at, o);
        if (at % 3 == 0) s += o;  // a second one after the first
        std::string out(base::json_room(s), '\0');
        char* p = out.data();
        ASSERT_TRUE(base::put_json_string(s, p));
        out.resize(static_cast<std::size_t>(p - out.data()));
        ASSERT_EQ(out, nlohmann::json(s).dump()) << "length " << len << " at " << at;
      }
  // Broken UTF-8 anywhere in a run is reported, not copied.
  for (std::size_t at = 0; at <= 16; ++at) {
    std::string s(16, 'b');
    s.insert(at, "\xFF");
    std::string out(base::json_room(s), '\0');
    char* p = out.data();
    EXPECT_FALSE(base::put_json_string(s, p)) << "at " << at;
  }
}

TEST(MentionJson, the_line_is_byte_for_byte_the_librarys_serialisation) {
  // The line is written directly; it must equal what the JSON library writes for the same tree,
  // with every escape: quotes, backslashes, control characters, DEL, non-ASCII text, and broken
  // UTF-8 (replaced by U+FFFD as the library does).
  Document d = doc();
  d.content_hash = "h";
  d.source = "Agency \"Quote\" \\ back";
  d.url = "https://example.org/a?b=1&c=2";
  Mention m = sample();
  Mention odd = sample();
  odd.quote = std::string("tab\tnew\nret\rbs\bff\fnul") + '\0' + "\x01\x1F\x7F end \xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
  odd.participants = {"Ana \"Quote\" Ruiz", "\xC3\xA9lise"};
  odd.codes = {{"Ana \"Quote\" Ruiz", "", ""}, {"\xC3\xA9lise", "FRA", ""}};
  odd.location = "";
  odd.time = EventTime{};
  odd.sentence = -1;
  Mention broken = sample();
  broken.quote = "cut \xE2\x80 here \xC0\xAF overlong \xED\xA0\x80 surrogate \xF4\x90\x80\x80 high \xFF";
  Json j;
  j["version"] = kMentionJsonVersion;
  j["id"] = d.id;
  j["dct"] = calendar::format_iso_day(*d.dct.day);
  j["dct_source"] = "manifest";
  j["hash"] = "h";
  j["source"] = d.source;
  j["url"] = d.url;
  j["mentions"] = Json::array();
  for (const Mention* x : {&m, &odd, &broken}) {
    Mention copy = *x;
    copy.doc_id = d.id;
    copy.doc_dct = d.dct.day;
    j["mentions"].push_back(mention_to_json(copy));
  }
  EXPECT_EQ(mentions_to_json(d, {m, odd, broken}), j.dump(-1, ' ', false, Json::error_handler_t::replace));
  const std::string empty = mentions_to_json(d, {});
  EXPECT_EQ(empty.substr(empty.rfind(',')), ",\"mentions\":[]}");
}

TEST(MentionJson, reads_version_one_lines) {
  // Version 1 called status_why "why" and had no document, dct or codes per mention.
  auto back = mentions_from_json(
      R"({"id":"a","dct":"2020-01-05","dct_source":"manifest","mentions":[{"type":"call","status":"planned",)"
      R"("participants":["A","B"],"location":null,"time":{"value":null,"start":null,"end":null,"granularity":null,)"
      R"("basis":"unknown","mod":null,"text":null,"why":""},"sentence":0,"begin":0,"end":5,"quote":"x","trigger":"call",)"
      R"("rule":"r","why":"will"}]})",
      "old.jsonl", 1);
  ASSERT_EQ(back.mentions.size(), 1u);
  EXPECT_EQ(back.mentions[0].status_why, "will");
  EXPECT_EQ(back.mentions[0].doc_id, "a");
  EXPECT_EQ(back.mentions[0].doc_dct, calendar::parse_iso_day("2020-01-05"));
  EXPECT_TRUE(back.mentions[0].codes.empty());
}

TEST(MentionJson, unknown_dct_is_null) {
  Document d;
  d.id = "x";
  auto j = nlohmann::json::parse(mentions_to_json(d, {}));
  EXPECT_TRUE(j["dct"].is_null());
  EXPECT_EQ(j["dct_source"], "unknown");
  EXPECT_TRUE(j["mentions"].empty());
}

std::string error_of(const std::string& line) {
  try {
    mentions_from_json(line, "m.jsonl", 7);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(MentionJson, malformed_lines_name_file_line_and_reason) {
  EXPECT_EQ(error_of("[1,2]"), "m.jsonl:7: expected a JSON object");
  EXPECT_EQ(error_of(R"({"dct":null,"mentions":[]})"), "m.jsonl:7: missing \"id\"");
  EXPECT_EQ(error_of(R"({"id":"a","dct":"2023-02-30","mentions":[]})"), "m.jsonl:7: \"dct\" is not a date: '2023-02-30'");
  EXPECT_EQ(error_of(R"({"id":"a"})"), "m.jsonl:7: missing \"mentions\" array");
  EXPECT_EQ(error_of(R"({"id":"a","mentions":[{"type":"party"}]})"), "m.jsonl:7: mention 0: unknown type 'party'");
  EXPECT_EQ(error_of(R"({"id":"a","mentions":[{"type":"call","status":"occurred","participants":[],"time":{"basis":"relative","start":"2020-01-02"}}]})"),
            "m.jsonl:7: mention 0: time needs both start and end, or neither");
  EXPECT_EQ(error_of(R"({"id":"a","mentions":[{"type":"call","status":"occurred","participants":[],"time":{"basis":"guess"}}]})"),
            "m.jsonl:7: mention 0: unknown basis 'guess'");
  EXPECT_EQ(error_of(R"({"version":3,"id":"a","mentions":[]})"),
            "m.jsonl:7: mention JSON version 3 is newer than this annalist reads (2); use a newer annalist");
  EXPECT_EQ(error_of(R"({"id":"a","mentions":[{"document":"b","type":"call","status":"occurred","participants":[],)"
                     R"("time":{"basis":"unknown"},"sentence":0,"begin":0,"end":1,"quote":"q"}]})"),
            "m.jsonl:7: mention 0: \"document\" 'b' is not the line's \"id\" 'a'");
  EXPECT_EQ(error_of(R"({"id":"a","mentions":[{"type":"call","status":"occurred","participants":["A"],"codes":[],)"
                     R"("time":{"basis":"unknown"},"sentence":0,"begin":0,"end":1,"quote":"q"}]})"),
            "no error");
  EXPECT_EQ(error_of(R"({"id":"a","mentions":[{"type":"call","status":"occurred","participants":["A"],)"
                     R"("codes":[{"name":"A"},{"name":"B"}],"time":{"basis":"unknown"},"sentence":0,"begin":0,"end":1,"quote":"q"}]})"),
            "m.jsonl:7: mention 0: \"codes\" must have one entry per participant");
  EXPECT_EQ(error_of("{\"id\":"), error_of("{\"id\":"));  // deterministic
  EXPECT_EQ(error_of("{\"id\":").rfind("m.jsonl:7: malformed JSON: ", 0), 0u);
}

}  // namespace
}  // namespace annalist::exporter
