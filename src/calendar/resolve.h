// Second phase of tagging: a relative TIMEX3 value ("last month", "Tuesday") resolved against an anchor.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/types.h"

namespace annalist::calendar {

/// Calendar unit a relative expression counts in.
enum class RelUnit { kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf, kSeason, kYear, kDecade, kCentury };

/// A named part of a larger unit that a relative expression points at ("November", "Q3", "Tuesday").
enum class SubKind { kNone, kMonth, kQuarter, kHalf, kSeason, kWeekday };

/// How a sub-unit is found from the anchor when no explicit shift places it.
/// kNone: the sub-unit of the anchor's `unit` shifted by `shift` ("the third quarter of last year").
/// kPast/kFuture: the nearest occurrence on or before / on or after the anchor ("said Tuesday").
/// kBefore/kAfter: the nearest occurrence strictly before / after the anchor ("last Tuesday").
/// kNearest: the occurrence closest to the anchor, either side ("in April" with no tense cue),
/// with a bias to the past that news reporting has: the future one wins only when it is less than
/// half as far as the past one.
enum class Direction { kNone, kPast, kFuture, kBefore, kAfter, kNearest };

/// Unresolved value produced by the matcher (phase one); trivially copyable.
struct RelativeValue {
  RelUnit unit = RelUnit::kDay;
  int shift = 0;             ///< units from the anchor: -1 last, 0 this, +1 next
  bool shift_known = true;   ///< false for "several years ago": the result keeps X digits
  SubKind sub_kind = SubKind::kNone;
  int sub = 0;               ///< month 1-12, quarter 1-4, half 1-2, season 0-3 (SP SU FA WI), ISO weekday 1-7
  int mday = 0;              ///< day of month with a month sub-unit ("Feb. 22"), 0 for none
  int wday = 0;              ///< ISO weekday the month and day must fall on ("Monday, Oct. 26"), 0 for none
  int nth = 0;               ///< with month and wday, no mday: the nth such weekday of the month (1-5; -1 last)
  int days = 0;              ///< days added to a found weekday ("the day before last Tuesday": -1)
  Direction dir = Direction::kNone;
  char time[12] = {};        ///< suffix for day values: "TMO", "T15:30"; empty for none
  std::optional<Granularity> out;  ///< forced output granularity ("the year-ago quarter" is a quarter)

  void set_time(std::string_view t);
  std::string_view time_suffix() const { return time; }
  friend bool operator==(const RelativeValue& a, const RelativeValue& b);
};

/// Parses a unit name: day week weekend month quarter half season year decade century.
std::optional<RelUnit> parse_rel_unit(std::string_view s);
/// Granularity of values at unit `u` (weekend counts as week).
Granularity granularity_of(RelUnit u);

/// Resolves `v` against the anchor day. Pure: the same inputs always give the same value.
/// Weeks are ISO weeks; a shift by months keeps the month (never the day), so the month-end
/// problem (31 Jan + 1 month) is settled by clamping to the month's end (28/29 Feb). A month and
/// day that do not exist in the chosen year (29 Feb 2023) give an empty string.
std::string resolve(const RelativeValue& v, Day anchor);

/// The X-value of `v` when there is no anchor ("XXXX-XX-XX", "XXXX-11", "XXXX-Q3", "XXXX-WXX-WE").
std::string unresolved_value(const RelativeValue& v);

/// Resolves against a narrative anchor given as a TIMEX3 value window ("1989-Q3" + "a year
/// earlier" -> "1988-Q3"): the shift is applied to the anchor's first day and the result is written
/// at the anchor's granularity when that is finer than the unit, the unit is a year or less and
/// the shift is not zero ("that year" after "June 1949" is 1949; "a decade later" is a decade). nullopt when the anchor is
/// coarser than the unit (a day cannot be counted from "1989").
std::optional<std::string> resolve_narrative(const RelativeValue& v, const DayInterval& anchor,
                                             Granularity anchor_granularity);

/// A comparison counted back from the time under discussion ("a year earlier", "the year-ago
/// results") whose anchor is itself the period the comparison reaches from `dct` (the text already
/// speaks of that period: "... in the 1988 period. The year-ago results ...") names that period, not
/// the one before it: its value (a year, or a quarter for a year counted from a quarter). nullopt
/// when the anchor is not that period.
std::optional<std::string> resolve_comparison_target(const RelativeValue& v, const DayInterval& anchor,
                                                     Granularity anchor_granularity, Day dct);

/// Resolves an expression that names a part of the calendar ("June", "7 August", "the winter",
/// "Monday", "the end of the year") inside the time a story has reached, given as a TIMEX3 value
/// window: in the anchor's year, except that around an anchor finer than a year a part that would
/// begin more than six months before it is the next year's (a story moves forward: "February"
/// after "December 1916" is 1917-02, "August" after "9 September 1914" is 1914-08). A weekday is
/// the nearest to a day anchor. nullopt when the anchor is too coarse (a weekday in a year).
std::optional<std::string> resolve_in_story(const RelativeValue& v, const DayInterval& anchor,
                                            Granularity anchor_granularity);

}  // namespace annalist::calendar
