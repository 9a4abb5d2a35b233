// Graphviz (cgraph/gvc, nop2 engine) as text measurer and painter of a precomputed Layout.
#include "render/graphviz.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <stdexcept>

#include "base/strings.h"
#include "base/utf8.h"

namespace annalist::render {
namespace {

// cgraph and gvc keep global state: every call into them goes through this lock.
std::mutex& gv_mutex() {
  static std::mutex m;
  return m;
}

std::string& gv_errors() {
  static std::string e;
  return e;
}

int collect_error(char* msg) {
  if (gv_errors().size() < 4000) gv_errors() += msg;
  return 0;
}

// One context for the process: plugin loading costs milliseconds, and freeing a context
// is not needed for correctness.
GVC_t* context() {
  static GVC_t* gvc = nullptr;
  if (!gvc) {
    agseterrf(collect_error);
    gvc = gvContext();
    if (!gvc) throw std::runtime_error("Graphviz: cannot create a context");
  }
  return gvc;
}

char* cs(const char* s) { return const_cast<char*>(s); }

// Pango picks DejaVu Sans for PNG/PDF; the SVG carries the list, so a browser without DejaVu
// falls back to a narrower sans font and text stays inside its measured box.
constexpr const char* kFont = "DejaVu Sans,sans-serif";

// Object ids in sequence of creation. cgraph's default ids for named objects are string
// addresses, so the order of clusters in the output changed from run to run.
// Names live in the graph's string pool, as cgraph's writers expect of object names.
struct SeqIds {
  Agraph_t* g = nullptr;
  std::map<std::string, IDTYPE> by_name;
  std::vector<char*> names;
  IDTYPE next_anonymous = 1;
};

void* seq_open(Agraph_t* g, Agdisc_t*) {
  auto* s = new SeqIds;
  s->g = g;
  return s;
}
long seq_map(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* s = static_cast<SeqIds*>(state);
  if (!str) {
    *id = s->next_anonymous;
    s->next_anonymous += 2;  // odd: anonymous, like cgraph's own convention
    return 1;
  }
  auto it = s->by_name.find(str);
  if (it != s->by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  s->names.push_back(agstrdup(s->g, str));
  *id = IDTYPE(s->names.size()) * 2;  // even: named
  s->by_name.emplace(str, *id);
  return 1;
}
long seq_alloc(void*, int, IDTYPE) { return 0; }
void seq_free(void*, int, IDTYPE) {}  // the pool goes with the graph
char* seq_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<SeqIds*>(state);
  if (id % 2 != 0 || id == 0 || std::size_t(id / 2) > s->names.size()) return nullptr;
  return s->names[std::size_t(id / 2) - 1];
}
void seq_close(void* state) { delete static_cast<SeqIds*>(state); }
void seq_register(void*, int, void*) {}

Agiddisc_t kSeqIdDisc = {seq_open, seq_map, seq_alloc, seq_free, seq_print, seq_close, seq_register};
Agdisc_t kSeqDisc = {&AgMemDisc, &kSeqIdDisc, &AgIoDisc};

std::string fmt(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e9) return std::to_string(static_cast<long long>(v));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string inches(double pt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", std::max(0.0, pt) / 72.0);
  return buf;
}

std::string font_open(double size, const std::string& color = "") {
  std::string s = "<FONT POINT-SIZE=\"" + fmt(size) + "\"";
  if (!color.empty()) s += " COLOR=\"" + color + "\"";
  return s + ">";
}

// Owns a cgraph graph; closes it on every path.
struct Graph {
  Agraph_t* g;
  bool laid_out = false;
  explicit Graph(const char* name) : g(agopen(cs(name), Agundirected, &kSeqDisc)) {
    if (!g) throw std::runtime_error("Graphviz: agopen failed");
  }
  ~Graph() {
    if (laid_out) gvFreeLayout(context(), g);
    agclose(g);
  }
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;
};

void layout_nop2(Graph& gr) {
  gv_errors().clear();
  if (gvLayout(context(), gr.g, cs("nop2")) != 0)
    throw std::runtime_error(
        "Graphviz: nop2 layout failed (is the neato plugin installed and "
        "configured?) " +
        gv_errors());
  gr.laid_out = true;
}

void set_html_label(Agraph_t* g, void* obj, const std::string& html) {
  char* h = agstrdup_html(g, cs(html.c_str()));
  agsafeset(obj, cs("label"), h, cs(""));
  agstrfree(g, h);
}

// Builds the final graph; attribute symbols are declared once with neutral defaults.
class Painter {
 public:
  Painter(Agraph_t* g, double canvas_h) : g_(g), H_(canvas_h) {
    for (const auto& kv : std::vector<std::pair<const char*, const char*>>{{"pos", "0,0"},
                                                                           {"shape", "box"},
                                                                           {"style", ""},
                                                                           {"fixedsize", "true"},
                                                                           {"width", "0"},
                                                                           {"height", "0"},
                                                                           {"label", ""},
                                                                           {"fillcolor", "white"},
                                                                           {"color", "black"},
                                                                           {"penwidth", "1"},
                                                                           {"fontsize", "9"},
                                                                           {"fontname", kFont},
                                                                           {"fontcolor", "black"},
                                                                           {"margin", "0"},
                                                                           {"tooltip", ""},
                                                                           {"URL", ""},
                                                                           {"target", ""},
                                                                           {"id", ""},
                                                                           {"class", ""}})
      sym_[kv.first] = agattr(g, AGNODE, cs(kv.first), cs(kv.second));
  }

