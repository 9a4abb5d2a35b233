// Title, summary line, legend and credit of the chart.
#include "render/legend.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using namespace style;

namespace {

std::string lanes_phrase(const std::string& lanes) {
  if (lanes == "actor") return "actor";
  if (lanes == "type") return "event type";
  if (lanes == "dyad") return "country pair";
  return "actor pair";
}

// One legend entry: a caption ("date:"), or a sample glyph (with a bar) and its words.
struct Entry {
  enum Kind { kCaption, kType, kKey } kind;
  EventType type = EventType::kMeeting;
  Precision precision = Precision::kExact;
  bool planned = false, struck = false;
  std::string text;
};

}  // namespace

std::string chart_summary(std::size_t events, std::size_t dated, std::size_t undated,
                          const std::optional<DayInterval>& span, const std::string& lanes, bool undated_listed) {
  std::string sub = std::to_string(events) + (events == 1 ? " event" : " events") + " · " +
                    std::to_string(dated) + " dated";
  if (dated && span) {
    sub += " (" + year_name(year_of(span->first));
    if (year_of(span->last) != year_of(span->first)) sub += "–" + year_name(year_of(span->last));
    sub += ")";
  }
  sub += " · " + std::to_string(undated) + " undated" + (undated_listed || !undated ? "" : " (not listed)") +
         " · lanes by " + lanes_phrase(lanes) + " · position = date (midpoint of uncertain windows)";
  return sub;
}

double place_title(Layout& L, const std::string& title_text, const std::string& subtitle, double y,
                   const FontSizes& fs, Measurer& ms) {
  TextItem title;
  const std::string text = truncate_cp(title_text, 120);
  title.lines = {text};
  title.size = fs.title;
  title.bold = true;
  title.color = "#111111";
  title.cls = "title";
  TextSize ts = ms.get(text, fs.title, true);
  title.box = {kMargin, y, ts.w, ts.h};
  L.texts.push_back(title);
  y += ts.h + 2;
  if (subtitle.empty()) return y + 4;
  const std::string sub = truncate_cp(subtitle, 240);
  TextSize ss = ms.get(sub, fs.subtitle);
  L.texts.push_back(
      {{kMargin, y, ss.w, ss.h}, {sub}, fs.subtitle, false, TextItem::kLeft, "#5a6270", "", "subtitle"});
  return y + ss.h + 6;
}

double place_legend(Layout& L, double y, double max_right, const FontSizes& fs, Measurer& ms) {
  std::vector<Entry> entries;
  entries.push_back({Entry::kCaption, {}, {}, false, false, "type:"});
  for (int t = 0; t < 6; ++t) {
    EventType et = static_cast<EventType>(t);
    entries.push_back({Entry::kType, et, Precision::kExact, false, false, std::string(to_string(et))});
  }
  entries.push_back({Entry::kCaption, {}, {}, false, false, "date:"});
  entries.push_back({Entry::kKey, {}, Precision::kExact, false, false, "exact day"});
  entries.push_back({Entry::kKey, {}, Precision::kWindow, false, false, "approximate (bar = possible window)"});
  entries.push_back({Entry::kKey, {}, Precision::kRange, false, false, "known multi-day range"});
  entries.push_back({Entry::kCaption, {}, {}, false, false, "status:"});
  entries.push_back({Entry::kKey, {}, Precision::kExact, true, false, "planned"});
  entries.push_back({Entry::kKey, {}, Precision::kExact, false, true, "cancelled / denied"});

  const double row_h = std::max(kMarker + 4, ms.get("meeting", fs.legend).h);
  const double bar_w = 26;
  const double slot = kMarker * 1.6;  // room for the widest glyph (the star, the key's oval)
  double x = kMargin;
  auto width_of = [&](const Entry& e) {
    double w = ms.get(e.text, fs.legend).w;
    if (e.kind == Entry::kCaption) return w;
    return (e.precision == Precision::kExact ? slot : bar_w) + 4 + w;
  };
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    // A caption stays on the row of the entry after it.
    double w = width_of(e) + (e.kind == Entry::kCaption && i + 1 < entries.size() ? 6 + width_of(entries[i + 1]) : 0);
    if (max_right > 0 && x > kMargin && x + w > max_right) {
      x = kMargin;
      y += row_h + 2;
    }
    if (e.kind == Entry::kCaption && x > kMargin) x += 6;  // a group starts after a little air
    const double cy = y + row_h / 2;
    if (e.kind != Entry::kCaption) {
      double gx = x + slot / 2, advance = slot;
      if (e.precision != Precision::kExact) {
        Bar b;
        b.rect = {x, cy - kBarHeight / 2, bar_w, kBarHeight};
        b.type = EventType::kMeeting;
        b.window = e.precision == Precision::kWindow;
        b.marker = SIZE_MAX;
        b.neutral = true;
        L.bars.push_back(b);
        gx = x + bar_w / 2;
        advance = bar_w;
      }
      Glyph g;
      g.x = gx;
      g.y = cy;
      g.type = e.type;
      g.precision = e.precision;
      g.planned = e.planned;
      g.struck = e.struck;
      g.neutral = e.kind == Entry::kKey;
      g.cls = "legend";
      L.glyphs.push_back(g);
      x += advance + 4;
    }
    TextSize z = ms.get(e.text, fs.legend);
    L.texts.push_back({{x, y + (row_h - z.h) / 2, z.w, z.h},
                       {e.text},
                       fs.legend,
                       false,
                       TextItem::kLeft,
                       e.kind == Entry::kCaption ? "#6b7280" : "#333333",
                       "",
                       e.kind == Entry::kCaption ? "legend legend-caption" : "legend"});
    x += z.w + (e.kind == Entry::kCaption ? 6 : 12);
  }
  return y + row_h + 6;
}

double place_credit(Layout& L, const std::string& credit, double y, const FontSizes& fs, Measurer& ms) {
  if (credit.empty()) return y;
  const std::string text = truncate_cp(credit, 240);
  TextSize z = ms.get(text, fs.subtitle);
  L.texts.push_back({{kMargin, y, z.w, z.h}, {text}, fs.subtitle, false, TextItem::kLeft, "#5a6270", "", "credit"});
  return y + z.h;
}

}  // namespace annalist::render
