// Chart geometry on synthetic events, measured with the fixed-width stand-in (no Graphviz).
#include "render/layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "calendar/timex_value.h"
#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::day;

Event make(const std::string& id, const std::string& value, std::vector<std::string> parts,
           EventType type = EventType::kMeeting, EventStatus status = EventStatus::kOccurred,
           const std::string& mod = "") {
  return testing::make_event(id, value, std::move(parts), type, status, mod);
}

Layout lay(const std::vector<Event>& ev, LayoutOptions o = {}) {
  return layout_timeline(ev, o, fixed_width_measure);
}

const Marker* marker_of(const Layout& L, std::size_t event_index) {
  for (const auto& m : L.markers)
    if (std::find(m.events.begin(), m.events.end(), event_index) != m.events.end()) return &m;
  return nullptr;
}

Rect marker_box(const Marker& m) { return {m.x - m.size / 2, m.y - m.size / 2, m.size, m.size}; }

std::vector<Event> random_events(int n, int lanes, int years, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Event> out;
  Day start = day("2004-01-01");
  for (int i = 0; i < n; ++i) {
    int lane = int(rng() % lanes);
    Day d = start + date::days{long(rng() % (365 * years))};
    std::string v = calendar::format_iso_day(d);
    if (rng() % 8 == 0) v = v.substr(0, 7);
    if (rng() % 15 == 0) v = v.substr(0, 4);
    Event e = make("E" + std::to_string(i), v, {"Actor " + std::to_string(lane), "Zed"},
                   static_cast<EventType>(rng() % 6));
    e.title = std::string(4 + rng() % 30, 'x');
    out.push_back(e);
  }
  return out;
}

TEST(RenderLayout, MarkersSitOnTheirDaysAndAreMonotone) {
  std::vector<Event> ev;
  const char* days[] = {"2001-03-04", "2005-07-01", "2010-03-25", "2013-11-30", "2023-02-21", "2023-02-22"};
  for (int i = 0; i < 6; ++i) ev.push_back(make("d" + std::to_string(i), days[i], {"A", "B"}));
  Layout L = lay(ev);
  double prev = -1;
  for (int i = 0; i < 6; ++i) {
    const Marker* m = marker_of(L, i);
    ASSERT_NE(m, nullptr);
    EXPECT_NEAR(m->x, L.x_of(day(days[i])) + L.points_per_day / 2, 1e-6);
    EXPECT_GT(m->x, prev);
    prev = m->x;
    EXPECT_GE(m->x, L.plot.x);
    EXPECT_LE(m->x, L.plot.right());
  }
  EXPECT_LE(L.axis_first, day("2001-03-04"));
  EXPECT_GE(L.axis_last, day("2023-02-22"));
}

TEST(RenderLayout, UncertainDatesGetAWindowBarAndHollowMarker) {
  std::vector<Event> ev = {make("m", "2022-12", {"A", "B"}, EventType::kCall, EventStatus::kOccurred, "END"),
                           make("y", "2013", {"A", "B"}), make("d", "2023-02-21", {"A", "B"})};
  Layout L = lay(ev);
  const Marker* m = marker_of(L, 0);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->precision, Precision::kWindow);
  EXPECT_NE(m->cls.find("window"), std::string::npos);
  const Bar* bar = nullptr;
  for (const auto& b : L.bars)
    if (b.marker == std::size_t(m - L.markers.data())) bar = &b;
  ASSERT_NE(bar, nullptr);
  EXPECT_TRUE(bar->window);
  EXPECT_NEAR(bar->rect.x, L.x_of(ev[0].time.interval->first), 1e-6);
  EXPECT_NEAR(bar->rect.right(), L.x_of(ev[0].time.interval->last + date::days{1}), 1e-6);
  EXPECT_EQ(marker_of(L, 2)->precision, Precision::kExact);
  ASSERT_TRUE(m->label.has_value());
  EXPECT_EQ(L.labels[*m->label].date_line, "late Dec 2022");
  EXPECT_EQ(L.labels[*marker_of(L, 1)->label].date_line, "2013");
}

