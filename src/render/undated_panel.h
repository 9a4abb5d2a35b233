// The panel that lists undated events instead of placing them at a made-up date.
#pragma once
#include <vector>

#include "render/element_ids.h"
#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// Where the panel goes and how its rows flow into columns.
struct PanelFrame {
  double x = 0, y = 0;    ///< top-left corner of the panel's first row (the box has padding around)
  double bottom = 0;      ///< beside the chart: columns end near this y (each at least 200 points tall)
  double max_width = 0;   ///< below the chart: as many equal columns as fit this width
};

/// Lists `L.undated` (title, then status, type, what the text said about the time and the
/// participants) in columns as `frame` says; beyond `o.max_panel_rows` the rest become one
/// "+N more undated" line. Sets `L.panel` (its box, 8 pt padding) and adds one glyph and two
/// texts per event. Does nothing when there is nothing undated.
void place_undated_panel(Layout& L, const std::vector<Event>& events, const LayoutOptions& o,
                         const PanelFrame& frame, const FontSizes& fs, ElementIds& ids, Measurer& ms);

}  // namespace annalist::render
