// Time axis: proportional scale, tick units chosen by label room, ticks and era bands.
#include "render/axis.h"

#include <climits>
#include <cmath>
#include <set>

#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using date::days;
using date::year_month_day;
using namespace style;

double TickUnit::approx_days() const {
  switch (kind) {
    case kDay:
      return 1;
    case kWeek:
      return 7;
    case kMonth:
      return 30.44;
    case kQuarter:
      return 91.3;
    case kYear:
      return 365.25;
    case kYears:
      return 365.25 * step;
  }
  return 1;
}

const std::vector<TickUnit>& tick_units() {
  using U = TickUnit;
  static const std::vector<TickUnit> u = {
      {U::kDay, 1},     {U::kWeek, 1},    {U::kMonth, 1},   {U::kQuarter, 1}, {U::kYear, 1},
      {U::kYears, 2},   {U::kYears, 5},   {U::kYears, 10},  {U::kYears, 20},  {U::kYears, 50},
      {U::kYears, 100}, {U::kYears, 200}, {U::kYears, 500}, {U::kYears, 1000}};
  return u;
}

Day floor_to(Day d, const TickUnit& u) {
  int y = year_of(d);
  unsigned m = month_of(d);
  switch (u.kind) {
    case TickUnit::kDay:
      return d;
    case TickUnit::kWeek: {
      date::weekday wd{d};
      return d - (wd - date::Monday);
    }
    case TickUnit::kMonth:
      return first_of_month(y, m);
    case TickUnit::kQuarter:
      return first_of_month(y, (m - 1) / 3 * 3 + 1);
    case TickUnit::kYear:
      return first_of_month(y, 1);
    case TickUnit::kYears:
      return first_of_month(floor_div(y, u.step) * u.step, 1);
  }
  return d;
}

Day next_of(Day d, const TickUnit& u) {
  year_month_day ymd{d};
  switch (u.kind) {
    case TickUnit::kDay:
      return d + days{1};
    case TickUnit::kWeek:
      return d + days{7};
    case TickUnit::kMonth:
      return date::sys_days{ymd + date::months{1}};
    case TickUnit::kQuarter:
      return date::sys_days{ymd + date::months{3}};
    case TickUnit::kYear:
      return date::sys_days{ymd + date::years{1}};
    case TickUnit::kYears:
      return date::sys_days{ymd + date::years{u.step}};
  }
  return d + days{1};
}

std::string tick_label(Day d, const TickUnit& u, bool with_year) {
  switch (u.kind) {
    case TickUnit::kDay:
    case TickUnit::kWeek:
      return with_year ? day_name(d) : std::to_string(day_of(d)) + " " + month_abbrev(month_of(d));
    case TickUnit::kMonth:
      return with_year ? month_name(d) : month_abbrev(month_of(d));
    case TickUnit::kQuarter: {
      std::string q = "Q" + std::to_string((month_of(d) - 1) / 3 + 1);
      return with_year ? q + " " + year_name(year_of(d)) : q;
    }
    case TickUnit::kYear:
    case TickUnit::kYears:
      return year_name(year_of(d));
  }
  return "";
}