TEST(RenderLayout, LabelsNeverOverlapEachOtherOrMarkers) {
  for (unsigned seed : {1u, 2u, 3u}) {
    std::vector<Event> ev = random_events(400, 5, 15, seed);
    LayoutOptions o;
    o.max_tiers = 6;
    Layout L = lay(ev, o);
    for (std::size_t i = 0; i < L.labels.size(); ++i) {
      for (std::size_t j = i + 1; j < L.labels.size(); ++j)
        ASSERT_FALSE(L.labels[i].box.overlaps(L.labels[j].box)) << "labels " << i << " and " << j;
      for (const auto& m : L.markers) ASSERT_FALSE(L.labels[i].box.overlaps(marker_box(m)));
      for (const auto& ov : L.overflows) ASSERT_FALSE(L.labels[i].box.overlaps(ov.box));
    }
    for (std::size_t i = 0; i < L.overflows.size(); ++i)
      for (std::size_t j = i + 1; j < L.overflows.size(); ++j)
        ASSERT_FALSE(L.overflows[i].box.overlaps(L.overflows[j].box));
    // Everything stays inside its lane band.
    for (const auto& lab : L.labels) {
      const Lane& lane = L.lanes[L.markers[lab.marker].lane];
      EXPECT_GE(lab.box.y, lane.rect.y);
      EXPECT_LE(lab.box.bottom(), lane.rect.bottom());
      EXPECT_LE(lab.box.right(), L.width);
    }
    for (const auto& lane : L.lanes) EXPECT_LE(lane.tiers, 6);
  }
}

TEST(RenderLayout, DyadLanesOnePerCountryPairWithoutOverlaps) {
  // People of five countries meet in random pairs and threes: one lane per pair of countries,
  // whichever people met, and the labels keep clear of each other.
  const std::vector<std::pair<std::string, std::string>> people = {
      {"Xi Jinping", "CHN"}, {"Wang Yi", "CHN"},       {"Vladimir Putin", "RUS"}, {"Sergey Lavrov", "RUS"},
      {"Joe Biden", "USA"},  {"Antony Blinken", "USA"}, {"Narendra Modi", "IND"},  {"Fumio Kishida", "JPN"}};
  std::mt19937 rng(7);
  std::vector<Event> ev;
  std::set<std::string> pairs;
  for (int i = 0; i < 300; ++i) {
    std::set<std::size_t> who = {rng() % people.size(), rng() % people.size()};
    if (rng() % 5 == 0) who.insert(rng() % people.size());
    std::vector<std::string> names;
    std::vector<ParticipantCode> codes;
    for (std::size_t w : who) {
      names.push_back(people[w].first);
      codes.push_back({people[w].first, people[w].second, ""});
    }
    Day d = day("2015-01-01") + date::days{long(rng() % 3000)};
    Event e = make("E" + std::to_string(i), calendar::format_iso_day(d), names);
    e.codes = codes;
    std::set<std::string> cs;
    for (const auto& c : codes) cs.insert(c.country);
    for (auto a = cs.begin(); a != cs.end(); ++a)
      for (auto b = std::next(a); b != cs.end(); ++b) pairs.insert("dyad:" + *a + "|" + *b);
    if (cs.size() == 1) pairs.insert("dyad:" + *cs.begin());
    ev.push_back(e);
  }
  LayoutOptions o;
  o.lanes = "dyad";
  o.country_names = {{"CHN", "China"}, {"RUS", "Russia"}, {"USA", "United States"}, {"IND", "India"}, {"JPN", "Japan"}};
  Layout L = lay(ev, o);
  std::set<std::string> keys;
  for (const auto& lane : L.lanes) EXPECT_TRUE(keys.insert(lane.key).second) << "two lanes for " << lane.key;
  EXPECT_EQ(keys, pairs);
  for (const auto& lane : L.lanes)
    if (lane.key == "dyad:CHN|RUS") EXPECT_EQ(lane.name_lines, (std::vector<std::string>{"China –", "Russia"}));
  for (std::size_t i = 0; i < L.labels.size(); ++i) {
    for (std::size_t j = i + 1; j < L.labels.size(); ++j)
      ASSERT_FALSE(L.labels[i].box.overlaps(L.labels[j].box)) << "labels " << i << " and " << j;
    for (const auto& m : L.markers) ASSERT_FALSE(L.labels[i].box.overlaps(marker_box(m)));
  }
  // A lane name never runs into the time area.
  for (const auto& t : L.texts)
    if (t.cls == "lane-name") EXPECT_LE(t.box.right(), L.plot.x);
}