  Agnode_t* node() {
    std::string name = "n" + std::to_string(count_++);
    return agnode(g_, cs(name.c_str()), 1);
  }
  void set(Agnode_t* n, const char* attr, const std::string& v) {
    auto it = sym_.find(attr);
    if (it != sym_.end()) {
      agxset(n, it->second, cs(v.c_str()));
    } else {
      agsafeset(n, cs(attr), cs(v.c_str()), cs(""));
    }
  }
  // Places a node so that its box is `r` (layout coordinates: y down).
  void place(Agnode_t* n, const Rect& r) {
    set(n, "pos", fmt(r.x + r.w / 2) + "," + fmt(H_ - (r.y + r.h / 2)));
    set(n, "width", inches(r.w));
    set(n, "height", inches(r.h));
  }
  Agnode_t* rect(const Rect& r, const std::string& fill, const std::string& border = "transparent",
                 double pen = 0, const std::string& style = "filled") {
    Agnode_t* n = node();
    place(n, r);
    set(n, "style", style);
    set(n, "fillcolor", fill);
    set(n, "color", border);
    set(n, "penwidth", fmt(pen));
    return n;
  }
  Agnode_t* html(const Rect& r, const std::string& label) {
    Agnode_t* n = node();
    place(n, r);
    set(n, "shape", "plaintext");
    set_html_label(g_, n, label);
    return n;
  }
  Agraph_t* g() const { return g_; }
  double canvas_h() const { return H_; }

