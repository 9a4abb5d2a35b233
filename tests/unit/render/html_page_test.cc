// The HTML page and link helpers: escaping of hostile article text, filter data, safe links.
#include "render/html_page.h"

#include <gtest/gtest.h>

#include <regex>

#include "calendar/timex_value.h"
#include "render/graphviz.h"
#include "render/render.h"

namespace annalist::render {
namespace {

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

Event hostile(const std::string& id, const std::string& value) {
  Event e;
  e.id = id;
  e.type = EventType::kMeeting;
  e.participants = {"Xi Jinping", "Putin</script><script>alert(3)</script>"};
  e.title = "Talks <script>alert(1)</script>";
  e.evidence = "He said \"><svg onload=alert(2)> and '</script><!-- & \\u2028 \xE2\x80\xA8 end";
  e.time.value = value;
  if (auto w = calendar::window_of_value(value)) {
    e.time.interval = w->interval;
    e.time.granularity = w->granularity;
    e.time.basis = DateBasis::kExplicit;
  }
  e.sources = 1;
  e.documents = {"doc1"};
  return e;
}

std::string page(const std::vector<Event>& ev, const std::map<std::string, std::string>& urls = {}) {
  LayoutOptions o;
  o.document_urls = urls;
  Layout L = layout_timeline(ev, o, graphviz_measure);
  return html_page(L, ev, "Title <b>x</b>", urls);
}

TEST(RenderHtmlPage, HostileTextNeverBecomesMarkupOrScript) {
  std::string h = page({hostile("E1", "2023-03-21"), hostile("E2", "")});
  // Only the page's own two script elements exist, and nothing closes them early.
  EXPECT_EQ(count(h, "<script"), 2u);
  EXPECT_EQ(count(h, "</script>"), 2u);
  EXPECT_EQ(h.find("<svg onload"), std::string::npos);
  EXPECT_EQ(h.find("<b>x</b>"), std::string::npos);
  EXPECT_NE(h.find("&lt;svg onload=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(h.find("Talks &lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  // The filter data spells < > & and U+2028 as \u escapes.
  auto data = h.substr(h.find("id=\"chart-data\">"));
  data = data.substr(0, data.find("</script>"));
  EXPECT_EQ(data.find('<'), std::string::npos);
  EXPECT_NE(data.find("Putin\\u003c/script\\u003e"), std::string::npos);
}

TEST(RenderHtmlPage, SameInputSameBytes) {
  std::vector<Event> ev = {hostile("E1", "2023-03-21"), hostile("E2", "2022-12"), hostile("E3", "")};
  EXPECT_EQ(page(ev), page(ev));
}

TEST(RenderHtmlPage, FilterDataNamesEveryMarkerAndEvent) {
  std::vector<Event> ev = {hostile("E1", "2023-03-21"), hostile("E2", "2023-03-21"), hostile("E3", "")};
  ev[1].participants = {"Xi Jinping", "Putin</script><script>alert(3)</script>"};
  ev[1].type = EventType::kCall;
  std::string h = page(ev);
  // Same day, same lane: one marker stands for events 0 and 1; the undated one is in the panel.
  EXPECT_NE(h.find("\"ev-E1\":[0,1]"), std::string::npos);
  EXPECT_NE(h.find("\"ev-E3\":[2]"), std::string::npos);
  EXPECT_NE(h.find("id=\"f-actor\""), std::string::npos);
  EXPECT_NE(h.find("<option value=\"call\">call</option>"), std::string::npos);
  // Panel text follows its marker's filter (Graphviz writes '-' as &#45; in attributes).
  EXPECT_NE(h.find("panel&#45;title of&#45;ev&#45;E3"), std::string::npos);
  // Every table row exists once with its input index.
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(count(h, "<tr id=\"row-" + std::to_string(i) + "\" data-i=\"" + std::to_string(i) + "\">"), 1u);
}

TEST(RenderHtmlPage, PageNeedsNoNetwork) {
  std::string h = page({hostile("E1", "2023-03-21")}, {{"doc1", "https://example.org/a?x=1&y=2"}});
  EXPECT_NE(h.find("default-src 'none'"), std::string::npos);
  std::smatch m;
  std::regex external(R"((src=|<link|@import|url\()[^>]*(https?:)?//)");
  EXPECT_FALSE(std::regex_search(h, m, external)) << m.str();
  // Source links are navigation, not loads: present, with & escaped.
  EXPECT_NE(h.find("https://example.org/a?x=1&amp;y=2"), std::string::npos);
}

TEST(RenderHtmlPage, DangerousLinksAreDropped) {
  EXPECT_EQ(safe_url("javascript:alert(1)"), "");
  EXPECT_EQ(safe_url(" java\tscript:alert(1)"), "");
  EXPECT_EQ(safe_url("data:text/html,<script>"), "");
  EXPECT_EQ(safe_url("https://example.org/x"), "https://example.org/x");
  EXPECT_EQ(safe_url("../data/articles/a.txt"), "../data/articles/a.txt");
  EXPECT_EQ(safe_url("#row-3"), "#row-3");
  std::string h = page({hostile("E1", "2023-03-21")}, {{"doc1", "javascript:alert(1)"}});
  EXPECT_EQ(h.find("javascript:"), std::string::npos);
  EXPECT_NE(h.find("xlink:href=\"#row-0\""), std::string::npos);  // falls back to the table row
}

TEST(RenderHtmlPage, DocumentLinks) {
  EXPECT_EQ(document_link("https://a.org/x", "data/a.txt", "out/t.svg"), "https://a.org/x");
  EXPECT_EQ(document_link("www.universityofreason.com/a/1", "", "out/t.svg"),
            "https://www.universityofreason.com/a/1");
  EXPECT_EQ(document_link("", "-", "out/t.svg"), "");
  EXPECT_EQ(document_link("javascript:alert(1)", "-", "out/t.svg"), "");
  EXPECT_EQ(document_link("", "corpus.jsonl:12", "out/t.svg"), "");
  // A file is linked relative to the chart's folder, where a browser resolves it.
  std::string self = ANNALIST_TEST_DATA_DIR "/../unit/render/html_page_test.cc";
  EXPECT_EQ(document_link("", self, ANNALIST_TEST_DATA_DIR "/../unit/render/chart.svg"), "html_page_test.cc");
  EXPECT_EQ(document_link("", self, ANNALIST_TEST_DATA_DIR "/../unit/chart.svg"), "render/html_page_test.cc");
}

TEST(RenderHtmlPage, ScriptJsonString) {
  EXPECT_EQ(script_json_string("a\"b\\c\n</script>&'"), "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u0026\\u0027\"");
  EXPECT_EQ(script_json_string("x\xE2\x80\xA8y"), "\"x\\u2028y\"");
  EXPECT_EQ(script_json_string("Дмитрий 习近平"), "\"Дмитрий 习近平\"");
}

}  // namespace
}  // namespace annalist::render