// The bar of the issue: 1,000 events over 20 years in 12 lanes, default options.
void check_dense_chart(const std::vector<Event>& ev, const Layout& L) {
  ASSERT_EQ(L.lanes.size(), 12u);
  // Every marker sits at the middle of its date window, which the x axis maps linearly.
  std::vector<int> seen(ev.size(), 0);
  for (const auto& m : L.markers) {
    for (std::size_t i : m.events) {
      const auto& iv = *ev[i].time.interval;
      double want = (L.x_of(iv.first) + L.x_of(iv.last + date::days{1})) / 2;
      ASSERT_NEAR(m.x, want, 1e-6) << ev[i].id << " " << ev[i].time.value;
      ++seen[i];
    }
    EXPECT_GE(m.x, L.plot.x);
    EXPECT_LE(m.x, L.plot.right());
  }
  for (std::size_t i = 0; i < ev.size(); ++i) ASSERT_EQ(seen[i], 1) << "event " << i << " drawn once";
  EXPECT_NEAR(L.x_of(L.axis_first + date::days{3650}) - L.x_of(L.axis_first), 3650 * L.points_per_day, 1e-6);
  // No two labels overlap, and no label covers a marker or a "+N more" badge.
  std::vector<Rect> markers;
  for (const auto& m : L.markers) markers.push_back(marker_box(m));
  for (std::size_t i = 0; i < L.labels.size(); ++i) {
    const Rect& a = L.labels[i].box;
    for (std::size_t j = i + 1; j < L.labels.size(); ++j)
      ASSERT_FALSE(a.overlaps(L.labels[j].box)) << "labels " << i << " and " << j;
    for (const auto& r : markers) ASSERT_FALSE(a.overlaps(r)) << "label " << i << " covers a marker";
    for (const auto& ov : L.overflows) ASSERT_FALSE(a.overlaps(ov.box)) << "label " << i << " covers a badge";
  }
  // Each event is either labelled or listed in a "+N more" badge of its lane.
  std::size_t labelled = 0, hidden = 0;
  for (const auto& m : L.markers)
    if (m.label) labelled += m.events.size();
  for (const auto& ov : L.overflows) hidden += ov.events.size();
  EXPECT_EQ(labelled + hidden, ev.size());
  EXPECT_GT(labelled, ev.size() / 2);
}

TEST(RenderLayout, ThousandEventsOverTwentyYearsInTwelveLanes) {
  for (unsigned seed : {7u, 8u}) {
    std::vector<Event> ev = random_events(1000, 12, 20, seed);
    Layout L = lay(ev);
    check_dense_chart(ev, L);
  }
}

