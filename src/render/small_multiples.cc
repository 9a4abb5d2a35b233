// Small multiples of country pairs: counting, the shared scales, the grid of panels.
#include "render/small_multiples.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "model/dyads.h"
#include "render/legend.h"

namespace annalist::render {

using namespace style;

namespace {

constexpr EventType kTypes[] = {EventType::kMeeting, EventType::kCall,      EventType::kVisit,
                                EventType::kSummit,  EventType::kStatement, EventType::kAgreement};
constexpr double kPlotHeight = 84;    // bars' area of a panel, points
constexpr double kPanelWidth = 250;   // bars' area a panel aims for when the width is free
constexpr double kCellGap = 14;       // between panels
constexpr double kPanelPad = 6;       // inside a panel's frame

std::string name_of(const std::string& code, const std::map<std::string, std::string>& names) {
  auto it = names.find(code);
  return it == names.end() || it->second.empty() ? code : it->second;
}

// The smallest of 1, 2, 5, 10, 20, 50 … that divides `top` into at most `parts` steps.
int nice_step(int top, int parts) {
  for (int mag = 1;; mag *= 10)
    for (int m : {1, 2, 5})
      if (m * mag * parts >= top) return m * mag;
}

std::string plural(int n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

std::vector<PairCounts> pair_counts(const std::vector<Event>& events) {
  std::map<std::pair<std::string, std::string>, PairCounts> by_pair;
  for (const auto& e : events) {
    if (!e.time.dated() || e.status != EventStatus::kOccurred) continue;
    int year = year_of(e.time.interval->first);
    for (const auto& [a, b] : event_pairs(e)) {
      PairCounts& p = by_pair[{a, b}];
      p.a = a;
      p.b = b;
      ++p.by_year[year][e.type];
      ++p.total;
    }
  }
  std::vector<PairCounts> out;
  for (auto& kv : by_pair) out.push_back(std::move(kv.second));
  std::stable_sort(out.begin(), out.end(), [](const PairCounts& x, const PairCounts& y) {
    return x.total != y.total ? x.total > y.total : std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return out;
}

SmallMultiples layout_small_multiples(const std::vector<Event>& events, const LayoutOptions& o,
                                      const MeasureFn& measure, int columns) {
  SmallMultiples S;
  Layout& L = S.layout;
  L.title = o.title;
  L.bottom_axis = false;
  const FontSizes fs = FontSizes::scaled(o.font_scale);
  Measurer ms(measure);
  const std::vector<PairCounts> pairs = pair_counts(events);

  // Shared scales: every year from the first contact of any pair to the last; the busiest year
  // of any pair sets the top.
  int first_year = 0, last_year = 0, busiest = 0, contacts = 0;
  for (const auto& p : pairs) {
    contacts += p.total;
    for (const auto& [year, types] : p.by_year) {
      int n = 0;
      for (const auto& kv : types) n += kv.second;
      busiest = std::max(busiest, n);
      if (first_year == 0 && last_year == 0) first_year = last_year = year;
      first_year = std::min(first_year, year);
      last_year = std::max(last_year, year);
    }
  }
  const int years = pairs.empty() ? 1 : last_year - first_year + 1;
  const int step = nice_step(std::max(busiest, 1), 4);
  const int scale_max = step * int(std::ceil(double(std::max(busiest, 1)) / step));

  std::string subtitle = o.subtitle;
  if (subtitle.empty()) {
    subtitle = plural(int(pairs.size()), "pair") + " of countries · " + plural(contacts, "contact");
    if (!pairs.empty())
      subtitle += " (" + year_name(first_year) + (years > 1 ? "–" + year_name(last_year) : "") + ")";
    subtitle += " · bars: events that occurred per year, by type · the same scales in every panel";
  }

  // Texts measured in one batch.
  std::vector<std::string> panel_titles;
  for (const auto& p : pairs)
    panel_titles.push_back(truncate_cp(name_of(p.a, o.country_names) + " – " + name_of(p.b, o.country_names), 48) +
                           " · " + std::to_string(p.total));
  for (const auto& t : panel_titles) ms.want({t, fs.lane_name, true});
  for (int v = 0; v <= scale_max; v += step) ms.want({std::to_string(v), fs.tick, false});
  for (int y = first_year; y <= last_year; ++y) ms.want({year_name(y), fs.tick, false});
  for (EventType t : kTypes) ms.want({std::string(to_string(t)), fs.legend, false});
  ms.flush();

  // Panel geometry, shared by every panel.
  double gutter = 0;
  for (int v = 0; v <= scale_max; v += step) gutter = std::max(gutter, ms.get(std::to_string(v), fs.tick).w);
  gutter += 5;
  double year_label_w = 0;
  for (int y = first_year; y <= last_year; ++y) year_label_w = std::max(year_label_w, ms.get(year_name(y), fs.tick).w);
  const double title_h = ms.get("Ag", fs.lane_name, true).h;
  const double tick_h = ms.get("2000", fs.tick).h;
  const std::size_t n = pairs.size();
  int cols = columns > 0 ? columns : n <= 3 ? int(std::max<std::size_t>(n, 1)) : n <= 8 ? 2 : n <= 15 ? 3 : 4;
  double year_w = std::clamp(kPanelWidth / years, 3.0, 28.0);
  if (o.width > 0) {
    // Fit the grid to the width: fewer columns until a year is at least 3 points wide.
    for (;; --cols) {
      double cell = (o.width - 2 * kMargin - (cols - 1) * kCellGap) / cols;
      year_w = (cell - 2 * kPanelPad - gutter) / years;
      if (year_w >= 3 || cols == 1) break;
    }
    year_w = std::max(year_w, 1.0);
  }
  const double plot_w = year_w * years;
  int label_every = 1;
  while (label_every * year_w < year_label_w + 4) label_every = label_every == 1 ? 2 : label_every == 2 ? 5 : label_every * 2;
  const double cell_w = 2 * kPanelPad + gutter + plot_w;
  const double cell_h = kPanelPad + title_h + 6 + kPlotHeight + tick_h / 2 + 1 + tick_h + kPanelPad;
  const double per_contact = kPlotHeight / scale_max;

  double y = place_title(L, o.title, subtitle, kMargin, fs, ms);

  // Legend: a swatch and the name of every type.
  {
    double x = kMargin;
    const double h = ms.get("meeting", fs.legend).h;
    for (EventType t : kTypes) {
      std::string word(to_string(t));
      TextSize z = ms.get(word, fs.legend);
      L.fills.push_back({{x, y + 6 + (h - 8) / 2, 8, 8}, type_color(t), "transparent", 0, "legend", ""});
      L.texts.push_back({{x + 11, y + 6, z.w, z.h}, {word}, fs.legend, false, TextItem::kLeft, "#333333", "", "legend"});
      x += 11 + z.w + 14;
    }
    y += 6 + h + 10;
  }

  if (pairs.empty()) {
    const std::string note = "No pair of countries: no dated event that occurred brings two known countries together.";
    TextSize z = ms.get(note, fs.panel);
    L.texts.push_back({{kMargin, y, z.w, z.h}, {note}, fs.panel, false, TextItem::kLeft, "#5a6270", "", "note"});
    y += z.h;
  }

  double right = kMargin;
  for (std::size_t i = 0; i < n; ++i) {
    const PairCounts& p = pairs[i];
    const double cx = kMargin + double(i % cols) * (cell_w + kCellGap);
    const double cy = y + double(i / cols) * (cell_h + kCellGap);
    const std::string dyad = p.a + "-" + p.b;
    L.fills.push_back({{cx, cy, cell_w, cell_h}, "#fafbfc", "#dde1e7", 0.6, "panel " + dyad, ""});
    TextSize tz = ms.get(panel_titles[i], fs.lane_name, true);
    L.texts.push_back({{cx + kPanelPad, cy + kPanelPad, tz.w, tz.h}, {panel_titles[i]}, fs.lane_name, true,
                       TextItem::kLeft, "#111111", plural(p.total, "contact") + " that occurred", "panel-title"});
    Panel P{p.a, p.b, {cx + kPanelPad + gutter, cy + kPanelPad + title_h + 6, plot_w, kPlotHeight},
            first_year, year_w, per_contact, scale_max};
    const double base = P.plot.bottom();
    // Scale: grid rules with their counts in the gutter.
    for (int v = 0; v <= scale_max; v += step) {
      const double gy = base - v * per_contact;
      L.fills.push_back({{P.plot.x, gy - 0.3, plot_w, 0.6}, v == 0 ? "#555555" : "#e1e4e9", "transparent", 0, "grid", ""});
      std::string t = std::to_string(v);
      TextSize z = ms.get(t, fs.tick);
      L.texts.push_back({{P.plot.x - 4 - z.w, gy - z.h / 2, z.w, z.h}, {t}, fs.tick, false, TextItem::kRight,
                         "#5a6270", "", "scale"});
    }
    // Labelled years are round (1960, 1970 … when every tenth year is labelled).
    const int first_label = -floor_div(-first_year, label_every) * label_every;
    for (int yr = first_label; yr <= last_year; yr += label_every) {
      std::string t = year_name(yr);
      TextSize z = ms.get(t, fs.tick);
      const double mid = P.plot.x + (yr - first_year + 0.5) * year_w;
      // Below the half of the scale's "0" that hangs under the baseline.
      L.texts.push_back({{mid - z.w / 2, base + tick_h / 2 + 1, z.w, z.h}, {t}, fs.tick, false, TextItem::kCenter, "#333333", "",
                         "year"});
    }
    // Bars, stacked from the baseline in the legend's order.
    const double gap = std::max(0.5, year_w * 0.18);
    const std::string pair_name = name_of(p.a, o.country_names) + " – " + name_of(p.b, o.country_names);
    for (const auto& [yr, types] : p.by_year) {
      double top = base;
      for (EventType t : kTypes) {
        auto it = types.find(t);
        if (it == types.end()) continue;
        const double h = it->second * per_contact;
        top -= h;
        L.fills.push_back({{P.plot.x + (yr - first_year) * year_w + gap / 2, top, year_w - gap, h}, type_color(t),
                           "transparent", 0, "count " + std::string(to_string(t)) + " " + dyad,
                           pair_name + ", " + year_name(yr) + ": " + plural(it->second, std::string(to_string(t)))});
      }
    }
    S.panels.push_back(P);
    right = std::max(right, cx + cell_w);
  }
  if (n) y += double((n + cols - 1) / cols) * (cell_h + kCellGap) - kCellGap;
  for (const auto& t : L.texts) right = std::max(right, t.box.right());
  y = place_credit(L, o.credit, y + 10, fs, ms);
  L.width = std::max(right + kMargin, o.width);
  L.height = y + kMargin;
  return S;
}

}  // namespace annalist::render
