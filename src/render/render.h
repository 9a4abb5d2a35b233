// Timeline chart: own geometry (layout), Graphviz nop2 for text metrics and drawing.
#pragma once
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
  int dpi = 96;
  std::vector<Era> eras;
};

/// Draws `events` to `out_path`. Throws std::runtime_error when Graphviz fails.
void render_timeline(const std::vector<Event>& events, const RenderOptions& options,
                     const std::string& out_path);

}  // namespace annalist::render
