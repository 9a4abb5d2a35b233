// Small multiples: counts per pair, year and type; one panel per pair; the same scales in every
// panel; bars whose heights are the counts; no text over another.
#include "render/small_multiples.h"

#include <gtest/gtest.h>

#include <set>

#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::make_event;

Event coded(const std::string& id, const std::string& value, std::vector<std::pair<std::string, std::string>> people,
            EventType type = EventType::kMeeting, EventStatus status = EventStatus::kOccurred) {
  std::vector<std::string> names;
  for (const auto& p : people) names.push_back(p.first);
  Event e = make_event(id, value, names, type, status);
  for (const auto& [name, country] : people) e.codes.push_back({name, country, ""});
  return e;
}

std::vector<Event> sample() {
  std::vector<Event> ev;
  // China–Russia: busy; India–Japan: one contact; a planned and an undated one do not count.
  for (int i = 0; i < 5; ++i)
    ev.push_back(coded("cr" + std::to_string(i), "2019-0" + std::to_string(i + 1) + "-10",
                       {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}, i % 2 ? EventType::kCall : EventType::kMeeting));
  ev.push_back(coded("cr9", "2021-06-01", {{"Wang Yi", "CHN"}, {"Sergey Lavrov", "RUS"}}, EventType::kVisit));
  ev.push_back(coded("ij", "2016-03-01", {{"Narendra Modi", "IND"}, {"Shinzo Abe", "JPN"}}));
  ev.push_back(coded("plan", "2022-01-01", {{"Narendra Modi", "IND"}, {"Shinzo Abe", "JPN"}}, EventType::kVisit,
                     EventStatus::kPlanned));
  ev.push_back(coded("und", "", {{"Narendra Modi", "IND"}, {"Shinzo Abe", "JPN"}}));
  ev.push_back(coded("home", "2020-01-01", {{"Vladimir Putin", "RUS"}, {"Sergey Lavrov", "RUS"}}));
  return ev;
}

TEST(SmallMultiples, CountsContactsThatOccurredPerPairYearAndType) {
  auto pc = pair_counts(sample());
  ASSERT_EQ(pc.size(), 2u);
  EXPECT_EQ(pc[0].a + "-" + pc[0].b, "CHN-RUS");
  EXPECT_EQ(pc[0].total, 6);
  EXPECT_EQ(pc[0].by_year.at(2019).at(EventType::kMeeting), 3);
  EXPECT_EQ(pc[0].by_year.at(2019).at(EventType::kCall), 2);
  EXPECT_EQ(pc[0].by_year.at(2021).at(EventType::kVisit), 1);
  EXPECT_EQ(pc[1].a + "-" + pc[1].b, "IND-JPN");
  EXPECT_EQ(pc[1].total, 1);  // the planned and the undated visits are no contacts
}

