// The HTML chart page: inline SVG, pan/zoom and filter script, sortable table (no network).
#include "render/html_page.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/strings.h"
#include "calendar/timex_value.h"
#include "render/axis.h"
#include "render/graphviz.h"

namespace annalist::render {
namespace {

// HTML text and attribute values (html_escape doubles backslashes for Graphviz; a page must not).
std::string text(const std::string& s) {
  std::string visible;  // control characters other than newline and tab have no place in a page
  visible.reserve(s.size());
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') visible += c;
  return base::escape_html(visible);
}

std::string url_attr(const std::string& url) {
  std::string safe = safe_url(url);
  std::string out;
  for (char c : safe) {
    if (c == ' ') out += "%20";
    else if (c == '"') out += "%22";
    else if (c == '<') out += "%3C";
    else if (c == '>') out += "%3E";
    else if (c == '&') out += "&amp;";
    else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  }
  return out;
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + script_json_string(items[i]);
  return out + "]";
}

std::string first_url(const Event& e, const std::map<std::string, std::string>& urls) {
  std::vector<std::string> docs = e.documents;
  for (const auto& m : e.mentions) docs.push_back(m.doc_id);
  for (const auto& d : docs) {
    auto it = urls.find(d);
    if (it != urls.end() && !safe_url(it->second).empty()) return it->second;
  }
  return "";
}

// Sort key of the date column: start then end day, undated last.
std::string date_key(const Event& e) {
  if (!e.time.dated()) return "~";
  return calendar::format_iso_range(*e.time.interval);
}

std::string options(const std::set<std::string>& values, const std::string& all) {
  std::string h = "<option value=\"\">" + all + "</option>";
  for (const auto& v : values) h += "<option value=\"" + text(v) + "\">" + text(v) + "</option>";
  return h;
}

constexpr const char* kStyle = R"CSS(
body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:16px;color:#222}
h1{font-size:20px;margin:0 0 8px}
.controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0;font-size:13px}
.controls select{max-width:22em}
.controls button{min-width:2.4em}
#f-count,.hint{color:#5a6270}
.chart{overflow:auto;max-height:78vh;border:1px solid #dde1e7;cursor:grab;background:#fff}
.chart.dragging{cursor:grabbing;user-select:none}
.chart svg{display:block}
.axis-strip{position:sticky;top:0;height:0;z-index:2;overflow:visible;visibility:hidden}
.axis-strip svg{box-shadow:0 2px 3px rgba(0,0,0,.12)}
.axis-strip.on{visibility:visible}
table{border-collapse:collapse;font-size:13px;margin-top:16px}
th,td{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f8;cursor:pointer;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \25B2"}
th[aria-sort=descending]::after{content:" \25BC"}
td.ev{color:#555;font-size:12px;max-width:40em}
tr:target{background:#fff6d6}
g.event:hover{opacity:.7}
)CSS";

// Filters, pan/zoom and sorting. Reads the event data from the JSON block; never evaluates text.
constexpr const char* kScript = R"JS(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var box = document.getElementById('chart');
  var svg = document.querySelector('#chart-main svg');
  var strip = document.getElementById('axis-strip'), stripSvg = strip.querySelector('svg');
  var fa = document.getElementById('f-actor'), ft = document.getElementById('f-type'),
      fs = document.getElementById('f-status'), count = document.getElementById('f-count');
  var tbody = document.querySelector('#events tbody');
  function pass(e) {
    return (!fa.value || e.a.indexOf(fa.value) >= 0) && (!ft.value || e.t === ft.value) &&
           (!fs.value || e.s === fs.value);
  }
  function show(el, on) {
    var d = on ? '' : 'none';
    if (el.style.display !== d) el.style.display = d;
  }
  // Every element a marker id stands for, looked up once: marker, label, stem, bar, panel rows.
  var parts = {};
  Object.keys(data.marks).forEach(function (id) {
    parts[id] = ['', 'lbl-', 'bar-', 'stem-'].map(function (p) { return document.getElementById(p + id); })
                                           .filter(Boolean);
  });
  Array.prototype.forEach.call(svg.querySelectorAll('g[class*="of-"]'), function (el) {
    el.getAttribute('class').split(/\s+/).forEach(function (c) {
      if (c.indexOf('of-') === 0 && parts[c.slice(3)]) parts[c.slice(3)].push(el);
    });
  });
  var rows = Array.prototype.slice.call(tbody.rows);
  function apply() {
    var ok = data.events.map(pass), n = ok.filter(Boolean).length;
    Object.keys(data.marks).forEach(function (id) {
      var on = data.marks[id].some(function (i) { return ok[i]; });
      parts[id].forEach(function (el) { show(el, on); });
    });
    rows.forEach(function (r) { show(r, ok[+r.getAttribute('data-i')]); });
    count.textContent = n + ' of ' + data.events.length + ' events';
  }
  [fa, ft, fs].forEach(function (s) { s.addEventListener('change', apply); });
  document.getElementById('f-clear').addEventListener('click', function () {
    fa.value = ''; ft.value = ''; fs.value = ''; apply();
  });

  // Zoom scales the drawing inside the scrolling box; dragging the box pans it.
  var w0 = svg.width.baseVal.value, h0 = svg.height.baseVal.value, z = 1;
  var sw0 = stripSvg ? stripSvg.width.baseVal.value : 0, sh0 = stripSvg ? stripSvg.height.baseVal.value : 0;
  // The top axis stays in view: once the chart's own top axis has scrolled out of the box, the
  // strip (the same axis, drawn alone) shows at the top edge and follows horizontal scrolling.
  var axisTop = +strip.getAttribute('data-axis-top');
  function syncStrip() {
    if (stripSvg) strip.classList.toggle('on', box.scrollTop > axisTop * z);
  }
  box.addEventListener('scroll', syncStrip);
  var zl = document.getElementById('zoom-level');
  function zoomTo(nz, cx, cy) {
    nz = Math.max(0.05, Math.min(8, nz));
    if (cx === undefined) { cx = box.clientWidth / 2; cy = box.clientHeight / 2; }
    var fx = (box.scrollLeft + cx) / z, fy = (box.scrollTop + cy) / z;
    z = nz;
    svg.style.width = (w0 * z) + 'px';
    svg.style.height = (h0 * z) + 'px';
    if (stripSvg) {
      stripSvg.style.width = (sw0 * z) + 'px';
      stripSvg.style.height = (sh0 * z) + 'px';
    }
    box.scrollLeft = fx * z - cx;
    box.scrollTop = fy * z - cy;
    zl.textContent = Math.round(z * 100) + '%';
    syncStrip();
  }
  document.getElementById('zoom-in').addEventListener('click', function () { zoomTo(z * 1.25); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomTo(z / 1.25); });
  document.getElementById('zoom-fit').addEventListener('click', function () {
    zoomTo(Math.min(1, box.clientWidth / w0), 0, 0);
  });
  document.getElementById('zoom-reset').addEventListener('click', function () { zoomTo(1, 0, 0); });
  box.addEventListener('wheel', function (ev) {
    if (!ev.ctrlKey && !ev.metaKey) return;
    ev.preventDefault();
    var r = box.getBoundingClientRect();
    zoomTo(z * Math.exp(-ev.deltaY * 0.002), ev.clientX - r.left, ev.clientY - r.top);
  }, {passive: false});
  var drag = null;
  box.addEventListener('mousedown', function (ev) {
    if (ev.button !== 0 || ev.target.closest('a')) return;
    drag = {x: ev.clientX, y: ev.clientY, l: box.scrollLeft, t: box.scrollTop};
    box.classList.add('dragging');
    ev.preventDefault();
  });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    box.scrollLeft = drag.l - (ev.clientX - drag.x);
    box.scrollTop = drag.t - (ev.clientY - drag.y);
  });
  window.addEventListener('mouseup', function () { drag = null; box.classList.remove('dragging'); });

  // Sorting: by the cell's data-sort key when it has one, else its text; ties keep chart order.
  var heads = Array.prototype.slice.call(document.querySelectorAll('#events thead th'));
  function key(row, col) {
    var c = row.cells[col], k = c.getAttribute('data-sort');
    return k !== null ? k : c.textContent.toLowerCase();
  }
  heads.forEach(function (th, col) {
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = key(a, col), y = key(b, col);
        if (x !== y) return (x < y ? -1 : 1) * dir;
        return +a.getAttribute('data-i') - +b.getAttribute('data-i');
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sort(); } });
  });
})();
)JS";

}  // namespace