 private:
  Agraph_t* g_;
  double H_;
  std::map<std::string, Agsym_t*> sym_;
  long count_ = 0;
};

// Marker glyph sizes compensate for shapes that look smaller than a circle at the same box size.
double glyph_scale(EventType t) {
  switch (t) {
    case EventType::kStatement:
      return 1.2;
    case EventType::kAgreement:
      return 1.45;
    case EventType::kSummit:
      return 1.15;
    case EventType::kVisit:
      return 0.9;
    default:
      return 1.0;
  }
}

struct GlyphStyle {
  EventType type;
  Precision precision;
  bool planned, struck;
  bool neutral = false;
};

// Shape of the legend's key samples: a wide oval, which no event type has.
constexpr double kNeutralAspect = 1.45;

Agnode_t* paint_glyph(Painter& p, double x, double y, double size, const GlyphStyle& s) {
  // Dashes need room to read as dashes: planned markers are drawn a little larger.
  double d = size * (s.neutral ? 1.0 : glyph_scale(s.type)) * (s.planned ? 1.25 : 1.0);
  double w = s.neutral ? d * kNeutralAspect : d;
  Agnode_t* n = p.node();
  p.place(n, {x - w / 2, y - d / 2, w, d});
  p.set(n, "shape", s.neutral ? "ellipse" : type_shape(s.type));
  std::string col = s.neutral ? kNeutralColor : type_color(s.type);
  std::string style = "filled";
  std::string fill = col;
  if (s.precision == Precision::kWindow) fill = "white";
  if (s.planned) {
    style = "filled,dashed";
    // A tint keeps small dashed shapes reading as one shape rather than as loose strokes.
    fill = s.precision == Precision::kWindow ? col + "2a" : col + "60";
  }
  p.set(n, "style", style);
  p.set(n, "fillcolor", fill);
  p.set(n, "color", col);
  p.set(n, "penwidth", s.planned ? "1.5" : s.precision == Precision::kWindow ? "1.3" : "0.8");
  return n;
}

void paint_strike(Painter& p, double x, double y, double size) {
  p.rect({x - size / 2 - 3, y - 0.7, size + 6, 1.4}, "#222222");
}

std::string label_html(const Label& lab) {
  std::string h = "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\">";
  h += "<TR><TD ALIGN=\"LEFT\">" + font_open(lab.date_size, "#5a6270") + html_escape(lab.date_line) +
       "</FONT></TD></TR>";
  for (const auto& t : lab.title_lines) {
    std::string text = t.empty() ? " " : html_escape(t);
    if (lab.struck) text = "<S>" + text + "</S>";
    h += "<TR><TD ALIGN=\"LEFT\">" + font_open(lab.title_size) + text + "</FONT></TD></TR>";
  }
  return h + "</TABLE>";
}

std::string text_html(const TextItem& t) {
  const char* align = t.align == TextItem::kRight    ? "RIGHT"
                      : t.align == TextItem::kCenter ? "CENTER"
                                                     : "LEFT";
  std::string h = "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\">";
  for (const auto& line : t.lines) {
    std::string text = line.empty() ? " " : html_escape(line);
    if (t.bold) text = "<B>" + text + "</B>";
    h += std::string("<TR><TD ALIGN=\"") + align + "\">" + font_open(t.size, t.color) + text +
         "</FONT></TD></TR>";
  }
  return h + "</TABLE>";
}

// Graphviz copies URLs into SVG without escaping '&', so the SVG gets them pre-escaped.
std::string url_for(const std::string& url, bool svg) {
  std::string out;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    switch (c) {
      case ' ':
        out += "%20";
        break;
      case '"':
        out += "%22";
        break;
      case '<':
        out += "%3C";
        break;
      case '>':
        out += "%3E";
        break;
      case '\\':
        out += "%5C";
        break;
      case '&':
        out += svg ? "&amp;" : "&";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool g_svg_urls = false;  // set per drawing, under the Graphviz lock

void set_link(Painter& p, Agnode_t* n, const std::string& id, const std::string& cls,
              const std::string& tooltip, const std::string& url) {
  if (!id.empty()) p.set(n, "id", id);
  if (!cls.empty()) p.set(n, "class", cls);
  if (!tooltip.empty()) p.set(n, "tooltip", esc_string(tooltip));
  if (std::string safe = safe_url(url); !safe.empty()) {
    p.set(n, "URL", url_for(safe, g_svg_urls));
    if (safe[0] != '#') p.set(n, "target", "_blank");  // in-page anchors stay in the page
  }
}

void build_graph(Painter& p, const Layout& L) {
  Agraph_t* g = p.g();
  const double H = L.height;
  // Invisible corners fix the drawing's extent to the canvas.
  for (const Rect& r : {Rect{0.5, 0.5, 0, 0}, Rect{L.width - 0.5, H - 0.5, 0, 0}}) {
    Agnode_t* n = p.node();
    p.place(n, r);
    p.set(n, "style", "invis");
  }

  // Lanes: clusters with explicit bounding boxes, alternating tint. The root's bounding box is
  // the canvas itself, so the file is exactly the size asked for.
  agattr(g, AGRAPH, cs("bb"), cs(""));
  std::string canvas = "0,0," + fmt(L.width) + "," + fmt(H);
  agsafeset(g, cs("bb"), cs(canvas.c_str()), cs(""));
  agattr(g, AGRAPH, cs("style"), cs(""));
  agattr(g, AGRAPH, cs("fillcolor"), cs(""));
  agattr(g, AGRAPH, cs("color"), cs(""));
  agattr(g, AGRAPH, cs("penwidth"), cs("1"));
  agattr(g, AGRAPH, cs("label"), cs(""));
  for (std::size_t i = 0; i < L.lanes.size(); ++i) {
    const Lane& lane = L.lanes[i];
    std::string name = "cluster_lane" + std::to_string(i);
    Agraph_t* sg = agsubg(g, cs(name.c_str()), 1);
    const Rect& r = lane.rect;
    std::string bb = fmt(r.x) + "," + fmt(H - r.bottom()) + "," + fmt(r.right()) + "," + fmt(H - r.y);
    agsafeset(sg, cs("bb"), cs(bb.c_str()), cs(""));
    agsafeset(sg, cs("style"), cs("filled"), cs(""));
    agsafeset(sg, cs("fillcolor"), cs(i % 2 ? "#ffffff" : "#f3f5f8"), cs(""));
    agsafeset(sg, cs("color"), cs("#dde1e7"), cs(""));
    agsafeset(sg, cs("penwidth"), cs("0.6"), cs(""));
    // A cluster needs a member; an invisible dot at its corner keeps it.
    Agnode_t* anchor = p.node();
    p.place(anchor, {r.x + 1, r.y + 1, 0.5, 0.5});
    p.set(anchor, "style", "invis");
    agsubnode(sg, anchor, 1);
  }

  for (const auto& e : L.eras) {
    static const char* tints[] = {"#f6d36b33", "#e8835a2e", "#7fb2e52e", "#9fd18b2e"};
    p.rect(e.rect, tints[e.index % 4]);
  }
  for (const auto& f : L.fills) set_link(p, p.rect(f.rect, f.fill, f.stroke, f.pen), "", f.cls, f.tooltip, "");

  // Grid: major rules across the lanes; tick marks under the bottom axis and over the top one.
  for (const auto& t : L.ticks) {
    if (t.major) {
      if (L.plot.h > 0) p.rect({t.x - 0.3, L.plot.y, 0.6, L.plot.h}, "#cfd4db");
      if (L.bottom_axis) p.rect({t.x - 0.4, L.axis_y, 0.8, 5}, "#333333");
      p.rect({t.x - 0.4, L.axis_top_y - 5, 0.8, 5}, "#333333");
    } else {
      if (L.bottom_axis) p.rect({t.x - 0.3, L.axis_y, 0.6, 2.5}, "#666666");
      p.rect({t.x - 0.3, L.axis_top_y - 2.5, 0.6, 2.5}, "#666666");
    }
  }
  if (!L.ticks.empty()) {
    if (L.bottom_axis) p.rect({L.plot.x, L.axis_y - 0.6, L.plot.w, 1.2}, "#333333");
    p.rect({L.plot.x, L.axis_top_y - 0.6, L.plot.w, 1.2}, "#333333");
  }

  // Bars and stems carry their marker's id so that styles and the HTML filters reach them.
  for (const auto& b : L.bars) {
    std::string col = b.neutral ? kNeutralColor : type_color(b.type);
    Agnode_t* n = b.window ? p.rect(b.rect, col + "30", col, 0.7, "filled,dashed") : p.rect(b.rect, col + "b0");
    bool legend = b.marker >= L.markers.size();
    set_link(p, n, legend ? "" : "bar-" + L.markers[b.marker].id,
             legend ? "legend" : b.window ? "bar window" : "bar range", "", "");
  }

  for (const auto& lab : L.labels) {
    if (lab.stem_bottom - lab.stem_top > 0.5) {
      Agnode_t* n = p.rect({lab.stem_x - 0.35, lab.stem_top, 0.7, lab.stem_bottom - lab.stem_top}, "#8a929e");
      set_link(p, n, "stem-" + L.markers[lab.marker].id, "stem", "", "");
    }
  }
  for (const auto& lab : L.labels) {
    const Marker& m = L.markers[lab.marker];
    Agnode_t* n = p.node();
    p.place(n, lab.box);
    p.set(n, "style", "filled");
    p.set(n, "fillcolor", "white");
    p.set(n, "color", lab.struck ? "#9aa1ab" : "#c8ced6");
    p.set(n, "penwidth", "0.6");
    set_html_label(g, n, label_html(lab));
    set_link(p, n, "lbl-" + m.id, "label " + m.cls, m.tooltip, m.url);
  }
  for (const auto& ov : L.overflows) {
    Agnode_t* n = p.node();
    p.place(n, ov.box);
    p.set(n, "style", "filled");
    p.set(n, "fillcolor", "#eef0f3");
    p.set(n, "color", "#9aa1ab");
    p.set(n, "penwidth", "0.6");
    set_html_label(g, n, font_open(ov.size, "#333333") + html_escape(ov.text) + "</FONT>");
    set_link(p, n, "", "more", ov.tooltip, "");
  }

  for (const auto& m : L.markers) {
    Agnode_t* n = paint_glyph(p, m.x, m.y, m.size, {m.type, m.precision, m.planned, m.struck});
    set_link(p, n, m.id, m.cls, m.tooltip, m.url);
    if (m.struck) paint_strike(p, m.x, m.y, m.size * glyph_scale(m.type));
  }

  if (L.panel.w > 0) p.rect(L.panel, "#fafbfc", "#dde1e7", 0.6);
  for (const auto& gl : L.glyphs) {
    Agnode_t* n = paint_glyph(p, gl.x, gl.y, gl.size, {gl.type, gl.precision, gl.planned, gl.struck, gl.neutral});
    set_link(p, n, gl.id, gl.cls, gl.tooltip, gl.url);
    if (gl.struck) paint_strike(p, gl.x, gl.y, gl.size * glyph_scale(gl.type));
  }
  for (const auto& t : L.texts) {
    Agnode_t* n = p.html(t.box, text_html(t));
    set_link(p, n, "", t.cls, t.tooltip, "");
  }
}

std::string render_data(Graph& gr, const char* format) {
  char* buf = nullptr;
  unsigned int len = 0;
  gv_errors().clear();
  if (gvRenderData(context(), gr.g, cs(format), &buf, &len) != 0 || !buf)
    throw std::runtime_error(std::string("Graphviz: rendering ") + format + " failed " + gv_errors());
  std::string out(buf, len);
  gvFreeRenderData(buf);
  return out;
}

}  // namespace

std::string html_escape(const std::string& raw) {
  const std::string s = base::xml_safe(raw);  // U+FFFE and friends would break the SVG
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
      case '\t':
        out += ' ';
        break;
      // Graphviz expands \N, \G, \L ... even inside HTML labels; a doubled backslash is one.
      case '\\':
        out += "\\\\";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
    }
  }
  return out;
}

std::string safe_url(const std::string& raw) {
  // Browsers ignore control characters and leading blanks in a scheme ("java\tscript:").
  std::string url;
  for (char c : raw) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || (u == ' ' && url.empty())) continue;
    url += c;
  }
  auto colon = url.find(':');
  auto first_sep = url.find_first_of("/?#");
  if (colon == std::string::npos || (first_sep != std::string::npos && first_sep < colon)) return url;
  std::string scheme = base::to_lower_ascii(url.substr(0, colon));
  if (scheme == "http" || scheme == "https" || scheme == "file" || scheme == "mailto") return url;
  // "C:" style drive letters are paths, every other scheme is refused.
  if (scheme.size() == 1 && std::isalpha(static_cast<unsigned char>(scheme[0]))) return url;
  return "";
}

