// Resolution of relative values against an anchor: year boundaries, leap years, ISO weeks, no anchor.
#include "calendar/resolve.h"

#include <gtest/gtest.h>

#include <type_traits>

#include "calendar/timex_value.h"

namespace annalist::calendar {
namespace {

static_assert(std::is_trivially_copyable_v<RelativeValue>, "RelativeValue is a small regular value type");

Day day(const char* s) { return *parse_iso_day(s); }

RelativeValue shift(RelUnit u, int n) {
  RelativeValue v;
  v.unit = u;
  v.shift = n;
  return v;
}

RelativeValue sub(SubKind k, int s, Direction d) {
  RelativeValue v;
  v.unit = RelUnit::kYear;
  v.sub_kind = k;
  v.sub = s;
  v.dir = d;
  return v;
}

TEST(Resolve, DayShifts) {
  EXPECT_EQ(resolve(shift(RelUnit::kDay, -1), day("2023-02-22")), "2023-02-21");
  EXPECT_EQ(resolve(shift(RelUnit::kDay, -1), day("2023-01-01")), "2022-12-31");
  EXPECT_EQ(resolve(shift(RelUnit::kDay, 1), day("2024-02-28")), "2024-02-29");  // leap year
  EXPECT_EQ(resolve(shift(RelUnit::kDay, 1), day("2023-02-28")), "2023-03-01");
}

TEST(Resolve, LastMonthInJanuaryIsDecemberOfTheYearBefore) {
  EXPECT_EQ(resolve(shift(RelUnit::kMonth, -1), day("2023-01-15")), "2022-12");
  EXPECT_EQ(resolve(shift(RelUnit::kMonth, 1), day("2022-12-31")), "2023-01");
  // Month shifts never overflow: 31 March - 1 month is February, not March.
  EXPECT_EQ(resolve(shift(RelUnit::kMonth, -1), day("2023-03-31")), "2023-02");
}

TEST(Resolve, IsoWeeks) {
  EXPECT_EQ(resolve(shift(RelUnit::kWeek, 0), day("2023-02-22")), "2023-W08");
  // 1 January 2021 is a Friday of ISO week 53 of 2020.
  EXPECT_EQ(resolve(shift(RelUnit::kWeek, 0), day("2021-01-01")), "2020-W53");
  EXPECT_EQ(resolve(shift(RelUnit::kWeek, -1), day("2023-01-03")), "2022-W52");
  EXPECT_EQ(resolve(shift(RelUnit::kWeekend, 0), day("2023-02-22")), "2023-W08-WE");
  // "the weekend" in a past-tense sentence: the weekend of the last Saturday.
  RelativeValue past_weekend;
  past_weekend.unit = RelUnit::kWeekend;
  past_weekend.sub_kind = SubKind::kWeekday;
  past_weekend.sub = 6;
  past_weekend.dir = Direction::kPast;
  EXPECT_EQ(resolve(past_weekend, day("2023-02-22")), "2023-W07-WE");
  EXPECT_EQ(resolve(past_weekend, day("2023-02-25")), "2023-W08-WE");  // said on the Saturday
  EXPECT_EQ(unresolved_value(past_weekend), "XXXX-WXX-WE");
}

TEST(Resolve, CoarseUnits) {
  EXPECT_EQ(resolve(shift(RelUnit::kYear, -1), day("2023-02-22")), "2022");
  EXPECT_EQ(resolve(shift(RelUnit::kQuarter, -1), day("2023-02-22")), "2022-Q4");
  EXPECT_EQ(resolve(shift(RelUnit::kHalf, 0), day("2023-07-01")), "2023-H2");
  EXPECT_EQ(resolve(shift(RelUnit::kDecade, -1), day("2023-02-22")), "201");
  EXPECT_EQ(resolve(shift(RelUnit::kCentury, 0), day("2023-02-22")), "20");
  EXPECT_EQ(resolve(shift(RelUnit::kSeason, 0), day("2023-02-22")), "2022-WI");  // winter began in December
  EXPECT_EQ(resolve(shift(RelUnit::kYear, -1), day("2024-02-29")), "2023");
}

TEST(Resolve, WeekdayPolicy) {
  Day wed = day("2023-02-22");
  RelativeValue tue = sub(SubKind::kWeekday, 2, Direction::kPast);
  EXPECT_EQ(resolve(tue, wed), "2023-02-21");
  tue.dir = Direction::kFuture;
  EXPECT_EQ(resolve(tue, wed), "2023-02-28");
  // "Wednesday" said on a Wednesday is that day, whatever the tense.
  RelativeValue same = sub(SubKind::kWeekday, 3, Direction::kPast);
  EXPECT_EQ(resolve(same, wed), "2023-02-22");
  same.dir = Direction::kFuture;
  EXPECT_EQ(resolve(same, wed), "2023-02-22");
  // "last Wednesday" said on a Wednesday is a week before; "next Wednesday" a week after.
  same.dir = Direction::kBefore;
  EXPECT_EQ(resolve(same, wed), "2023-02-15");
  same.dir = Direction::kAfter;
  EXPECT_EQ(resolve(same, wed), "2023-03-01");
  // Across a year boundary.
  RelativeValue fri = sub(SubKind::kWeekday, 5, Direction::kPast);
  EXPECT_EQ(resolve(fri, day("2023-01-02")), "2022-12-30");
}

TEST(Resolve, DaysFromAWeekday) {
  // "the day before last Tuesday" (said on Wednesday 1 March 2023): the Tuesday, then a day back,
  // across a month boundary; "the day after next Tuesday" (said on 22 February) crosses into March.
  RelativeValue v = sub(SubKind::kWeekday, 2, Direction::kBefore);
  v.days = -1;
  EXPECT_EQ(resolve(v, day("2023-03-01")), "2023-02-27");
  RelativeValue next_tue = sub(SubKind::kWeekday, 2, Direction::kAfter);
  next_tue.days = 1;
  EXPECT_EQ(resolve(next_tue, day("2023-02-22")), "2023-03-01");
  EXPECT_FALSE(v == sub(SubKind::kWeekday, 2, Direction::kBefore));
  EXPECT_EQ(unresolved_value(v), "XXXX-XX-XX");
}

TEST(Resolve, MonthsAndSeasonsByDirection) {
  Day feb = day("2023-02-22");
  EXPECT_EQ(resolve(sub(SubKind::kMonth, 11, Direction::kPast), feb), "2022-11");
  EXPECT_EQ(resolve(sub(SubKind::kMonth, 11, Direction::kFuture), feb), "2023-11");
  EXPECT_EQ(resolve(sub(SubKind::kMonth, 2, Direction::kPast), feb), "2023-02");
  EXPECT_EQ(resolve(sub(SubKind::kMonth, 2, Direction::kBefore), feb), "2022-02");
  EXPECT_EQ(resolve(sub(SubKind::kSeason, 2, Direction::kBefore), feb), "2022-FA");
  EXPECT_EQ(resolve(sub(SubKind::kQuarter, 3, Direction::kNone), feb), "2023-Q3");
}

TEST(Resolve, MonthDayAndLeapDays) {
  RelativeValue v = sub(SubKind::kMonth, 12, Direction::kPast);
  v.mday = 25;
  EXPECT_EQ(resolve(v, day("2023-01-05")), "2022-12-25");
  v.dir = Direction::kFuture;
  EXPECT_EQ(resolve(v, day("2023-01-05")), "2023-12-25");
  RelativeValue leap = sub(SubKind::kMonth, 2, Direction::kPast);
  leap.mday = 29;
  EXPECT_EQ(resolve(leap, day("2024-03-10")), "2024-02-29");
  EXPECT_EQ(resolve(leap, day("2023-03-10")), "");  // no 29 February in 2023: never invent one
}

// "the week of Jan. 2": the day is found as usual and written as its ISO week, across a year end.
TEST(Resolve, MonthDayAtTheGrainOfAWeek) {
  RelativeValue v = sub(SubKind::kMonth, 1, Direction::kFuture);
  v.mday = 2;
  v.out = Granularity::kWeek;
  EXPECT_EQ(resolve(v, day("2020-12-20")), "2020-W53");  // Saturday 2 January 2021
  EXPECT_EQ(resolve(v, day("2023-12-20")), "2024-W01");
  EXPECT_EQ(unresolved_value(v), "XXXX-WXX");
}

TEST(Resolve, NthWeekdayOfMonth) {
  // The fourth Thursday of November (US Thanksgiving), and the last Monday of May.
  RelativeValue v = sub(SubKind::kMonth, 11, Direction::kPast);
  v.wday = 4;
  v.nth = 4;
  EXPECT_EQ(resolve(v, day("2023-02-22")), "2022-11-24");
  EXPECT_EQ(resolve(v, day("2020-12-01")), "2020-11-26");
  EXPECT_EQ(unresolved_value(v), "XXXX-11-XX");
  RelativeValue last = sub(SubKind::kMonth, 5, Direction::kFuture);
  last.wday = 1;
  last.nth = -1;
  EXPECT_EQ(resolve(last, day("2023-02-22")), "2023-05-29");
}

TEST(Resolve, TimeSuffix) {
  RelativeValue v = shift(RelUnit::kDay, 0);
  v.set_time("T15:30");
  EXPECT_EQ(resolve(v, day("2023-02-22")), "2023-02-22T15:30");
  EXPECT_EQ(unresolved_value(v), "XXXX-XX-XXT15:30");
}

TEST(Resolve, WithoutAnchorValuesKeepXs) {
  EXPECT_EQ(unresolved_value(shift(RelUnit::kDay, -1)), "XXXX-XX-XX");
  EXPECT_EQ(unresolved_value(shift(RelUnit::kMonth, -1)), "XXXX-XX");
  EXPECT_EQ(unresolved_value(shift(RelUnit::kYear, 1)), "XXXX");
  EXPECT_EQ(unresolved_value(shift(RelUnit::kWeekend, 0)), "XXXX-WXX-WE");
  EXPECT_EQ(unresolved_value(sub(SubKind::kMonth, 6, Direction::kPast)), "XXXX-06");
  EXPECT_EQ(unresolved_value(sub(SubKind::kQuarter, 3, Direction::kNone)), "XXXX-Q3");
  RelativeValue unknown = shift(RelUnit::kYear, 0);
  unknown.shift_known = false;
  EXPECT_EQ(resolve(unknown, day("2023-02-22")), "XXXX");
}

TEST(Resolve, NarrativeKeepsTheAnchorsGranularity) {
  auto q = window_of_value("1989-Q3");
  EXPECT_EQ(resolve_narrative(shift(RelUnit::kYear, -1), q->interval, q->granularity), "1988-Q3");
  auto d = window_of_value("1998-08-07");
  EXPECT_EQ(resolve_narrative(shift(RelUnit::kDay, 1), d->interval, d->granularity), "1998-08-08");
  // A year or a month counted from a day is a year or a month.
  EXPECT_EQ(resolve_narrative(shift(RelUnit::kYear, -2), d->interval, d->granularity), "1996");
  EXPECT_EQ(resolve_narrative(shift(RelUnit::kMonth, 15), d->interval, d->granularity), "1999-11");
  EXPECT_EQ(resolve_narrative(shift(RelUnit::kWeek, -1), d->interval, d->granularity), "1998-07-31");
  // Decades are counted in decades, whatever the grain of the anchor.
  EXPECT_EQ(resolve_narrative(shift(RelUnit::kDecade, 1), d->interval, d->granularity), "200");
  // A day cannot be counted from a year.
  auto y = window_of_value("1989");
  EXPECT_FALSE(resolve_narrative(shift(RelUnit::kDay, 1), y->interval, y->granularity).has_value());
}

// "in June", "on 7 August", "the winter", "Monday" inside the time a story has reached.
std::optional<std::string> in_story(const RelativeValue& v, const char* anchor) {
  auto w = window_of_value(anchor);
  return resolve_in_story(v, w->interval, w->granularity);
}

TEST(Resolve, InStoryTakesTheAnchorsYear) {
  RelativeValue august7 = sub(SubKind::kMonth, 8, Direction::kNearest);
  august7.mday = 7;
  // A year anchor: the part inside that year, whatever direction the rule would take from a DCT.
  EXPECT_EQ(in_story(august7, "1914"), "1914-08-07");
  EXPECT_EQ(in_story(sub(SubKind::kMonth, 12, Direction::kPast), "1914"), "1914-12");
  EXPECT_EQ(in_story(sub(SubKind::kSeason, 3, Direction::kPast), "1776"), "1776-WI");
  // A finer anchor: the same year while the part is at most six months before it...
  EXPECT_EQ(in_story(august7, "1914-09-09"), "1914-08-07");
  EXPECT_EQ(in_story(sub(SubKind::kMonth, 11, Direction::kPast), "1917-03"), "1917-11");
  EXPECT_EQ(in_story(sub(SubKind::kMonth, 3, Direction::kPast), "1917-08-20"), "1917-03");
  // ... and the next year's when it would lie further back: the story has moved on.
  EXPECT_EQ(in_story(sub(SubKind::kMonth, 2, Direction::kPast), "1916-12"), "1917-02");
  EXPECT_EQ(in_story(sub(SubKind::kMonth, 1, Direction::kPast), "1950-11-30"), "1951-01");
}

TEST(Resolve, InStoryWeekdaysNeedADay) {
  RelativeValue monday = sub(SubKind::kWeekday, 1, Direction::kPast);
  monday.unit = RelUnit::kWeek;
  // 25 June 1950 was a Sunday: the nearest Monday is the day after.
  EXPECT_EQ(in_story(monday, "1950-06-25"), "1950-06-26");
  EXPECT_FALSE(in_story(monday, "1950-06").has_value());
  EXPECT_FALSE(in_story(monday, "1950").has_value());
  // "the end of the year" inside the story's year; a day cannot be counted from a year.
  EXPECT_EQ(in_story(shift(RelUnit::kYear, 0), "1776-09-15"), "1776");
  EXPECT_FALSE(in_story(shift(RelUnit::kDay, 0), "1776").has_value());
  RelativeValue unknown = shift(RelUnit::kYear, 0);
  unknown.shift_known = false;
  EXPECT_FALSE(in_story(unknown, "1776").has_value());
}

TEST(Resolve, AComparisonThatReachesItsAnchorNamesIt) {
  // DCT 2 November 1989: "... in the 1988 period. The year-ago results ..." is 1988, not 1987.
  Day dct = day("1989-11-02");
  auto y1988 = window_of_value("1988");
  EXPECT_EQ(resolve_comparison_target(shift(RelUnit::kYear, -1), y1988->interval, y1988->granularity, dct), "1988");
  // A quarter of last year stays a quarter.
  auto q4 = window_of_value("1988-Q4");
  EXPECT_EQ(resolve_comparison_target(shift(RelUnit::kYear, -1), q4->interval, q4->granularity, dct), "1988-Q4");
  // The quarter under discussion is the base of the comparison, not its target.
  auto q3 = window_of_value("1989-Q3");
  EXPECT_FALSE(resolve_comparison_target(shift(RelUnit::kYear, -1), q3->interval, q3->granularity, dct).has_value());
  EXPECT_FALSE(resolve_comparison_target(shift(RelUnit::kYear, 1), y1988->interval, y1988->granularity, dct).has_value());
}

TEST(Resolve, ParseUnit) {
  EXPECT_EQ(parse_rel_unit("weekend"), RelUnit::kWeekend);
  EXPECT_FALSE(parse_rel_unit("fortnight").has_value());
}

}  // namespace
}  // namespace annalist::calendar
