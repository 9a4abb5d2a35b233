// The chart's head: title, the line that says what is drawn, and the legend of markers.
#pragma once
#include <optional>
#include <string>

#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// "17 events · 5 dated (2010–2023) · 12 undated · lanes by actor pair · position = date
/// (midpoint of uncertain windows)"; `span` is the first and last dated day, if any.
std::string chart_summary(std::size_t events, std::size_t dated, std::size_t undated,
                          const std::optional<DayInterval>& span, const std::string& lanes);

/// Places the title and the summary line from `y` down; returns the y below them.
double place_title(Layout& L, const std::string& title, const std::string& summary, double y, Measurer& ms);

/// Places the legend row at `y`: one glyph per event type, then the key to fills, bars and
/// outlines. Returns the y below it.
double place_legend(Layout& L, double y, Measurer& ms);

}  // namespace annalist::render
