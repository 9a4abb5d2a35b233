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
/// The finest major unit whose spacing leaves room for its widest label at `plot_w` points over
/// `span`; a `fixed_ppd` above 0 keeps that scale instead of fitting `plot_w`.
AxisScale choose_axis(const DayInterval& span, double plot_w, double fixed_ppd, Measurer& ms);

/// Major and minor ticks of L's axis with their labels under `L.axis_y` (or a "No dated
/// events" note in the plot when nothing is dated).
void place_ticks(Layout& L, const TickUnit& major, Measurer& ms);

/// Era bands over all lanes, clipped to the axis, with captions in the row above the lanes.
void place_eras(Layout& L, const std::vector<LayoutOptions::EraSpec>& eras, Measurer& ms);

}  // namespace annalist::render
