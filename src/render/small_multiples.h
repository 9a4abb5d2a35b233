// Small multiples: one panel per country pair, years on the axis, contacts per year stacked by
// event type, the same scales in every panel so panels compare at a glance.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// Contacts of one country pair: year -> type -> number of events.
struct PairCounts {
  std::string a, b;  ///< country or organisation codes, a < b
  std::map<int, std::map<EventType, int>> by_year;
  int total = 0;
};

/// Counts of the dated events that occurred, per pair of the countries their participants act
/// for (an event of three countries counts for each of its three pairs); busiest pair first,
/// ties by codes. Undated, planned, cancelled and denied events are not contacts.
std::vector<PairCounts> pair_counts(const std::vector<Event>& events);

/// One placed panel, for the tests and the HTML reader.
struct Panel {
  std::string a, b;
  Rect plot;               ///< the bars' area: x from the first year, y from the top of the scale
  int first_year = 0;      ///< the year at plot.x
  double year_width = 0;   ///< points per year (the same in every panel)
  double per_contact = 0;  ///< points per contact (the same in every panel)
  int scale_max = 0;       ///< contacts at the top of the scale (the same in every panel)
};

struct SmallMultiples {
  Layout layout;             ///< what is drawn: texts and filled shapes, no lanes
  std::vector<Panel> panels; ///< in drawing order, row by row
};

/// Places one panel per pair in a grid (`columns`, 0 = chosen from the number of panels and
/// `o.width`), legend of types above, title, subtitle and credit as in the timeline. Uses
/// o.title, subtitle, credit, width, font_scale and country_names. Deterministic.
SmallMultiples layout_small_multiples(const std::vector<Event>& events, const LayoutOptions& o,
                                      const MeasureFn& measure, int columns = 0);

}  // namespace annalist::render
