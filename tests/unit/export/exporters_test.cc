// Exporters: CSV quoting and column contract, formula neutralisation, order, JSON/TimelineJS escaping.
#include "export/exporters.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "calendar/timex_value.h"

namespace annalist::exporter {
namespace {

Day day(const char* iso) { return *calendar::parse_iso_day(iso); }

Event event(const std::string& id, const std::string& value, const std::string& evidence = "Evidence.") {
  Event e;
  e.id = id;
  e.type = EventType::kCall;
  e.participants = {"Vladimir Putin", "Xi Jinping"};
  if (auto w = calendar::window_of_value(value)) {
    e.time.interval = w->interval;
    e.time.granularity = w->granularity;
    e.time.basis = DateBasis::kRelative;
    e.time.value = value;
  }
  e.title = "Putin–Xi call";
  Mention m;
  m.doc_id = "002";
  m.quote = evidence;
  m.trigger = "call";
  e.mentions = {m, m};
  e.sources = 1;
  e.first_reported = day("2023-02-23");
  e.documents = {"002"};
  e.evidence = evidence;
  return e;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    auto next = s.find("\r\n", pos);
    out.push_back(s.substr(pos, next - pos));
    pos = next + 2;
  }
  return out;
}

TEST(Csv, HeaderAndRowFollowTheContract) {
  std::ostringstream out;
  write_csv(out, {event("ev-1", "2022-12")});
  auto ls = lines(out.str());
  ASSERT_EQ(ls.size(), 2u);
  EXPECT_EQ(ls[0],
            "event_id,date,start,end,granularity,date_basis,type,status,participants,location,title,"
            "mentions,sources,first_reported,documents,evidence,"
            "cameo,plover,countries,actor_codes,source_names,source_urls,published");
  EXPECT_EQ(ls[1],
            "ev-1,2022-12,2022-12-01,2022-12-31,month,relative,call,occurred,Vladimir Putin;Xi Jinping,,"
            "Putin–Xi call,2,1,2023-02-23,002,Evidence.,,,,,,,");
}

TEST(Csv, CodesAndSourcesFollowParticipantAndDocumentOrder) {
  Event e = event("ev-1", "2023-02-21");
  e.cameo = "041";
  e.plover = "CONSULT";
  e.participants = {"Xi Jinping", "NATO", "Vladimir Putin", "Somebody"};  // written sorted
  e.codes = {{"Xi Jinping", "CHN", "CHNGOV"}, {"NATO", "NATO", "IGOWSTNAT"}, {"Vladimir Putin", "RUS", "RUSGOV"},
             {"Somebody", "", ""}};
  e.documents = {"b", "a", "c"};
  Sources sources = {{"a", {"Reuters", "https://r.example/a", day("2023-02-22")}},
                     {"b", {"Agency; wire", "https://x.example/b?p=1;q=2", std::nullopt}}};
  std::ostringstream out;
  write_csv(out, {e}, sources);
  auto row = lines(out.str())[1];
  EXPECT_NE(row.find(",NATO;Somebody;Vladimir Putin;Xi Jinping,"), std::string::npos) << row;
  EXPECT_NE(row.find(",a;b;c,"), std::string::npos);
  // cameo, plover, countries, actor_codes, source_names, source_urls, published
  const std::string tail = ",041,CONSULT,NATO;;RUS;CHN,IGOWSTNAT;;RUSGOV;CHNGOV,"
                           "\"Reuters;Agency, wire;\",https://r.example/a;https://x.example/b?p=1%3Bq=2;,2023-02-22;;";
  EXPECT_EQ(row.substr(row.size() - tail.size()), tail) << row;
}

TEST(Csv, ExcelGetsAByteOrderMark) {
  std::ostringstream plain, excel;
  write_csv(plain, {event("ev-1", "2023")});
  write_csv(excel, {event("ev-1", "2023")}, {}, true);
  EXPECT_EQ(excel.str(), "\xEF\xBB\xBF" + plain.str());
  EXPECT_EQ(plain.str().rfind("event_id,", 0), 0u);
}

TEST(Csv, LinesEndWithCrLf) {
  std::ostringstream out;
  write_csv(out, {event("ev-1", "2022-12-30")});
  const std::string s = out.str();
  EXPECT_EQ(s.substr(s.size() - 2), "\r\n");
  EXPECT_EQ(s.find('\n'), s.find("\r\n") + 1);
}

TEST(Csv, QuotesCommasQuotesAndNewlines) {
  std::ostringstream out;
  write_csv(out, {event("ev-1", "2023-02-21", "He said \"yes\", then left.\nNext line")});
  auto s = out.str();
  EXPECT_NE(s.find(",\"He said \"\"yes\"\", then left.\nNext line\",,,,,,,\r\n"), std::string::npos) << s;
}

TEST(Csv, NeutralisesFormulaCells) {
  Event e = event("ev-1", "2023-02-21", "=HYPERLINK(\"http://x\")");
  e.title = "+cmd";
  e.location = "@SUM(A1)";
  e.participants = {"-2+3"};
  std::ostringstream out;
  write_csv(out, {e});
  auto row = lines(out.str())[1];
  EXPECT_NE(row.find(",'-2+3,"), std::string::npos) << row;
  EXPECT_NE(row.find(",'@SUM(A1),"), std::string::npos) << row;
  EXPECT_NE(row.find(",'+cmd,"), std::string::npos) << row;
  EXPECT_NE(row.find(",\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos) << row;
}

TEST(Csv, NeutralisesTabAndCarriageReturnStartsAndDropsControls) {
  Event e = event("ev-1", "2023-02-21", std::string("a\0b met", 7));
  e.title = "\t=cmd|' /C calc'!A0";
  e.location = "\r=1+1";
  e.participants = {"  @SUM(1)"};
  std::ostringstream out;
  write_csv(out, {e});
  const std::string csv = out.str();
  EXPECT_EQ(csv.find('\0'), std::string::npos) << "a NUL never reaches the file";
  EXPECT_NE(csv.find("a\xEF\xBF\xBD" "b met"), std::string::npos);
  EXPECT_NE(csv.find(",'\t=cmd"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",\"'\r=1+1\""), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'  @SUM(1),"), std::string::npos) << csv;
}

TEST(Csv, SortedByStartUndatedLastThenId) {
  std::ostringstream out;
  write_csv(out, {event("ev-c", ""), event("ev-b", "2023-02-22"), event("ev-a", ""), event("ev-d", "2013"),
                  event("ev-e", "2023-02-22")});
  auto ls = lines(out.str());
  ASSERT_EQ(ls.size(), 6u);
  EXPECT_EQ(ls[1].substr(0, 4), "ev-d");
  EXPECT_EQ(ls[2].substr(0, 4), "ev-b");
  EXPECT_EQ(ls[3].substr(0, 4), "ev-e");
  EXPECT_EQ(ls[4].substr(0, 4), "ev-a");
  EXPECT_EQ(ls[5].substr(0, 4), "ev-c");
  // Undated: empty date, start, end and granularity; basis unknown.
  EXPECT_EQ(ls[4].substr(0, 24), "ev-a,,,,,unknown,call,oc");
}

TEST(Csv, SortsParticipantsAndDocuments) {
  Event e = event("ev-1", "2023");
  e.participants = {"Xi Jinping", "China"};
  e.documents = {"b", "a"};
  std::ostringstream out;
  write_csv(out, {e});
  auto row = lines(out.str())[1];
  EXPECT_NE(row.find(",China;Xi Jinping,"), std::string::npos);
  EXPECT_NE(row.find(",a;b,"), std::string::npos);
}

TEST(DateCell, ValueAtGranularity) {
  EXPECT_EQ(date_cell(event("x", "2023-02-21").time), "2023-02-21");
  EXPECT_EQ(date_cell(event("x", "2022-12").time), "2022-12");
  EXPECT_EQ(date_cell(event("x", "2013").time), "2013");
  EXPECT_EQ(date_cell(event("x", "").time), "");
  EventTime range;
  range.interval = DayInterval{day("2011-01-18"), day("2011-01-21")};
  range.granularity = Granularity::kRange;
  EXPECT_EQ(date_cell(range), "2011-01-18/2011-01-21");
}

TEST(Json, EscapesScriptAndKeepsMentions) {
  std::ostringstream out;
  write_json(out, {event("ev-1", "2023-02-21", "</script><script>alert(1)</script> & more")});
  const std::string s = out.str();
  EXPECT_EQ(s.find("<script>"), std::string::npos);
  EXPECT_EQ(s.find("</script>"), std::string::npos);
  auto j = nlohmann::json::parse(s);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["evidence"], "</script><script>alert(1)</script> & more");
  EXPECT_EQ(j[0]["mentions"].size(), 2u);
  EXPECT_EQ(j[0]["date"], "2023-02-21");
  EXPECT_EQ(j[0]["time"]["start"], "2023-02-21");
}

TEST(Json, CarriesCodesAndSources) {
  Event e = event("ev-1", "2023-02-21");
  e.cameo = "040";
  e.plover = "CONSULT";
  e.codes = {{"Vladimir Putin", "RUS", "RUSGOV"}, {"Xi Jinping", "CHN", "CHNGOV"}};
  Sources sources = {{"002", {"Reuters", "https://r.example/2", day("2023-02-23")}}};
  std::ostringstream out;
  write_json(out, {e}, sources);
  auto j = nlohmann::json::parse(out.str())[0];
  EXPECT_EQ(j["cameo"], "040");
  EXPECT_EQ(j["plover"], "CONSULT");
  EXPECT_EQ(j["countries"], nlohmann::json({"RUS", "CHN"}));
  EXPECT_EQ(j["actor_codes"], nlohmann::json({"RUSGOV", "CHNGOV"}));
  EXPECT_EQ(j["codes"][1], nlohmann::json({{"name", "Xi Jinping"}, {"country", "CHN"}, {"cameo", "CHNGOV"}}));
  EXPECT_EQ(j["source_names"], nlohmann::json({"Reuters"}));
  EXPECT_EQ(j["source_urls"], nlohmann::json({"https://r.example/2"}));
  EXPECT_EQ(j["published"], nlohmann::json({"2023-02-23"}));
}

TEST(Jsonl, OneEventPerLineSameObjectsAsJson) {
  std::vector<Event> ev = {event("ev-b", "2023-02-21", "Line\nbreak </script>"), event("ev-a", "2010")};
  std::ostringstream jl, js;
  write_jsonl(jl, ev);
  write_json(js, ev);
  auto all = nlohmann::json::parse(js.str());
  std::istringstream in(jl.str());
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(line.find("</script>"), std::string::npos);
    EXPECT_EQ(nlohmann::json::parse(line), all[n]) << n;
    ++n;
  }
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(all[0]["event_id"], "ev-a");  // chronology order
}

TEST(TimelineJs, KnownDatePartsOnlyAndUndatedSkipped) {
  std::ostringstream out;
  auto skipped = write_timelinejs(out,
                                  {event("ev-1", "2023-02-21", "<b>bold</b>"), event("ev-2", "2022-12"),
                                   event("ev-3", "2013"), event("ev-4", "")},
                                  "Chronology <test>");
  EXPECT_EQ(skipped, 1u);
  const std::string s = out.str();
  EXPECT_EQ(s.find('<'), std::string::npos);
  auto j = nlohmann::json::parse(s);
  ASSERT_EQ(j["events"].size(), 3u);
  EXPECT_EQ(j["title"]["text"]["headline"], "Chronology &lt;test&gt;");
  // Sorted: 2013, 2022-12, 2023-02-21.
  auto& y = j["events"][0]["start_date"];
  EXPECT_EQ(y["year"], "2013");
  EXPECT_FALSE(y.contains("month"));
  auto& m = j["events"][1]["start_date"];
  EXPECT_EQ(m["month"], "12");
  EXPECT_FALSE(m.contains("day"));
  auto& d = j["events"][2];
  EXPECT_EQ(d["start_date"]["day"], "21");
  EXPECT_EQ(d["group"], "Vladimir Putin – Xi Jinping");  // grouped by actor pair
  EXPECT_NE(d["text"]["text"].get<std::string>().find("&lt;b&gt;bold&lt;/b&gt;"), std::string::npos);
}

TEST(Table, AlignedAndTruncated) {
  Event e = event("ev-1", "2023-02-21");
  e.title = std::string(200, 'x');
  std::string t = events_table({e, event("ev-2", "")});
  auto first_nl = t.find('\n');
  ASSERT_NE(first_nl, std::string::npos);
  EXPECT_EQ(t.substr(0, 2), "ID");
  EXPECT_NE(t.find("undated"), std::string::npos);
  EXPECT_EQ(t.find(std::string(100, 'x')), std::string::npos);
  EXPECT_NE(t.find("\xE2\x80\xA6"), std::string::npos);
  // The DATE column starts at the same place on every line.
  std::size_t col = t.find("DATE");
  std::size_t line2 = first_nl + 1;
  EXPECT_EQ(t.substr(line2 + col, 10), "2023-02-21");
}

TEST(Show, ListsEveryMentionWithWhy) {
  Event e = event("ev-1", "2023-02-21");
  e.mentions[0].sentence = 4;
  e.mentions[0].begin = 120;
  e.mentions[0].end = 180;
  e.mentions[0].rule = "call.phone";
  e.mentions[0].status_why = "past tense";
  e.mentions[0].time.why = "Tuesday before the DCT";
  std::string s = show_event(e);
  EXPECT_NE(s.find("ev-1"), std::string::npos);
  EXPECT_NE(s.find("2 mentions"), std::string::npos);
  EXPECT_NE(s.find("sentence 5, code points 120-180"), std::string::npos) << s;
  EXPECT_NE(s.find("rule call.phone"), std::string::npos);
  EXPECT_NE(s.find("past tense"), std::string::npos);
  EXPECT_NE(s.find("Tuesday before the DCT"), std::string::npos);
}

}  // namespace
}  // namespace annalist::exporter

