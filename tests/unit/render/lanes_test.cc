// Lanes on their own: keys per mode, grouping and order, dodge rows, one lane's placement.
#include "render/lanes.h"

#include <gtest/gtest.h>

#include "render/axis.h"
#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::day;
using testing::make_event;

TEST(RenderLanes, KeysFollowTheMode) {
  Event e = make_event("x", "2020-01-01", {"A", "B"}, EventType::kCall);
  EXPECT_EQ(lane_keys(e, "pair")[0].key, "pair:A|B");
  EXPECT_EQ(lane_keys(e, "pair")[0].lines, (std::vector<std::string>{"A –", "B"}));
  auto actors = lane_keys(e, "actor");
  ASSERT_EQ(actors.size(), 2u);
  EXPECT_EQ(actors[1].key, "actor:B");
  EXPECT_EQ(lane_keys(e, "type")[0].key, "type:call");
  Event many = make_event("m", "2020-01-01", {"A", "B", "C", "D", "E"});
  EXPECT_EQ(lane_keys(many, "pair")[0].lines.back(), "+3 more");
  EXPECT_EQ(lane_keys(make_event("n", "2020", {}), "pair")[0].key, "none");
}

// People with the country of the office they hold, as the actor dictionaries would give them.
Event coded(const std::string& id, const std::string& value, std::vector<std::pair<std::string, std::string>> people) {
  std::vector<std::string> names;
  for (const auto& p : people) names.push_back(p.first);
  Event e = make_event(id, value, names);
  for (const auto& [name, country] : people) e.codes.push_back({name, country, ""});
  return e;
}

TEST(RenderLanes, DyadLanesAreCountryPairsNamedByTheDictionaries) {
  const CountryNames names = {{"CHN", "China"}, {"RUS", "Russia"}, {"IND", "India"}};
  Event two = coded("a", "2020-01-01", {{"Vladimir Putin", "RUS"}, {"Wang Yi", "CHN"}, {"Russia", "RUS"}});
  auto k = lane_keys(two, "dyad", names);
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].key, "dyad:CHN|RUS");
  EXPECT_EQ(k[0].lines, (std::vector<std::string>{"China –", "Russia"}));
  // Three countries: the event is drawn in each of their three pairs' lanes.
  Event three = coded("b", "2020-01-01", {{"Xi Jinping", "CHN"}, {"Narendra Modi", "IND"}, {"Vladimir Putin", "RUS"}});
  auto k3 = lane_keys(three, "dyad", names);
  ASSERT_EQ(k3.size(), 3u);
  EXPECT_EQ(k3[0].key, "dyad:CHN|IND");
  EXPECT_EQ(k3[2].key, "dyad:IND|RUS");
  // One country: its own lane; an unknown code shows itself; nobody known: one lane for those.
  EXPECT_EQ(lane_keys(coded("c", "2020", {{"Sergey Lavrov", "RUS"}}), "dyad", names)[0].lines,
            std::vector<std::string>{"Russia"});
  EXPECT_EQ(lane_keys(coded("d", "2020", {{"A", "XYZ"}, {"B", "RUS"}}), "dyad", names)[0].lines,
            (std::vector<std::string>{"Russia –", "XYZ"}));
  EXPECT_EQ(lane_keys(coded("e", "2020", {{"Somebody", ""}}), "dyad", names)[0].key, "dyad:?");
}

TEST(RenderLanes, AutoDrawsCountryPairsPastTenActorPairLanes) {
  std::vector<Event> ev;
  for (int i = 0; i < int(kMaxPairLanes); ++i)
    ev.push_back(coded(std::to_string(i), "2020-01-01", {{"P" + std::to_string(i), "RUS"}, {"Xi", "CHN"}}));
  EXPECT_EQ(auto_lane_mode(ev), "pair");
  ev.push_back(coded("u", "", {{"Q1", "RUS"}, {"Q2", "USA"}}));  // undated: not drawn in a lane
  EXPECT_EQ(auto_lane_mode(ev), "pair");
  ev.push_back(coded("x", "2021-01-01", {{"Q1", "RUS"}, {"Q2", "USA"}}));
  EXPECT_EQ(auto_lane_mode(ev), "dyad");
  for (auto& e : ev) e.codes.clear();  // without codes there are no country pairs to draw
  EXPECT_EQ(auto_lane_mode(ev), "pair");
}

