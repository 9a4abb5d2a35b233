// The time axis on its own: units, periods, span, scale, ticks, eras.
#include "render/axis.h"

#include <gtest/gtest.h>

#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::day;

TEST(RenderAxis, PeriodsStartOnTheirCalendarBoundaries) {
  TickUnit week{TickUnit::kWeek, 1}, quarter{TickUnit::kQuarter, 1}, decade{TickUnit::kYears, 10};
  EXPECT_EQ(floor_to(day("2023-02-23"), week), day("2023-02-20"));  // a Monday
  EXPECT_EQ(floor_to(day("2023-08-17"), quarter), day("2023-07-01"));
  EXPECT_EQ(floor_to(day("2023-08-17"), decade), day("2020-01-01"));
  Day ides = date::sys_days{date::year{-43} / 3 / 15};  // 44 BCE (astronomical year -43)
  EXPECT_EQ(floor_to(ides, decade), Day{date::sys_days{date::year{-50} / 1 / 1}});  // whole decades before 0 too
  EXPECT_EQ(next_of(day("2023-01-01"), TickUnit{TickUnit::kMonth, 1}), day("2023-02-01"));
  EXPECT_EQ(next_of(day("2023-11-01"), quarter), day("2024-02-01"));
}

TEST(RenderAxis, TickLabelsNameTheirPeriod) {
  Day d = day("2023-09-28");
  EXPECT_EQ(tick_label(d, {TickUnit::kDay, 1}, true), "28 Sep 2023");
  EXPECT_EQ(tick_label(d, {TickUnit::kDay, 1}, false), "28 Sep");
  EXPECT_EQ(tick_label(d, {TickUnit::kMonth, 1}, false), "Sep");
  EXPECT_EQ(tick_label(d, {TickUnit::kQuarter, 1}, true), "Q3 2023");
  EXPECT_EQ(tick_label(d, {TickUnit::kYears, 5}, false), "2023");
  EXPECT_EQ(tick_label(date::sys_days{date::year{-43} / 3 / 15}, {TickUnit::kYear, 1}, true), "44 BCE");
}

TEST(RenderAxis, MinorTicksOnlyWhenTheyStayApart) {
  EXPECT_FALSE(minor_of({TickUnit::kYear, 1}, 0.01).has_value());
  auto months = minor_of({TickUnit::kYear, 1}, 1.0);  // 30 pt a month
  ASSERT_TRUE(months.has_value());
  EXPECT_EQ(months->kind, TickUnit::kMonth);
  auto quarters = minor_of({TickUnit::kYear, 1}, 0.1);  // 3 pt a month, 9 pt a quarter
  ASSERT_TRUE(quarters.has_value());
  EXPECT_EQ(quarters->kind, TickUnit::kQuarter);
}

TEST(RenderAxis, ShortSpansWidenToTwoWeeksAroundTheData) {
  DayInterval one = axis_span(day("2023-02-21"), day("2023-02-21"));
  EXPECT_EQ(one.first, day("2023-02-14"));
  EXPECT_EQ(one.last, day("2023-02-28"));
  DayInterval long_span = axis_span(day("2001-01-01"), day("2023-01-01"));
  EXPECT_EQ(long_span.first, day("2001-01-01"));
  EXPECT_EQ(long_span.last, day("2023-01-01"));
}

TEST(RenderAxis, ScaleFitsTheWidthAndTheUnitFitsItsLabels) {
  Measurer ms(fixed_width_measure);
  DayInterval span{day("2001-03-04"), day("2023-02-21")};
  AxisScale a = choose_axis(span, 2000, 0, 8, ms);
  // Whole periods of the major unit, a linear scale that fills the width.
  EXPECT_EQ(a.first, floor_to(span.first, a.major));
  EXPECT_EQ(next_of(a.last, a.major) > a.last, true);
  EXPECT_LE(a.first, span.first);
  EXPECT_GE(a.last, span.last);
  EXPECT_NEAR(a.points_per_day * double((a.last - a.first).count() + 1), 2000, 1e-6);
  // The major period leaves room for a label of that unit.
  double label_w = ms.get(tick_label(day("2023-09-28"), a.major, true), 8).w;
  EXPECT_GE(a.major.approx_days() * 2000 / double(span.days()), label_w + 14);
  // A fixed scale is kept.
  EXPECT_EQ(choose_axis(span, 2000, 0.5, 8, ms).points_per_day, 0.5);
  // A wider plot never gets a coarser unit.
  AxisScale wide = choose_axis(span, 16000, 0, 8, ms);
  EXPECT_LE(wide.major.approx_days(), a.major.approx_days());
}

Layout axis_only(Day first, Day last, double ppd) {
  Layout L;
  L.dated_count = 1;
  L.plot = {100, 50, double((last - first).count() + 1) * ppd, 200};
  L.axis_first = first;
  L.axis_last = last;
  L.points_per_day = ppd;
  L.axis_y = 250;
  L.axis_top_y = 50;
  return L;
}