namespace annalist::exporter {
namespace {

TEST(Json, SurvivesInvalidUtf8AndEscapesLineSeparators) {
  Event e = event("ev-1", "2023-02-21", std::string("bad \xff byte and \xE2\x80\xA8 separator"));
  std::ostringstream out;
  write_json(out, {e});
  const std::string s = out.str();
  EXPECT_EQ(s.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_NE(s.find("\\u2028"), std::string::npos);
  auto j = nlohmann::json::parse(s);
  EXPECT_NE(j[0]["evidence"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

TEST(Csv, KeepsUtf8AsIs) {
  Event e = event("ev-1", "2023-02-21", "“The People’s Republic of China stands ready,” Wang said.");
  std::ostringstream out;
  write_csv(out, {e});
  EXPECT_NE(out.str().find(",\"“The People’s Republic of China stands ready,” Wang said.\",,,,,,,\r\n"),
            std::string::npos)
      << out.str();
}

TEST(Csv, RangeEventsWriteTheRange) {
  Event e = event("ev-1", "");
  e.time.interval = DayInterval{day("2011-01-18"), day("2011-01-21")};
  e.time.granularity = Granularity::kRange;
  e.time.basis = DateBasis::kExplicit;
  e.time.value = "2011-01-18/2011-01-21";
  std::ostringstream out;
  write_csv(out, {e});
  EXPECT_NE(out.str().find("ev-1,2011-01-18/2011-01-21,2011-01-18,2011-01-21,range,explicit,"),
            std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace annalist::exporter
