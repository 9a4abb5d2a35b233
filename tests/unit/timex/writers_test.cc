// Output formats of `annalist tag`: the SPEC JSON line, TempEval-3 TimeML and the text listing.
#include "timex/writers.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "calendar/timex_value.h"

namespace annalist::timex {
namespace {

Document doc_with(std::string text, const char* dct) {
  Document d;
  d.id = "002";
  d.text = std::move(text);
  if (dct) {
    d.dct.day = calendar::parse_iso_day(dct);
    d.dct.source = DctSource::kDateline;
  }
  return d;
}

// Whether the TimeML document contains `part`.
bool has(const std::string& xml, const std::string& part) { return xml.find(part) != std::string::npos; }

Timex tuesday() {
  Timex t;
  t.begin = 7;
  t.end = 14;
  t.byte_begin = 7;
  t.byte_end = 14;
  t.text = "Tuesday";
  t.type = "DATE";
  t.value = "2023-02-21";
  t.anchor = "dct";
  return t;
}

TEST(Writers, JsonMatchesSpec) {
  auto d = doc_with("Met on Tuesday & left.", "2023-02-23");
  EXPECT_EQ(to_json(d, {tuesday()}),
            R"({"id":"002","dct":"2023-02-23","dct_source":"dateline","timexes":[{"begin":7,"end":14,)"
            R"("text":"Tuesday","type":"DATE","value":"2023-02-21","mod":null,"anchor":"dct"}]})");
}

TEST(Writers, JsonUnknownDctAndMod) {
  auto d = doc_with("late June", nullptr);
  Timex t;
  t.end = t.byte_end = 9;
  t.text = "late June";
  t.type = "DATE";
  t.value = "XXXX-06";
  t.mod = "END";
  t.anchor = "none";
  EXPECT_EQ(to_json(d, {t}),
            R"({"id":"002","dct":null,"dct_source":"unknown","timexes":[{"begin":0,"end":9,"text":"late June",)"
            R"("type":"DATE","value":"XXXX-06","mod":"END","anchor":"none"}]})");
  EXPECT_EQ(to_json(d, {}), R"({"id":"002","dct":null,"dct_source":"unknown","timexes":[]})");
}

TEST(Writers, JsonInferredDct) {
  // No publication date, but an interval the text bounds it to, with the evidence (SPEC).
  auto d = doc_with("x", nullptr);
  d.dct.inferred = DayInterval{*calendar::parse_iso_day("2008-05-08"), *calendar::parse_iso_day("2012-05-06")};
  d.dct.inferred_why = {"earliest 2008-05-08: \"Putin\"", "latest 2012-05-06: caf\xC3\xA9"};
  nlohmann::ordered_json j;
  j["id"] = "002";
  j["dct"] = nullptr;
  j["dct_source"] = "unknown";
  j["dct_inferred"] = {{"start", "2008-05-08"}, {"end", "2012-05-06"}, {"why", d.dct.inferred_why}};
  j["timexes"] = nlohmann::ordered_json::array();
  EXPECT_EQ(to_json(d, {}), j.dump());
  EXPECT_EQ(to_json(d, {}).find(R"("dct_inferred":{"start":"2008-05-08","end":"2012-05-06","why":[)"), 46u);
  // A known day wins: no interval is written.
  d.dct.day = calendar::parse_iso_day("2010-03-25");
  EXPECT_EQ(to_json(d, {}).find("dct_inferred"), std::string::npos);
  // TimeML says it in a comment, which never holds "--".
  d.dct.day.reset();
  d.dct.inferred_why = {"a -- b"};
  std::string xml = to_timeml(d, {});
  EXPECT_TRUE(has(xml, "<!-- publication date not given; inferred between 2008-05-08 and 2012-05-06:\n  a - - b -->"));
}

TEST(Writers, JsonEscapesLikeNlohmann) {
  // The line is written by hand; it must be what nlohmann::json writes for the same object.
  auto d = doc_with("x", "2023-02-23");
  d.id = std::string("q\"b\\s/\b\f\n\r\t\x01\x1f\x7f caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80 \xE2\x80\xA8");
  Timex t = tuesday();
  t.text = "Tues\nday \"\xC3\xA9\"";
  t.mod = "END";
  nlohmann::ordered_json j;
  j["id"] = d.id;
  j["dct"] = "2023-02-23";
  j["dct_source"] = "dateline";
  nlohmann::ordered_json x;
  x["begin"] = t.begin;
  x["end"] = t.end;
  x["text"] = t.text;
  x["type"] = t.type;
  x["value"] = t.value;
  x["mod"] = t.mod;
  x["anchor"] = t.anchor;
  j["timexes"] = nlohmann::ordered_json::array({x});
  EXPECT_EQ(to_json(d, {t}), j.dump());
  std::string buf = "previous line\n";
  append_json(d, {t}, buf);
  EXPECT_EQ(buf, "previous line\n" + j.dump());
}

// Strings are scanned eight bytes at a time and their last bytes as one word padded with
// spaces: a byte that needs a look is found at every offset of strings of every short length.
TEST(Writers, JsonEscapesAtEveryOffsetOfShortStrings) {
  const std::vector<std::string> specials = {"\"", "\\", "\n", "\x01", "\x1f", "\xC3\xA9", "\xE2\x80\xA8", " ", "~"};
  auto d = doc_with("x", "2023-02-23");
  for (std::size_t len = 0; len < 20; ++len) {
    for (std::size_t at = 0; at <= len; ++at) {
      for (const auto& sp : specials) {
        Timex t = tuesday();
        t.text = std::string(at, 'a') + sp + std::string(len - at, 'b');
        nlohmann::ordered_json x;
        x["begin"] = t.begin;
        x["end"] = t.end;
        x["text"] = t.text;
        x["type"] = t.type;
        x["value"] = t.value;
        x["mod"] = nullptr;
        x["anchor"] = t.anchor;
        std::string buf;
        append_json(d, {t}, buf);
        EXPECT_NE(buf.find("\"timexes\":[" + x.dump() + "]"), std::string::npos) << len << " " << at << " " << sp;
      }
    }
  }
}

TEST(Writers, JsonOffsetsOfEveryLength) {
  auto d = doc_with("x", "2023-02-23");
  std::size_t v = 0;
  for (int digits = 1; digits <= 20; ++digits) {
    Timex t = tuesday();
    t.begin = v;
    t.end = v * 10 + 9 >= v ? v * 10 + 9 : SIZE_MAX;
    std::string buf;
    append_json(d, {t}, buf);
    const std::string want =
        "{\"begin\":" + std::to_string(t.begin) + ",\"end\":" + std::to_string(t.end) + ",\"text\":";
    EXPECT_NE(buf.find(want), std::string::npos) << buf;
    v = v * 10 + 9;
  }
}

TEST(Writers, TimemlInlineEscapedWithCreationTime) {
  auto d = doc_with("Met on Tuesday & left.", "2023-02-23");
  std::string xml = to_timeml(d, {tuesday()});
  EXPECT_TRUE(has(xml, R"(<TIMEX3 tid="t0" type="DATE" value="2023-02-23" temporalFunction="false" )"
                     R"(functionInDocument="CREATION_TIME">2023-02-23</TIMEX3>)"));
  EXPECT_TRUE(has(xml, R"(<TEXT>Met on <TIMEX3 tid="t1" type="DATE" value="2023-02-21" temporalFunction="true" )"
                     R"(functionInDocument="NONE" anchorTimeID="t0">Tuesday</TIMEX3> &amp; left.</TEXT>)"));
}

TEST(Writers, TimemlAnchorsOfTemporalFunctions) {
  // "On 3 May 1961 it opened; two days later it closed": an absolute date, then a value computed
  // from it; without a DCT a DCT-relative value has no anchor to name.
  auto d = doc_with("On 3 May 1961 it opened; two days later it closed, on Tuesday.", nullptr);
  auto timex = [](std::size_t b, std::size_t e, const char* value, const char* anchor, int anchor_timex) {
    Timex t;
    t.begin = t.byte_begin = b;
    t.end = t.byte_end = e;
    t.type = "DATE";
    t.value = value;
    t.anchor = anchor;
    t.anchor_timex = anchor_timex;
    return t;
  };
  Timex opened = timex(3, 13, "1961-05-03", "absolute", -1);
  Timex later = timex(25, 39, "1961-05-05", "narrative", 0);
  Timex tuesday_x = timex(54, 61, "XXXX-XX-XX", "none", -1);
  std::string xml = to_timeml(d, {opened, later, tuesday_x});
  EXPECT_EQ(xml.find("<DCT>"), std::string::npos);
  EXPECT_TRUE(has(xml, R"(<TIMEX3 tid="t1" type="DATE" value="1961-05-03" temporalFunction="false" )"
                     R"(functionInDocument="NONE">3 May 1961</TIMEX3>)"));
  EXPECT_TRUE(has(xml, R"(<TIMEX3 tid="t2" type="DATE" value="1961-05-05" temporalFunction="true" )"
                     R"(functionInDocument="NONE" anchorTimeID="t1">two days later</TIMEX3>)"));
  EXPECT_TRUE(has(xml, R"(<TIMEX3 tid="t3" type="DATE" value="XXXX-XX-XX" temporalFunction="false" )"
                     R"(functionInDocument="NONE">Tuesday</TIMEX3>)"));
}

TEST(Writers, Text) {
  auto d = doc_with("Met on Tuesday & left.", "2023-02-23");
  EXPECT_EQ(to_text(d, {tuesday()}), "7-14\tDATE\t2023-02-21\tTuesday\n");
  Timex split = tuesday();
  split.text = "Feb.\n22";
  split.mod = "END";
  EXPECT_EQ(to_text(d, {split}), "7-14\tDATE\t2023-02-21 (END)\tFeb. 22\n");
}

}  // namespace
}  // namespace annalist::timex
