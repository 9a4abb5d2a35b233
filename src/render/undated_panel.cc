// Undated events, listed with what their text did say about the time.
#include "render/undated_panel.h"

#include <algorithm>

#include "base/strings.h"
#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using namespace style;

void place_undated_panel(Layout& L, const std::vector<Event>& events, const LayoutOptions& o, double px,
                         double py, double bottom, ElementIds& ids, Measurer& ms) {
  if (L.undated.empty()) return;
  std::string head = "Undated (" + std::to_string(L.undated.size()) + ") — not placed on the axis";
  TextSize hz = ms.get(head, kPanelSize, true);
  L.texts.push_back(
      {{px, py, hz.w, hz.h}, {head}, kPanelSize, true, TextItem::kLeft, "#222222", "", "panel-head"});
  // Rows flow into columns no taller than the plot, so a long list widens the chart
  // instead of stretching it downwards.
  const double rows_top = py + hz.h + 6;
  const double col_limit = std::max(bottom - rows_top, 200.0);
  double col_x = px, col_w = hz.w, ry = rows_top, max_bottom = rows_top;
  auto next_row = [&](double h) {
    if (ry > rows_top && ry + h > rows_top + col_limit) {
      col_x += col_w + 18;
      col_w = 0;
      ry = rows_top;
    }
  };
  std::size_t rows = std::min<std::size_t>(L.undated.size(), std::max(1, o.max_panel_rows));
  if (rows < L.undated.size()) rows = std::max<std::size_t>(1, rows - 1);
  for (std::size_t k = 0; k < rows; ++k) {
    const Event& e = events[L.undated[k]];
    std::string t1 = event_title(e, o.max_title_chars);
    std::string t2 =
        std::string(to_string(e.status)) + " " + std::string(to_string(e.type)) + " · " + undated_note(e.time);
    if (!e.participants.empty()) t2 += " · " + base::join(e.participants, ", ");
    t2 = truncate_cp(t2, 80);
    TextSize z1 = ms.get(t1, kPanelSize), z2 = ms.get(t2, kPanelNoteSize);
    next_row(z1.h + z2.h);
    Glyph g;
    g.x = col_x + kMarker / 2;
    g.y = ry + z1.h / 2;
    g.type = e.type;
    g.precision = Precision::kWindow;
    g.planned = e.status == EventStatus::kPlanned;
    g.struck = e.status == EventStatus::kCancelled || e.status == EventStatus::kDenied;
    g.id = ids.unique("ev-" + (e.id.empty() ? std::to_string(L.undated[k]) : ElementIds::sanitize(e.id)));
    g.cls = "event " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status)) + " undated";
    g.tooltip = event_tooltip(e);
    g.url = source_link(e, o.document_urls);
    g.event = L.undated[k];
    L.glyphs.push_back(g);
    double tx = col_x + kMarker + 5;
    L.texts.push_back({{tx, ry, z1.w, z1.h},
                       {t1},
                       kPanelSize,
                       false,
                       TextItem::kLeft,
                       "#222222",
                       g.tooltip,
                       "panel-title of-" + g.id});
    L.texts.push_back({{tx, ry + z1.h, z2.w, z2.h},
                       {t2},
                       kPanelNoteSize,
                       false,
                       TextItem::kLeft,
                       "#5a6270",
                       "",
                       "panel-note of-" + g.id});
    col_w = std::max({col_w, kMarker + 5 + z1.w, kMarker + 5 + z2.w});
    ry += z1.h + z2.h + 5;
    max_bottom = std::max(max_bottom, ry);
  }
  if (rows < L.undated.size()) {
    std::string more = "+" + std::to_string(L.undated.size() - rows) + " more undated";
    std::string tip;
    for (std::size_t k = rows; k < L.undated.size(); ++k) {
      if (!tip.empty()) tip += "\n";
      tip += event_title(events[L.undated[k]], o.max_title_chars);
    }
    TextSize z = ms.get(more, kPanelSize);
    next_row(z.h);
    L.texts.push_back({{col_x + kMarker + 5, ry, z.w, z.h},
                       {more},
                       kPanelSize,
                       false,
                       TextItem::kLeft,
                       "#5a6270",
                       tip,
                       "panel-more"});
    col_w = std::max(col_w, kMarker + 5 + z.w);
    ry += z.h + 5;
    max_bottom = std::max(max_bottom, ry);
  }
  double pw = col_x + col_w - px;
  L.panel = {px - 8, py - 6, pw + 16, max_bottom - py + 6};
}

}  // namespace annalist::render
