// Pure resolution of relative TIMEX3 values against an anchor day (DCT or narrative time).
#include "calendar/resolve.h"

#include <date/iso_week.h>

#include <cstdlib>
#include <cstring>

#include "calendar/timex_value.h"

namespace annalist::calendar {
namespace {

using namespace date;

const char* const kSeasonCode[] = {"SP", "SU", "FA", "WI"};

std::string four(int y) {
  bool neg = y < 0;
  std::string s = std::to_string(neg ? -y : y);
  while (s.size() < 4) s = "0" + s;
  return neg ? "-" + s : s;
}

std::string two(unsigned v) { return v < 10 ? "0" + std::to_string(v) : std::to_string(v); }

// Month arithmetic keeps the day of month but clamps it to the month's end (31 Jan + 1 month =
// 28/29 Feb), the usual reading of "a month later".
Day add_months(Day d, int n) {
  year_month_day ymd{d};
  year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
  auto last = (ym / date::last).day();
  auto dd = ymd.day() > last ? last : ymd.day();
  return sys_days{ym / dd};
}

Day shift_day(Day d, RelUnit u, int n) {
  switch (u) {
    case RelUnit::kDay: return d + days{n};
    case RelUnit::kWeek:
    case RelUnit::kWeekend: return d + days{7 * n};
    case RelUnit::kMonth: return add_months(d, n);
    case RelUnit::kQuarter:
    case RelUnit::kSeason: return add_months(d, 3 * n);
    case RelUnit::kHalf: return add_months(d, 6 * n);
    case RelUnit::kYear: return add_months(d, 12 * n);
    case RelUnit::kDecade: return add_months(d, 120 * n);
    case RelUnit::kCentury: return add_months(d, 1200 * n);
  }
  return d;
}

// Season year: December belongs to the winter of its own year, January and February to the
// winter that began the year before (the convention of window_of_value).
void season_of(Day d, int& sy, int& idx) {
  year_month_day ymd{d};
  int y = int(ymd.year());
  unsigned m = unsigned(ymd.month());
  if (m <= 2) { sy = y - 1; idx = 3; }
  else if (m == 12) { sy = y; idx = 3; }
  else { sy = y; idx = (m - 3) / 3; }
}

std::string format_at(Day d, RelUnit u, const RelativeValue& v) {
  year_month_day ymd{d};
  int y = int(ymd.year());
  unsigned m = unsigned(ymd.month());
  switch (u) {
    case RelUnit::kDay: return format_iso_day(d) + std::string(v.time_suffix());
    case RelUnit::kWeek: return value_at(d, Granularity::kWeek);
    case RelUnit::kWeekend: return value_at(d, Granularity::kWeek) + "-WE";
    case RelUnit::kMonth: return four(y) + "-" + two(m);
    case RelUnit::kQuarter: return four(y) + "-Q" + std::to_string((m + 2) / 3);
    case RelUnit::kHalf: return four(y) + "-H" + std::to_string((m + 5) / 6);
    case RelUnit::kSeason: {
      int sy, idx;
      season_of(d, sy, idx);
      return four(sy) + "-" + kSeasonCode[idx];
    }
    case RelUnit::kYear: return four(y);
    case RelUnit::kDecade: return four(y).substr(0, 3);
    case RelUnit::kCentury: return four(y).substr(0, 2);
  }
  return format_iso_day(d);
}

// Index of an occurrence of period `target` relative to the anchor's period `cur`, both counted on
// one line (year * per_year + index): the nearest one in direction `dir`.
long pick(long cur, long target_mod, long per, Direction dir) {
  long base = cur - ((cur % per) + per) % per;  // start of the anchor's cycle
  long cand = base + target_mod;
  switch (dir) {
    case Direction::kPast: return cand <= cur ? cand : cand - per;
    case Direction::kBefore: return cand < cur ? cand : cand - per;
    case Direction::kFuture: return cand >= cur ? cand : cand + per;
    case Direction::kAfter: return cand > cur ? cand : cand + per;
    case Direction::kNearest: {
      long past = cand <= cur ? cand : cand - per;
      long future = past + per;
      return 2 * (future - cur) < cur - past ? future : past;
    }
    case Direction::kNone: return cand;
  }
  return cand;
}

// Day of month of `v` in year y: its mday, or the nth weekday ("the fourth Thursday of
// November"); 0 when `v` names a whole month or no such day exists.
unsigned mday_in(int y, const RelativeValue& v) {
  if (v.mday) return unsigned(v.mday);
  if (v.nth && v.wday) {
    weekday wd{unsigned(v.wday % 7)};  // ISO 7 (Sunday) is weekday 0
    if (v.nth < 0) return unsigned(year_month_day{sys_days{year{y} / month{unsigned(v.sub)} / wd[date::last]}}.day());
    year_month_weekday ymw{year{y}, month{unsigned(v.sub)}, wd[unsigned(v.nth)]};
    if (!ymw.ok()) return 0;
    return unsigned(year_month_day{sys_days{ymw}}.day());
  }
  return 0;
}

bool has_day(const RelativeValue& v) { return v.mday || (v.nth && v.wday); }

// "YYYY-MM", or "YYYY-MM-DD" with a day of month ("" when that day does not exist in that year).
std::string month_value(int y, const RelativeValue& v) {
  if (!has_day(v)) return four(y) + "-" + two(unsigned(v.sub));
  unsigned md = mday_in(y, v);
  if (!md) return "";
  year_month_day ymd{year{y}, month{unsigned(v.sub)}, day{md}};
  if (!ymd.ok()) return "";
  // "the week of March 6": the day found, written as its ISO week.
  if (v.out == Granularity::kWeek) return value_at(sys_days{ymd}, Granularity::kWeek);
  return format_iso_day(sys_days{ymd}) + std::string(v.time_suffix());
}

std::string resolve_sub_in(Day base, const RelativeValue& v) {
  year_month_day ymd{base};
  int y = int(ymd.year());
  switch (v.sub_kind) {
    case SubKind::kMonth: return month_value(y, v);
    case SubKind::kQuarter: return four(y) + "-Q" + std::to_string(v.sub);
    case SubKind::kHalf: return four(y) + "-H" + std::to_string(v.sub);
    case SubKind::kSeason: {
      int sy = y, idx;
      if (v.unit != RelUnit::kYear) season_of(base, sy, idx);
      return four(sy) + "-" + kSeasonCode[v.sub];
    }
    case SubKind::kWeekday: {
      iso_week::year_weeknum_weekday iw{base};
      Day d = sys_days{iso_week::year_weeknum_weekday{iw.year(), iw.weeknum(),
                                                      iso_week::weekday{unsigned(v.sub)}}};
      return format_iso_day(d + days{v.days}) + std::string(v.time_suffix());
    }
    case SubKind::kNone: break;
  }
  return format_at(base, v.unit, v);
}

std::string resolve_occurrence(const RelativeValue& v, Day anchor) {
  year_month_day ymd{anchor};
  long y = int(ymd.year());
  long m = unsigned(ymd.month()) - 1;
  switch (v.sub_kind) {
    case SubKind::kWeekday: {
      int wd = int(iso_week::weekday{weekday{anchor}}.operator unsigned());  // 1..7
      int back = (wd - v.sub + 7) % 7, ahead = (v.sub - wd + 7) % 7;
      Day d = anchor;
      switch (v.dir) {
        case Direction::kPast: d = anchor - days{back}; break;
        case Direction::kBefore: d = anchor - days{back ? back : 7}; break;
        case Direction::kFuture: d = anchor + days{ahead}; break;
        case Direction::kAfter: d = anchor + days{ahead ? ahead : 7}; break;
        case Direction::kNearest: d = ahead < back ? anchor + days{ahead} : anchor - days{back}; break;
        case Direction::kNone: d = anchor + days{v.sub - wd}; break;
      }
      // "the weekend" is found through its Saturday and written as the weekend of that week.
      if (v.unit == RelUnit::kWeekend) return value_at(d, Granularity::kWeek) + "-WE";
      return format_iso_day(d + days{v.days}) + std::string(v.time_suffix());
    }
    case SubKind::kMonth: {
      if (v.mday && v.wday && !v.nth) {
        // The weekday settles the year: the nearest year around the anchor where the date falls on it.
        for (int d = 0; d <= 6; ++d)
          for (int cy : {int(y) - d, int(y) + d}) {
            year_month_day c{year{cy}, month{unsigned(v.sub)}, day{unsigned(v.mday)}};
            if (c.ok() && iso_week::weekday{weekday{sys_days{c}}}.operator unsigned() == unsigned(v.wday))
              return month_value(cy, v);
          }
      }
      if (has_day(v)) {
        // Compare month and day: "Feb. 22" said on Feb. 22 is that day for past and future alike.
        long cur = long(m) * 32 + long(unsigned(ymd.day()));
        long target = long(v.sub - 1) * 32 + long(mday_in(int(y), v));
        long yy = y;
        switch (v.dir) {
          case Direction::kPast: if (target > cur) --yy; break;
          case Direction::kBefore: if (target >= cur) --yy; break;
          case Direction::kFuture: if (target < cur) ++yy; break;
          case Direction::kAfter: if (target <= cur) ++yy; break;
          case Direction::kNearest: {
            // Days to the nearest past and future candidates around the anchor's year.
            long past = -1, future = -1, py = y, fy = y;
            for (long cy = y - 1; cy <= y + 1; ++cy) {
              year_month_day c{year{int(cy)}, month{unsigned(v.sub)}, day{mday_in(int(cy), v)}};
              if (!c.ok()) continue;
              long dist = (sys_days{c} - anchor).count();
              if (dist <= 0 && (past < 0 || -dist < past)) past = -dist, py = cy;
              if (dist > 0 && (future < 0 || dist < future)) future = dist, fy = cy;
            }
            yy = (future >= 0 && (past < 0 || 2 * future < past)) ? fy : py;
            break;
          }
          case Direction::kNone: break;
        }
        return month_value(int(yy), v);
      }
      long k = pick(y * 12 + m, v.sub - 1, 12, v.dir);
      return four(int(k / 12)) + "-" + two(unsigned(k % 12 + 1));
    }
    case SubKind::kQuarter: {
      long k = pick(y * 4 + m / 3, v.sub - 1, 4, v.dir);
      return four(int(k / 4)) + "-Q" + std::to_string(k % 4 + 1);
    }
    case SubKind::kHalf: {
      long k = pick(y * 2 + m / 6, v.sub - 1, 2, v.dir);
      return four(int(k / 2)) + "-H" + std::to_string(k % 2 + 1);
    }
    case SubKind::kSeason: {
      int sy, idx;
      season_of(anchor, sy, idx);
      long k = pick(long(sy) * 4 + idx, v.sub, 4, v.dir);
      return four(int(k / 4)) + "-" + kSeasonCode[k % 4];
    }
    case SubKind::kNone: break;
  }
  return format_at(anchor, v.unit, v);
}

}  // namespace

void RelativeValue::set_time(std::string_view t) {
  std::size_t n = std::min(t.size(), sizeof(time) - 1);
  std::memcpy(time, t.data(), n);
  time[n] = '\0';
}

bool operator==(const RelativeValue& a, const RelativeValue& b) {
  return a.unit == b.unit && a.shift == b.shift && a.mday == b.mday && a.wday == b.wday && a.nth == b.nth && a.days == b.days && a.shift_known == b.shift_known &&
         a.sub_kind == b.sub_kind && a.sub == b.sub && a.dir == b.dir &&
         a.time_suffix() == b.time_suffix() && a.out == b.out;
}

std::optional<RelUnit> parse_rel_unit(std::string_view s) {
  if (s == "day") return RelUnit::kDay;
  if (s == "week") return RelUnit::kWeek;
  if (s == "weekend") return RelUnit::kWeekend;
  if (s == "month") return RelUnit::kMonth;
  if (s == "quarter") return RelUnit::kQuarter;
  if (s == "half") return RelUnit::kHalf;
  if (s == "season") return RelUnit::kSeason;
  if (s == "year") return RelUnit::kYear;
  if (s == "decade") return RelUnit::kDecade;
  if (s == "century") return RelUnit::kCentury;
  return std::nullopt;
}

Granularity granularity_of(RelUnit u) {
  switch (u) {
    case RelUnit::kDay: return Granularity::kDay;
    case RelUnit::kWeek:
    case RelUnit::kWeekend: return Granularity::kWeek;
    case RelUnit::kMonth: return Granularity::kMonth;
    case RelUnit::kQuarter: return Granularity::kQuarter;
    case RelUnit::kHalf: return Granularity::kRange;
    case RelUnit::kSeason: return Granularity::kSeason;
    case RelUnit::kYear: return Granularity::kYear;
    case RelUnit::kDecade: return Granularity::kDecade;
    case RelUnit::kCentury: return Granularity::kCentury;
  }
  return Granularity::kUnknown;
}

std::string resolve(const RelativeValue& v, Day anchor) {
  if (!v.shift_known) return unresolved_value(v);
  if (v.sub_kind != SubKind::kNone && v.dir != Direction::kNone) return resolve_occurrence(v, anchor);
  Day base = shift_day(anchor, v.unit, v.shift);
  if (v.sub_kind != SubKind::kNone) return resolve_sub_in(base, v);
  if (v.out && *v.out != Granularity::kRange && *v.out != Granularity::kUnknown) return value_at(base, *v.out);
  return format_at(base, v.unit, v);
}

std::string unresolved_value(const RelativeValue& v) {
  switch (v.sub_kind) {
    case SubKind::kMonth:
      if (v.nth && !v.mday) return "XXXX-" + two(unsigned(v.sub)) + "-XX";
      if (v.mday && v.out == Granularity::kWeek) return "XXXX-WXX";
      return "XXXX-" + two(unsigned(v.sub)) + (v.mday ? "-" + two(unsigned(v.mday)) + std::string(v.time_suffix()) : "");
    case SubKind::kQuarter: return "XXXX-Q" + std::to_string(v.sub);
    case SubKind::kHalf: return "XXXX-H" + std::to_string(v.sub);
    case SubKind::kSeason: return std::string("XXXX-") + kSeasonCode[v.sub % 4];
    case SubKind::kWeekday:
      if (v.unit == RelUnit::kWeekend) return "XXXX-WXX-WE";
      return "XXXX-XX-XX" + std::string(v.time_suffix());
    case SubKind::kNone: break;
  }
  if (v.out) {
    switch (*v.out) {
      case Granularity::kDay: return "XXXX-XX-XX" + std::string(v.time_suffix());
      case Granularity::kWeek: return "XXXX-WXX";
      case Granularity::kMonth: return "XXXX-XX";
      case Granularity::kSeason: return "XXXX-XX";
      case Granularity::kQuarter: return "XXXX-QX";
      case Granularity::kYear: return "XXXX";
      case Granularity::kDecade: return "XXX";
      case Granularity::kCentury: return "XX";
      default: break;
    }
  }
  switch (v.unit) {
    case RelUnit::kDay: return "XXXX-XX-XX" + std::string(v.time_suffix());
    case RelUnit::kWeek: return "XXXX-WXX";
    case RelUnit::kWeekend: return "XXXX-WXX-WE";
    case RelUnit::kMonth: return "XXXX-XX";
    case RelUnit::kQuarter: return "XXXX-QX";
    case RelUnit::kHalf: return "XXXX-HX";
    case RelUnit::kSeason: return "XXXX-XX";
    case RelUnit::kYear: return "XXXX";
    case RelUnit::kDecade: return "XXX";
    case RelUnit::kCentury: return "XX";
  }
  return "XXXX-XX-XX";
}

std::optional<std::string> resolve_narrative(const RelativeValue& v, const DayInterval& anchor,
                                             Granularity g) {
  if (v.sub_kind != SubKind::kNone || !v.shift_known) return resolve(v, anchor.first);
  Granularity ug = granularity_of(v.unit);
  if (coarseness(g) > coarseness(ug)) return std::nullopt;
  Day d = shift_day(anchor.first, v.unit, v.shift);
  if (v.out && *v.out != Granularity::kRange && *v.out != Granularity::kUnknown) return value_at(d, *v.out);
  // A shifted result keeps a finer grain where writers count in it: "a week later" than a day is a
  // day, "a year earlier" than a quarter a quarter (financial comparisons). A year or a month
  // counted from a day is a year or a month ("two years earlier" than 3 July 1778 is 1776), and
  // "that year" (no shift) is a year.
  bool keeps_grain = ug == Granularity::kWeek || (ug == Granularity::kYear && g == Granularity::kQuarter);
  if (v.shift != 0 && keeps_grain && coarseness(g) < coarseness(ug)) {
    if (g == Granularity::kDay) return format_iso_day(d) + std::string(v.time_suffix());
    return value_at(d, g);
  }
  return format_at(d, v.unit, v);
}

std::optional<std::string> resolve_comparison_target(const RelativeValue& v, const DayInterval& anchor, Granularity g,
                                                     Day dct) {
  if (!v.shift_known || v.shift >= 0 || v.sub_kind != SubKind::kNone) return std::nullopt;
  if (!anchor.contains(shift_day(dct, v.unit, v.shift))) return std::nullopt;
  Granularity ug = granularity_of(v.unit);
  if (coarseness(g) > coarseness(ug)) return std::nullopt;
  if (ug == Granularity::kYear && g == Granularity::kQuarter) return value_at(anchor.first, g);
  return format_at(anchor.first, v.unit, v);
}

std::optional<std::string> resolve_in_story(const RelativeValue& v, const DayInterval& anchor, Granularity g) {
  if (!v.shift_known) return std::nullopt;
  if (v.sub_kind == SubKind::kNone) return resolve_narrative(v, anchor, g);
  if (v.sub_kind == SubKind::kWeekday) {
    if (g != Granularity::kDay) return std::nullopt;
    RelativeValue w = v;
    w.dir = Direction::kNearest;
    return resolve(w, anchor.first);
  }
  // The part inside the anchor's year; a story moves forward, so a part that would fall more than
  // half a year before a finer anchor is the next year's ("February" after "December 1916").
  RelativeValue w = v;
  w.unit = RelUnit::kYear;
  w.shift = 0;
  w.dir = Direction::kNone;
  int y = int(year_month_day{anchor.first}.year());
  std::string value = resolve(w, sys_days{year{y} / 1 / 1});
  if (g == Granularity::kYear) return value;
  auto win = window_of_value(value);
  if (win && add_months(win->interval.first, 6) < anchor.first) return resolve(w, sys_days{year{y + 1} / 1 / 1});
  return value;
}

}  // namespace annalist::calendar
