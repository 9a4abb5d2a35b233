// Entry point of the renderer: options -> layout (own geometry) -> Graphviz drawing -> file.
#include "render/render.h"

#include <filesystem>
#include <stdexcept>

#include "base/output.h"
#include "render/graphviz.h"
#include "render/html_page.h"
#include "render/layout.h"

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

std::string render_timeline_bytes(const std::vector<Event>& events, const RenderOptions& options) {
  const std::string& f = options.format;
  if (f != "svg" && f != "png" && f != "pdf" && f != "dot" && f != "html")
    throw std::runtime_error("unknown chart format '" + f + "' (svg, png, pdf, dot, html)");
  if (options.lanes != "pair" && options.lanes != "actor" && options.lanes != "type")
    throw std::runtime_error("unknown lane mode '" + options.lanes + "' (pair, actor, type)");

  LayoutOptions lo;
  lo.title = options.title;
  lo.lanes = options.lanes;
  lo.max_tiers = options.max_tiers;
  lo.points_per_day = options.points_per_day;
  lo.document_urls = options.document_urls;
  for (const auto& e : options.eras) lo.eras.push_back({e.from, e.to, e.label});

  Layout layout = layout_timeline(events, lo, graphviz_measure);
  return f == "html" ? html_page(layout, events, options.title, options.document_urls)
                     : draw_layout(layout, f, options.dpi);
}

void render_timeline(const std::vector<Event>& events, const RenderOptions& options,
                     const std::string& out_path) {
  base::write_file_atomically(out_path, render_timeline_bytes(events, options));
}

}  // namespace annalist::render
