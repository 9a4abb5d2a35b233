#include "model/types.h"

#include <gtest/gtest.h>

#include <type_traits>

namespace annalist {
namespace {
using namespace date;

static_assert(std::is_trivially_copyable_v<DayInterval>, "DayInterval is a small regular value");

TEST(Model, EnumNamesRoundTrip) {
  for (auto t : {EventType::kMeeting, EventType::kCall, EventType::kVisit, EventType::kSummit,
                 EventType::kStatement, EventType::kAgreement})
    EXPECT_EQ(parse_event_type(to_string(t)), t);
  for (auto s : {EventStatus::kOccurred, EventStatus::kPlanned, EventStatus::kCancelled, EventStatus::kDenied})
    EXPECT_EQ(parse_event_status(to_string(s)), s);
  EXPECT_EQ(parse_event_status("negated"), EventStatus::kDenied);
  EXPECT_EQ(parse_event_type("Meeting"), EventType::kMeeting);
  EXPECT_FALSE(parse_event_type("party").has_value());
  EXPECT_EQ(parse_granularity("month"), Granularity::kMonth);
  EXPECT_EQ(parse_date_basis("inferred"), DateBasis::kInferred);
}

TEST(Model, TypeFamilies) {
  EXPECT_EQ(type_family(EventType::kMeeting), type_family(EventType::kVisit));
  EXPECT_EQ(type_family(EventType::kMeeting), type_family(EventType::kSummit));
  EXPECT_NE(type_family(EventType::kMeeting), type_family(EventType::kCall));
}

TEST(Model, IntervalsOverlapAndContain) {
  DayInterval feb{sys_days{2023_y / February / 1}, sys_days{2023_y / February / 28}};
  DayInterval day{sys_days{2023_y / February / 21}, sys_days{2023_y / February / 21}};
  DayInterval mar{sys_days{2023_y / March / 1}, sys_days{2023_y / March / 31}};
  EXPECT_TRUE(feb.contains(day));
  EXPECT_TRUE(feb.overlaps(day));
  EXPECT_FALSE(feb.overlaps(mar));
  EXPECT_EQ(feb.days(), 28);
}

Event event_with(std::vector<std::string> people, EventType type, std::optional<DayInterval> when, int sources) {
  Event e;
  e.participants = std::move(people);
  e.type = type;
  e.time.interval = when;
  e.sources = sources;
  return e;
}

TEST(Model, FilterMatchesEveryCriterion) {
  DayInterval d{sys_days{2023_y / February / 21}, sys_days{2023_y / February / 21}};
  Event e = event_with({"Vladimir Putin", "Wang Yi"}, EventType::kMeeting, d, 2);
  Filter f;
  EXPECT_TRUE(f.matches(e));
  f.actors = {"wang yi"};
  EXPECT_TRUE(f.matches(e));
  f.actors = {"Xi Jinping"};
  EXPECT_FALSE(f.matches(e));
  f.actors = {"putin", "Wang"};
  EXPECT_TRUE(f.matches(e)) << "one word of a name finds it";
  f.actors = {"Put"};
  EXPECT_FALSE(f.matches(e)) << "but not a part of a word";
  f.actors = {"Vladimir Wang"};
  EXPECT_FALSE(f.matches(e));
  f = {};
  f.from = sys_days{2023_y / February / 22};
  EXPECT_FALSE(f.matches(e));
  f = {};
  f.to = sys_days{2023_y / February / 21};
  EXPECT_TRUE(f.matches(e));
  f = {};
  f.types = {EventType::kCall};
  EXPECT_FALSE(f.matches(e));
  f = {};
  f.min_sources = 3;
  EXPECT_FALSE(f.matches(e));
  f = {};
  f.from = sys_days{2000_y / January / 1};
  EXPECT_FALSE(f.matches(event_with({"A"}, EventType::kCall, std::nullopt, 1)))
      << "an undated event is outside any date range";
}

}  // namespace
}  // namespace annalist
