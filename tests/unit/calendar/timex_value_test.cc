#include "calendar/timex_value.h"

#include <gtest/gtest.h>

namespace annalist::calendar {
namespace {

std::string window(std::string_view value) {
  auto w = window_of_value(value);
  if (!w) return "none";
  return format_iso_day(w->interval.first) + ".." + format_iso_day(w->interval.last) + " " +
         std::string(to_string(w->granularity));
}

TEST(TimexValue, ParsesIsoDaysStrictly) {
  EXPECT_TRUE(parse_iso_day("2024-02-29").has_value());
  EXPECT_FALSE(parse_iso_day("2023-02-29").has_value()) << "not a leap year";
  EXPECT_FALSE(parse_iso_day("2023-13-01").has_value());
  EXPECT_FALSE(parse_iso_day("23-02-01").has_value());
  EXPECT_EQ(format_iso_day(*parse_iso_day("0999-01-05")), "0999-01-05");
}

// A range is written in the form the value reader takes back, across a month and a year end.
TEST(TimexValue, FormatsARangeTheValueReaderReadsBack) {
  const DayInterval iv{*parse_iso_day("2022-12-30"), *parse_iso_day("2023-01-02")};
  EXPECT_EQ(format_iso_range(iv), "2022-12-30/2023-01-02");
  auto w = window_of_value(format_iso_range(iv));
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->interval.first, iv.first);
  EXPECT_EQ(w->interval.last, iv.last);
}

// Days are written with at least four digits of year, two of month and day, also past the
// years the fast path writes directly.
TEST(TimexValue, FormatsDaysAtEveryYearWidth) {
  auto day = [](int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; };
  EXPECT_EQ(format_iso_day(day(2023, 2, 21)), "2023-02-21");
  EXPECT_EQ(format_iso_day(day(7, 12, 9)), "0007-12-09");
  EXPECT_EQ(format_iso_day(day(0, 1, 31)), "0000-01-31");
  EXPECT_EQ(format_iso_day(day(9999, 10, 10)), "9999-10-10");
  EXPECT_EQ(format_iso_day(day(10000, 1, 2)), "10000-01-02");
  EXPECT_EQ(format_iso_day(day(-1, 3, 4)), "00-1-03-04");
}

TEST(TimexValue, WindowsAtEveryGranularity) {
  EXPECT_EQ(window("2023-02-21"), "2023-02-21..2023-02-21 day");
  EXPECT_EQ(window("2023-02-21T15:30"), "2023-02-21..2023-02-21 day");
  EXPECT_EQ(window("2024-02"), "2024-02-01..2024-02-29 month");
  EXPECT_EQ(window("2013"), "2013-01-01..2013-12-31 year");
  EXPECT_EQ(window("199"), "1990-01-01..1999-12-31 decade");
  EXPECT_EQ(window("19"), "1900-01-01..1999-12-31 century");
  EXPECT_EQ(window("2021-Q2"), "2021-04-01..2021-06-30 quarter");
  EXPECT_EQ(window("2021-SU"), "2021-06-01..2021-08-31 season");
  EXPECT_EQ(window("2021-WI"), "2021-12-01..2022-02-28 season");
  EXPECT_EQ(window("2021-H2"), "2021-07-01..2021-12-31 range");
  EXPECT_EQ(window("2011-01-18/2011-01-21"), "2011-01-18..2011-01-21 range");
}

TEST(TimexValue, IsoWeeksCrossYearBoundaries) {
  EXPECT_EQ(window("2022-W07"), "2022-02-14..2022-02-20 week");
  EXPECT_EQ(window("2021-W01"), "2021-01-04..2021-01-10 week");
  EXPECT_EQ(window("2020-W53"), "2020-12-28..2021-01-03 week");
  EXPECT_EQ(window("2021-W53"), "none") << "2021 has 52 ISO weeks";
}

TEST(TimexValue, UnresolvedAndNonDatesHaveNoWindow) {
  for (auto v : {"XXXX-06", "XXXX-XX-XX", "P3D", "PAST_REF", "PRESENT_REF", "", "2023-00", "2023-Q5"})
    EXPECT_EQ(window(v), "none") << v;
}

TEST(TimexValue, ModsNarrowTheWindow) {
  auto june = window_of_value("2021-06")->interval;
  EXPECT_EQ(format_iso_day(apply_mod(june, "END").first), "2021-06-21");
  EXPECT_EQ(format_iso_day(apply_mod(june, "START").last), "2021-06-10");
  EXPECT_EQ(apply_mod(june, "APPROX"), june);
}

TEST(TimexValue, ValueAtGranularity) {
  Day d = *parse_iso_day("2023-01-01");
  EXPECT_EQ(value_at(d, Granularity::kDay), "2023-01-01");
  EXPECT_EQ(value_at(d, Granularity::kWeek), "2022-W52");
  EXPECT_EQ(value_at(d, Granularity::kMonth), "2023-01");
  EXPECT_EQ(value_at(d, Granularity::kSeason), "2022-WI");
  EXPECT_EQ(value_at(d, Granularity::kQuarter), "2023-Q1");
  EXPECT_EQ(value_at(d, Granularity::kDecade), "202");
}

}  // namespace
}  // namespace annalist::calendar
