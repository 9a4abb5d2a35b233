// Timeline chart: own geometry (layout), Graphviz nop2 for text metrics and drawing.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::render {

struct Era {
  std::optional<Day> from, to;  ///< open ends allowed
  std::string label;
};

struct RenderOptions {
  std::string format = "svg";  ///< svg, png, pdf, dot, html
  std::string title = "annalist chronology";
  std::string lanes = "pair";  ///< pair, actor, type
  int dpi = 96;                ///< PNG only; lowered automatically past cairo's bitmap limit
  std::vector<Era> eras;
  int max_tiers = 8;          ///< label tiers per lane before labels collapse into "+N more"
  double points_per_day = 0;  ///< horizontal scale; 0 = chosen from the label density
  std::map<std::string, std::string> document_urls;  ///< document id -> path/URL for marker links
};

/// Link to a source document from a chart written to `chart_path`: the document's URL (https://
/// added when it names a host without a scheme; never javascript: or data:), else its file path
/// relative to the chart's folder (a browser resolves links relative to the chart); "" for stdin
/// and corpus lines.
std::string document_link(const std::string& url, const std::string& path, const std::string& chart_path);

/// The chart of `events` in `options.format`, as bytes. Undated events are listed in a side panel,
/// never placed at a made-up date. Throws std::runtime_error when Graphviz fails.
std::string render_timeline_bytes(const std::vector<Event>& events, const RenderOptions& options);

/// Draws `events` to `out_path` (render_timeline_bytes, written atomically: a failed write keeps
/// the previous file and throws InputError).
void render_timeline(const std::vector<Event>& events, const RenderOptions& options,
                     const std::string& out_path);

}  // namespace annalist::render
