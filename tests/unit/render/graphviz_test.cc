// Smoke tests of the Graphviz drawing: SVG ids/classes/tooltips, escaping, PNG, HTML, determinism.
#include "render/graphviz.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include "calendar/timex_value.h"
#include "render/render.h"

namespace annalist::render {
namespace {

namespace fs = std::filesystem;

Event make(const std::string& id, const std::string& value, std::vector<std::string> parts, EventType type,
           EventStatus status, const std::string& title) {
  Event e;
  e.id = id;
  e.type = type;
  e.status = status;
  e.participants = std::move(parts);
  e.title = title;
  e.time.value = value;
  if (auto w = calendar::window_of_value(value)) {
    e.time.interval = w->interval;
    e.time.granularity = w->granularity;
    e.time.basis = DateBasis::kExplicit;
  }
  e.evidence = "Wang said Tuesday during a meeting with \"Patrushev\" & others.";
  e.sources = 2;
  e.documents = {"002"};
  return e;
}

std::vector<Event> sample() {
  return {make("S12", "2023-02-21", {"Nikolay Patrushev", "Wang Yi"}, EventType::kMeeting,
               EventStatus::kOccurred, "Wang Yi meets Patrushev"),
          make("S15", "2022-12", {"Vladimir Putin", "Xi Jinping"}, EventType::kCall, EventStatus::kOccurred,
               "Xi–Putin video call"),
          make("S17", "2023-03", {"Vladimir Putin", "Xi Jinping"}, EventType::kVisit, EventStatus::kPlanned,
               "Xi trip <script>alert(1)</script> to Russia"),
          make("S04", "", {"Vladimir Putin", "Xi Jinping"}, EventType::kCall, EventStatus::kOccurred,
               "Undated call a\\b \\N \\G")};
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("annalist-render-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
  static inline int counter_ = 0;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(RenderGraphviz, MeasuresRealText) {
  auto sizes = graphviz_measure({{"Xi", 9, false},
                                 {"Xi Jinping meets Vladimir Putin", 9, false},
                                 {"Xi Jinping meets Vladimir Putin", 9, true},
                                 {"习近平", 9, false}});
  ASSERT_EQ(sizes.size(), 4u);
  EXPECT_GT(sizes[0].w, 3);
  EXPECT_GT(sizes[1].w, 4 * sizes[0].w);
  EXPECT_GT(sizes[2].w, sizes[1].w);
  EXPECT_GT(sizes[3].w, 10);
  for (const auto& s : sizes) {
    EXPECT_GT(s.h, 8);
    EXPECT_LT(s.h, 20);
  }
}

TEST(RenderGraphviz, SvgCarriesIdsClassesTooltipsAndEscapesText) {
  TempDir dir;
  RenderOptions o;
  o.format = "svg";
  o.document_urls["002"] = "data/articles/002 & co.txt";
  std::string out = dir.file("t.svg");
  render_timeline(sample(), o, out);
  std::string svg = slurp(out);
  ASSERT_FALSE(svg.empty());
  // Graphviz writes '-' in ids as &#45;.
  EXPECT_NE(svg.find("id=\"a_ev&#45;S12\""), std::string::npos);
  EXPECT_NE(svg.find("event meeting occurred exact lane"), std::string::npos);
  EXPECT_NE(svg.find("event visit planned window"), std::string::npos);
  EXPECT_NE(svg.find("event call occurred undated"), std::string::npos);
  EXPECT_NE(
      svg.find(
          "xlink:title=\"21 Feb 2023 — meeting&#10;Wang Yi meets Patrushev&#10;Nikolay Patrushev, Wang Yi"),
      std::string::npos);
  EXPECT_NE(svg.find("&quot;Patrushev&quot; &amp; others"), std::string::npos);
  EXPECT_NE(svg.find("xlink:href=\"data/articles/002%20&amp;%20co.txt\""), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  // Graphviz's \N, \G expansions must not touch user text, in labels or tooltips.
  EXPECT_NE(svg.find(">Undated call a\\b \\N \\G<"), std::string::npos);
  EXPECT_NE(svg.find("&#10;Undated call a\\b \\N \\G&#10;"), std::string::npos);
  EXPECT_NE(svg.find("Dec 2022"), std::string::npos);
}

TEST(RenderGraphviz, PngPdfDotAndHtmlAreWritten) {
  TempDir dir;
  for (const std::string f : {"png", "pdf", "dot", "html"}) {
    RenderOptions o;
    o.format = f;
    std::string out = dir.file("t." + f);
    render_timeline(sample(), o, out);
    std::string bytes = slurp(out);
    ASSERT_GT(bytes.size(), 100u) << f;
    if (f == "png") {
      EXPECT_EQ(bytes.substr(1, 3), "PNG");
    }
    if (f == "pdf") {
      EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
      // Fonts are embedded (subset-tagged, with their font programs), so the PDF prints anywhere.
      std::regex base_font(R"(/BaseFont\s*/([A-Za-z0-9+_-]+))");
      int fonts = 0;
      for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), base_font); it != std::sregex_iterator(); ++it) {
        ++fonts;
        EXPECT_TRUE(std::regex_match((*it)[1].str(), std::regex("[A-Z]{6}\\+DejaVuSans.*"))) << (*it)[1].str();
      }
      EXPECT_GE(fonts, 1);
      EXPECT_NE(bytes.find("/FontFile"), std::string::npos);
    }
    if (f == "dot") {
      EXPECT_NE(bytes.find("cluster_lane0"), std::string::npos);
    }
    if (f == "html") {
      EXPECT_NE(bytes.find("<svg"), std::string::npos);
      EXPECT_NE(bytes.find("<table id=\"events\">"), std::string::npos);
      EXPECT_NE(bytes.find("Xi trip &lt;script&gt;"), std::string::npos);
      // Markers without a document link jump to their table row.
      EXPECT_NE(bytes.find("xlink:href=\"#row-0\""), std::string::npos);
      EXPECT_NE(bytes.find("<tr id=\"row-0\" data-i=\"0\">"), std::string::npos);
    }
  }
}

// The geometry bar with real font metrics: 1,000 events over 20 years in 12 lanes.
TEST(RenderGraphviz, DenseChartWithRealTextHasNoOverlaps) {
  std::mt19937 rng(11);
  std::vector<Event> ev;
  const char* words[] = {"Talks", "on", "trade", "energy", "security", "Ukraine", "grain", "visit", "WWWW", "iiii"};
  for (int i = 0; i < 1000; ++i) {
    Day d = *calendar::parse_iso_day("2004-01-01") + date::days{long(rng() % (365 * 20))};
    std::string v = calendar::format_iso_day(d);
    if (rng() % 8 == 0) v = v.substr(0, 7);
    std::string title;
    for (int w = 0, n = 2 + int(rng() % 5); w < n; ++w) title += std::string(w ? " " : "") + words[rng() % 10];
    int lane = int(rng() % 12);
    ev.push_back(make("E" + std::to_string(i), v, {"Actor " + std::to_string(lane), "Partner"},
                      static_cast<EventType>(rng() % 6), EventStatus::kOccurred, title));
  }
  Layout L = layout_timeline(ev, LayoutOptions{}, graphviz_measure);
  ASSERT_EQ(L.lanes.size(), 12u);
  for (std::size_t i = 0; i < L.labels.size(); ++i) {
    for (std::size_t j = i + 1; j < L.labels.size(); ++j)
      ASSERT_FALSE(L.labels[i].box.overlaps(L.labels[j].box)) << "labels " << i << " and " << j;
    for (const auto& m : L.markers)
      ASSERT_FALSE(L.labels[i].box.overlaps({m.x - m.size / 2, m.y - m.size / 2, m.size, m.size}));
  }
  for (const auto& m : L.markers) {
    const auto& iv = *ev[m.events.front()].time.interval;
    EXPECT_NEAR(m.x, (L.x_of(iv.first) + L.x_of(iv.last + date::days{1})) / 2, 1e-6);
  }
}

TEST(RenderGraphviz, SameInputSameBytes) {
  Layout L = layout_timeline(sample(), LayoutOptions{}, graphviz_measure);
  EXPECT_EQ(draw_layout(L, "svg", 96), draw_layout(L, "svg", 96));
  std::string dot = draw_layout(L, "dot", 96);
  EXPECT_EQ(dot, draw_layout(L, "dot", 96));
  // Object names come out as plain identifiers (not mistaken for HTML strings); the graph is
  // named after the chart's title (the SVG's <title>).
  EXPECT_EQ(dot.rfind("graph \"annalist chronology\" {", 0), 0u);
  EXPECT_NE(dot.find("subgraph cluster_lane0 {"), std::string::npos);
}

TEST(RenderGraphviz, ConcurrentCallersAreSerialised) {
  TempDir dir;
  std::vector<std::thread> threads;
  std::vector<std::string> svgs(4);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      RenderOptions o;
      std::string out = dir.file("c" + std::to_string(t) + ".svg");
      render_timeline(sample(), o, out);
      svgs[t] = slurp(out);
    });
  for (auto& th : threads) th.join();
  for (int t = 1; t < 4; ++t) EXPECT_EQ(svgs[t], svgs[0]);
  EXPECT_FALSE(svgs[0].empty());
}

