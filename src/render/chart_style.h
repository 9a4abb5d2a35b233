// The chart's fixed sizes (points) and the look of each event type and date precision.
#pragma once
#include <string>

#include "model/types.h"

namespace annalist::render {

/// How a date is drawn.
enum class Precision { kExact, kRange, kWindow };

/// kExact for a known day, kRange for a known multi-day range, kWindow for anything only
/// bounded (a month, a season, "on or before" the publication day).
Precision precision_of(const EventTime& t);
/// "exact", "range", "window": the CSS class of a marker.
std::string precision_word(Precision p);

/// Colour of an event type (#rrggbb).
std::string type_color(EventType t);

/// Graphviz shape name of an event type's marker.
std::string type_shape(EventType t);

/// Font sizes in points, chosen so 96-dpi PNGs read at 12 px body text. Whole points:
/// Graphviz 2.43 reads POINT-SIZE of HTML labels as an integer.
struct FontSizes {
  double title = 16, subtitle = 9, legend = 8;
  double label_title = 9, label_date = 7;
  double lane_name = 9, tick = 8, panel = 8, panel_note = 7;
  /// Every size times `scale`, rounded to a whole point, at least 4 points.
  static FontSizes scaled(double scale);
};

/// Grey of the neutral glyphs in the legend's key (no event type uses it).
inline constexpr const char* kNeutralColor = "#6b7280";

namespace style {
// Sizes in points.
inline constexpr double kMargin = 18;
inline constexpr double kMarker = 8;
inline constexpr double kPadX = 3, kPadY = 2;
inline constexpr double kLabelGapX = 6;  // horizontal air between labels in one tier
inline constexpr double kTierGap = 3;    // vertical air between tiers
inline constexpr double kStemGap = 5;    // marker top to tier-0 label bottom
inline constexpr double kLaneTopPad = 6;
inline constexpr double kLaneBottomPad = 9;
inline constexpr double kBarHeight = 6;
inline constexpr double kDodgeGap = 1.5;           // between markers/bars sharing a row
inline constexpr double kDodgeStep = kMarker + 3;  // row pitch under the baseline
inline constexpr int kMaxDodgeRows = 4;
inline constexpr double kTargetTiers = 3;  // label density the automatic scale aims for
inline constexpr std::size_t kLaneNameChars = 34;
}  // namespace style

}  // namespace annalist::render
