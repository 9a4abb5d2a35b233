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
  EXPECT_NE(chart_summary(2, 0, 2, std::nullopt, "actor", false).find(" · 2 undated (not listed) · "),
            std::string::npos);
}

TEST(RenderLegend, TitleThenSummaryDownTheHead) {
  Measurer ms(fixed_width_measure);
  Layout L;
  double y = place_title(L, "My chart", "summary", 14, FontSizes{}, ms);
  ASSERT_EQ(L.texts.size(), 2u);
  EXPECT_EQ(L.texts[0].cls, "title");
  EXPECT_TRUE(L.texts[0].bold);
  EXPECT_DOUBLE_EQ(L.texts[0].box.y, 14);
  EXPECT_GE(L.texts[1].box.y, L.texts[0].box.bottom());
  EXPECT_GE(y, L.texts[1].box.bottom());
}

TEST(RenderLegend, AnEmptySubtitleLeavesNoLine) {
  Measurer ms(fixed_width_measure);
  Layout L;
  place_title(L, "My chart", "", 14, FontSizes{}, ms);
  EXPECT_EQ(L.texts.size(), 1u);
}

TEST(RenderLegend, CreditSitsAtTheGivenLine) {
  Measurer ms(fixed_width_measure);
  Layout L;
  EXPECT_EQ(place_credit(L, "", 300, FontSizes{}, ms), 300);
  double y = place_credit(L, "Source: annalist", 300, FontSizes{}, ms);
  ASSERT_EQ(L.texts.size(), 1u);
  EXPECT_EQ(L.texts[0].cls, "credit");
  EXPECT_DOUBLE_EQ(L.texts[0].box.y, 300);
  EXPECT_DOUBLE_EQ(y, L.texts[0].box.bottom());
}

TEST(RenderLegend, KeyGlyphsCannotBeTakenForATypeGlyph) {
  Measurer ms(fixed_width_measure);
  Layout L;
  place_legend(L, 50, 0, FontSizes{}, ms);
  ASSERT_EQ(L.glyphs.size(), 11u);
  // The six type glyphs are the types' own; every key glyph ("exact day", "planned", ...) is
  // neutral, which the painter draws grey in a shape no type has.
  for (int t = 0; t < 6; ++t) {
    EXPECT_FALSE(L.glyphs[t].neutral);
    EXPECT_EQ(L.glyphs[t].type, static_cast<EventType>(t));
  }
  for (std::size_t k = 6; k < L.glyphs.size(); ++k) EXPECT_TRUE(L.glyphs[k].neutral) << k;
  for (const auto& b : L.bars) EXPECT_TRUE(b.neutral);
  for (int t = 0; t < 6; ++t) EXPECT_NE(type_color(static_cast<EventType>(t)), kNeutralColor);
}

TEST(RenderLegend, EntriesWrapBeforeTheRightEdge) {
  Measurer ms(fixed_width_measure);
  Layout L;
  double y = place_legend(L, 50, 400, FontSizes{}, ms);
  Layout wide;
  double y_wide = place_legend(wide, 50, 0, FontSizes{}, ms);
  EXPECT_GT(y, y_wide);
  for (const auto& t : L.texts) EXPECT_LE(t.box.right(), 400);
}

TEST(RenderLegend, OneGlyphPerTypeThenTheKeyWithoutOverlap) {
  Measurer ms(fixed_width_measure);
  Layout L;
  double y = place_legend(L, 50, 0, FontSizes{}, ms);
  EXPECT_GT(y, 50);
  ASSERT_EQ(L.glyphs.size(), 11u);  // six types, five keys
  std::vector<std::string> words;
  for (const auto& t : L.texts) words.push_back(t.lines[0]);
  EXPECT_EQ(words[0], "type:");
  EXPECT_EQ(words[1], "meeting");
  EXPECT_EQ(words[6], "agreement");
  EXPECT_EQ(words[7], "date:");
  // Left to right, nothing overlaps: glyphs, bars and words.
  std::vector<Rect> boxes;
  // Glyphs are drawn up to 1.45 times their size (the star, the key's oval).
  for (const auto& g : L.glyphs) boxes.push_back({g.x - 0.725 * g.size, g.y - g.size / 2, 1.45 * g.size, g.size});
  for (const auto& t : L.texts) boxes.push_back(t.box);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    EXPECT_GE(boxes[i].y, 50);
    EXPECT_LE(boxes[i].bottom(), y);
    for (std::size_t j = i + 1; j < boxes.size(); ++j) EXPECT_FALSE(boxes[i].overlaps(boxes[j])) << i << " " << j;
  }
}

}  // namespace
}  // namespace annalist::render