TEST(RenderGraphviz, PngDpiStaysUnderTheCairoLimit) {
  Layout L;
  L.width = 30000;
  L.height = 500;
  int dpi = png_dpi(L, 96);
  EXPECT_LT((L.width + 36) * dpi / 72.0, 32767);
  L.width = 20000;
  L.height = 8000;
  dpi = png_dpi(L, 96);
  // 16 megapixels: a 64 MB surface, so that a chart of 14,000 events renders in bounded memory.
  EXPECT_LT((L.width + 36) * dpi / 72.0 * (L.height + 36) * dpi / 72.0, 16e6);
  EXPECT_GT((L.width + 36) * dpi / 72.0 * (L.height + 36) * dpi / 72.0, 12e6);
  L.width = 1000;
  L.height = 500;
  EXPECT_EQ(png_dpi(L, 96), 96);
}

TEST(RenderGraphviz, EscapesForLabelsAndAttributes) {
  EXPECT_EQ(html_escape("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
  EXPECT_EQ(esc_string("a\\b\nc"), "a\\\\\\\\b\\nc");
  EXPECT_EQ(html_escape("a\\Nb"), "a\\\\Nb");
}

TEST(RenderGraphviz, EmptyTextsAndNoEventsStillRender) {
  TempDir dir;
  RenderOptions o;
  o.title = "";
  o.eras = {{std::nullopt, std::nullopt, ""}};
  auto ev = sample();
  ev[0].title = "";
  ev[0].participants.clear();
  render_timeline(ev, o, dir.file("a.svg"));
  EXPECT_NE(slurp(dir.file("a.svg")).find("ev&#45;S12"), std::string::npos);
  render_timeline({}, o, dir.file("b.png"));
  EXPECT_GT(slurp(dir.file("b.png")).size(), 100u);
}

TEST(RenderGraphviz, RejectsUnknownFormat) {
  TempDir dir;
  RenderOptions o;
  o.format = "gif";
  EXPECT_THROW(render_timeline(sample(), o, dir.file("x.gif")), std::runtime_error);
}

}  // namespace
}  // namespace annalist::render