std::string esc_string(const std::string& raw) {
  const std::string s = base::xml_safe(raw);
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    if (c == '\\') {
      // Tooltips are unescaped twice (\\ -> \ before \N, \G... are expanded), so one
      // literal backslash takes four.
      out += "\\\\\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
      out += c;
    }
  }
  return out;
}

std::vector<TextSize> graphviz_measure(const std::vector<TextRun>& runs) {
  std::vector<TextSize> out(runs.size());
  if (runs.empty()) return out;
  std::lock_guard<std::mutex> lock(gv_mutex());
  Graph gr("measure");
  Agraph_t* g = gr.g;
  agattr(g, AGNODE, cs("pos"), cs("0,0"));  // nop2 insists on a position for every node
  agattr(g, AGNODE, cs("shape"), cs("plaintext"));
  agattr(g, AGNODE, cs("margin"), cs("0"));
  agattr(g, AGNODE, cs("width"), cs("0"));
  agattr(g, AGNODE, cs("height"), cs("0"));
  agattr(g, AGNODE, cs("fontname"), cs(kFont));
  std::vector<Agnode_t*> nodes;
  nodes.reserve(runs.size());
  for (std::size_t i = 0; i < runs.size(); ++i) {
    std::string name = "m" + std::to_string(i);
    Agnode_t* n = agnode(g, cs(name.c_str()), 1);
    std::string text = html_escape(runs[i].text);
    if (text.empty()) text = " ";
    if (runs[i].bold) text = "<B>" + text + "</B>";
    set_html_label(g, n, font_open(runs[i].size) + text + "</FONT>");
    nodes.push_back(n);
  }
  layout_nop2(gr);
  for (std::size_t i = 0; i < runs.size(); ++i)
    out[i] = {ND_width(nodes[i]) * 72.0, ND_height(nodes[i]) * 72.0};
  return out;
}

