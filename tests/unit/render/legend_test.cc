// The chart's head on its own: title, summary line, legend.
#include "render/legend.h"

#include <gtest/gtest.h>

#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::day;

TEST(RenderLegend, SummarySaysWhatIsDrawn) {
  EXPECT_EQ(chart_summary(17, 5, 12, DayInterval{day("2010-03-20"), day("2023-02-21")}, "pair"),
            "17 events · 5 dated (2010–2023) · 12 undated · lanes by actor pair · position = date "
            "(midpoint of uncertain windows)");
  EXPECT_EQ(chart_summary(1, 1, 0, DayInterval{day("2010-03-20"), day("2010-03-20")}, "type"),
            "1 event · 1 dated (2010) · 0 undated · lanes by event type · position = date (midpoint of "
            "uncertain windows)");
  EXPECT_EQ(chart_summary(2, 0, 2, std::nullopt, "actor"),
            "2 events · 0 dated · 2 undated · lanes by actor · position = date (midpoint of uncertain windows)");
}

TEST(RenderLegend, TitleThenSummaryDownTheHead) {
  Measurer ms(fixed_width_measure);
  Layout L;
  double y = place_title(L, "My chart", "summary", 14, ms);
  ASSERT_EQ(L.texts.size(), 2u);
  EXPECT_EQ(L.texts[0].cls, "title");
  EXPECT_TRUE(L.texts[0].bold);
  EXPECT_DOUBLE_EQ(L.texts[0].box.y, 14);
  EXPECT_GE(L.texts[1].box.y, L.texts[0].box.bottom());
  EXPECT_GE(y, L.texts[1].box.bottom());
}

TEST(RenderLegend, OneGlyphPerTypeThenTheKeyInOneRowWithoutOverlap) {
  Measurer ms(fixed_width_measure);
  Layout L;
  double y = place_legend(L, 50, ms);
  EXPECT_GT(y, 50);
  ASSERT_EQ(L.glyphs.size(), 11u);  // six types, five keys
  for (int t = 0; t < 6; ++t) EXPECT_EQ(L.glyphs[t].type, static_cast<EventType>(t));
  std::vector<std::string> words;
  for (const auto& t : L.texts) words.push_back(t.lines[0]);
  EXPECT_EQ(words[0], "meeting");
  EXPECT_EQ(words[5], "agreement");
  // Left to right, nothing overlaps: glyphs, bars and words.
  std::vector<Rect> boxes;
  for (const auto& g : L.glyphs) boxes.push_back({g.x - g.size / 2, g.y - g.size / 2, g.size, g.size});
  for (const auto& t : L.texts) boxes.push_back(t.box);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    EXPECT_GE(boxes[i].y, 50);
    EXPECT_LE(boxes[i].bottom(), y);
    for (std::size_t j = i + 1; j < boxes.size(); ++j) EXPECT_FALSE(boxes[i].overlaps(boxes[j])) << i << " " << j;
  }
}

}  // namespace
}  // namespace annalist::render
