// Chart geometry, in the order it is built: lanes and their labels' text, the axis scale, the
// head, the lanes, lane names, ticks, eras, the undated panel, the credit. Each step lives in its
// own file; this one orders them and fits the whole to a requested width and height.
#include "render/layout.h"

#include <algorithm>
#include <cmath>

#include "render/axis.h"
#include "render/element_ids.h"
#include "render/labels.h"
#include "render/lanes.h"
#include "render/legend.h"
#include "render/undated_panel.h"

namespace annalist::render {
namespace {

using date::days;
using namespace style;

// Plot width that gives labels about kTargetTiers tiers in the busiest lane.
double plot_width_for_labels(const std::vector<std::vector<LabelText>>& texts, const LayoutOptions& o,
                             const FontSizes& fs, Measurer& ms) {
  double need = 0;
  for (const auto& lane : texts) {
    double sum = 0;
    for (const auto& t : lane) sum += label_size(t, fs, ms).w + kLabelGapX;
    need = std::max(need, sum / kTargetTiers);
  }
  return std::clamp(need, o.min_plot_width, std::max(o.min_plot_width, o.max_plot_width));
}

// Lane names, right-aligned in the gutter left of `plot_x` and centred on the lane.
void place_lane_names(Layout& L, double plot_x, const FontSizes& fs, Measurer& ms) {
  for (const auto& lane : L.lanes) {
    double h = 0, w = 0;
    for (const auto& line : lane.name_lines) {
      TextSize z = ms.get(line, fs.lane_name);
      h += z.h;
      w = std::max(w, z.w);
    }
    double top = lane.baseline - h / 2 - 4;
    top = std::clamp(top, lane.rect.y + 2, lane.rect.bottom() - h - 2);
    L.texts.push_back({{plot_x - 10 - w, top, w, h},
                       lane.name_lines,
                       fs.lane_name,
                       false,
                       TextItem::kRight,
                       "#222222",
                       "",
                       "lane-name"});
  }
}

// One complete placement; `plot_w` > 0 fixes the width of the time area.
Layout layout_pass(const std::vector<Event>& events, const LayoutOptions& o, double fixed_plot_w,
                   const FontSizes& fs, Measurer& ms) {
  Layout L;
  L.title = o.title;
  std::vector<LaneWork> lanes = group_into_lanes(events, o.lanes, L.undated, o.country_names);
  L.dated_count = events.size() - L.undated.size();

  // Label texts, measured in one batch.
  std::vector<std::vector<LabelText>> texts(lanes.size());
  for (std::size_t li = 0; li < lanes.size(); ++li) {
    for (const auto& g : lanes[li].groups) {
      texts[li].push_back(group_label(events, g.events, o));
      want_label(texts[li].back(), fs, ms);
    }
    for (const auto& line : lanes[li].key.lines) ms.want({truncate_cp(line, kLaneNameChars), fs.lane_name, false});
  }
  for (const char* s : {"+9 more", "+99 more", "+999 more", "+9999 more"}) ms.want({s, fs.label_date, false});
  ms.flush();

  // ---- axis scale ----
  std::optional<DayInterval> data;
  for (const auto& lw : lanes)
    for (const auto& g : lw.groups) {
      if (!data) data = g.iv;
      data->first = std::min(data->first, g.iv.first);
      data->last = std::max(data->last, g.iv.last);
    }
  Day lo = data ? data->first : first_of_month(2000, 1);
  DayInterval span = axis_span(lo, data ? data->last : lo);
  double plot_w = fixed_plot_w > 0         ? fixed_plot_w
                  : o.points_per_day > 0 ? o.points_per_day * double(span.days())
                                         : plot_width_for_labels(texts, o, fs, ms);
  if (!data && fixed_plot_w <= 0) plot_w = 300;  // just room for the "No dated events" note
  AxisScale axis = choose_axis(span, plot_w, fixed_plot_w > 0 ? 0 : o.points_per_day, fs.tick, ms);
  L.axis_first = axis.first;
  L.axis_last = axis.last;
  L.points_per_day = axis.points_per_day;

  // ---- head ----
  const bool listed = o.undated != "none";
  std::string subtitle = o.subtitle.empty()
                             ? chart_summary(events.size(), L.dated_count, L.undated.size(), data, o.lanes, listed)
                             : o.subtitle;
  double y = place_title(L, o.title, subtitle, kMargin, fs, ms);
  y = place_legend(L, y, o.width > 0 ? o.width - kMargin : 0, fs, ms);

  // The gutter holds the lane names; era captions sit in their own row above the top axis.
  double gutter = 60;
  for (const auto& lw : lanes)
    for (const auto& line : lw.key.lines)
      gutter = std::max(gutter, ms.get(truncate_cp(line, kLaneNameChars), fs.lane_name).w);
  gutter = std::min(gutter, 220.0);
  const double plot_x = kMargin + gutter + 12;
  L.plot.x = plot_x;
  L.plot.w = double((L.axis_last - L.axis_first).count() + 1) * L.points_per_day;
  if (!o.eras.empty()) y += ms.get("Era", fs.legend).h + 2;
  const double era_caption_bottom = y - 2;
  const double tick_band = L.dated_count ? tick_band_height(fs.tick, ms) : 0;
  y += tick_band;
  const double lanes_top = y;
  L.axis_top_y = lanes_top;

  // ---- lanes ----
  double content_right = L.plot.right();
  ElementIds ids;
  for (std::size_t li = 0; li < lanes.size(); ++li)
    y += place_lane(L, events, lanes[li], li, texts[li], y, o, fs, ids, ms, content_right);
  if (lanes.empty()) y += 40;
  L.plot.y = lanes_top;
  L.plot.h = y - lanes_top;
  L.axis_y = y;
  const double lanes_right = content_right + 10;
  for (auto& lane : L.lanes) lane.rect.w = lanes_right - lane.rect.x;
  place_lane_names(L, plot_x, fs, ms);

  // ---- axis, eras, undated panel, credit ----
  place_ticks(L, axis.major, fs, ms);
  double bottom = L.axis_y + (tick_band ? tick_band : 0);
  place_eras(L, o.eras, era_caption_bottom, fs.legend, ms);

  double right = lanes_right;
  for (const auto& t : L.texts) right = std::max(right, t.box.right());
  if (o.undated == "side") {
    place_undated_panel(L, events, o, {lanes_right + 20, L.plot.y + 6, L.axis_y + 24, 0}, fs, ids, ms);
  } else if (o.undated == "below") {
    double avail = (o.width > 0 ? o.width - kMargin : right) - kMargin - 16;
    place_undated_panel(L, events, o, {kMargin + 8, bottom + 20, 0, std::max(avail, 100.0)}, fs, ids, ms);
  }
  if (L.panel.w > 0) {
    right = std::max(right, L.panel.right());
    bottom = std::max(bottom, L.panel.bottom());
  }
  bottom = place_credit(L, o.credit, bottom + 8, fs, ms);

  for (const auto& t : L.texts) right = std::max(right, t.box.right());
  L.width = right + kMargin;
  L.height = bottom + kMargin;
  return L;
}

// The least lane height m with sum(max(h_i, m)) = sum(h_i) + extra: spare height goes to the
// shortest lanes first, so labels get air where there was least.
double min_lane_height_for(std::vector<double> heights, double extra) {
  if (heights.empty() || extra <= 0) return 0;
  std::sort(heights.begin(), heights.end());
  double sum = 0;
  for (std::size_t k = 0; k < heights.size(); ++k) {
    sum += heights[k];
    double m = (sum + extra) / double(k + 1);
    if (k + 1 == heights.size() || m <= heights[k + 1]) return m;
  }
  return 0;
}

}  // namespace

double Layout::x_of(Day d) const { return plot.x + double((d - axis_first).count()) * points_per_day; }

Layout layout_timeline(const std::vector<Event>& events, const LayoutOptions& o, const MeasureFn& fn) {
  Measurer ms(fn);
  const FontSizes fs = FontSizes::scaled(o.font_scale);
  Layout L = layout_pass(events, o, 0, fs, ms);
  if (o.width <= 0 && o.height <= 0) return L;

  // Width: the time area takes what the gutter, labels past the axis end and a side panel leave.
  double plot_w = 0;
  if (o.width > 0) {
    plot_w = L.plot.w;
    for (int pass = 0; pass < 4 && std::fabs(L.width - o.width) > 0.5; ++pass) {
      plot_w = std::max(60.0, plot_w + (o.width - L.width));
      L = layout_pass(events, o, plot_w, fs, ms);
    }
  }
  // Height: fewer label tiers when too tall, taller lanes when too short.
  if (o.height > 0) {
    LayoutOptions fit = o;
    while (L.height > o.height + 0.5 && fit.max_tiers > 1) {
      --fit.max_tiers;
      L = layout_pass(events, fit, plot_w, fs, ms);
    }
    if (L.height < o.height - 0.5 && !L.lanes.empty()) {
      std::vector<double> heights;
      for (const auto& lane : L.lanes) heights.push_back(lane.rect.h);
      fit.min_lane_height = min_lane_height_for(heights, o.height - L.height);
      L = layout_pass(events, fit, plot_w, fs, ms);
    }
  }
  if (o.width > 0) {
    if (L.width > o.width + 0.5)
      L.warnings.push_back("the chart needs " + std::to_string(int(std::ceil(L.width))) +
                           " points of width; drawn wider than the " + std::to_string(int(o.width)) + " asked for");
    if (L.width <= o.width + 0.5) L.width = o.width;  // within half a point: exactly as asked
  }
  if (o.height > 0) {
    if (L.height > o.height + 0.5)
      L.warnings.push_back("the chart needs " + std::to_string(int(std::ceil(L.height))) +
                           " points of height even with one label tier; drawn taller than the " +
                           std::to_string(int(o.height)) + " asked for");
    if (L.height <= o.height + 0.5) L.height = o.height;
  }
  return L;
}

}  // namespace annalist::render
