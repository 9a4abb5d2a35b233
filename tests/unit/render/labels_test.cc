// Flag labels on their own: text of groups, sizes, first-fit tiers, "+N more" badges.
#include "render/labels.h"

#include <gtest/gtest.h>

#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::make_event;

TEST(RenderLabels, AGroupListsItsFirstTitlesThenHowManyMore) {
  std::vector<Event> ev;
  for (int i = 0; i < 5; ++i) ev.push_back(make_event("g" + std::to_string(i), "2023-02-21", {"A"}));
  LayoutOptions o;
  LabelText one = group_label(ev, {0}, o);
  EXPECT_EQ(one.date_line, "21 Feb 2023");
  EXPECT_EQ(one.titles, (std::vector<std::string>{"event g0"}));
  LabelText three = group_label(ev, {0, 1, 2}, o);
  EXPECT_EQ(three.titles.size(), 3u);  // exactly the cap: all shown
  LabelText five = group_label(ev, {0, 1, 2, 3, 4}, o);
  EXPECT_EQ(five.titles, (std::vector<std::string>{"event g0", "event g1", "+3 more"}));
}

TEST(RenderLabels, SizeIsTheWidestLineAndAllLinesPlusPadding) {
  Measurer ms(fixed_width_measure);
  LabelText t{"21 Feb 2023", {"short", "a much longer title"}};
  EXPECT_GT(label_size(t, FontSizes::scaled(2), ms).w, 1.9 * label_size(t, FontSizes{}, ms).w - 12);
  TextSize z = label_size(t, FontSizes{}, ms);
  EXPECT_DOUBLE_EQ(z.w, ms.get("a much longer title", 9).w + 6);
  EXPECT_DOUBLE_EQ(z.h, ms.get("21 Feb 2023", 7).h + 2 * ms.get("short", 9).h + 4);
}

PendingLabel pending(std::size_t marker, double x, double w, double h = 20) {
  PendingLabel p;
  p.marker = marker;
  p.x_left = x;
  p.w = w;
  p.h = h;
  return p;
}

TEST(RenderLabels, FirstFitUsesTheLowestFreeTier) {
  // a [0,50) b [30,80) c [60,100) d [200,250): a and c share tier 0, b goes up, d is free again.
  std::vector<PendingLabel> p = {pending(0, 0, 50), pending(1, 30, 50, 30), pending(2, 60, 40), pending(3, 200, 50)};
  TierStack s = stack_tiers(p, 8);
  EXPECT_EQ(s.tier_of, (std::vector<int>{0, 1, 0, 0}));
  EXPECT_EQ(s.tier_height, (std::vector<double>{20, 30}));
  EXPECT_TRUE(s.hidden_markers.empty());
}

TEST(RenderLabels, LabelsBeyondTheTierCapAreHidden) {
  std::vector<PendingLabel> p;
  for (std::size_t i = 0; i < 5; ++i) p.push_back(pending(i, double(i), 100));
  TierStack s = stack_tiers(p, 2);
  EXPECT_EQ(s.tier_height.size(), 2u);
  EXPECT_EQ(s.hidden_markers, (std::vector<std::size_t>{2, 3, 4}));
  EXPECT_EQ(s.tier_of[4], -1);
}

TEST(RenderLabels, BadgesMergeWhileTheyWouldTouch) {
  Measurer ms(fixed_width_measure);
  std::vector<Marker> markers(4);
  double xs[] = {100, 105, 400, 102};
  for (int i = 0; i < 4; ++i) {
    markers[i].x = xs[i];
    markers[i].events = {std::size_t(i)};
  }
  markers[1].events = {1, 5};  // a same-day group counts all its events
  auto badges = overflow_badges({2, 1, 0, 3}, markers, 7, ms);
  ASSERT_EQ(badges.size(), 2u);
  EXPECT_EQ(badges[0].markers, (std::vector<std::size_t>{0, 3, 1}));  // left to right
  EXPECT_EQ(badges[0].n_events, 4u);
  EXPECT_DOUBLE_EQ(badges[0].x, 98);
  EXPECT_EQ(badges[1].markers, (std::vector<std::size_t>{2}));
  EXPECT_GT(badge_width(100, 7, ms), badge_width(9, 7, ms));
}

}  // namespace
}  // namespace annalist::render
