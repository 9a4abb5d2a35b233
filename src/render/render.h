// Timeline chart: own geometry (layout), Graphviz nop2 for text metrics and drawing.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::render {

using Era = annalist::Era;

struct RenderOptions {
  std::string format = "svg";  ///< svg, png, pdf, dot, html
  std::string title = "annalist chronology";
  std::string subtitle;        ///< line under the title; empty: what the chart shows
  std::string credit;          ///< source line at the foot; empty: none
  std::string lanes = "auto";  ///< pair, actor, type, dyad; auto: dyad past about ten actor-pair lanes
  std::string undated = "below";  ///< list of undated events: below, side, none
  bool small_multiples = false;   ///< one panel per country pair instead of the timeline (not html)
  double width = 0, height = 0;   ///< canvas in points; 0 = as the content needs
  double font_scale = 1;          ///< every font size times this
  int dpi = 96;                ///< PNG only; lowered automatically past cairo's bitmap limit
  std::vector<Era> eras;
  int max_tiers = 8;          ///< label tiers per lane before labels collapse into "+N more"
  double points_per_day = 0;  ///< horizontal scale; 0 = chosen from the label density
  std::map<std::string, std::string> document_urls;  ///< document id -> path/URL for marker links
  std::map<std::string, std::string> country_names;  ///< country or organisation code -> name (dyad lanes)
};

/// Link to a source document from a chart written to `chart_path`: the document's URL (https://
/// added when it names a host without a scheme; never javascript: or data:), else its file path
/// relative to the chart's folder (a browser resolves links relative to the chart); "" for stdin
/// and corpus lines.
std::string document_link(const std::string& url, const std::string& path, const std::string& chart_path);

/// The chart of `events` in `options.format`, as bytes: the timeline, or the small multiples of
/// country pairs. Undated events are listed in a panel, never placed at a made-up date. PNG files
/// record their resolution and title, PDF files their title. `warnings` receives what could not
/// be done as asked (a size that could not be met). Throws std::runtime_error when Graphviz fails.
std::string render_timeline_bytes(const std::vector<Event>& events, const RenderOptions& options,
                                  std::vector<std::string>* warnings = nullptr);

/// Draws `events` to `out_path` (render_timeline_bytes, written atomically: a failed write keeps
/// the previous file and throws OutputError). Returns the warnings.
std::vector<std::string> render_timeline(const std::vector<Event>& events, const RenderOptions& options,
                                         const std::string& out_path);

}  // namespace annalist::render
