// Helpers shared by the commands that draw charts or write linked exports (build, render, export).
#pragma once
#include <CLI/CLI.hpp>

#include <map>
#include <string>
#include <vector>

#include "model/types.h"
#include "render/render.h"
#include "store/store.h"

namespace annalist::cli {

/// Source links of the events' documents, relative to `chart_path` (URL when known, else the file).
std::map<std::string, std::string> document_links(const store::Store& store, const std::vector<Event>& events,
                                                  const std::string& chart_path);

/// Name, URL and publication date of the events' documents, as stored from the manifest or JSONL.
std::map<std::string, SourceInfo> document_sources(const store::Store& store, const std::vector<Event>& events);

/// Parses --era FROM..TO:LABEL ("2022-02-24..:Russia–Ukraine war"; either date may be empty).
render::Era parse_era_option(const std::string& spec);

/// Parses a length for --width/--height: a number with a unit px (the default: pixels at `dpi`),
/// pt, in, cm or mm. Returns points. Throws UsageError naming the option.
double parse_length_option(const std::string& value, const std::string& option, int dpi);

/// The chart options of `build` and `render`.
struct ChartArgs {
  std::string title, subtitle, credit, lanes = "auto", undated = "below", width, height;
  std::vector<std::string> eras;
  int dpi = 96, max_tiers = 8;
  double font_scale = 1;
  /// Throws UsageError on a bad --era, --width or --height.
  render::RenderOptions to_render_options() const;
};
/// --title --subtitle --credit --lanes --undated --era --width --height --font-scale --dpi --max-tiers.
void add_chart_options(CLI::App& app, ChartArgs& args);

}  // namespace annalist::cli
