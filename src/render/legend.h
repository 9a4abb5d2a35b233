// The chart's head and foot: title, the line that says what is drawn, the legend of markers,
// and the credit line.
#pragma once
#include <optional>
#include <string>

#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// "17 events · 5 dated (2010–2023) · 12 undated · lanes by actor pair · position = date
/// (midpoint of uncertain windows)"; `span` is the first and last dated day, if any. With
/// `undated_listed` false the undated count says they are not drawn.
std::string chart_summary(std::size_t events, std::size_t dated, std::size_t undated,
                          const std::optional<DayInterval>& span, const std::string& lanes,
                          bool undated_listed = true);

/// Places the title and the line under it from `y` down; returns the y below them.
double place_title(Layout& L, const std::string& title, const std::string& subtitle, double y,
                   const FontSizes& fs, Measurer& ms);

/// Places the legend from `y` down: one glyph per event type, then the key to dates ("exact
/// day", window bars) and status in neutral grey glyphs of a shape no type has, so no key entry
/// can be taken for a type. Entries wrap to a new row before `max_right` (0: no limit).
/// Returns the y below the legend.
double place_legend(Layout& L, double y, double max_right, const FontSizes& fs, Measurer& ms);

/// Places the credit (source line) at `y`, left-aligned; returns the y below it.
double place_credit(Layout& L, const std::string& credit, double y, const FontSizes& fs, Measurer& ms);

}  // namespace annalist::render