TEST(SmallMultiples, OnePanelPerPairWithTheSameScales) {
  LayoutOptions o;
  o.country_names = {{"CHN", "China"}, {"RUS", "Russia"}, {"IND", "India"}, {"JPN", "Japan"}};
  SmallMultiples S = layout_small_multiples(sample(), o, fixed_width_measure);
  ASSERT_EQ(S.panels.size(), 2u);
  const Panel& a = S.panels[0];
  const Panel& b = S.panels[1];
  EXPECT_EQ(a.a + a.b, "CHNRUS");
  // One scale: the busiest year (2019 China–Russia: 5) at most at the top, in both panels.
  EXPECT_EQ(a.scale_max, b.scale_max);
  EXPECT_GE(a.scale_max, 5);
  EXPECT_DOUBLE_EQ(a.per_contact, b.per_contact);
  EXPECT_DOUBLE_EQ(a.year_width, b.year_width);
  EXPECT_EQ(a.first_year, 2016);
  EXPECT_DOUBLE_EQ(a.plot.w, b.plot.w);
  EXPECT_DOUBLE_EQ(a.plot.h, b.plot.h);
  EXPECT_DOUBLE_EQ(a.plot.w, 6 * a.year_width);  // 2016..2021
  // Bars: one per pair, year and type, as high as its count, inside its panel, stacked.
  double stacked_2019 = 0;
  int bars = 0;
  for (const auto& f : S.layout.fills) {
    if (f.cls.rfind("count ", 0) != 0) continue;
    ++bars;
    const Panel& p = f.cls.find("CHN-RUS") != std::string::npos ? a : b;
    EXPECT_GE(f.rect.x, p.plot.x - 1e-9);
    EXPECT_LE(f.rect.right(), p.plot.right() + 1e-9);
    EXPECT_GE(f.rect.y, p.plot.y - 1e-9);
    EXPECT_LE(f.rect.bottom(), p.plot.bottom() + 1e-9);
    if (f.tooltip.find("China – Russia, 2019") == 0) stacked_2019 += f.rect.h;
  }
  EXPECT_EQ(bars, 4);  // CHN-RUS 2019 meeting, 2019 call, 2021 visit; IND-JPN 2016 meeting
  EXPECT_NEAR(stacked_2019, 5 * a.per_contact, 1e-9);
  // Panels do not overlap, and no text covers another.
  EXPECT_FALSE(a.plot.overlaps(b.plot));
  const auto& t = S.layout.texts;
  for (std::size_t i = 0; i < t.size(); ++i)
    for (std::size_t j = i + 1; j < t.size(); ++j)
      EXPECT_FALSE(t[i].box.overlaps(t[j].box)) << t[i].lines[0] << " / " << t[j].lines[0];
  bool titled = false;
  for (const auto& x : t) titled = titled || x.lines[0] == "China – Russia · 6";
  EXPECT_TRUE(titled);
  for (const auto& x : t) EXPECT_LE(x.box.right(), S.layout.width);
}

TEST(SmallMultiples, ManyPanelsFillAGridAndAGivenWidth) {
  std::vector<Event> ev;
  const char* cs[] = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};
  int k = 0;
  for (int i = 0; i < 6; ++i)
    for (int j = i + 1; j < 6; ++j)
      for (int y = 0; y <= i + j; ++y)
        ev.push_back(coded("e" + std::to_string(k++), std::to_string(2000 + (y * 7 + i) % 24) + "-05-01",
                           {{"P" + std::to_string(i), cs[i]}, {"Q" + std::to_string(j), cs[j]}}));
  LayoutOptions o;
  o.width = 900;
  SmallMultiples S = layout_small_multiples(ev, o, fixed_width_measure);
  ASSERT_EQ(S.panels.size(), 15u);
  EXPECT_LE(S.layout.width, 900 + 1e-9);
  std::set<double> xs;
  for (const auto& p : S.panels) {
    xs.insert(p.plot.x);
    EXPECT_DOUBLE_EQ(p.per_contact, S.panels[0].per_contact);
    EXPECT_LE(p.plot.right(), 900);
  }
  EXPECT_GT(xs.size(), 1u);  // more than one column
  for (std::size_t i = 0; i < S.panels.size(); ++i)
    for (std::size_t j = i + 1; j < S.panels.size(); ++j) EXPECT_FALSE(S.panels[i].plot.overlaps(S.panels[j].plot));
  // Busiest pair first: EEE–FFF has the most contacts.
  EXPECT_EQ(S.panels[0].a + S.panels[0].b, "EEEFFF");
}

TEST(SmallMultiples, NoPairSaysSo) {
  SmallMultiples S = layout_small_multiples({coded("x", "2020-01-01", {{"A", "RUS"}})}, {}, fixed_width_measure);
  EXPECT_TRUE(S.panels.empty());
  bool note = false;
  for (const auto& t : S.layout.texts) note = note || t.lines[0].rfind("No pair of countries", 0) == 0;
  EXPECT_TRUE(note);
}

}  // namespace
}  // namespace annalist::render
