// TimelineJS3 export: partial dates, display dates, validation, groups, sources, escaping.
#include "export/timelinejs.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "calendar/timex_value.h"

namespace annalist::exporter {
namespace {

Event event(const std::string& id, const std::string& value, const std::string& mod = "") {
  Event e;
  e.id = id;
  e.type = EventType::kCall;
  e.participants = {"Xi Jinping", "Vladimir Putin"};
  if (auto w = calendar::window_of_value(value)) {
    e.time.interval = calendar::apply_mod(w->interval, mod);
    e.time.granularity = w->granularity;
    e.time.basis = DateBasis::kExplicit;
    e.time.value = value;
    e.time.mod = mod;
  }
  e.title = "Xi–Putin video call";
  e.evidence = "They spoke by video link.";
  e.sources = 1;
  e.documents = {"doc1"};
  return e;
}

nlohmann::json write(const std::vector<Event>& ev, std::size_t* left_out = nullptr, TimelineJsOptions o = {}) {
  std::ostringstream out;
  std::size_t n = write_timelinejs(out, ev, o);
  if (left_out) *left_out = n;
  return nlohmann::json::parse(out.str());
}

TEST(TimelineJsExport, PartialDatesCarryOnlyTheirKnownParts) {
  auto j = write({event("d", "2023-02-21"), event("m", "2021-06", "END"), event("y", "2013"),
                  event("s", "2015-SU"), event("q", "2021-Q4"), event("dec", "199")});
  auto find = [&](const std::string& id) {
    for (auto& s : j["events"])
      if (s["unique_id"] == id) return s;
    return nlohmann::json();
  };
  auto d = find("d");
  EXPECT_EQ(d["start_date"], (nlohmann::json{{"year", "2023"}, {"month", "2"}, {"day", "21"}}));
  EXPECT_FALSE(d.contains("end_date"));
  EXPECT_EQ(d["display_date"], "21 February 2023");
  auto m = find("m");
  EXPECT_EQ(m["start_date"], (nlohmann::json{{"year", "2021"}, {"month", "6"}}));
  EXPECT_FALSE(m.contains("end_date"));
  EXPECT_EQ(m["display_date"], "late June 2021");
  auto y = find("y");
  EXPECT_EQ(y["start_date"], (nlohmann::json{{"year", "2013"}}));
  EXPECT_EQ(y["display_date"], "2013");
  auto s = find("s");
  EXPECT_EQ(s["start_date"], (nlohmann::json{{"year", "2015"}, {"month", "6"}}));
  EXPECT_EQ(s["end_date"], (nlohmann::json{{"year", "2015"}, {"month", "8"}}));
  EXPECT_EQ(s["display_date"], "summer 2015");
  EXPECT_EQ(find("q")["display_date"], "Q4 2021");
  auto dec = find("dec");
  EXPECT_EQ(dec["start_date"], (nlohmann::json{{"year", "1990"}}));
  EXPECT_EQ(dec["end_date"], (nlohmann::json{{"year", "1999"}}));
  EXPECT_EQ(dec["display_date"], "1990s");
}

TEST(TimelineJsExport, EveryWrittenDateIsValidAndUndatedAreCounted) {
  std::vector<Event> ev;
  for (const char* v : {"2024-02-29", "2023-12-31", "2023-01-01", "2019-06-05/2019-06-07", "2023-W10", "", "XXXX-06"})
    ev.push_back(event(std::string("e") + v, v));
  Event backwards = event("back", "2023-02-21");
  backwards.time.interval = DayInterval{*calendar::parse_iso_day("2023-03-01"), *calendar::parse_iso_day("2023-02-01")};
  ev.push_back(backwards);
  std::size_t left_out = 0;
  auto j = write(ev, &left_out);
  EXPECT_EQ(left_out, 3u);  // two undated, one window that ends before it starts
  ASSERT_EQ(j["events"].size(), 5u);
  for (auto& s : j["events"]) {
    ASSERT_TRUE(s.contains("start_date"));
    for (const char* k : {"start_date", "end_date"}) {
      if (!s.contains(k)) continue;
      int month = s[k].contains("month") ? std::stoi(s[k]["month"].get<std::string>()) : 1;
      int day = s[k].contains("day") ? std::stoi(s[k]["day"].get<std::string>()) : 1;
      EXPECT_GE(month, 1);
      EXPECT_LE(month, 12);
      EXPECT_GE(day, 1);
      EXPECT_LE(day, 31);
    }
  }
  EXPECT_EQ(j["events"][0]["display_date"], "5–7 June 2019");
  EXPECT_EQ(j["events"][0]["end_date"]["day"], "7");
}

TEST(TimelineJsExport, GroupsByActorPairAndLinksSources) {
  Event a = event("a", "2023-02-21");
  Event b = event("b", "2023-02-22");
  b.participants = {"Wang Yi"};
  b.documents = {"doc2", "doc3"};
  TimelineJsOptions o;
  o.title = "Chronology";
  o.document_urls = {{"doc1", "https://example.org/a?x=1&y=2"}, {"doc2", "javascript:alert(1)"}};
  auto j = write({a, b}, nullptr, o);
  EXPECT_EQ(j["events"][0]["group"], "Vladimir Putin – Xi Jinping");
  EXPECT_EQ(j["events"][1]["group"], "Wang Yi");
  std::string t0 = j["events"][0]["text"]["text"], t1 = j["events"][1]["text"]["text"];
  EXPECT_NE(t0.find("<a href=\"https://example.org/a?x=1&amp;y=2\""), std::string::npos) << t0;
  EXPECT_NE(t0.find("They spoke by video link."), std::string::npos);
  EXPECT_EQ(t1.find("javascript"), std::string::npos) << t1;
  EXPECT_NE(t1.find("doc2; doc3"), std::string::npos) << t1;
}

TEST(TimelineJsExport, ArticleTextIsEscaped) {
  Event e = event("x", "2023-03-21");
  e.title = "Talks <script>alert(1)</script>";
  e.evidence = "He said \"><svg onload=alert(2)> & '</script>'";
  e.participants = {"<b>Xi</b>"};
  std::ostringstream out;
  write_timelinejs(out, {e}, TimelineJsOptions{"<i>t</i>", {}});
  std::string s = out.str();
  EXPECT_EQ(s.find('<'), std::string::npos);  // not even inside strings: safe to embed in <script>
  auto j = nlohmann::json::parse(s);
  EXPECT_EQ(j["events"][0]["text"]["headline"], "Talks &lt;script&gt;alert(1)&lt;/script&gt;");
  std::string text = j["events"][0]["text"]["text"];
  EXPECT_NE(text.find("&quot;&gt;&lt;svg onload=alert(2)&gt; &amp; &#39;&lt;/script&gt;&#39;"), std::string::npos);
  EXPECT_EQ(text.find("<svg"), std::string::npos);
  EXPECT_EQ(j["events"][0]["group"], "&lt;b&gt;Xi&lt;/b&gt;");
  EXPECT_EQ(j["title"]["text"]["headline"], "&lt;i&gt;t&lt;/i&gt;");
}

TEST(TimelineJsExport, TitleSlideSaysWhatTheTimelineHolds) {
  Event undated = event("u", "");
  undated.documents = {"doc2"};
  auto j = write({event("a", "2013"), event("b", "2023-02-21"), undated});
  EXPECT_EQ(j["title"]["text"]["headline"], "Chronology");
  EXPECT_EQ(j["title"]["text"]["text"],
            "2 events from 2 sources, 2013–2023 (1 without a date the text pins down are not shown)");
  TimelineJsOptions o;
  o.title = "China & Russia";
  o.text = "Contacts <since 2013>";
  auto k = write({event("a", "2013")}, nullptr, o);
  EXPECT_EQ(k["title"]["text"]["headline"], "China &amp; Russia");
  EXPECT_EQ(k["title"]["text"]["text"], "Contacts &lt;since 2013&gt;");
}

TEST(TimelineJsExport, ErasAsInRenderWithOpenEndsAtTheEvents) {
  TimelineJsOptions o;
  o.eras = {{calendar::parse_iso_day("2022-02-24"), std::nullopt, "war"},
            {std::nullopt, calendar::parse_iso_day("2015-12-31"), "before"},
            {calendar::parse_iso_day("2030-01-01"), std::nullopt, "after everything"}};
  auto j = write({event("a", "2013-05-01"), event("b", "2023-02-21")}, nullptr, o);
  ASSERT_EQ(j["eras"].size(), 2u);
  EXPECT_EQ(j["eras"][0]["start_date"], (nlohmann::json{{"year", "2022"}, {"month", "2"}, {"day", "24"}}));
  EXPECT_EQ(j["eras"][0]["end_date"], (nlohmann::json{{"year", "2023"}, {"month", "2"}, {"day", "21"}}));
  EXPECT_EQ(j["eras"][1]["start_date"], (nlohmann::json{{"year", "2013"}, {"month", "5"}, {"day", "1"}}));
  EXPECT_EQ(j["eras"][1]["text"]["headline"], "before");
  EXPECT_FALSE(write({event("a", "2013")}).contains("eras"));
}

TEST(TimelineJsExport, LinksReadAsTheSourceName) {
  std::map<std::string, SourceInfo> sources = {{"doc1", {"Reuters", "https://r.example/1", calendar::parse_iso_day("2023-02-22")}},
                                               {"doc2", {"", "", std::nullopt}}};
  EXPECT_EQ(source_label("doc1", sources), "Reuters, 22 February 2023");
  EXPECT_EQ(source_label("doc2", sources), "doc2");
  EXPECT_EQ(source_label("doc3", sources), "doc3");
  TimelineJsOptions o;
  o.sources = sources;
  o.document_urls = {{"doc1", "https://r.example/1"}};
  Event e = event("a", "2023-02-21");
  e.documents = {"doc1", "doc2"};
  e.sources = 2;
  auto j = write({e}, nullptr, o);
  std::string text = j["events"][0]["text"]["text"];
  EXPECT_NE(text.find("<a href=\"https://r.example/1\" target=\"_blank\" rel=\"noopener\">Reuters, 22 February 2023</a>; doc2"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace annalist::exporter