TEST(RenderLayout, UndatedEventsGoToThePanelNotTheAxis) {
  std::vector<Event> ev = {make("a", "2023-02-21", {"A", "B"}), make("u1", "", {"A", "B"}),
                           make("u2", "XXXX-06", {"C"}, EventType::kCall, EventStatus::kOccurred, "END")};
  ev[1].time.timex_text = "Wednesday";
  Layout L = lay(ev);
  EXPECT_EQ(L.undated, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(marker_of(L, 1), nullptr);
  EXPECT_EQ(marker_of(L, 2), nullptr);
  EXPECT_EQ(L.dated_count, 1u);
  EXPECT_GT(L.panel.w, 0);
  EXPECT_GE(L.panel.y, L.axis_y);  // below the chart by default
  int panel_events = 0;
  for (const auto& g : L.glyphs)
    if (g.cls.find("undated") != std::string::npos) ++panel_events;
  EXPECT_EQ(panel_events, 2);
  EXPECT_EQ(undated_note(ev[2].time), "late Jun, year unknown");
  EXPECT_EQ(undated_note(ev[1].time), "“Wednesday”, not resolvable");
  // Only the dated event's lane exists.
  EXPECT_EQ(L.lanes.size(), 1u);
}

TEST(RenderLayout, TierCapCollapsesTheRestIntoPlusNMore) {
  std::vector<Event> ev;
  for (int i = 0; i < 30; ++i) {
    Event e = make("c" + std::to_string(i), calendar::format_iso_day(day("2020-01-01") + date::days{i}),
                   {"A", "B"});
    e.title = "a fairly long title for crowding " + std::to_string(i);
    ev.push_back(e);
  }
  ev.push_back(make("far", "2010-01-01", {"A", "B"}));
  LayoutOptions o;
  o.max_tiers = 2;
  Layout L = lay(ev, o);
  ASSERT_EQ(L.lanes.size(), 1u);
  EXPECT_LE(L.lanes[0].tiers, 2);
  ASSERT_FALSE(L.overflows.empty());
  std::size_t hidden = 0;
  for (const auto& ov : L.overflows) {
    hidden += ov.events.size();
    EXPECT_EQ(ov.text, "+" + std::to_string(ov.events.size()) + " more");
    EXPECT_NE(ov.tooltip.find("a fairly long title"), std::string::npos);
  }
  EXPECT_EQ(hidden + L.labels.size(), ev.size());
  // Every event still has its marker at its date.
  for (std::size_t i = 0; i < ev.size(); ++i) EXPECT_NE(marker_of(L, i), nullptr);
}

TEST(RenderLayout, SameDayEventsInOneLaneAreGrouped) {
  std::vector<Event> ev;
  for (int i = 0; i < 5; ++i) ev.push_back(make("g" + std::to_string(i), "2023-02-21", {"Wang Yi"}));
  ev.push_back(make("other", "2023-02-21", {"Nikolay Patrushev", "Wang Yi"}));
  Layout L = lay(ev);
  ASSERT_EQ(L.markers.size(), 2u);
  const Marker* m = marker_of(L, 0);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->events.size(), 5u);
  EXPECT_NE(m->cls.find("group"), std::string::npos);
  ASSERT_TRUE(m->label.has_value());
  const Label& lab = L.labels[*m->label];
  EXPECT_EQ(lab.title_lines.size(), 3u);
  EXPECT_EQ(lab.title_lines.back(), "+3 more");
  for (int i = 0; i < 5; ++i) EXPECT_NE(m->tooltip.find("event g" + std::to_string(i)), std::string::npos);
}

TEST(RenderLayout, CoincidentMarkersDodgeDownwardsKeepingTheirX) {
  // Three days in 20 years are closer than a marker's width at this scale.
  std::vector<Event> ev = {make("a", "2003-01-01", {"A"}), make("b", "2023-02-20", {"A"}),
                           make("c", "2023-02-21", {"A"}), make("d", "2023-02-22", {"A"})};
  Layout L = lay(ev);
  ASSERT_EQ(L.markers.size(), 4u);
  for (std::size_t i = 0; i < L.markers.size(); ++i)
    for (std::size_t j = i + 1; j < L.markers.size(); ++j)
      EXPECT_FALSE(marker_box(L.markers[i]).overlaps(marker_box(L.markers[j])));
  for (std::size_t i = 0; i < 4; ++i)
    EXPECT_NEAR(marker_of(L, i)->x, L.x_of(ev[i].time.interval->first) + L.points_per_day / 2, 1e-6);
  EXPECT_EQ(marker_of(L, 0)->y, L.lanes[0].baseline);
  EXPECT_GT(marker_of(L, 3)->y, marker_of(L, 1)->y);
  for (const auto& m : L.markers) EXPECT_LE(m.y + m.size / 2, L.lanes[0].rect.bottom());
  // Stems reach their own marker.
  for (const auto& lab : L.labels)
    EXPECT_NEAR(lab.stem_bottom, L.markers[lab.marker].y - L.markers[lab.marker].size / 2, 1e-9);
}