TEST(RenderLanes, LanesAreOrderedByFirstEventAndSameWindowsGroup) {
  std::vector<Event> ev = {make_event("1", "2015-01-01", {"C"}), make_event("2", "2010-01-01", {"A"}),
                           make_event("u", "", {"A"}),
                           make_event("3", "2010-01-01", {"A"}, EventType::kCall),
                           make_event("4", "2010-01-01", {"A"}, EventType::kMeeting, EventStatus::kPlanned)};
  std::vector<std::size_t> undated;
  auto lanes = group_into_lanes(ev, "pair", undated);
  EXPECT_EQ(undated, (std::vector<std::size_t>{2}));
  ASSERT_EQ(lanes.size(), 2u);
  EXPECT_EQ(lanes[0].key.key, "pair:A");
  ASSERT_EQ(lanes[0].groups.size(), 1u);
  // Lead first: occurred before planned, then by type.
  EXPECT_EQ(lanes[0].groups[0].events, (std::vector<std::size_t>{1, 3, 4}));
}

TEST(RenderLanes, DodgeRowsSeparateCoveringMarkersUpToTheCap) {
  EXPECT_EQ(dodge_rows({{0, 8}, {20, 28}}), (std::vector<int>{0, 0}));
  EXPECT_EQ(dodge_rows({{0, 8}, {4, 12}, {6, 14}}), (std::vector<int>{0, 1, 2}));
  // Beyond four rows the one that ends first is shared.
  auto rows = dodge_rows({{0, 10}, {1, 11}, {2, 12}, {3, 13}, {4, 14}});
  EXPECT_EQ(rows, (std::vector<int>{0, 1, 2, 3, 0}));
}

TEST(RenderLanes, ALaneHoldsItsMarkersLabelsAndStems) {
  std::vector<Event> ev;
  for (int i = 0; i < 12; ++i)
    ev.push_back(make_event("e" + std::to_string(i), "2020-01-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1),
                            {"A", "B"}));
  ev.push_back(make_event("month", "2020-03", {"A", "B"}));
  std::vector<std::size_t> undated;
  auto lanes = group_into_lanes(ev, "pair", undated);
  ASSERT_EQ(lanes.size(), 1u);
  Layout L;
  L.plot = {100, 0, 0, 0};
  L.axis_first = day("2020-01-01");
  L.axis_last = day("2020-03-31");
  L.points_per_day = 4;
  L.plot.w = 91 * 4;
  Measurer ms(fixed_width_measure);
  LayoutOptions o;
  o.max_tiers = 3;
  std::vector<LabelText> texts;
  for (const auto& g : lanes[0].groups) texts.push_back(group_label(ev, g.events, o));
  ElementIds ids;
  double right = 0;
  double h = place_lane(L, ev, lanes[0], 0, texts, 40, o, FontSizes{}, ids, ms, right);
  ASSERT_EQ(L.lanes.size(), 1u);
  const Lane& lane = L.lanes[0];
  EXPECT_DOUBLE_EQ(lane.rect.y, 40);
  EXPECT_DOUBLE_EQ(lane.rect.h, h);
  EXPECT_LE(lane.tiers, 3);
  EXPECT_EQ(L.markers.size(), 13u);
  std::size_t shown = 0, hidden = 0;
  for (const auto& lab : L.labels) {
    ++shown;
    EXPECT_GE(lab.box.y, lane.rect.y);                         // inside the lane
    EXPECT_LE(lab.box.bottom(), lane.baseline);                // above the baseline
    EXPECT_DOUBLE_EQ(lab.stem_x, L.markers[lab.marker].x);     // stem from its marker
    EXPECT_DOUBLE_EQ(lab.stem_top, lab.box.bottom());
    EXPECT_LE(lab.box.right(), right);
  }
  for (const auto& ov : L.overflows) hidden += ov.events.size();
  EXPECT_EQ(shown + hidden, 13u);
  EXPECT_GT(hidden, 0u);  // twelve labels a day apart cannot fit in three tiers
  // The month window has its dashed bar over the whole of March.
  ASSERT_EQ(L.bars.size(), 1u);
  EXPECT_TRUE(L.bars[0].window);
  EXPECT_DOUBLE_EQ(L.bars[0].rect.x, L.x_of(day("2020-03-01")));
  EXPECT_DOUBLE_EQ(L.bars[0].rect.right(), L.x_of(day("2020-04-01")));
}

}  // namespace
}  // namespace annalist::render