int png_dpi(const Layout& L, int dpi) {
  if (dpi <= 0) dpi = 96;
  // A safety margin under cairo's 32767 px per side.
  double w = L.width, h = L.height;
  double limit = 32000.0 * 72.0 / std::max(w, h);
  // The ARGB surface costs 4 bytes a pixel: keep it under 16 megapixels (64 MB), so that a chart
  // of ten thousands of events draws in bounded memory (the SVG is the full-resolution chart).
  double area_limit = 72.0 * std::sqrt(16e6 / (w * h));
  return std::max(1, std::min(dpi, int(std::floor(std::min(limit, area_limit)))));
}

std::string draw_layout(const Layout& L, const std::string& format, int dpi) {
  const char* gvformat = nullptr;
  int use_dpi = 72;
  if (format == "svg") {
    gvformat = "svg";
  } else if (format == "png") {
    gvformat = "png:cairo";
    use_dpi = png_dpi(L, dpi);
  } else if (format == "pdf") {
    gvformat = "pdf:cairo";
  } else if (format == "dot") {
    gvformat = "dot";
  } else {
    throw std::runtime_error("unknown chart format '" + format + "' (svg, png, pdf, dot, html)");
  }
  std::lock_guard<std::mutex> lock(gv_mutex());
  // The graph's name is the SVG's <title>: the chart's title, so a reader or screen reader sees it.
  Graph gr(L.title.empty() ? "timeline" : L.title.c_str());
  Agraph_t* g = gr.g;
  // dpi is latched at layout time, so it is set before gvLayout.
  for (const auto& kv : std::vector<std::pair<const char*, std::string>>{{"splines", "line"},
                                                                         {"notranslate", "true"},
                                                                         {"outputorder", "nodesfirst"},
                                                                         {"pad", "0"},
                                                                         {"margin", "0"},
                                                                         {"dpi", std::to_string(use_dpi)},
                                                                         {"bgcolor", "white"},
                                                                         {"fontname", kFont}})
    agattr(g, AGRAPH, cs(kv.first), cs(kv.second.c_str()));
  Painter p(g, L.height);
  g_svg_urls = format == "svg";
  build_graph(p, L);
  layout_nop2(gr);
  return render_data(gr, gvformat);
}

}  // namespace annalist::render