std::string script_json_string(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[8];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&' || c == '\'') {
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string html_page(const Layout& layout, const std::vector<Event>& events, const std::string& title,
                      const std::map<std::string, std::string>& document_urls) {
  // Markers without a source link jump to their row of the table instead.
  Layout L = layout;
  for (auto& m : L.markers)
    if (safe_url(m.url).empty() && !m.events.empty()) m.url = "#row-" + std::to_string(m.events.front());
  for (auto& g : L.glyphs)
    if (safe_url(g.url).empty() && g.event) g.url = "#row-" + std::to_string(*g.event);
  auto bare_svg = [](std::string svg) {
    if (auto at = svg.find("<svg"); at != std::string::npos) svg = svg.substr(at);
    return svg;
  };
  std::string svg = bare_svg(draw_layout(L, "svg", 72));
  // The sticky copy of the top axis; empty when nothing is dated (no axis).
  std::string strip = L.ticks.empty() ? "" : bare_svg(draw_layout(top_axis_strip(L), "svg", 72));
  char axis_top[32];
  std::snprintf(axis_top, sizeof axis_top, "%.2f", L.axis_top_y * 4.0 / 3.0);  // points -> CSS px

  std::set<std::string> actors, types, statuses;
  for (const auto& e : events) {
    for (const auto& a : e.participants) actors.insert(a);
    types.insert(std::string(to_string(e.type)));
    statuses.insert(std::string(to_string(e.status)));
  }

  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data:; "
       "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<title>" +
       text(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" + text(title) + "</h1>\n";
  h += "<div class=\"controls\">\n<label>actor <select id=\"f-actor\">" + options(actors, "all actors") +
       "</select></label>\n<label>type <select id=\"f-type\">" + options(types, "all types") +
       "</select></label>\n<label>status <select id=\"f-status\">" + options(statuses, "all statuses") +
       "</select></label>\n<button type=\"button\" id=\"f-clear\">show all</button>\n"
       "<span id=\"f-count\">" +
       std::to_string(events.size()) + " of " + std::to_string(events.size()) +
       " events</span>\n"
       "<span><button type=\"button\" id=\"zoom-out\" title=\"zoom out\">&#8722;</button> "
       "<span id=\"zoom-level\">100%</span> "
       "<button type=\"button\" id=\"zoom-in\" title=\"zoom in\">+</button> "
       "<button type=\"button\" id=\"zoom-fit\">fit width</button> "
       "<button type=\"button\" id=\"zoom-reset\">100%</button></span>\n"
       "<span class=\"hint\">drag to pan, Ctrl+wheel to zoom</span>\n</div>\n";
  h += "<div class=\"chart\" id=\"chart\">\n<div class=\"axis-strip\" id=\"axis-strip\" data-axis-top=\"" +
       std::string(axis_top) + "\" aria-hidden=\"true\">" + strip + "</div>\n<div id=\"chart-main\">" + svg +
       "</div>\n</div>\n";

  h += "<table id=\"events\">\n<thead><tr><th tabindex=\"0\">date</th><th tabindex=\"0\">type</th>"
       "<th tabindex=\"0\">status</th><th tabindex=\"0\">participants</th><th tabindex=\"0\">event</th>"
       "<th tabindex=\"0\">sources</th><th tabindex=\"0\">evidence</th></tr></thead>\n<tbody>\n";
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return date_key(events[a]) < date_key(events[b]); });
  for (std::size_t i : order) {
    const Event& e = events[i];
    std::string d = e.time.dated() ? date_line(e) : undated_note(e.time);
    char sources[16];
    std::snprintf(sources, sizeof sources, "%08d", e.sources);
    std::string link = first_url(e, document_urls);
    std::string src = std::to_string(e.sources);
    if (!link.empty())
      src = "<a href=\"" + url_attr(link) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + src + "</a>";
    h += "<tr id=\"row-" + std::to_string(i) + "\" data-i=\"" + std::to_string(i) + "\"><td data-sort=\"" +
         text(date_key(e)) + "\">" + text(d) + "</td><td>" + text(std::string(to_string(e.type))) + "</td><td>" +
         text(std::string(to_string(e.status))) + "</td><td>" + text(base::join(e.participants, "; ")) +
         "</td><td>" + text(e.title) + "</td><td data-sort=\"" + sources + "\">" + src + "</td><td class=\"ev\">" +
         text(e.evidence) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n";

  // Event data for the filters: participants, type and status per input index, and which
  // events each drawn marker stands for.
  std::string js = "{\"events\":[";
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    js += std::string(i ? "," : "") + "{\"a\":" + json_list(e.participants) +
          ",\"t\":" + script_json_string(std::string(to_string(e.type))) +
          ",\"s\":" + script_json_string(std::string(to_string(e.status))) + "}";
  }
  js += "],\"marks\":{";
  bool first = true;
  auto mark = [&](const std::string& id, const std::vector<std::size_t>& idx) {
    js += std::string(first ? "" : ",") + script_json_string(id) + ":[";
    for (std::size_t k = 0; k < idx.size(); ++k) js += (k ? "," : "") + std::to_string(idx[k]);
    js += "]";
    first = false;
  };
  for (const auto& m : L.markers) mark(m.id, m.events);
  for (const auto& g : L.glyphs)
    if (g.event) mark(g.id, {*g.event});
  js += "}}";
  h += "<script type=\"application/json\" id=\"chart-data\">" + js + "</script>\n";
  h += std::string("<script>") + kScript + "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace annalist::render
