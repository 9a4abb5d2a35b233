// Chart geometry, in the order it is built: lanes and their labels' text, the axis scale, the
// head, the lanes, lane names, ticks, eras, the undated panel. Each step lives in its own file.
#include "render/layout.h"

#include <algorithm>

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
                             Measurer& ms) {
  double need = 0;
  for (const auto& lane : texts) {
    double sum = 0;
    for (const auto& t : lane) sum += label_size(t, ms).w + kLabelGapX;
    need = std::max(need, sum / kTargetTiers);
  }
  return std::clamp(need, o.min_plot_width, std::max(o.min_plot_width, o.max_plot_width));
}

// Lane names, right-aligned in the gutter left of `plot_x` and centred on the lane.
void place_lane_names(Layout& L, double plot_x, Measurer& ms) {
  for (const auto& lane : L.lanes) {
    double h = 0, w = 0;
    for (const auto& line : lane.name_lines) {
      TextSize z = ms.get(line, kLaneNameSize);
      h += z.h;
      w = std::max(w, z.w);
    }
    double top = lane.baseline - h / 2 - 4;
    top = std::clamp(top, lane.rect.y + 2, lane.rect.bottom() - h - 2);
    L.texts.push_back({{plot_x - 10 - w, top, w, h},
                       lane.name_lines,
                       kLaneNameSize,
                       false,
                       TextItem::kRight,
                       "#222222",
                       "",
                       "lane-name"});
  }
}

}  // namespace

double Layout::x_of(Day d) const { return plot.x + double((d - axis_first).count()) * points_per_day; }

Layout layout_timeline(const std::vector<Event>& events, const LayoutOptions& o, const MeasureFn& fn) {
  Layout L;
  Measurer ms(fn);

  std::vector<LaneWork> lanes = group_into_lanes(events, o.lanes, L.undated);
  L.dated_count = events.size() - L.undated.size();

  // Label texts, measured in one batch.
  std::vector<std::vector<LabelText>> texts(lanes.size());
  for (std::size_t li = 0; li < lanes.size(); ++li) {
    for (const auto& g : lanes[li].groups) {
      texts[li].push_back(group_label(events, g.events, o));
      want_label(texts[li].back(), ms);
    }
    for (const auto& line : lanes[li].key.lines) ms.want({truncate_cp(line, kLaneNameChars), kLaneNameSize, false});
  }
  for (const char* s : {"+9 more", "+99 more", "+999 more", "+9999 more"}) ms.want({s, kLabelDateSize, false});
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
  double plot_w = o.points_per_day > 0 ? o.points_per_day * double(span.days()) : plot_width_for_labels(texts, o, ms);
  if (!data) plot_w = 300;  // just room for the "No dated events" note
  AxisScale axis = choose_axis(span, plot_w, o.points_per_day, ms);
  L.axis_first = axis.first;
  L.axis_last = axis.last;
  L.points_per_day = axis.points_per_day;

  // ---- head ----
  double y = place_title(L, o.title,
                         chart_summary(events.size(), L.dated_count, L.undated.size(), data, o.lanes),
                         kMargin, ms);
  y = place_legend(L, y, ms);

  // The gutter holds the lane names; era captions sit in their own row above the lanes.
  double gutter = 60;
  for (const auto& lw : lanes)
    for (const auto& line : lw.key.lines)
      gutter = std::max(gutter, ms.get(truncate_cp(line, kLaneNameChars), kLaneNameSize).w);
  gutter = std::min(gutter, 220.0);
  const double plot_x = kMargin + gutter + 12;
  L.plot.x = plot_x;
  L.plot.w = double((L.axis_last - L.axis_first).count() + 1) * L.points_per_day;
  if (!o.eras.empty()) y += ms.get("Era", kLegendSize).h + 2;
  const double lanes_top = y;

  // ---- lanes ----
  double content_right = L.plot.right();
  ElementIds ids;
  for (std::size_t li = 0; li < lanes.size(); ++li)
    y += place_lane(L, events, lanes[li], li, texts[li], y, o, ids, ms, content_right);
  if (lanes.empty()) y += 40;
  L.plot.y = lanes_top;
  L.plot.h = y - lanes_top;
  L.axis_y = y;
  const double lanes_right = content_right + 10;
  for (auto& lane : L.lanes) lane.rect.w = lanes_right - lane.rect.x;
  place_lane_names(L, plot_x, ms);

  // ---- axis, eras, undated panel ----
  place_ticks(L, axis.major, ms);
  double bottom = L.axis_y + 6 + ms.get("2023", kTickSize).h + kMargin;
  place_eras(L, o.eras, ms);

  double right = lanes_right;
  place_undated_panel(L, events, o, lanes_right + 20, L.plot.y + 6, L.axis_y + 24, ids, ms);
  if (L.panel.w > 0) {
    right = L.panel.right();
    bottom = std::max(bottom, L.panel.bottom() + kMargin);
  }

  for (const auto& t : L.texts) right = std::max(right, t.box.right());
  L.width = right + kMargin;
  L.height = bottom;
  return L;
}

}  // namespace annalist::render
