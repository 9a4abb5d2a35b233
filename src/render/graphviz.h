// The only door to Graphviz: text metrics, drawing a finished Layout, output formats.
#pragma once
#include <string>
#include <vector>

#include "model/types.h"
#include "render/layout.h"

namespace annalist::render {

/// Measures text runs with Graphviz's own font engine (pango), so boxes fit the drawn text.
/// Thread-safe (serialised with every other Graphviz call).
std::vector<TextSize> graphviz_measure(const std::vector<TextRun>& runs);

/// Escapes text for a Graphviz HTML-like label (&amp; &lt; &gt; &quot;, backslash doubled so
/// \N, \G... stay literal; control bytes dropped).
std::string html_escape(const std::string& s);

/// Escapes text for a Graphviz tooltip: a literal backslash becomes four (tooltips are unescaped
/// twice), newlines become "\n" so they survive as line breaks in SVG tooltips.
std::string esc_string(const std::string& s);

/// Output resolution for PNG: `dpi`, lowered when the bitmap would exceed cairo's 32767 px limit
/// or 16 megapixels.
int png_dpi(const Layout& layout, int dpi);

/// Draws `layout` as `format` (svg, png, pdf, dot) and returns the bytes.
/// Throws std::runtime_error when Graphviz fails.
std::string draw_layout(const Layout& layout, const std::string& format, int dpi);

/// A link target that is safe to put in a chart: http(s), file, mailto, in-page anchors and
/// relative paths pass; other schemes (javascript:, data:) give "".
std::string safe_url(const std::string& url);

}  // namespace annalist::render
