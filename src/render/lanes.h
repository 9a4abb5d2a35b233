// Swimlanes: which lane an event belongs to, same-day groups, and one lane's markers, bars,
// label tiers, "+N more" badges and height.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "render/element_ids.h"
#include "render/labels.h"
#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// A lane's identity and the name shown in the gutter.
struct LaneKey {
  std::string key;                 ///< "pair:A|B", "actor:A", "type:call", "none"
  std::vector<std::string> lines;  ///< gutter lines
};

/// Country or organisation code -> the name a dyad lane shows ("RUS" -> "Russia").
using CountryNames = std::map<std::string, std::string>;

/// The lanes an event is drawn in: one per actor (`actor`), one for its type (`type`), one for
/// its set of participants (`pair`, the default), or one per pair of the countries its
/// participants act for (`dyad`; an event of one country goes to that country's lane, one of no
/// known country to "(country unknown)").
std::vector<LaneKey> lane_keys(const Event& e, const std::string& mode, const CountryNames& names = {});

/// More actor-pair lanes than this, and `auto` draws country pairs instead.
constexpr std::size_t kMaxPairLanes = 10;

/// What `auto` means for these events: `dyad` when the dated events would fill more than
/// kMaxPairLanes actor-pair lanes and some of them have country codes, else `pair`.
std::string auto_lane_mode(const std::vector<Event>& events);

/// Dated events of one lane in the same window: one marker, one label.
struct Group {
  std::vector<std::size_t> events;  ///< lead first: by status, type, id
  DayInterval iv;
};

/// A lane before placement.
struct LaneWork {
  LaneKey key;
  Day first_day;
  std::vector<std::size_t> events;
  std::vector<Group> groups;  ///< by window
};

/// Dated events sorted into lanes, lanes ordered by their first event (ties by key); undated
/// events are appended to `undated` instead.
std::vector<LaneWork> group_into_lanes(const std::vector<Event>& events, const std::string& mode,
                                       std::vector<std::size_t>& undated, const CountryNames& names = {});

/// Extent of a marker with its bar on the axis.
struct Extent {
  double left = 0, right = 0;
};
/// Rows under the baseline for markers that would cover each other (first fit by left edge, at
/// most kMaxDodgeRows; beyond, the emptiest row is shared). Row per extent, 0 = the baseline.
std::vector<int> dodge_rows(const std::vector<Extent>& extents);

/// Places lane `li` with its top at `y`: markers at their dates, bars over their windows,
/// labels in tiers above the baseline, badges and dodged markers below. Appends to L.markers,
/// L.bars, L.labels, L.overflows and L.lanes; `content_right` grows to the rightmost label or
/// badge. The lane is at least `o`'s minimum lane height. Returns the lane's height.
double place_lane(Layout& L, const std::vector<Event>& events, const LaneWork& lw, std::size_t li,
                  const std::vector<LabelText>& texts, double y, const LayoutOptions& o, const FontSizes& fs,
                  ElementIds& ids, Measurer& ms, double& content_right);

}  // namespace annalist::render
