// TIMEX3 values <-> day intervals: the calendar meaning of "2023-02", "2022-W07", "2021-SU", "199".
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/types.h"

namespace annalist::calendar {

/// Parses "YYYY-MM-DD"; nullopt when malformed or not a real day (2023-02-30).
std::optional<Day> parse_iso_day(std::string_view s);

/// "YYYY-MM-DD".
std::string format_iso_day(Day d);

/// "YYYY-MM-DD/YYYY-MM-DD": the first and last day of `iv` (the range form `window_of_value` reads).
std::string format_iso_range(const DayInterval& iv);

/// The window a TIMEX3 date value covers and its granularity.
struct ValueWindow {
  DayInterval interval;
  Granularity granularity;
};

/// Window of a resolved TIMEX3 DATE/TIME value: YYYY-MM-DD[Thh...], YYYY-MM, YYYY, YYY (decade),
/// YY (century), YYYY-Www, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI and "A/B" ranges of ISO days.
/// nullopt for unresolved (XXXX-..), durations, *_REF and anything malformed.
std::optional<ValueWindow> window_of_value(std::string_view value);

/// Narrows a window by a TIMEX3 mod: START/EARLY = first third, MID = middle third, END/LATE = last
/// third; other mods leave it unchanged.
DayInterval apply_mod(const DayInterval& w, std::string_view mod);

/// Value of `d` at granularity g ("2023-02-21", "2023-02", "2023", "2023-W07", "2023-Q1", "202").
std::string value_at(Day d, Granularity g);

}  // namespace annalist::calendar
