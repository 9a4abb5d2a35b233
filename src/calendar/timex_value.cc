#include "calendar/timex_value.h"

#include <date/iso_week.h>

#include <cctype>

namespace annalist::calendar {
namespace {

using namespace date;

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

DayInterval month_window(int y, unsigned m) {
  return {sys_days{year{y} / month{m} / day{1}}, sys_days{year{y} / month{m} / date::last}};
}

DayInterval months_window(int y, unsigned m1, int y2, unsigned m2) {
  return {sys_days{year{y} / month{m1} / day{1}}, sys_days{year{y2} / month{m2} / date::last}};
}

// Two digits at least, four digits at least: written directly in the common case (values are
// formatted for every timex and every output line), through to_string otherwise.
std::string two(unsigned v) {
  if (v < 100) return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
  return std::to_string(v);
}

void put_four(unsigned y, char* p) {
  p[0] = static_cast<char>('0' + y / 1000);
  p[1] = static_cast<char>('0' + y / 100 % 10);
  p[2] = static_cast<char>('0' + y / 10 % 10);
  p[3] = static_cast<char>('0' + y % 10);
}

std::string four(int y) {
  if (y >= 0 && y <= 9999) {
    std::string s(4, '0');
    put_four(static_cast<unsigned>(y), s.data());
    return s;
  }
  std::string s = std::to_string(y);
  while (s.size() < 4) s = "0" + s;
  return s;
}

}  // namespace

std::optional<Day> parse_iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2)))
    return std::nullopt;
  year_month_day ymd{year{to_int(s.substr(0, 4))}, month{static_cast<unsigned>(to_int(s.substr(5, 2)))},
                     day{static_cast<unsigned>(to_int(s.substr(8, 2)))}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::string format_iso_day(Day d) {
  year_month_day ymd{d};
  int y = int(ymd.year());
  if (y < 0 || y > 9999) return four(y) + "-" + two(unsigned(ymd.month())) + "-" + two(unsigned(ymd.day()));
  unsigned m = unsigned(ymd.month()), dd = unsigned(ymd.day());
  std::string s = "0000-00-00";
  put_four(static_cast<unsigned>(y), s.data());
  s[5] = static_cast<char>('0' + m / 10);
  s[6] = static_cast<char>('0' + m % 10);
  s[8] = static_cast<char>('0' + dd / 10);
  s[9] = static_cast<char>('0' + dd % 10);
  return s;
}

std::string format_iso_range(const DayInterval& iv) { return format_iso_day(iv.first) + "/" + format_iso_day(iv.last); }

std::optional<ValueWindow> window_of_value(std::string_view v) {
  if (auto slash = v.find('/'); slash != std::string_view::npos) {
    auto a = window_of_value(v.substr(0, slash));
    auto b = window_of_value(v.substr(slash + 1));
    if (!a || !b || b->interval.last < a->interval.first) return std::nullopt;
    return ValueWindow{{a->interval.first, b->interval.last}, Granularity::kRange};
  }
  if (auto t = v.find('T'); t != std::string_view::npos && t == 10) v = v.substr(0, 10);
  if (v.size() == 10) {
    if (auto d = parse_iso_day(v)) return ValueWindow{{*d, *d}, Granularity::kDay};
    return std::nullopt;
  }
  if (v.size() == 2 && all_digits(v)) {
    int c = to_int(v) * 100;
    return ValueWindow{{sys_days{year{c} / 1 / 1}, sys_days{year{c + 99} / 12 / 31}},
                       Granularity::kCentury};
  }
  if (v.size() == 3 && all_digits(v)) {
    int d = to_int(v) * 10;
    return ValueWindow{{sys_days{year{d} / 1 / 1}, sys_days{year{d + 9} / 12 / 31}},
                       Granularity::kDecade};
  }
  if (v.size() < 4 || !all_digits(v.substr(0, 4))) return std::nullopt;
  int y = to_int(v.substr(0, 4));
  if (v.size() == 4) return ValueWindow{months_window(y, 1, y, 12), Granularity::kYear};
  if (v[4] != '-') return std::nullopt;
  std::string_view rest = v.substr(5);
  if (rest.size() == 2 && all_digits(rest)) {
    unsigned m = to_int(rest);
    if (m < 1 || m > 12) return std::nullopt;
    return ValueWindow{month_window(y, m), Granularity::kMonth};
  }
  if (rest.size() == 3 && rest[0] == 'W' && all_digits(rest.substr(1))) {
    unsigned w = to_int(rest.substr(1));
    auto first = iso_week::year_weeknum_weekday{iso_week::year{y}, iso_week::weeknum{w}, iso_week::mon};
    if (!first.ok()) return std::nullopt;
    Day f = sys_days{first};
    return ValueWindow{{f, f + days{6}}, Granularity::kWeek};
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    unsigned q = rest[1] - '0';
    return ValueWindow{months_window(y, 3 * q - 2, y, 3 * q), Granularity::kQuarter};
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    unsigned h = rest[1] - '0';
    return ValueWindow{months_window(y, 6 * h - 5, y, 6 * h), Granularity::kRange};
  }
  // Meteorological seasons of the northern hemisphere; winter runs into the next year.
  if (rest == "SP") return ValueWindow{months_window(y, 3, y, 5), Granularity::kSeason};
  if (rest == "SU") return ValueWindow{months_window(y, 6, y, 8), Granularity::kSeason};
  if (rest == "FA") return ValueWindow{months_window(y, 9, y, 11), Granularity::kSeason};
  if (rest == "WI") return ValueWindow{months_window(y, 12, y + 1, 2), Granularity::kSeason};
  return std::nullopt;
}

DayInterval apply_mod(const DayInterval& w, std::string_view mod) {
  long n = w.days();
  if (n < 3) return w;
  long third = n / 3;
  if (mod == "START" || mod == "EARLY") return {w.first, w.first + days{third - 1}};
  if (mod == "MID") return {w.first + days{third}, w.last - days{third}};
  if (mod == "END" || mod == "LATE") return {w.last - days{third - 1}, w.last};
  return w;
}

std::string value_at(Day d, Granularity g) {
  year_month_day ymd{d};
  int y = int(ymd.year());
  switch (g) {
    case Granularity::kDay:
    case Granularity::kRange:
    case Granularity::kUnknown: return format_iso_day(d);
    case Granularity::kWeek: {
      iso_week::year_weeknum_weekday iw{d};
      return four(int(iw.year())) + "-W" + two(unsigned(iw.weeknum()));
    }
    case Granularity::kMonth: return four(y) + "-" + two(unsigned(ymd.month()));
    case Granularity::kSeason: {
      unsigned m = unsigned(ymd.month());
      if (m == 12) return four(y) + "-WI";
      if (m <= 2) return four(y - 1) + "-WI";
      return four(y) + (m <= 5 ? "-SP" : m <= 8 ? "-SU" : "-FA");
    }
    case Granularity::kQuarter: return four(y) + "-Q" + std::to_string((unsigned(ymd.month()) + 2) / 3);
    case Granularity::kYear: return four(y);
    case Granularity::kDecade: return four(y).substr(0, 3);
    case Granularity::kCentury: return four(y).substr(0, 2);
  }
  return format_iso_day(d);
}

}  // namespace annalist::calendar
