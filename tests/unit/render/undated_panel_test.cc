// The undated panel on its own: rows, columns, the "+N more undated" line.
#include "render/undated_panel.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::make_event;

TEST(RenderUndatedPanel, EachEventGetsAGlyphATitleAndWhatTheTextSaid) {
  std::vector<Event> ev = {make_event("u1", "", {"A", "B"}),
                           make_event("u2", "XXXX-06", {"C"}, EventType::kCall, EventStatus::kPlanned)};
  ev[0].time.timex_text = "Wednesday";
  Layout L;
  L.undated = {0, 1};
  Measurer ms(fixed_width_measure);
  ElementIds ids;
  place_undated_panel(L, ev, {}, {500, 60, 400, 0}, FontSizes{}, ids, ms);
  ASSERT_EQ(L.glyphs.size(), 2u);
  EXPECT_EQ(L.glyphs[0].id, "ev-u1");
  EXPECT_EQ(*L.glyphs[1].event, 1u);
  EXPECT_TRUE(L.glyphs[1].planned);
  ASSERT_EQ(L.texts.size(), 5u);  // head, then title and note per event
  EXPECT_EQ(L.texts[0].lines[0], "Undated (2) — not placed on the axis");
  EXPECT_EQ(L.texts[2].lines[0], "occurred meeting · “Wednesday”, not resolvable · A, B");
  EXPECT_EQ(L.texts[4].lines[0], "planned call · Jun, year unknown · C");
  EXPECT_EQ(L.texts[3].cls, "panel-title of-ev-u2");
  for (const auto& t : L.texts) {
    EXPECT_GE(t.box.x, L.panel.x);
    EXPECT_LE(t.box.right(), L.panel.right());
    EXPECT_LE(t.box.bottom(), L.panel.bottom());
  }
}

TEST(RenderUndatedPanel, LongListsFlowIntoColumnsAndEndWithACount) {
  std::vector<Event> ev;
  Layout L;
  for (int i = 0; i < 60; ++i) {
    ev.push_back(make_event("u" + std::to_string(i), "", {"A"}));
    L.undated.push_back(std::size_t(i));
  }
  LayoutOptions o;
  o.max_panel_rows = 40;
  Measurer ms(fixed_width_measure);
  ElementIds ids;
  place_undated_panel(L, ev, o, {0, 0, 300, 0}, FontSizes{}, ids, ms);
  EXPECT_EQ(L.glyphs.size(), 39u);
  EXPECT_EQ(L.texts.back().lines[0], "+21 more undated");
  std::set<double> columns;
  for (const auto& g : L.glyphs) {
    columns.insert(g.x);
    EXPECT_LE(g.y, 300 + 40);  // no column runs much past the bottom given
  }
  EXPECT_GE(columns.size(), 2u);
}

TEST(RenderUndatedPanel, BelowTheChartColumnsFillTheWidth) {
  std::vector<Event> ev;
  Layout L;
  for (int i = 0; i < 30; ++i) {
    ev.push_back(make_event("u" + std::to_string(i), "", {"A"}));
    L.undated.push_back(std::size_t(i));
  }
  Measurer ms(fixed_width_measure);
  ElementIds ids;
  place_undated_panel(L, ev, {}, {20, 500, 0, 1200}, FontSizes{}, ids, ms);
  EXPECT_LE(L.panel.right(), 20 + 1200 + 8 + 1);
  std::map<double, int> per_column;
  for (const auto& g : L.glyphs) per_column[g.x]++;
  ASSERT_GE(per_column.size(), 2u);
  // Equal columns, the last one not longer than the others.
  int first = per_column.begin()->second;
  for (const auto& [x, n] : per_column) EXPECT_LE(n, first);
  EXPECT_GE(L.panel.y, 500 - 6);
}

TEST(RenderUndatedPanel, NothingUndatedNoPanel) {
  Layout L;
  Measurer ms(fixed_width_measure);
  ElementIds ids;
  place_undated_panel(L, {}, {}, {0, 0, 300, 0}, FontSizes{}, ids, ms);
  EXPECT_EQ(L.panel.w, 0);
  EXPECT_TRUE(L.texts.empty());
}

}  // namespace
}  // namespace annalist::render
