// Lanes: grouping of events, and the placement of one lane's markers, bars, labels and badges.
#include "render/lanes.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <set>

#include "base/strings.h"
#include "model/dyads.h"
#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using date::days;
using namespace style;

namespace {

std::string country_name(const std::string& code, const CountryNames& names) {
  auto it = names.find(code);
  return it == names.end() || it->second.empty() ? code : it->second;
}

std::vector<LaneKey> dyad_keys(const Event& e, const CountryNames& names) {
  std::vector<LaneKey> out;
  for (const auto& [a, b] : event_pairs(e))
    out.push_back({"dyad:" + a + "|" + b, {country_name(a, names) + " –", country_name(b, names)}});
  if (!out.empty()) return out;
  std::vector<std::string> one = event_countries(e);
  if (one.empty()) return {{"dyad:?", {"(country unknown)"}}};
  return {{"dyad:" + one[0], {country_name(one[0], names)}}};
}

}  // namespace

std::vector<LaneKey> lane_keys(const Event& e, const std::string& mode, const CountryNames& names) {
  if (mode == "dyad") return dyad_keys(e, names);
  if (mode == "type") {
    std::string t(to_string(e.type));
    return {{"type:" + t, {t}}};
  }
  if (e.participants.empty()) return {{"none", {"(no participants)"}}};
  if (mode == "actor") {
    std::vector<LaneKey> out;
    for (const auto& p : e.participants) out.push_back({"actor:" + p, {p}});
    return out;
  }
  const auto& p = e.participants;
  if (p.size() == 1) return {{"pair:" + p[0], {p[0]}}};
  if (p.size() == 2) return {{"pair:" + p[0] + "|" + p[1], {p[0] + " –", p[1]}}};
  if (p.size() == 3) return {{"pair:" + base::join(p, "|"), {p[0] + " –", p[1] + " –", p[2]}}};
  return {{"pair:" + base::join(p, "|"),
           {p[0] + " –", p[1] + " –", "+" + std::to_string(p.size() - 2) + " more"}}};
}

std::string auto_lane_mode(const std::vector<Event>& events) {
  std::set<std::string> pair_lanes;
  bool coded = false;
  for (const auto& e : events) {
    if (!e.time.dated()) continue;
    for (const auto& k : lane_keys(e, "pair")) pair_lanes.insert(k.key);
    coded = coded || !event_countries(e).empty();
  }
  return pair_lanes.size() > kMaxPairLanes && coded ? "dyad" : "pair";
}

std::vector<LaneWork> group_into_lanes(const std::vector<Event>& events, const std::string& mode,
                                       std::vector<std::size_t>& undated, const CountryNames& names) {
  std::map<std::string, LaneWork> by_key;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (!e.time.dated()) {
      undated.push_back(i);
      continue;
    }
    for (auto& k : lane_keys(e, mode, names)) {
      auto it = by_key.find(k.key);
      if (it == by_key.end()) it = by_key.emplace(k.key, LaneWork{k, e.time.interval->first, {}, {}}).first;
      it->second.first_day = std::min(it->second.first_day, e.time.interval->first);
      it->second.events.push_back(i);
    }
  }
  std::vector<LaneWork> lanes;
  for (auto& kv : by_key) lanes.push_back(std::move(kv.second));
  std::stable_sort(lanes.begin(), lanes.end(), [](const LaneWork& a, const LaneWork& b) {
    return a.first_day != b.first_day ? a.first_day < b.first_day : a.key.key < b.key.key;
  });

  // Same-window events of one lane become one group (one marker, one label).
  for (auto& lw : lanes) {
    std::map<std::pair<Day, Day>, std::vector<std::size_t>> g;
    for (std::size_t i : lw.events)
      g[{events[i].time.interval->first, events[i].time.interval->last}].push_back(i);
    for (auto& kv : g) {
      auto ev = kv.second;
      std::stable_sort(ev.begin(), ev.end(), [&](std::size_t a, std::size_t b) {
        const Event &x = events[a], &y = events[b];
        if (x.status != y.status) return x.status < y.status;
        if (x.type != y.type) return x.type < y.type;
        return x.id < y.id;
      });
      lw.groups.push_back({ev, {kv.first.first, kv.first.second}});
    }
  }
  return lanes;
}

