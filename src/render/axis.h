// The time axis: its span and scale, tick units that fit their labels, ticks, era bands.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// A calendar step between ticks: a day, a week, a month, a quarter, a year or `step` years.
struct TickUnit {
  enum Kind { kDay, kWeek, kMonth, kQuarter, kYear, kYears } kind = kYear;
  int step = 1;  ///< years, for kYears
  double approx_days() const;
};

/// Every unit, finest first (days up to millennia).
const std::vector<TickUnit>& tick_units();
/// Start of the unit's period that holds `d` (Monday of its week, 1 Jan of its decade...).
Day floor_to(Day d, const TickUnit& u);
/// Start of the next period.
Day next_of(Day d, const TickUnit& u);
/// "21 Feb" / "21 Feb 2023", "Feb" / "Feb 2023", "Q3" / "Q3 2023", "2023".
std::string tick_label(Day d, const TickUnit& u, bool with_year);
/// A finer unit for minor ticks, when its ticks stay at least 6 pt apart.
std::optional<TickUnit> minor_of(const TickUnit& major, double points_per_day);

/// The days a chart of data from `lo` to `hi` spans: at least two weeks, centred on the data.
DayInterval axis_span(Day lo, Day hi);

/// Where the axis begins and ends (whole periods of its major unit) and its scale.
struct AxisScale {
  Day first{}, last{};
  double points_per_day = 1;
  TickUnit major;
};
/// The finest major unit whose spacing leaves room for its widest label (in `tick_size` points)
/// at `plot_w` points over `span`; a `fixed_ppd` above 0 keeps that scale instead of fitting `plot_w`.
AxisScale choose_axis(const DayInterval& span, double plot_w, double fixed_ppd, double tick_size, Measurer& ms);

/// Height of the band a row of tick labels needs beside its axis rule (tick marks and gap included).
double tick_band_height(double tick_size, Measurer& ms);

/// Major and minor ticks of L's axis with their labels twice: under `L.axis_y` and over
/// `L.axis_top_y`, so a tall chart can be read at both ends. Nothing dated: no ticks, a
/// "No dated events" note in the plot instead.
void place_ticks(Layout& L, const TickUnit& major, const FontSizes& fs, Measurer& ms);

/// L's top axis alone (rule, ticks, their labels) on a canvas as wide as L and just tall enough,
/// for a header that stays in view while the chart scrolls under it.
Layout top_axis_strip(const Layout& L);

/// Era bands over all lanes, clipped to the axis, with captions ending at `caption_bottom`.
void place_eras(Layout& L, const std::vector<LayoutOptions::EraSpec>& eras, double caption_bottom,
                double caption_size, Measurer& ms);

}  // namespace annalist::render
