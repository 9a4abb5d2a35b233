// Pure chart geometry: time axis, lanes, markers, label tiers, undated panel (no Graphviz here).
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"
#include "render/chart_style.h"
#include "render/event_text.h"
#include "render/measurer.h"

namespace annalist::render {

/// Axis-aligned rectangle; y grows downwards (top-left origin), points.
struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  bool overlaps(const Rect& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
};

/// Knobs of the placement; defaults give the standard chart.
struct LayoutOptions {
  std::string title = "annalist chronology";
  std::string subtitle;           ///< line under the title; empty: what is drawn ("17 events · 5 dated ...")
  std::string credit;             ///< source line at the foot; empty: none
  std::string lanes = "pair";     ///< pair, actor, type, dyad (resolved: never "auto" here)
  std::string undated = "below";  ///< where undated events are listed: below, side, none
  double width = 0;               ///< canvas width in points; 0 = as the content needs
  double height = 0;              ///< canvas height in points; 0 = as the content needs
  double font_scale = 1;          ///< every font size times this
  double points_per_day = 0;      ///< 0 = chosen from the label density
  double min_plot_width = 1000;   ///< points
  double max_plot_width = 16000;  ///< points
  int max_tiers = 8;              ///< label tiers per lane before "+N more"
  double min_lane_height = 0;     ///< points; lanes grow to at least this (fills a given height)
  int max_group_lines = 3;        ///< titles listed in the label of a same-day group
  int max_panel_rows = 120;       ///< undated rows before "+N more undated"
  std::size_t max_title_chars = 60;
  std::map<std::string, std::string> document_urls;  ///< document id -> path or URL
  std::map<std::string, std::string> country_names;  ///< country or organisation code -> name (dyad lanes)
  struct EraSpec {
    std::optional<Day> from, to;
    std::string label;
  };
  std::vector<EraSpec> eras;
};

/// Tick on the time axis.
struct Tick {
  double x = 0;
  bool major = false;
  std::string label;   ///< empty for minor ticks
  double label_x = 0;  ///< centre of the label
};

/// One swimlane.
struct Lane {
  std::string key;                      ///< grouping key ("Vladimir Putin|Xi Jinping")
  std::vector<std::string> name_lines;  ///< gutter text, right-aligned
  Rect rect;                            ///< full lane band including the gutter
  double baseline = 0;                  ///< y of the markers
  int tiers = 0;                        ///< label tiers used
};

/// A marker: one event, or a same-day group of events in one lane.
struct Marker {
  std::vector<std::size_t> events;  ///< indices into the input; first is the lead
  std::size_t lane = 0;
  double x = 0, y = 0;  ///< centre
  double size = 8;      ///< points
  EventType type = EventType::kMeeting;
  Precision precision = Precision::kExact;
  bool planned = false;
  bool struck = false;               ///< cancelled or denied
  std::string id;                    ///< unique, SVG element id
  std::string cls;                   ///< "event meeting planned window lane3"
  std::string tooltip;               ///< plain text, lines separated by '\n'
  std::string url;                   ///< first source document, empty when unknown
  std::optional<std::size_t> label;  ///< index into Layout::labels, absent when hidden by the tier cap
};

/// A bar over the date window (uncertain) or a multi-day range (known).
struct Bar {
  Rect rect;
  EventType type = EventType::kMeeting;
  bool window = true;  ///< dashed translucent (uncertain) vs solid (known range)
  bool neutral = false;  ///< a key sample in the legend, grey
  std::size_t marker = 0;
};

/// Flag label attached to a marker by a stem.
struct Label {
  Rect box;
  std::size_t marker = 0;
  int tier = 0;
  std::string date_line;                 ///< "late Jun 2021", "planned · Feb 2022"
  std::vector<std::string> title_lines;  ///< event title(s)
  double date_size = 7, title_size = 9;  ///< font sizes, points
  bool struck = false;
  double stem_x = 0, stem_top = 0, stem_bottom = 0;  ///< stem from marker up to the label
};

/// "+N more" badge for events whose labels did not fit under the tier cap.
struct Overflow {
  Rect box;
  std::size_t lane = 0;
  std::string text;                 ///< "+3 more"
  double size = 7;                  ///< font size, points
  std::vector<std::size_t> events;  ///< indices into the input
  std::string tooltip;              ///< one line per hidden event
};

/// Placed text (title, lane names, tick labels, legend, panel, era captions).
struct TextItem {
  Rect box;
  std::vector<std::string> lines;
  double size = 9;
  bool bold = false;
  enum Align { kLeft, kCenter, kRight } align = kLeft;
  std::string color = "#222222";
  std::string tooltip;
  std::string cls;
};

/// A marker glyph drawn outside the plot (legend, undated panel).
struct Glyph {
  double x = 0, y = 0, size = 8;
  EventType type = EventType::kMeeting;
  Precision precision = Precision::kExact;
  bool planned = false;
  bool struck = false;
  bool neutral = false;  ///< a key sample in the legend: grey, in a shape no event type has
  std::string id, cls, tooltip, url;
  std::optional<std::size_t> event;  ///< input index of an undated event listed in the panel
};

/// A plain filled rectangle (panel frames, grid rules, count bars of the small multiples).
struct Fill {
  Rect rect;
  std::string fill;                      ///< #rrggbb or #rrggbbaa
  std::string stroke = "transparent";
  double pen = 0;
  std::string cls;                       ///< SVG class ("count meeting CHN-RUS")
  std::string tooltip;
};

/// Era band spanning all lanes.
struct EraBand {
  Rect rect;
  std::string label;
  std::size_t index = 0;
};

/// The whole chart, ready to draw.
struct Layout {
  double width = 0, height = 0;  ///< canvas, points
  Rect plot;                     ///< the time area (right of the gutter), all lanes
  Day axis_first{}, axis_last{};
  double points_per_day = 1;
  double axis_y = 0;      ///< y of the axis rule under the lanes
  double axis_top_y = 0;  ///< y of the axis rule over the lanes (= plot.y)
  bool bottom_axis = true;  ///< false: only the top axis is drawn (the HTML page's sticky strip)
  std::string title;      ///< the chart's title (also for file metadata)
  std::vector<std::string> warnings;  ///< what could not be done as asked (a height too small)
  std::vector<Lane> lanes;
  std::vector<Tick> ticks;
  std::vector<EraBand> eras;
  std::vector<Fill> fills;           ///< drawn in order, after the eras and before the grid
  std::vector<Bar> bars;
  std::vector<Marker> markers;
  std::vector<Label> labels;
  std::vector<Overflow> overflows;
  std::vector<TextItem> texts;       ///< title, subtitle, lane names, tick labels, legend, panel text
  std::vector<Glyph> glyphs;         ///< legend and panel markers
  Rect panel;                        ///< undated panel (w = 0 when there is nothing undated)
  std::vector<std::size_t> undated;  ///< input indices listed in the panel
  std::size_t dated_count = 0;

  /// x of a day on the axis.
  double x_of(Day d) const;
};

/// Places everything. With `width`/`height` the scale and the label tiers are chosen so the
/// canvas has that size (a warning says when the content cannot fit the height). Deterministic
/// for the same input.
Layout layout_timeline(const std::vector<Event>& events, const LayoutOptions& options,
                       const MeasureFn& measure);

}  // namespace annalist::render