std::vector<int> dodge_rows(const std::vector<Extent>& extents) {
  std::vector<std::size_t> order(extents.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return extents[a].left < extents[b].left; });
  std::vector<int> row_of(extents.size(), 0);
  std::vector<double> row_right;
  for (std::size_t k : order) {
    const Extent& e = extents[k];
    int r = 0;
    while (r < int(row_right.size()) && row_right[r] + kDodgeGap > e.left) ++r;
    if (r >= kMaxDodgeRows) {
      r = int(std::min_element(row_right.begin(), row_right.end()) - row_right.begin());
    } else if (r == int(row_right.size())) {
      row_right.push_back(-1e18);
    }
    row_right[r] = std::max(row_right[r], e.right);
    row_of[k] = r;
  }
  return row_of;
}

double place_lane(Layout& L, const std::vector<Event>& events, const LaneWork& lw, std::size_t li,
                  const std::vector<LabelText>& texts, double y, const LayoutOptions& o, const FontSizes& fs,
                  ElementIds& ids, Measurer& ms, double& content_right) {
  const double plot_x = L.plot.x, ppd = L.points_per_day;
  Lane lane;
  lane.key = lw.key.key;
  for (const auto& line : lw.key.lines) lane.name_lines.push_back(truncate_cp(line, kLaneNameChars));

  std::size_t first_marker = L.markers.size();
  std::vector<PendingLabel> pending;
  for (std::size_t gi = 0; gi < lw.groups.size(); ++gi) {
    const Group& g = lw.groups[gi];
    const Event& lead = events[g.events.front()];
    Marker m;
    m.events = g.events;
    m.lane = li;
    double x0 = plot_x + double((g.iv.first - L.axis_first).count()) * ppd;
    double x1 = plot_x + double((g.iv.last + days{1} - L.axis_first).count()) * ppd;
    m.x = (x0 + x1) / 2;
    m.type = lead.type;
    m.precision = precision_of(lead.time);
    m.planned = lead.status == EventStatus::kPlanned;
    m.struck = lead.status == EventStatus::kCancelled || lead.status == EventStatus::kDenied;
    m.id = ids.unique("ev-" + (lead.id.empty() ? std::to_string(g.events.front()) : ElementIds::sanitize(lead.id)));
    std::set<std::string> types;
    for (std::size_t i : g.events) types.insert(std::string(to_string(events[i].type)));
    m.cls = "event " + std::string(to_string(lead.type));
    for (const auto& t : types)
      if (t != to_string(lead.type)) m.cls += " " + t;
    m.cls += " " + std::string(to_string(lead.status)) + " " + precision_word(m.precision) + " lane" +
             std::to_string(li);
    if (g.events.size() > 1) m.cls += " group";
    for (std::size_t k = 0; k < g.events.size(); ++k) {
      if (k) m.tooltip += "\n\n";
      m.tooltip += event_tooltip(events[g.events[k]]);
    }
    m.url = source_link(lead, o.document_urls);
    if (m.precision != Precision::kExact) {
      Bar b;
      b.rect = {x0, 0, std::max(1.0, x1 - x0), kBarHeight};
      b.type = lead.type;
      b.window = m.precision == Precision::kWindow;
      b.marker = L.markers.size();
      L.bars.push_back(b);
    }
    TextSize sz = label_size(texts[gi], fs, ms);
    PendingLabel p{L.markers.size(), m.x, sz.w, sz.h, false, texts[gi], m.struck};
    // Labels that would run far past the axis end hang to the left of their stem instead.
    if (m.x + sz.w > L.plot.right() + 150 && m.x - sz.w >= plot_x) {
      p.flipped = true;
      p.x_left = m.x - sz.w;
    }
    pending.push_back(p);
    L.markers.push_back(m);
  }

  TierStack tiers = stack_tiers(pending, std::max(1, o.max_tiers));
  lane.tiers = int(tiers.tier_height.size());
  std::vector<Badge> badges = overflow_badges(tiers.hidden_markers, L.markers, fs.label_date, ms);
  double badge_h = ms.get("+9 more", fs.label_date).h + 2;

  // Markers (with their bars) that would cover each other move down into extra rows under the
  // baseline; x stays the date.
  std::map<std::size_t, std::size_t> bar_of;
  for (std::size_t bi = 0; bi < L.bars.size(); ++bi)
    if (L.bars[bi].marker != SIZE_MAX && L.bars[bi].marker >= first_marker) bar_of[L.bars[bi].marker] = bi;
  std::vector<Extent> extents;
  for (std::size_t mi = first_marker; mi < L.markers.size(); ++mi) {
    const Marker& m = L.markers[mi];
    double l = m.x - m.size / 2, r = m.x + m.size / 2;
    if (auto it = bar_of.find(mi); it != bar_of.end()) {
      l = std::min(l, L.bars[it->second].rect.x);
      r = std::max(r, L.bars[it->second].rect.right());
    }
    extents.push_back({l, r});
  }
  std::vector<int> row_of = dodge_rows(extents);
  int rows = 1;
  for (int r : row_of) rows = std::max(rows, r + 1);
  const double rows_extra = (rows - 1) * kDodgeStep;

  // Vertical geometry of the lane (y down from the lane top).
  double tiers_h = 0;
  for (double h : tiers.tier_height) tiers_h += h + kTierGap;
  double above = kLaneTopPad + tiers_h + kStemGap + kMarker / 2;
  double below = kMarker / 2 + rows_extra + kLaneBottomPad + (badges.empty() ? 0 : badge_h + 2);
  double name_h = 0;
  for (const auto& line : lane.name_lines) name_h += ms.get(line, fs.lane_name).h;
  double lane_h = std::max({above + below, name_h + 12, 34.0, o.min_lane_height});
  above = lane_h - below;
  lane.rect = {kMargin, y, 0, lane_h};
  lane.baseline = y + above;

  for (std::size_t mi = first_marker; mi < L.markers.size(); ++mi)
    L.markers[mi].y = lane.baseline + row_of[mi - first_marker] * kDodgeStep;
  for (const auto& [mi, bi] : bar_of) L.bars[bi].rect.y = L.markers[mi].y - kBarHeight / 2;

  std::vector<double> tier_bottom(tiers.tier_height.size());
  double yb = lane.baseline - kMarker / 2 - kStemGap;
  for (std::size_t t = 0; t < tiers.tier_height.size(); ++t) {
    tier_bottom[t] = yb;
    yb -= tiers.tier_height[t] + kTierGap;
  }
  for (std::size_t k = 0; k < pending.size(); ++k) {
    if (tiers.tier_of[k] < 0) continue;
    const PendingLabel& p = pending[k];
    Label lab;
    lab.marker = p.marker;
    lab.tier = tiers.tier_of[k];
    lab.box = {p.x_left, tier_bottom[lab.tier] - p.h, p.w, p.h};
    lab.date_line = p.text.date_line;
    lab.title_lines = p.text.titles;
    lab.date_size = fs.label_date;
    lab.title_size = fs.label_title;
    lab.struck = p.struck;
    lab.stem_x = L.markers[p.marker].x;
    lab.stem_top = lab.box.bottom();
    lab.stem_bottom = L.markers[p.marker].y - kMarker / 2;
    L.markers[p.marker].label = L.labels.size();
    content_right = std::max(content_right, lab.box.right());
    L.labels.push_back(std::move(lab));
  }
  for (const auto& b : badges) {
    Overflow ov;
    ov.lane = li;
    ov.text = "+" + std::to_string(b.n_events) + " more";
    ov.size = fs.label_date;
    double w = ms.get(ov.text, ov.size).w + 2 * kPadX;
    ov.box = {b.x, lane.baseline + rows_extra + kMarker / 2 + 3, w, badge_h};
    for (std::size_t mi : b.markers) {
      for (std::size_t ei : L.markers[mi].events) {
        ov.events.push_back(ei);
        if (!ov.tooltip.empty()) ov.tooltip += "\n";
        ov.tooltip += date_line(events[ei]) + " — " + event_title(events[ei], o.max_title_chars);
      }
    }
    content_right = std::max(content_right, ov.box.right());
    L.overflows.push_back(std::move(ov));
  }
  L.lanes.push_back(std::move(lane));
  return lane_h;
}

}  // namespace annalist::render