TEST(RenderAxis, TicksAreOrderedAndTheirLabelsNeverCollide) {
  Measurer ms(fixed_width_measure);
  for (double ppd : {0.05, 0.3, 2.0}) {
    Layout L = axis_only(day("2000-01-01"), day("2019-12-31"), ppd);
    AxisScale a = choose_axis({L.axis_first, L.axis_last}, L.plot.w, 0, 8, ms);
    place_ticks(L, a.major, FontSizes{}, ms);
    ASSERT_FALSE(L.ticks.empty());
    for (std::size_t i = 1; i < L.ticks.size(); ++i) EXPECT_LT(L.ticks[i - 1].x, L.ticks[i].x);
    // The same labels under the bottom axis and over the top one, never colliding.
    std::vector<std::string> bottom, top;
    double last_bottom = -1e9, last_top = -1e9;
    for (const auto& t : L.texts) {
      ASSERT_TRUE(t.cls == "tick" || t.cls == "tick top") << t.cls;
      if (t.cls == "tick") {
        EXPECT_GE(t.box.x, last_bottom);
        EXPECT_GE(t.box.y, L.axis_y);  // under the bottom axis
        last_bottom = t.box.right();
        bottom.push_back(t.lines[0]);
      } else {
        EXPECT_GE(t.box.x, last_top);
        EXPECT_LE(t.box.bottom(), L.axis_top_y);  // over the top axis
        last_top = t.box.right();
        top.push_back(t.lines[0]);
      }
    }
    EXPECT_GE(bottom.size(), 2u);
    EXPECT_EQ(top, bottom);
  }
}

TEST(RenderAxis, NothingDatedGivesANoteInsteadOfAnAxis) {
  Measurer ms(fixed_width_measure);
  Layout L = axis_only(day("2000-01-01"), day("2000-12-31"), 1);
  L.dated_count = 0;
  place_ticks(L, {TickUnit::kYear, 1}, FontSizes{}, ms);
  EXPECT_TRUE(L.ticks.empty());
  ASSERT_EQ(L.texts.size(), 1u);
  EXPECT_EQ(L.texts[0].lines[0], "No dated events");
}

TEST(RenderAxis, ErasAreClippedToTheAxisAndTheirCaptionsQueueUp) {
  Measurer ms(fixed_width_measure);
  Layout L = axis_only(day("2020-01-01"), day("2020-12-31"), 1);
  std::vector<LayoutOptions::EraSpec> eras = {{day("2019-06-01"), day("2020-01-10"), "before and in"},
                                              {day("2020-01-11"), std::nullopt, "open end"},
                                              {day("2021-01-01"), std::nullopt, "after the axis"}};
  place_eras(L, eras, 30, 8, ms);
  ASSERT_EQ(L.eras.size(), 2u);
  EXPECT_DOUBLE_EQ(L.eras[0].rect.x, L.x_of(day("2020-01-01")));
  EXPECT_DOUBLE_EQ(L.eras[0].rect.right(), L.x_of(day("2020-01-11")));
  EXPECT_DOUBLE_EQ(L.eras[1].rect.right(), L.x_of(day("2021-01-01")));
  EXPECT_EQ(L.eras[1].index, 1u);
  ASSERT_EQ(L.texts.size(), 2u);
  EXPECT_GE(L.texts[1].box.x, L.texts[0].box.right() + 8);  // the second caption waits its turn
  EXPECT_DOUBLE_EQ(L.texts[0].box.bottom(), 30);            // captions end where they were told
}

TEST(RenderAxis, TheStripIsTheTopAxisAloneAtTheSameXs) {
  Measurer ms(fixed_width_measure);
  Layout L = axis_only(day("2000-01-01"), day("2019-12-31"), 0.3);
  L.width = L.plot.right() + 20;
  AxisScale a = choose_axis({L.axis_first, L.axis_last}, L.plot.w, 0, 8, ms);
  place_ticks(L, a.major, FontSizes{}, ms);
  Layout S = top_axis_strip(L);
  EXPECT_FALSE(S.bottom_axis);
  EXPECT_EQ(S.width, L.width);
  EXPECT_EQ(S.ticks.size(), L.ticks.size());
  std::vector<double> top_x, strip_x;
  for (const auto& t : L.texts)
    if (t.cls == "tick top") top_x.push_back(t.box.x);
  for (const auto& t : S.texts) {
    strip_x.push_back(t.box.x);
    EXPECT_GE(t.box.y, 0);
    EXPECT_LE(t.box.bottom(), S.axis_top_y);
  }
  EXPECT_EQ(strip_x, top_x);
  EXPECT_LE(S.axis_top_y + 1, S.height);
  EXPECT_LT(S.height, 40);
}

}  // namespace
}  // namespace annalist::render