TEST(RenderLayout, StatusShowsInClassesAndDateLine) {
  std::vector<Event> ev = {make("p", "2023-03", {"A", "B"}, EventType::kVisit, EventStatus::kPlanned),
                           make("c", "2021-10-01", {"A", "C"}, EventType::kMeeting, EventStatus::kCancelled)};
  Layout L = lay(ev);
  const Marker* p = marker_of(L, 0);
  const Marker* c = marker_of(L, 1);
  EXPECT_TRUE(p->planned);
  EXPECT_NE(p->cls.find("event visit planned"), std::string::npos);
  EXPECT_EQ(L.labels[*p->label].date_line, "planned · Mar 2023");
  EXPECT_TRUE(c->struck);
  EXPECT_TRUE(L.labels[*c->label].struck);
  EXPECT_EQ(p->id, "ev-p");
}

TEST(RenderLayout, LanesFollowTheModeAndFirstEvent) {
  std::vector<Event> ev = {make("1", "2015-01-01", {"C", "D"}), make("2", "2010-01-01", {"A", "B"}),
                           make("3", "2012-01-01", {"A", "B"}, EventType::kCall),
                           make("4", "2020-01-01", {"A"}, EventType::kStatement)};
  Layout pair = lay(ev);
  ASSERT_EQ(pair.lanes.size(), 3u);
  EXPECT_EQ(pair.lanes[0].key, "pair:A|B");
  EXPECT_EQ(pair.lanes[1].key, "pair:C|D");
  EXPECT_EQ(pair.lanes[0].name_lines, (std::vector<std::string>{"A –", "B"}));
  LayoutOptions o;
  o.lanes = "actor";
  Layout actor = lay(ev, o);
  EXPECT_EQ(actor.lanes.size(), 4u);  // A, B, C, D; events of A and B appear in both lanes
  std::set<std::string> ids;
  for (const auto& m : actor.markers) EXPECT_TRUE(ids.insert(m.id).second) << m.id;
  o.lanes = "type";
  Layout type = lay(ev, o);
  EXPECT_EQ(type.lanes.size(), 3u);
  EXPECT_EQ(type.lanes[0].key, "type:meeting");
}

TEST(RenderLayout, TicksAdaptToTheSpan) {
  auto labels_of = [](const Layout& L) {
    std::vector<std::string> out;
    for (const auto& t : L.ticks)
      if (!t.label.empty()) out.push_back(t.label);
    return out;
  };
  Layout days = lay({make("a", "2023-02-10", {"A"}), make("b", "2023-02-24", {"A"})});
  auto dl = labels_of(days);
  ASSERT_FALSE(dl.empty());
  EXPECT_NE(dl.front().find("Feb"), std::string::npos);
  Layout years = lay({make("a", "2001", {"A"}), make("b", "2023-02-21", {"A"})});
  auto yl = labels_of(years);
  ASSERT_GE(yl.size(), 3u);
  for (const auto& s : yl) EXPECT_EQ(s.size(), 4u) << s;
  Layout centuries = lay({make("a", "1648", {"A"}), make("b", "2023-02-21", {"A"})});
  auto cl = labels_of(centuries);
  ASSERT_GE(cl.size(), 3u);
  for (const auto& L : {days, years, centuries}) {
    for (std::size_t i = 1; i < L.ticks.size(); ++i) EXPECT_LT(L.ticks[i - 1].x, L.ticks[i].x);
    // Tick labels never collide.
    double last = -1e9;
    for (const auto& t : L.texts) {
      if (t.cls != "tick") continue;
      EXPECT_GE(t.box.x, last);
      last = t.box.right();
    }
  }
}

