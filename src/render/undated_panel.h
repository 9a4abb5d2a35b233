// The panel that lists undated events beside the plot instead of placing them at a made-up date.
#pragma once
#include <vector>

#include "render/element_ids.h"
#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// Lists `L.undated` (title, then status, type, what the text said about the time and the
/// participants) from (x, y) down, flowing into further columns once a column would reach
/// `bottom`; beyond `o.max_panel_rows` the rest become one "+N more undated" line. Sets
/// `L.panel` (its box, 8 pt padding) and adds one glyph and two texts per event. Does nothing
/// when there is nothing undated.
void place_undated_panel(Layout& L, const std::vector<Event>& events, const LayoutOptions& o, double x, double y,
                         double bottom, ElementIds& ids, Measurer& ms);

}  // namespace annalist::render
