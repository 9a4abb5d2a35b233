// Label text and size, first-fit tiers and overflow badges.
#include "render/labels.h"

#include <algorithm>

#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using namespace style;

LabelText group_label(const std::vector<Event>& events, const std::vector<std::size_t>& group,
                      const LayoutOptions& o) {
  LabelText t;
  const Event& lead = events[group.front()];
  t.date_line = date_line(lead);
  std::size_t shown = std::min<std::size_t>(group.size(), std::max(1, o.max_group_lines));
  if (group.size() > shown) shown = std::max<std::size_t>(1, shown - 1);
  for (std::size_t k = 0; k < shown; ++k) t.titles.push_back(event_title(events[group[k]], o.max_title_chars));
  if (group.size() > shown) t.titles.push_back("+" + std::to_string(group.size() - shown) + " more");
  return t;
}

void want_label(const LabelText& t, const FontSizes& fs, Measurer& ms) {
  for (const auto& s : t.titles) ms.want({s, fs.label_title, false});
  ms.want({t.date_line, fs.label_date, false});
}

TextSize label_size(const LabelText& t, const FontSizes& fs, Measurer& ms) {
  TextSize d = ms.get(t.date_line, fs.label_date);
  double w = d.w, h = d.h;
  for (const auto& s : t.titles) {
    TextSize z = ms.get(s, fs.label_title);
    w = std::max(w, z.w);
    h += z.h;
  }
  return TextSize{w + 2 * kPadX, h + 2 * kPadY};
}

TierStack stack_tiers(const std::vector<PendingLabel>& pending, int max_tiers) {
  std::vector<std::size_t> order(pending.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return pending[a].x_left < pending[b].x_left; });
  TierStack s;
  s.tier_of.assign(pending.size(), -1);
  std::vector<double> tier_right;
  for (std::size_t k : order) {
    const PendingLabel& p = pending[k];
    int t = 0;
    while (t < int(tier_right.size()) && tier_right[t] + kLabelGapX > p.x_left) ++t;
    if (t >= max_tiers) {
      s.hidden_markers.push_back(p.marker);
      continue;
    }
    if (t == int(tier_right.size())) {
      tier_right.push_back(0);
      s.tier_height.push_back(0);
    }
    tier_right[t] = p.x_left + p.w;
    s.tier_height[t] = std::max(s.tier_height[t], p.h);
    s.tier_of[k] = t;
  }
  return s;
}

double badge_width(std::size_t n, double size, Measurer& ms) {
  std::string probe = "+" + std::string(std::to_string(n).size(), '9') + " more";
  return ms.get(probe, size).w + 2 * kPadX;
}

std::vector<Badge> overflow_badges(std::vector<std::size_t> hidden, const std::vector<Marker>& markers,
                                   double size, Measurer& ms) {
  std::sort(hidden.begin(), hidden.end(),
            [&](std::size_t a, std::size_t b) { return markers[a].x < markers[b].x; });
  std::vector<Badge> badges;
  for (std::size_t mi : hidden) {
    const Marker& m = markers[mi];
    if (!badges.empty() && m.x < badges.back().x + badge_width(badges.back().n_events, size, ms) + kLabelGapX) {
      badges.back().markers.push_back(mi);
      badges.back().n_events += m.events.size();
    } else {
      badges.push_back({m.x - 2, {mi}, m.events.size()});
    }
  }
  return badges;
}

}  // namespace annalist::render
