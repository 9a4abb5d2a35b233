// Undated events, listed with what their text did say about the time.
#include "render/undated_panel.h"

#include <algorithm>
#include <cmath>

#include "base/strings.h"
#include "render/chart_style.h"
#include "render/event_text.h"

namespace annalist::render {

using namespace style;

namespace {

constexpr double kColumnGap = 18;
constexpr double kRowGap = 5;

struct Row {
  std::size_t event = 0;  // input index; SIZE_MAX for the "+N more undated" line
  std::string title, note, tooltip;
  TextSize title_size, note_size;
  double width() const { return kMarker + 5 + std::max(title_size.w, note_size.w); }
  double height() const { return title_size.h + note_size.h; }
};

std::vector<Row> panel_rows(const Layout& L, const std::vector<Event>& events, const LayoutOptions& o,
                            const FontSizes& fs, Measurer& ms) {
  std::size_t n = std::min<std::size_t>(L.undated.size(), std::max(1, o.max_panel_rows));
  if (n < L.undated.size()) n = std::max<std::size_t>(1, n - 1);
  std::vector<Row> rows;
  for (std::size_t k = 0; k < n; ++k) {
    const Event& e = events[L.undated[k]];
    Row r;
    r.event = L.undated[k];
    r.title = event_title(e, o.max_title_chars);
    r.note = std::string(to_string(e.status)) + " " + std::string(to_string(e.type)) + " · " + undated_note(e.time);
    if (!e.participants.empty()) r.note += " · " + base::join(e.participants, ", ");
    r.note = truncate_cp(r.note, 80);
    r.title_size = ms.get(r.title, fs.panel);
    r.note_size = ms.get(r.note, fs.panel_note);
    rows.push_back(std::move(r));
  }
  if (n < L.undated.size()) {
    Row more;
    more.event = SIZE_MAX;
    more.title = "+" + std::to_string(L.undated.size() - n) + " more undated";
    for (std::size_t k = n; k < L.undated.size(); ++k) {
      if (!more.tooltip.empty()) more.tooltip += "\n";
      more.tooltip += event_title(events[L.undated[k]], o.max_title_chars);
    }
    more.title_size = ms.get(more.title, fs.panel);
    rows.push_back(std::move(more));
  }
  return rows;
}

}  // namespace

void place_undated_panel(Layout& L, const std::vector<Event>& events, const LayoutOptions& o,
                         const PanelFrame& frame, const FontSizes& fs, ElementIds& ids, Measurer& ms) {
  if (L.undated.empty()) return;
  const double px = frame.x, py = frame.y;
  std::string head = "Undated (" + std::to_string(L.undated.size()) + ") — not placed on the axis";
  TextSize hz = ms.get(head, fs.panel, true);
  L.texts.push_back({{px, py, hz.w, hz.h}, {head}, fs.panel, true, TextItem::kLeft, "#222222", "", "panel-head"});

  std::vector<Row> rows = panel_rows(L, events, o, fs, ms);
  const double rows_top = py + hz.h + 6;
  // Beside the chart, rows flow into columns no taller than the plot, so a long list widens the
  // chart instead of stretching it downwards; below it, into as many equal columns as fit.
  std::size_t per_column = rows.size();
  double col_limit = 1e18, fixed_w = 0;
  if (frame.max_width > 0) {
    for (const auto& r : rows) fixed_w = std::max(fixed_w, r.width());
    std::size_t columns = std::max<std::size_t>(
        1, std::size_t(std::floor((frame.max_width + kColumnGap) / (fixed_w + kColumnGap))));
    per_column = (rows.size() + columns - 1) / columns;
  } else {
    col_limit = std::max(frame.bottom - rows_top, 200.0);
  }
  double col_x = px, col_w = frame.max_width > 0 ? 0 : hz.w, ry = rows_top, max_bottom = rows_top;
  std::size_t in_column = 0;
  for (const Row& r : rows) {
    bool full = frame.max_width > 0 ? in_column == per_column : ry > rows_top && ry + r.height() > rows_top + col_limit;
    if (in_column > 0 && full) {
      col_x += (fixed_w > 0 ? fixed_w : col_w) + kColumnGap;
      col_w = 0;
      ry = rows_top;
      in_column = 0;
    }
    const double tx = col_x + kMarker + 5;
    if (r.event == SIZE_MAX) {
      L.texts.push_back({{tx, ry, r.title_size.w, r.title_size.h}, {r.title}, fs.panel, false, TextItem::kLeft,
                         "#5a6270", r.tooltip, "panel-more"});
    } else {
      const Event& e = events[r.event];
      Glyph g;
      g.x = col_x + kMarker / 2;
      g.y = ry + r.title_size.h / 2;
      g.type = e.type;
      g.precision = Precision::kWindow;
      g.planned = e.status == EventStatus::kPlanned;
      g.struck = e.status == EventStatus::kCancelled || e.status == EventStatus::kDenied;
      g.id = ids.unique("ev-" + (e.id.empty() ? std::to_string(r.event) : ElementIds::sanitize(e.id)));
      g.cls = "event " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status)) + " undated";
      g.tooltip = event_tooltip(e);
      g.url = source_link(e, o.document_urls);
      g.event = r.event;
      L.glyphs.push_back(g);
      L.texts.push_back({{tx, ry, r.title_size.w, r.title_size.h}, {r.title}, fs.panel, false, TextItem::kLeft,
                         "#222222", g.tooltip, "panel-title of-" + g.id});
      L.texts.push_back({{tx, ry + r.title_size.h, r.note_size.w, r.note_size.h}, {r.note}, fs.panel_note, false,
                         TextItem::kLeft, "#5a6270", "", "panel-note of-" + g.id});
    }
    col_w = std::max(col_w, r.width());
    ry += r.height() + kRowGap;
    ++in_column;
    max_bottom = std::max(max_bottom, ry);
  }
  double right = std::max(col_x + col_w, px + hz.w);
  L.panel = {px - 8, py - 6, right - px + 16, max_bottom - py + 6};
}

}  // namespace annalist::render
