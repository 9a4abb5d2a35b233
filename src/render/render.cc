// Entry point of the renderer: options -> layout (own geometry) -> Graphviz drawing -> file.
#include "render/render.h"

#include <filesystem>
#include <stdexcept>

#include "base/output.h"
#include "render/file_meta.h"
#include "render/graphviz.h"
#include "render/html_page.h"
#include "render/lanes.h"
#include "render/layout.h"
#include "render/small_multiples.h"

namespace annalist::render {

std::string document_link(const std::string& url, const std::string& path, const std::string& chart_path) {
  namespace fs = std::filesystem;
  if (!url.empty()) {
    std::string link = url;
    // Manifests often drop the scheme ("www.example.org/a/1"); without it a browser would
    // resolve the link as a relative file.
    auto slash = url.find('/');
    if (url.find(':') == std::string::npos && url.substr(0, slash).find('.') != std::string::npos)
      link = "https://" + url;
    // A javascript: or data: URL is never linked; the local copy still is.
    if (!safe_url(link).empty()) return link;
  }
  if (path.empty() || path == "-") return "";
  std::error_code ec;
  fs::path doc(path);
  if (!fs::is_regular_file(doc, ec)) return "";  // "corpus.jsonl:12" and vanished files
  fs::path base = fs::absolute(fs::path(chart_path), ec).parent_path();
  fs::path rel = fs::absolute(doc, ec).lexically_normal().lexically_relative(base.lexically_normal());
  return rel.empty() ? fs::absolute(doc, ec).string() : rel.generic_string();
}

std::string render_timeline_bytes(const std::vector<Event>& events, const RenderOptions& options,
                                  std::vector<std::string>* warnings) {
  const std::string& f = options.format;
  if (f != "svg" && f != "png" && f != "pdf" && f != "dot" && f != "html")
    throw std::runtime_error("unknown chart format '" + f + "' (svg, png, pdf, dot, html)");
  const std::string& m = options.lanes;
  if (m != "auto" && m != "pair" && m != "actor" && m != "type" && m != "dyad")
    throw std::runtime_error("unknown lane mode '" + m + "' (auto, pair, actor, type, dyad)");
  if (options.undated != "below" && options.undated != "side" && options.undated != "none")
    throw std::runtime_error("unknown undated placement '" + options.undated + "' (below, side, none)");

  LayoutOptions lo;
  lo.title = options.title;
  lo.subtitle = options.subtitle;
  lo.credit = options.credit;
  lo.lanes = m == "auto" ? auto_lane_mode(events) : m;
  lo.country_names = options.country_names;
  lo.undated = options.undated;
  lo.width = options.width;
  lo.height = options.height;
  lo.font_scale = options.font_scale;
  lo.max_tiers = options.max_tiers;
  lo.points_per_day = options.points_per_day;
  lo.document_urls = options.document_urls;
  for (const auto& e : options.eras) lo.eras.push_back({e.from, e.to, e.label});

  if (options.small_multiples && f == "html")
    throw std::runtime_error("small multiples are drawn as svg, png, pdf or dot, not html");
  Layout layout = options.small_multiples ? layout_small_multiples(events, lo, graphviz_measure).layout
                                          : layout_timeline(events, lo, graphviz_measure);
  if (warnings) *warnings = layout.warnings;
  if (f == "html") return html_page(layout, events, options.title, options.document_urls);
  std::string bytes = draw_layout(layout, f, options.dpi);
  if (f == "png") return png_with_metadata(bytes, png_dpi(layout, options.dpi), options.title);
  if (f == "pdf") return pdf_with_title(bytes, options.title);
  return bytes;
}

std::vector<std::string> render_timeline(const std::vector<Event>& events, const RenderOptions& options,
                                         const std::string& out_path) {
  std::vector<std::string> warnings;
  base::write_file_atomically(out_path, render_timeline_bytes(events, options, &warnings));
  return warnings;
}

}  // namespace annalist::render
