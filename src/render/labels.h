// Flag labels: their text, their size, first-fit stacking into tiers, "+N more" badges.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "render/layout.h"
#include "render/measurer.h"

namespace annalist::render {

/// What a marker's flag says: the date line and one title per event (up to a cap, then "+N more").
struct LabelText {
  std::string date_line;
  std::vector<std::string> titles;
};

/// The label of a same-window group of events (`group` indexes `events`, lead first).
LabelText group_label(const std::vector<Event>& events, const std::vector<std::size_t>& group,
                      const LayoutOptions& o);

/// Announces a label's runs to the measurer (so a chart's labels are measured in one batch).
void want_label(const LabelText& t, const FontSizes& fs, Measurer& ms);

/// Outer size of a label box: its lines plus padding.
TextSize label_size(const LabelText& t, const FontSizes& fs, Measurer& ms);

/// A label waiting for its tier.
struct PendingLabel {
  std::size_t marker = 0;  ///< index into Layout::markers
  double x_left = 0, w = 0, h = 0;
  bool flipped = false;  ///< hangs to the left of its stem
  LabelText text;
  bool struck = false;
};

/// The tiers of one lane: tier 0 sits on the baseline, each next one above.
struct TierStack {
  std::vector<int> tier_of;                ///< per pending label, -1 when it did not fit
  std::vector<double> tier_height;         ///< tallest label of each tier
  std::vector<std::size_t> hidden_markers;  ///< markers of the labels that did not fit
};

/// First fit in order of left edge (optimal for interval colouring): each label goes to the
/// lowest tier whose last label ends a gap before it; beyond `max_tiers` it is hidden.
TierStack stack_tiers(const std::vector<PendingLabel>& labels, int max_tiers);

/// A "+N more" badge under the baseline: the hidden markers it stands for.
struct Badge {
  double x = 0;
  std::vector<std::size_t> markers;
  std::size_t n_events = 0;
};

/// Badges for the hidden markers, left to right, merged while they would touch.
std::vector<Badge> overflow_badges(std::vector<std::size_t> hidden, const std::vector<Marker>& markers,
                                   double size, Measurer& ms);

/// Width of a badge that counts up to `n` events in `size`-point type.
double badge_width(std::size_t n, double size, Measurer& ms);

}  // namespace annalist::render