std::optional<TickUnit> minor_of(const TickUnit& major, double ppd) {
  using U = TickUnit;
  auto fits = [&](const TickUnit& u) { return u.approx_days() * ppd >= 6; };
  switch (major.kind) {
    case U::kDay:
      return std::nullopt;
    case U::kWeek:
      return fits({U::kDay, 1}) ? std::optional<TickUnit>({U::kDay, 1}) : std::nullopt;
    case U::kMonth:
      return std::nullopt;
    case U::kQuarter:
      return fits({U::kMonth, 1}) ? std::optional<TickUnit>({U::kMonth, 1}) : std::nullopt;
    case U::kYear:
      if (fits({U::kMonth, 1})) return TickUnit{U::kMonth, 1};
      if (fits({U::kQuarter, 1})) return TickUnit{U::kQuarter, 1};
      return std::nullopt;
    case U::kYears: {
      TickUnit y{U::kYear, 1};
      if (major.step <= 20 && fits(y)) return y;
      TickUnit dec{U::kYears, major.step / 10};
      if (major.step >= 20 && dec.step >= 1 && fits(dec)) return dec;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

DayInterval axis_span(Day lo, Day hi) {
  if ((hi - lo).count() < 14) {
    Day mid = lo + (hi - lo) / 2;
    lo = mid - days{7};
    hi = mid + days{7};
  }
  return {lo, hi};
}

AxisScale choose_axis(const DayInterval& span, double plot_w, double fixed_ppd, double tick_size, Measurer& ms) {
  AxisScale a;
  double ppd = plot_w / double(span.days());
  a.major = tick_units().back();
  for (const auto& u : tick_units()) {
    Day sample = first_of_month(2023, 9) + days{27};  // "28 Sep 2023": the widest label of each unit
    double lw = ms.get(tick_label(sample, u, true), tick_size).w;
    if (u.approx_days() * ppd >= lw + 14) {
      a.major = u;
      break;
    }
  }
  a.first = floor_to(span.first, a.major);
  Day end = floor_to(span.last, a.major);
  if (end <= span.last) end = next_of(end, a.major);
  a.last = end - days{1};
  a.points_per_day = fixed_ppd > 0 ? fixed_ppd : plot_w / double((a.last - a.first).count() + 1);
  return a;
}

double tick_band_height(double tick_size, Measurer& ms) { return 6 + ms.get("2023", tick_size).h; }

void place_ticks(Layout& L, const TickUnit& major, const FontSizes& fs, Measurer& ms) {
  // No axis without a dated event: an axis around a made-up date would mislead.
  if (L.dated_count == 0) {
    std::string note = "No dated events";
    TextSize z = ms.get(note, fs.lane_name);
    L.texts.push_back({{L.plot.x + 8, L.plot.y + (L.plot.h - z.h) / 2, z.w, z.h},
                       {note},
                       fs.lane_name,
                       false,
                       TextItem::kLeft,
                       "#5a6270",
                       "",
                       "empty"});
    return;
  }
  const double ppd = L.points_per_day;
  std::vector<Tick> majors;
  int last_year = INT32_MIN;
  double last_right = -1e9;
  for (Day d = L.axis_first; d <= L.axis_last + days{1}; d = next_of(d, major)) {
    Tick t;
    t.x = L.x_of(d);
    t.major = true;
    Day nx = next_of(d, major);
    bool with_year =
        year_of(d) != last_year || major.kind == TickUnit::kYear || major.kind == TickUnit::kYears;
    std::string lab = tick_label(d, major, with_year);
    TextSize z = ms.get(lab, fs.tick);
    double period = double((nx - d).count()) * ppd;
    // Periods (a day, a month, a year) are labelled in their middle, where their events sit.
    bool centred = major.kind != TickUnit::kWeek && major.kind != TickUnit::kYears && period >= z.w + 4;
    t.label_x = centred ? t.x + period / 2 : t.x;
    if (d <= L.axis_last && t.label_x - z.w / 2 >= last_right + 4) {
      t.label = lab;
      last_right = t.label_x + z.w / 2;
      last_year = year_of(d);
    }
    majors.push_back(t);
  }
  if (auto minor = minor_of(major, ppd)) {
    std::set<long> at;
    for (const auto& t : majors) at.insert(std::lround(t.x * 100));
    for (Day d = floor_to(L.axis_first, *minor); d <= L.axis_last; d = next_of(d, *minor)) {
      if (d < L.axis_first) continue;
      double x = L.x_of(d);
      if (at.count(std::lround(x * 100))) continue;
      L.ticks.push_back({x, false, "", x});
    }
  }
  for (auto& t : majors) {
    if (!t.label.empty()) {
      TextSize z = ms.get(t.label, fs.tick);
      for (bool top : {false, true}) {
        double y = top ? L.axis_top_y - 6 - z.h : L.axis_y + 6;
        L.texts.push_back({{t.label_x - z.w / 2, y, z.w, z.h},
                           {t.label},
                           fs.tick,
                           false,
                           TextItem::kCenter,
                           "#333333",
                           "",
                           top ? "tick top" : "tick"});
      }
    }
    L.ticks.push_back(t);
  }
  std::stable_sort(L.ticks.begin(), L.ticks.end(), [](const Tick& a, const Tick& b) { return a.x < b.x; });
}

Layout top_axis_strip(const Layout& L) {
  Layout S;
  double top = L.axis_top_y;
  for (const auto& t : L.texts)
    if (t.cls == "tick top") top = std::min(top, t.box.y);
  top -= 2;
  const double shift = -top;
  S.title = L.title;
  S.width = L.width;
  S.height = L.axis_top_y + 2 - top;
  S.plot = {L.plot.x, L.axis_top_y + shift, L.plot.w, 0};
  S.axis_first = L.axis_first;
  S.axis_last = L.axis_last;
  S.points_per_day = L.points_per_day;
  S.axis_top_y = L.axis_top_y + shift;
  S.axis_y = S.axis_top_y;
  S.bottom_axis = false;
  S.ticks = L.ticks;
  S.dated_count = L.dated_count;
  for (const auto& t : L.texts) {
    if (t.cls != "tick top") continue;
    TextItem moved = t;
    moved.box.y += shift;
    S.texts.push_back(moved);
  }
  return S;
}

void place_eras(Layout& L, const std::vector<LayoutOptions::EraSpec>& eras, double caption_bottom,
                double caption_size, Measurer& ms) {
  double era_caption_right = -1e18;
  for (std::size_t k = 0; k < eras.size(); ++k) {
    const auto& e = eras[k];
    Day a = e.from ? std::max(*e.from, L.axis_first) : L.axis_first;
    Day b = e.to ? std::min(*e.to, L.axis_last) : L.axis_last;
    if (b < a) continue;
    EraBand band;
    band.rect = {L.x_of(a), L.plot.y, L.x_of(b + days{1}) - L.x_of(a), L.plot.h};
    band.label = e.label;
    band.index = k;
    L.eras.push_back(band);
    std::string caption = truncate_cp(e.label, 60);
    TextSize z = ms.get(caption, caption_size);
    double cx = std::max(band.rect.x + 2, era_caption_right + 8);  // adjacent eras: captions queue up
    era_caption_right = cx + z.w;
    L.texts.push_back({{cx, caption_bottom - z.h, z.w, z.h},
                       {caption},
                       caption_size,
                       false,
                       TextItem::kLeft,
                       "#8a6d1a",
                       "",
                       "era"});
  }
}

}  // namespace annalist::render
