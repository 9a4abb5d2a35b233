// Title, summary line and legend of the chart.
#include "render/legend.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using namespace style;

std::string chart_summary(std::size_t events, std::size_t dated, std::size_t undated,
                          const std::optional<DayInterval>& span, const std::string& lanes) {
  std::string sub = std::to_string(events) + (events == 1 ? " event" : " events") + " · " +
                    std::to_string(dated) + " dated";
  if (dated && span) {
    sub += " (" + year_name(year_of(span->first));
    if (year_of(span->last) != year_of(span->first)) sub += "–" + year_name(year_of(span->last));
    sub += ")";
  }
  sub += " · " + std::to_string(undated) + " undated · lanes by " +
         (lanes == "actor"  ? "actor"
          : lanes == "type" ? "event type"
                            : "actor pair") +
         " · position = date (midpoint of uncertain windows)";
  return sub;
}

double place_title(Layout& L, const std::string& title_text, const std::string& summary, double y,
                   Measurer& ms) {
  TextItem title;
  const std::string text = truncate_cp(title_text, 120);
  title.lines = {text};
  title.size = kTitleSize;
  title.bold = true;
  title.color = "#111111";
  title.cls = "title";
  TextSize ts = ms.get(text, kTitleSize, true);
  title.box = {kMargin, y, ts.w, ts.h};
  L.texts.push_back(title);
  y += ts.h + 2;

  TextSize ss = ms.get(summary, kSubtitleSize);
  L.texts.push_back(
      {{kMargin, y, ss.w, ss.h}, {summary}, kSubtitleSize, false, TextItem::kLeft, "#5a6270", "", "subtitle"});
  return y + ss.h + 6;
}

double place_legend(Layout& L, double y, Measurer& ms) {
  double x = kMargin;
  double row_h = std::max(kMarker + 4, ms.get("meeting", kLegendSize).h);
  // A legend label at x, vertically centred in the row; x moves past it and a gap.
  auto legend_label = [&](double& x, const std::string& text) {
    TextSize z = ms.get(text, kLegendSize);
    L.texts.push_back({{x, y + (row_h - z.h) / 2, z.w, z.h},
                       {text},
                       kLegendSize,
                       false,
                       TextItem::kLeft,
                       "#333333",
                       "",
                       "legend"});
    x += z.w + 12;
  };
  for (int t = 0; t < 6; ++t) {
    EventType et = static_cast<EventType>(t);
    Glyph g;
    g.x = x + kMarker / 2;
    g.y = y + row_h / 2;
    g.type = et;
    g.cls = "legend";
    L.glyphs.push_back(g);
    x += kMarker + 3;
    legend_label(x, std::string(to_string(et)));
  }
  // Status/precision key with sample glyphs.
  struct KeyItem {
    Precision p;
    bool planned, struck;
    const char* text;
  };
  const KeyItem keys[] = {{Precision::kExact, false, false, "exact day"},
                          {Precision::kWindow, false, false, "approximate (bar = possible window)"},
                          {Precision::kRange, false, false, "known multi-day range"},
                          {Precision::kExact, true, false, "planned"},
                          {Precision::kExact, false, true, "cancelled / denied"}};
  x += 10;
  for (const auto& k : keys) {
    double bx = x;
    if (k.p != Precision::kExact) {
      Bar b;
      b.rect = {x, y + row_h / 2 - kBarHeight / 2, 26, kBarHeight};
      b.type = EventType::kMeeting;
      b.window = k.p == Precision::kWindow;
      b.marker = SIZE_MAX;
      L.bars.push_back(b);
      bx = x + 13 - kMarker / 2;
      x += 26 - kMarker;
    }
    Glyph g;
    g.x = bx + kMarker / 2;
    g.y = y + row_h / 2;
    g.precision = k.p;
    g.planned = k.planned;
    g.struck = k.struck;
    g.cls = "legend";
    L.glyphs.push_back(g);
    x += kMarker + 3;
    legend_label(x, k.text);
  }
  return y + row_h + 6;
}

}  // namespace annalist::render