TEST(RenderLayout, IsDeterministic) {
  std::vector<Event> ev = random_events(200, 4, 10, 7);
  Layout a = lay(ev), b = lay(ev);
  ASSERT_EQ(a.markers.size(), b.markers.size());
  for (std::size_t i = 0; i < a.markers.size(); ++i) {
    EXPECT_EQ(a.markers[i].id, b.markers[i].id);
    EXPECT_EQ(a.markers[i].x, b.markers[i].x);
  }
  ASSERT_EQ(a.labels.size(), b.labels.size());
  for (std::size_t i = 0; i < a.labels.size(); ++i) EXPECT_EQ(a.labels[i].box.y, b.labels[i].box.y);
}

TEST(RenderLayout, EmptyInputStillLaysOut) {
  Layout L = lay({});
  EXPECT_GT(L.width, 0);
  EXPECT_GT(L.height, 0);
  EXPECT_TRUE(L.markers.empty());
  EXPECT_TRUE(L.ticks.empty());
  Layout only_undated = lay({make("u", "", {"A"})});
  EXPECT_TRUE(only_undated.ticks.empty());
  EXPECT_EQ(only_undated.undated.size(), 1u);
}

}  // namespace
}  // namespace annalist::render

namespace annalist::render {
namespace {

std::vector<Event> some_undated(std::vector<Event> ev, int n) {
  for (int i = 0; i < n; ++i) ev.push_back(make("u" + std::to_string(i), "", {"A", "B"}));
  return ev;
}

const TextItem* text_of(const Layout& L, const std::string& cls) {
  for (const auto& t : L.texts)
    if (t.cls == cls) return &t;
  return nullptr;
}

TEST(RenderLayoutOptions, UndatedBelowBesideOrNotAtAll) {
  std::vector<Event> ev = some_undated(random_events(40, 3, 5, 3), 12);
  LayoutOptions o;
  o.undated = "below";
  Layout below = lay(ev, o);
  EXPECT_GE(below.panel.y, below.axis_y);
  EXPECT_LT(below.panel.x, below.plot.x);
  EXPECT_LE(below.panel.right(), below.width);
  o.undated = "side";
  Layout side = lay(ev, o);
  EXPECT_GE(side.panel.x, side.plot.right());
  EXPECT_LT(side.panel.y, side.axis_y);
  o.undated = "none";
  Layout none = lay(ev, o);
  EXPECT_EQ(none.panel.w, 0);
  for (const auto& g : none.glyphs) EXPECT_EQ(g.cls, "legend");
  EXPECT_NE(text_of(none, "subtitle")->lines[0].find("12 undated (not listed)"), std::string::npos);
  EXPECT_LT(none.height, below.height);
}

TEST(RenderLayoutOptions, TitleSubtitleAndCreditAreWhereAReaderLooks) {
  LayoutOptions o;
  o.title = "China–Russia contacts";
  o.subtitle = "Meetings, calls and visits, 2001–2023";
  o.credit = "Source: 35 news articles";
  Layout L = lay(some_undated(random_events(30, 2, 10, 4), 3), o);
  EXPECT_EQ(L.title, o.title);
  EXPECT_EQ(text_of(L, "title")->lines[0], o.title);
  EXPECT_EQ(text_of(L, "subtitle")->lines[0], o.subtitle);
  const TextItem* credit = text_of(L, "credit");
  ASSERT_NE(credit, nullptr);
  EXPECT_EQ(credit->lines[0], o.credit);
  // The credit is the lowest thing on the canvas, inside it.
  for (const auto& t : L.texts) EXPECT_LE(t.box.bottom(), credit->box.bottom() + 1e-9);
  EXPECT_GE(credit->box.y, L.panel.bottom());
  EXPECT_LE(credit->box.bottom(), L.height);
}

TEST(RenderLayoutOptions, WidthIsMetByTheScale) {
  std::vector<Event> ev = some_undated(random_events(200, 5, 15, 5), 8);
  for (double width : {900.0, 1500.0, 4000.0}) {
    LayoutOptions o;
    o.width = width;
    Layout L = lay(ev, o);
    EXPECT_DOUBLE_EQ(L.width, width);
    EXPECT_TRUE(L.warnings.empty()) << L.warnings.front();
    for (const auto& t : L.texts) EXPECT_LE(t.box.right(), width + 0.5) << t.cls << " " << t.lines[0];
    for (const auto& lab : L.labels) EXPECT_LE(lab.box.right(), width + 0.5);
    EXPECT_LE(L.panel.right(), width);
  }
}

TEST(RenderLayoutOptions, HeightIsMetByTiersOrTallerLanes) {
  std::vector<Event> ev = random_events(300, 4, 10, 6);
  Layout natural = lay(ev);
  LayoutOptions o;
  o.height = natural.height * 0.75;  // fewer tiers make it fit
  Layout shorter = lay(ev, o);
  EXPECT_DOUBLE_EQ(shorter.height, o.height);
  EXPECT_TRUE(shorter.warnings.empty());
  std::size_t hidden = 0;
  for (const auto& ov : shorter.overflows) hidden += ov.events.size();
  EXPECT_GT(hidden, 0u);
  o.height = natural.height + 300;  // lanes grow to fill it
  Layout taller = lay(ev, o);
  EXPECT_NEAR(taller.height, o.height, 0.5);
  EXPECT_NEAR(taller.plot.h, natural.plot.h + 300, 1.0);
  o.height = 150;  // cannot be met: drawn as small as it goes, and said so
  Layout tiny = lay(ev, o);
  ASSERT_EQ(tiny.warnings.size(), 1u);
  EXPECT_NE(tiny.warnings[0].find("height"), std::string::npos);
}

TEST(RenderLayoutOptions, FontScaleGrowsTheText) {
  std::vector<Event> ev = random_events(20, 2, 5, 9);
  LayoutOptions o;
  o.font_scale = 1.5;
  Layout big = lay(ev, o), normal = lay(ev);
  EXPECT_EQ(text_of(big, "title")->size, 24);
  EXPECT_EQ(text_of(normal, "title")->size, 16);
  ASSERT_FALSE(big.labels.empty());
  EXPECT_EQ(big.labels[0].title_size, 14);  // 9 x 1.5 rounded to a whole point
  EXPECT_GT(big.labels[0].box.h, normal.labels[0].box.h);
}

TEST(RenderLayoutOptions, TheAxisIsLabelledAboveAndBelowTheLanes) {
  Layout L = lay(random_events(50, 3, 8, 10));
  std::vector<std::string> top, bottom;
  for (const auto& t : L.texts) {
    if (t.cls == "tick top") {
      top.push_back(t.lines[0]);
      EXPECT_LE(t.box.bottom(), L.plot.y);
    }
    if (t.cls == "tick") {
      bottom.push_back(t.lines[0]);
      EXPECT_GE(t.box.y, L.axis_y);
    }
  }
  EXPECT_FALSE(top.empty());
  EXPECT_EQ(top, bottom);
  EXPECT_DOUBLE_EQ(L.axis_top_y, L.plot.y);
  // Nothing of the head runs into the top axis labels.
  for (const auto& t : L.texts)
    if (t.cls == "legend" || t.cls == "subtitle" || t.cls == "title") EXPECT_LE(t.box.bottom(), L.plot.y - 10);
}

}  // namespace
}  // namespace annalist::render
