// Country dyads: pairs per event, counts per year and type with the events behind them, first and
// last contact, the longest gap, undated contacts; the CSV and the text table.
#include "export/dyads.h"

#include <gtest/gtest.h>

#include <sstream>

namespace annalist::exporter {
namespace {

using date::days;

Day day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

Event event(const std::string& id, EventType type, std::optional<Day> when,
            std::vector<std::pair<std::string, std::string>> people) {
  Event e;
  e.id = id;
  e.type = type;
  for (auto& [name, country] : people) {
    e.participants.push_back(name);
    e.codes.push_back({name, country, country.empty() ? "" : country + "GOV"});
  }
  if (when) {
    e.time.interval = DayInterval{*when, *when};
    e.time.granularity = Granularity::kDay;
  }
  return e;
}

TEST(EventPairs, EveryUnorderedPairOfDistinctCountries) {
  Event e = event("a", EventType::kSummit, day(2020, 1, 1),
                  {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}, {"Narendra Modi", "IND"}, {"Russia", "RUS"}});
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(event_pairs(e), (std::vector<P>{{"CHN", "IND"}, {"CHN", "RUS"}, {"IND", "RUS"}}));
  // Two people of one state, and someone the dictionaries do not know: no pair.
  Event home = event("b", EventType::kMeeting, day(2020, 1, 1), {{"Sergey Lavrov", "RUS"}, {"Vladimir Putin", "RUS"}, {"Somebody", ""}});
  EXPECT_TRUE(event_pairs(home).empty());
  EXPECT_EQ(event_countries(home), std::vector<std::string>{"RUS"});
}

TEST(Dyads, CountsPerYearAndTypeWithTheEventsBehindThem) {
  std::vector<Event> events = {
      event("e1", EventType::kMeeting, day(2019, 6, 5), {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}),
      event("e2", EventType::kCall, day(2019, 12, 1), {{"Vladimir Putin", "RUS"}, {"Xi Jinping", "CHN"}}),
      event("e3", EventType::kMeeting, day(2019, 3, 1), {{"Wang Yi", "CHN"}, {"Sergey Lavrov", "RUS"}}),
      event("e4", EventType::kVisit, day(2022, 2, 4), {{"Vladimir Putin", "RUS"}, {"China", "CHN"}}),
      event("e5", EventType::kCall, std::nullopt, {{"Vladimir Putin", "RUS"}, {"Xi Jinping", "CHN"}}),
      event("e6", EventType::kMeeting, day(2021, 1, 1), {{"Joe Biden", "USA"}, {"Xi Jinping", "CHN"}}),
  };
  auto ds = dyads(events);
  ASSERT_EQ(ds.size(), 2u);
  const Dyad& cr = ds[0];  // busiest first
  EXPECT_EQ(cr.a, "CHN");
  EXPECT_EQ(cr.b, "RUS");
  EXPECT_EQ(cr.dated(), 4u);
  EXPECT_EQ(cr.undated, std::vector<std::string>{"e5"});
  EXPECT_EQ(cr.by_year.at(2019).at(EventType::kMeeting), (std::vector<std::string>{"e1", "e3"}));
  EXPECT_EQ(cr.by_year.at(2019).at(EventType::kCall), std::vector<std::string>{"e2"});
  EXPECT_EQ(cr.by_year.at(2022).at(EventType::kVisit), std::vector<std::string>{"e4"});
  EXPECT_EQ(cr.by_year.count(2020), 0u);
  EXPECT_EQ(*cr.first, day(2019, 3, 1));
  EXPECT_EQ(*cr.last, day(2022, 2, 4));
  ASSERT_TRUE(cr.longest_gap);
  EXPECT_EQ(cr.longest_gap->first, day(2019, 12, 1));
  EXPECT_EQ(cr.longest_gap->last, day(2022, 2, 4));
  EXPECT_EQ(cr.gap_days(), (day(2022, 2, 4) - day(2019, 12, 1)).count());
  const Dyad& cu = ds[1];
  EXPECT_EQ(cu.a + "-" + cu.b, "CHN-USA");
  EXPECT_FALSE(cu.longest_gap);  // one contact: no gap
  EXPECT_EQ(cu.gap_days(), 0);
}

TEST(Dyads, CsvRowsPerPairYearAndType) {
  std::vector<Event> events = {
      event("e1", EventType::kMeeting, day(2019, 6, 5), {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}),
      event("e2", EventType::kMeeting, day(2020, 6, 5), {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}),
      event("e3", EventType::kCall, std::nullopt, {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}),
  };
  std::ostringstream out;
  write_dyads_csv(out, dyads(events), {{"CHN", "China"}, {"RUS", "Russia"}});
  EXPECT_EQ(out.str(),
            "country_a,country_b,name_a,name_b,year,type,contacts,event_ids,pair_contacts,first_contact,"
            "last_contact,longest_gap_days,longest_gap_from,longest_gap_to\r\n"
            "CHN,RUS,China,Russia,2019,meeting,1,e1,3,2019-06-05,2020-06-05,366,2019-06-05,2020-06-05\r\n"
            "CHN,RUS,China,Russia,2020,meeting,1,e2,3,2019-06-05,2020-06-05,366,2019-06-05,2020-06-05\r\n"
            "CHN,RUS,China,Russia,,,1,e3,3,2019-06-05,2020-06-05,366,2019-06-05,2020-06-05\r\n");
}

TEST(Dyads, TextNamesThePairAndTabulatesYearsByType) {
  std::vector<Event> events = {
      event("e1", EventType::kMeeting, day(2019, 6, 5), {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}),
      event("e2", EventType::kCall, day(2019, 7, 5), {{"Xi Jinping", "CHN"}, {"Vladimir Putin", "RUS"}}),
  };
  std::string text = dyads_text(dyads(events), {{"CHN", "China"}, {"RUS", "Russia"}});
  EXPECT_NE(text.find("CHN-RUS  China – Russia: 2 contacts, first 2019-06-05, last 2019-07-05, longest gap 30 days"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  2019          1         1         0         0         0         0      2\n"), std::string::npos)
      << text;
  EXPECT_NE(dyads_text({}, {}).find("No pair of countries"), std::string::npos);
}

}  // namespace
}  // namespace annalist::exporter
